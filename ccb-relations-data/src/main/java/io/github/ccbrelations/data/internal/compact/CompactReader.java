package io.github.ccbrelations.data.internal.compact;

import io.github.ccbrelations.data.internal.index.Records;
import io.github.ccbrelations.model.BasesEnded;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.BodyKind;
import io.github.ccbrelations.model.BodyRelation;
import io.github.ccbrelations.model.BodyRelationKind;
import io.github.ccbrelations.model.Celex;
import io.github.ccbrelations.model.Condition;
import io.github.ccbrelations.model.Continuation;
import io.github.ccbrelations.model.DatasetHeader;
import io.github.ccbrelations.model.DatasetVersion;
import io.github.ccbrelations.model.DerivedUrl;
import io.github.ccbrelations.model.Eli;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.InstrumentKind;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.LabelKind;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalBasisStatus;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.LocalizedText;
import io.github.ccbrelations.model.NoNameKind;
import io.github.ccbrelations.model.NoOfficialName;
import io.github.ccbrelations.model.Numac;
import io.github.ccbrelations.model.OsceDecisionNumber;
import io.github.ccbrelations.model.PartialDate;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.Redirect;
import io.github.ccbrelations.model.RedirectReason;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleFunction;
import io.github.ccbrelations.model.RoleId;
import io.github.ccbrelations.model.RoleSubject;
import io.github.ccbrelations.model.SchemaVersion;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceId;
import io.github.ccbrelations.model.SourceKind;
import io.github.ccbrelations.model.SourceReference;
import io.github.ccbrelations.model.SourceSection;
import io.github.ccbrelations.model.SubjectKind;
import io.github.ccbrelations.model.UrlPattern;
import io.github.ccbrelations.model.Validity;
import io.github.ccbrelations.model.WebUrl;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;

/**
 * Reads the compact form of the bundled dataset, which the build writes once every rule passed on the bundled file
 * ({@code CompactFormRecorder} in the tests' sources), as the JDK reads the time-zone database it compiled at build
 * time. A fresh JVM then loads the dataset without jackson-core's parser or the binder (#19), and every value still
 * passes its model type's own check. The form is used only for the very bytes it was made of, known by their size and
 * CRC-32C: any other file is checked in full.
 *
 * <p>The form, big-endian: {@code CCBR}, its version (a byte), the SHA-256 of the JSON file it was made of (64 ASCII
 * digits), that file's CRC-32C (4 bytes) and size (8); its strings: their count, the length of their UTF-8 bytes, those
 * bytes (the strings one after the other), and the end of each in the decoded text; then the header, the records of
 * each array (a count, then each record's fields in the order of its type's method here), and last the CRC-32C of every
 * byte before it. A string is its number in the strings plus one, 0 for none; so is an enum value, by its name. An
 * optional object or enum value has a byte before it, 1 when it is there. A list and a text per language have their
 * count; a date is its epoch day; these, the counts above and every other number (a paragraph, a count of members, a
 * period's years, months and days) take 4 bytes.
 */
public final class CompactReader {
  /** The first bytes of the form: "CCBR". */
  public static final int MAGIC = 0x43434252;

  /** The version of the form this reader reads; a form of another version is not read. */
  public static final int VERSION = 2;

  /** Where the parts of the form start: after the magic and the version, the file's SHA-256, CRC-32C and size. */
  private static final int SHA256 = 4 + 1;
  private static final int CRC32C = SHA256 + 64;
  private static final int SIZE = CRC32C + 4;
  private static final int STRINGS = SIZE + 8;

  private final byte[] bytes;
  private int at = STRINGS;
  private final String[] strings;

  /** A reader of a whole form, standing after its strings, which it has read. */
  private CompactReader(byte[] form) {
    this.bytes = form;
    this.strings = strings();
  }

  /**
   * The records of a compact form made of the very bytes of {@code json}, named {@code sourceName}, with the SHA-256
   * the build computed of them; null when the form is not whole or was made of other bytes, or when either cannot be
   * read, so that the caller checks the JSON file in full.
   */
  public static @Nullable Records readIfMadeOf(URL compact, URL json, String sourceName) {
    try {
      byte[] form = formOf(compact, json);
      return form == null ? null : new CompactReader(form).records(sourceName);
    } catch (IOException | RuntimeException e) {
      // A value the model refuses: not a form the build wrote. The JSON file says what is wrong, if anything.
      return null;
    }
  }

  /** The header alone of a compact form made of the very bytes of {@code json}; empty as {@link #readIfMadeOf}. */
  public static Optional<DatasetHeader> headerIfMadeOf(URL compact, URL json) {
    try {
      byte[] form = formOf(compact, json);
      return form == null ? Optional.empty() : Optional.of(new CompactReader(form).header());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The bytes of a whole form of this version, made of the bytes of {@code json}; null otherwise. */
  private static byte @Nullable [] formOf(URL compact, URL json) throws IOException {
    byte[] form;
    try (InputStream in = compact.openStream()) {
      form = in.readAllBytes();
    }
    if (form.length < STRINGS + 4 || !endsInItsCrc(form)) {
      return null;
    }
    if (intAt(form, 0) != MAGIC || form[4] != VERSION) {
      return null;
    }
    long size = (long) intAt(form, SIZE) << 32 | Integer.toUnsignedLong(intAt(form, SIZE + 4));
    try (InputStream bytes = json.openStream()) {
      return isMadeOf(bytes, Integer.toUnsignedLong(intAt(form, CRC32C)), size) ? form : null;
    }
  }

  /** Whether the form's last four bytes are the CRC-32C of the others: an accidental change. */
  private static boolean endsInItsCrc(byte[] form) {
    CRC32C crc = new CRC32C();
    crc.update(form, 0, form.length - 4);
    return intAt(form, form.length - 4) == (int) crc.getValue();
  }

  /**
   * Whether a stream's bytes have this CRC-32C and size: the bytes the form was made of, as surely as a CRC tells an
   * accidental change (a file edited, cut or swapped). It is no defence against a forged file and form, which whoever
   * can change the jar, or put files before it on the class path, can make, as they could replace the library's
   * classes.
   */
  private static boolean isMadeOf(InputStream in, long crc32c, long size) throws IOException {
    CRC32C crc = new CRC32C();
    byte[] buffer = new byte[16 * 1024];
    long read = 0;
    for (int n = in.read(buffer); n >= 0 && read <= size; n = in.read(buffer)) {
      crc.update(buffer, 0, n);
      read += n;
    }
    return read == size && crc.getValue() == crc32c;
  }

  /**
   * The records, in file order. Each list here is read by a loop where it stands, not by a helper given a lambda per
   * list as the writer is: a cold start spins a class for every lambda (#19).
   */
  private Records records(String sourceName) {
    String sha256 = new String(bytes, SHA256, 64, StandardCharsets.US_ASCII);
    DatasetHeader header = header();
    Map<SourceId, Source> sources = new LinkedHashMap<>();
    for (int i = count(); i > 0; i--) {
      Source s = source();
      sources.put(s.id(), s);
    }
    Map<BodyId, Body> bodies = new LinkedHashMap<>();
    for (int i = count(); i > 0; i--) {
      Body b = body();
      bodies.put(b.id(), b);
    }
    Map<InstrumentId, LegalInstrument> instruments = new LinkedHashMap<>();
    for (int i = count(); i > 0; i--) {
      LegalInstrument li = instrument();
      instruments.put(li.id(), li);
    }
    Map<RoleId, Role> roles = new LinkedHashMap<>();
    for (int i = count(); i > 0; i--) {
      Role r = role();
      roles.put(r.id(), r);
    }
    List<Redirect> redirects = new ArrayList<>();
    for (int i = count(); i > 0; i--) {
      redirects.add(redirect());
    }
    if (at != bytes.length - 4) {
      throw new IllegalArgumentException("the compact form does not end after its records");
    }
    return new Records(header, sourceName, sha256, sources, bodies, instruments, roles, redirects);
  }

  // ---------------------------------------------------------------- records

  private DatasetHeader header() {
    DatasetHeader.Builder b = DatasetHeader.builder()
        .datasetVersion(DatasetVersion.parse(string()))
        .schemaVersion(SchemaVersion.parse(string()))
        .released(date());
    for (int i = count(); i > 0; i--) {
      b.addPrimarySources(SourceId.of(string()));
    }
    return b.build();
  }

  private Source source() {
    Source.Builder b = Source.builder()
        .id(SourceId.of(string()))
        .kind(named(SourceKind.values()))
        .title(string());
    if (has()) {
      b.language(language());
    }
    b.publisher(text());
    b.url(webUrl());
    if (has()) {
      b.urlDerived(DerivedUrl.of(named(UrlPattern.values()), string()));
    }
    if (has()) {
      b.consulted(date());
    }
    for (int i = count(); i > 0; i--) {
      b.addSections(SourceSection.of(string(), string(), count()));
    }
    return b.build();
  }

  private Body body() {
    Body.Builder b = Body.builder()
        .id(BodyId.of(string()))
        .kind(named(BodyKind.values()));
    for (int i = count(); i > 0; i--) {
      b.addLabels(label());
    }
    b.partOf(bodyId());
    for (int i = count(); i > 0; i--) {
      b.addConvenedBy(BodyId.of(string()));
    }
    if (has()) {
      b.seat(localizedText());
    }
    b.website(webUrl());
    if (has()) {
      b.establishedBy(legalBasis());
    }
    if (has()) {
      b.designatedBy(legalBasis());
    }
    for (int i = count(); i > 0; i--) {
      b.addRelations(bodyRelation());
    }
    for (int i = count(); i > 0; i--) {
      b.addNoOfficialName(noOfficialName());
    }
    b.founded(partialDate());
    if (has()) {
      b.recurrence(Period.of(u32(), u32(), u32()));
    }
    if (has()) {
      b.memberCount(u32());
    }
    if (has()) {
      b.validity(validity());
    }
    b.replacedBy(bodyId());
    if (has()) {
      b.description(localizedText());
    }
    for (int i = count(); i > 0; i--) {
      b.addSources(sourceReference());
    }
    return b.build();
  }

  private LegalInstrument instrument() {
    LegalInstrument.Builder b = LegalInstrument.builder()
        .id(InstrumentId.of(string()))
        .kind(named(InstrumentKind.values()));
    for (int i = count(); i > 0; i--) {
      b.addLabels(label());
    }
    String celex = optional();
    if (celex != null) {
      b.celex(Celex.of(celex));
    }
    String eli = optional();
    if (eli != null) {
      b.eli(Eli.of(eli));
    }
    String numac = optional();
    if (numac != null) {
      b.numac(Numac.of(numac));
    }
    String osce = optional();
    if (osce != null) {
      b.osceDecision(OsceDecisionNumber.of(osce));
    }
    b.adopted(partialDate()).published(partialDate()).inForce(partialDate()).appliesFrom(partialDate())
        .endOfValidity(partialDate());
    for (int i = count(); i > 0; i--) {
      b.addRepeals(InstrumentId.of(string()));
    }
    b.replacedBy(instrumentId());
    for (int i = count(); i > 0; i--) {
      b.addTransposes(InstrumentId.of(string()));
    }
    for (int i = count(); i > 0; i--) {
      b.addExtendsInstruments(InstrumentId.of(string()));
    }
    for (int i = count(); i > 0; i--) {
      b.addAmends(InstrumentId.of(string()));
    }
    for (int i = count(); i > 0; i--) {
      b.addImplementsInstruments(InstrumentId.of(string()));
    }
    for (int i = count(); i > 0; i--) {
      b.addExecutes(legalBasis());
    }
    for (int i = count(); i > 0; i--) {
      b.addNoOfficialName(noOfficialName());
    }
    if (has()) {
      b.description(localizedText());
    }
    for (int i = count(); i > 0; i--) {
      b.addSources(sourceReference());
    }
    return b.build();
  }

  private Role role() {
    Role.Builder b = Role.builder()
        .id(RoleId.of(string()))
        .holder(BodyId.of(string()));
    b.body(bodyId());
    b.function(named(RoleFunction.values()));
    b.onBehalfOf(bodyId()).via(bodyId()).supports(bodyId()).about(bodyId());
    b.inCapacityOf(roleId());
    b.level(named(Level.values()));
    if (has()) {
      b.condition(named(Condition.values()));
    }
    b.legalBasisStatus(named(LegalBasisStatus.values()));
    for (int i = count(); i > 0; i--) {
      b.addLegalBases(legalBasis());
    }
    if (has()) {
      BasesEnded.Builder ended = BasesEnded.builder().since(date()).continues(named(Continuation.values()));
      for (int i = count(); i > 0; i--) {
        ended.addSources(sourceReference());
      }
      b.basesEnded(ended.build());
    }
    for (int i = count(); i > 0; i--) {
      b.addSubjects(subject());
    }
    if (has()) {
      b.validity(validity());
    }
    b.replacedBy(roleId());
    if (has()) {
      b.description(localizedText());
    }
    for (int i = count(); i > 0; i--) {
      b.addSources(sourceReference());
    }
    return b.build();
  }

  private Redirect redirect() {
    Redirect.Builder b = Redirect.builder()
        .recordType(named(RecordType.values()))
        .from(string())
        .to(string())
        .reason(named(RedirectReason.values()));
    String since = optional();
    b.since(since == null ? Optional.empty() : Optional.of(DatasetVersion.parse(since)));
    return b.build();
  }

  // ---------------------------------------------------------------- parts

  private Label label() {
    Label.Builder b = Label.builder().language(language()).kind(named(LabelKind.values())).text(string());
    for (int i = count(); i > 0; i--) {
      b.addSources(sourceReference());
    }
    return b.build();
  }

  private SourceReference sourceReference() {
    SourceReference.Builder b = SourceReference.builder().source(SourceId.of(string()));
    b.section(text());
    if (has()) {
      b.paragraph(u32());
    }
    b.locator(text());
    for (int i = count(); i > 0; i--) {
      b.addSupports(string());
    }
    return b.build();
  }

  private LegalBasis legalBasis() {
    LegalBasis.Builder b = LegalBasis.builder().instrument(InstrumentId.of(string()));
    b.provision(text());
    if (has()) {
      b.validity(validity());
    }
    for (int i = count(); i > 0; i--) {
      b.addSources(sourceReference());
    }
    return b.build();
  }

  private RoleSubject subject() {
    RoleSubject.Builder b = RoleSubject.builder()
        .instrument(InstrumentId.of(string()))
        .kind(named(SubjectKind.values()));
    b.provision(text());
    for (int i = count(); i > 0; i--) {
      b.addSources(sourceReference());
    }
    return b.build();
  }

  private NoOfficialName noOfficialName() {
    NoOfficialName.Builder b = NoOfficialName.builder();
    for (int i = count(); i > 0; i--) {
      b.addLanguages(language());
    }
    b.kind(named(NoNameKind.values())).reason(string());
    for (int i = count(); i > 0; i--) {
      b.addSources(sourceReference());
    }
    return b.build();
  }

  private BodyRelation bodyRelation() {
    BodyRelation.Builder b = BodyRelation.builder()
        .kind(named(BodyRelationKind.values()))
        .body(BodyId.of(string()))
        .within(bodyId());
    for (int i = count(); i > 0; i--) {
      b.addSources(sourceReference());
    }
    return b.build();
  }

  private Validity validity() {
    return Validity.of(partialDate(), partialDate());
  }

  private LocalizedText localizedText() {
    Map<Language, String> values = new EnumMap<>(Language.class);
    for (int i = count(); i > 0; i--) {
      values.put(language(), string());
    }
    return LocalizedText.of(values);
  }

  // ---------------------------------------------------------------- values

  private Optional<String> text() {
    return Optional.ofNullable(optional());
  }

  private Optional<BodyId> bodyId() {
    String id = optional();
    return id == null ? Optional.empty() : Optional.of(BodyId.of(id));
  }

  private Optional<InstrumentId> instrumentId() {
    String id = optional();
    return id == null ? Optional.empty() : Optional.of(InstrumentId.of(id));
  }

  private Optional<RoleId> roleId() {
    String id = optional();
    return id == null ? Optional.empty() : Optional.of(RoleId.of(id));
  }

  private Optional<WebUrl> webUrl() {
    String url = optional();
    return url == null ? Optional.empty() : Optional.of(WebUrl.of(url));
  }

  private Optional<PartialDate> partialDate() {
    String text = optional();
    return text == null ? Optional.empty() : Optional.of(PartialDate.parse(text));
  }

  private Language language() {
    return named(Language.values());
  }

  /**
   * An enum value, by its name among the strings: by name, not ordinal, since a later model on the class path may add
   * values before it (a minor release may). A loop, not {@code valueOf}, which reflects on the enum at a cold start.
   */
  private <E extends Enum<E>> E named(E[] values) {
    String name = string();
    for (E value : values) {
      if (value.name().equals(name)) {
        return value;
      }
    }
    throw new IllegalArgumentException("the compact form names a value its enum lacks: " + name);
  }

  private LocalDate date() {
    return LocalDate.ofEpochDay(u32());
  }

  private boolean has() {
    return u8() == 1;
  }

  private int count() {
    return u32();
  }

  private String string() {
    String s = optional();
    if (s == null) {
      throw new IllegalArgumentException("the compact form lacks a string at byte " + (at - 4));
    }
    return s;
  }

  private @Nullable String optional() {
    int n = u32();
    return n == 0 ? null : strings[n - 1];
  }

  /** The strings: decoded at once, then cut, since one long loop is compiled early where many short ones are not. */
  private String[] strings() {
    int count = u32();
    int length = u32();
    // Four bytes for each string's end follow its text: a count that cannot fit is not allocated.
    if (count < 0 || length < 0 || count > (bytes.length - at - length) / 4) {
      throw new IllegalArgumentException("the compact form's strings do not fit in it");
    }
    String all = new String(bytes, at, length, StandardCharsets.UTF_8);
    at += length;
    String[] cut = new String[count];
    int start = 0;
    for (int i = 0; i < count; i++) {
      int end = u32();
      cut[i] = all.substring(start, end);
      start = end;
    }
    return cut;
  }

  private int u8() {
    return bytes[at++] & 0xFF;
  }

  private int u32() {
    at += 4;
    return intAt(bytes, at - 4);
  }

  private static int intAt(byte[] b, int i) {
    return (b[i] & 0xFF) << 24 | (b[i + 1] & 0xFF) << 16 | (b[i + 2] & 0xFF) << 8 | b[i + 3] & 0xFF;
  }
}
