package io.github.ccbrelations.data;

import io.github.ccbrelations.data.internal.compact.CompactReader;
import io.github.ccbrelations.data.internal.index.Records;
import io.github.ccbrelations.model.BasesEnded;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.BodyRelation;
import io.github.ccbrelations.model.DatasetHeader;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.LocalizedText;
import io.github.ccbrelations.model.NoOfficialName;
import io.github.ccbrelations.model.PartialDate;
import io.github.ccbrelations.model.Redirect;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleSubject;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceId;
import io.github.ccbrelations.model.SourceReference;
import io.github.ccbrelations.model.SourceSection;
import io.github.ccbrelations.model.Validity;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Period;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * Writes the compact form of a dataset that {@link CompactReader} reads, at build time ({@link CompactFormRecorder}):
 * each record's fields in the order the reader takes them, as its Javadoc describes the form. Kept with the tests, as
 * a build tool: no user writes the form. {@link CompactFormTest} reads back what it writes.
 */
final class CompactWriter {
  /** The records' bytes, written before the strings they name are known. */
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  private final DataOutputStream out = new DataOutputStream(body);
  private final Map<String, Integer> numbers = new HashMap<>();
  private final StringBuilder strings = new StringBuilder();
  private final ByteArrayOutputStream ends = new ByteArrayOutputStream();

  private CompactWriter() {}

  /**
   * The compact form of the dataset of a file, made of its bytes: it is read for these bytes only.
   *
   * @param json the file's bytes
   * @param data the dataset read from them
   */
  static byte[] write(byte[] json, Dataset data) throws IOException {
    return write(json, data.records);
  }

  /** The compact form of these records, said to be made of the bytes {@code json}, whatever they hold. */
  static byte[] write(byte[] json, Records records) throws IOException {
    CompactWriter w = new CompactWriter();
    w.header(records.header);
    w.out.writeInt(records.sourceList.size());
    for (Source s : records.sourceList) {
      w.source(s);
    }
    w.out.writeInt(records.bodyList.size());
    for (Body b : records.bodyList) {
      w.body(b);
    }
    w.out.writeInt(records.instrumentList.size());
    for (LegalInstrument i : records.instrumentList) {
      w.instrument(i);
    }
    w.out.writeInt(records.roleList.size());
    for (Role r : records.roleList) {
      w.role(r);
    }
    w.out.writeInt(records.redirectList.size());
    for (Redirect r : records.redirectList) {
      w.redirect(r);
    }
    return w.form(json);
  }

  private byte[] form(byte[] json) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream form = new DataOutputStream(bytes);
    form.writeInt(CompactReader.MAGIC);
    form.writeByte(CompactReader.VERSION);
    form.write(sha256(json).getBytes(StandardCharsets.US_ASCII));
    CRC32C jsonCrc = new CRC32C();
    jsonCrc.update(json);
    form.writeInt((int) jsonCrc.getValue());
    form.writeLong(json.length);
    byte[] text = strings.toString().getBytes(StandardCharsets.UTF_8);
    form.writeInt(numbers.size());
    form.writeInt(text.length);
    form.write(text);
    form.write(ends.toByteArray());
    form.write(body.toByteArray());
    CRC32C crc = new CRC32C();
    crc.update(bytes.toByteArray());
    form.writeInt((int) crc.getValue());
    return bytes.toByteArray();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  // ---------------------------------------------------------------- records, in the reader's order

  private void header(DatasetHeader h) throws IOException {
    string(h.datasetVersion().text());
    string(h.schemaVersion().text());
    date(h.released().toEpochDay());
    out.writeInt(h.primarySources().size());
    for (SourceId id : h.primarySources()) {
      string(id.value());
    }
  }

  private void source(Source s) throws IOException {
    string(s.id().value());
    string(s.kind().name());
    string(s.title());
    has(s.language().isPresent());
    if (s.language().isPresent()) {
      string(s.language().get().name());
    }
    optional(s.publisher());
    optional(s.url().map(u -> u.value()));
    has(s.urlDerived().isPresent());
    if (s.urlDerived().isPresent()) {
      string(s.urlDerived().get().pattern().name());
      string(s.urlDerived().get().identifier());
    }
    has(s.consulted().isPresent());
    if (s.consulted().isPresent()) {
      date(s.consulted().get().toEpochDay());
    }
    out.writeInt(s.sections().size());
    for (SourceSection section : s.sections()) {
      string(section.id());
      string(section.heading());
      out.writeInt(section.paragraphs());
    }
  }

  private void body(Body b) throws IOException {
    string(b.id().value());
    string(b.kind().name());
    labels(b.labels());
    optional(b.partOf().map(BodyId::value));
    out.writeInt(b.convenedBy().size());
    for (BodyId id : b.convenedBy()) {
      string(id.value());
    }
    optionalText(b.seat());
    optional(b.website().map(u -> u.value()));
    optionalBasis(b.establishedBy());
    optionalBasis(b.designatedBy());
    out.writeInt(b.relations().size());
    for (BodyRelation r : b.relations()) {
      string(r.kind().name());
      string(r.body().value());
      optional(r.within().map(BodyId::value));
      references(r.sources());
    }
    noOfficialNames(b.noOfficialName());
    optional(b.founded().map(PartialDate::text));
    has(b.recurrence().isPresent());
    if (b.recurrence().isPresent()) {
      Period p = b.recurrence().get();
      out.writeInt(p.getYears());
      out.writeInt(p.getMonths());
      out.writeInt(p.getDays());
    }
    has(b.memberCount().isPresent());
    if (b.memberCount().isPresent()) {
      out.writeInt(b.memberCount().get());
    }
    optionalValidity(b.validity());
    optional(b.replacedBy().map(BodyId::value));
    optionalText(b.description());
    references(b.sources());
  }

  private void instrument(LegalInstrument i) throws IOException {
    string(i.id().value());
    string(i.kind().name());
    labels(i.labels());
    optional(i.celex().map(c -> c.value()));
    optional(i.eli().map(e -> e.value()));
    optional(i.numac().map(n -> n.value()));
    optional(i.osceDecision().map(o -> o.value()));
    optional(i.adopted().map(PartialDate::text));
    optional(i.published().map(PartialDate::text));
    optional(i.inForce().map(PartialDate::text));
    optional(i.appliesFrom().map(PartialDate::text));
    optional(i.endOfValidity().map(PartialDate::text));
    instrumentIds(i.repeals());
    optional(i.replacedBy().map(InstrumentId::value));
    instrumentIds(i.transposes());
    instrumentIds(i.extendsInstruments());
    instrumentIds(i.amends());
    instrumentIds(i.implementsInstruments());
    out.writeInt(i.executes().size());
    for (LegalBasis basis : i.executes()) {
      basis(basis);
    }
    noOfficialNames(i.noOfficialName());
    optionalText(i.description());
    references(i.sources());
  }

  private void role(Role r) throws IOException {
    string(r.id().value());
    string(r.holder().value());
    optional(r.body().map(BodyId::value));
    string(r.function().name());
    optional(r.onBehalfOf().map(BodyId::value));
    optional(r.via().map(BodyId::value));
    optional(r.supports().map(BodyId::value));
    optional(r.about().map(BodyId::value));
    optional(r.inCapacityOf().map(id -> id.value()));
    string(r.level().name());
    has(r.condition().isPresent());
    if (r.condition().isPresent()) {
      string(r.condition().get().name());
    }
    string(r.legalBasisStatus().name());
    out.writeInt(r.legalBases().size());
    for (LegalBasis basis : r.legalBases()) {
      basis(basis);
    }
    has(r.basesEnded().isPresent());
    if (r.basesEnded().isPresent()) {
      BasesEnded ended = r.basesEnded().get();
      date(ended.since().toEpochDay());
      string(ended.continues().name());
      references(ended.sources());
    }
    out.writeInt(r.subjects().size());
    for (RoleSubject s : r.subjects()) {
      string(s.instrument().value());
      string(s.kind().name());
      optional(s.provision());
      references(s.sources());
    }
    optionalValidity(r.validity());
    optional(r.replacedBy().map(id -> id.value()));
    optionalText(r.description());
    references(r.sources());
  }

  private void redirect(Redirect r) throws IOException {
    string(r.recordType().name());
    string(r.from());
    string(r.to());
    string(r.reason().name());
    optional(r.since().map(v -> v.text()));
  }

  // ---------------------------------------------------------------- parts

  private void labels(List<Label> labels) throws IOException {
    out.writeInt(labels.size());
    for (Label l : labels) {
      string(l.language().name());
      string(l.kind().name());
      string(l.text());
      references(l.sources());
    }
  }

  private void references(List<SourceReference> references) throws IOException {
    out.writeInt(references.size());
    for (SourceReference r : references) {
      string(r.source().value());
      optional(r.section());
      has(r.paragraph().isPresent());
      if (r.paragraph().isPresent()) {
        out.writeInt(r.paragraph().get());
      }
      optional(r.locator());
      out.writeInt(r.supports().size());
      for (String s : r.supports()) {
        string(s);
      }
    }
  }

  private void optionalBasis(Optional<LegalBasis> basis) throws IOException {
    has(basis.isPresent());
    if (basis.isPresent()) {
      basis(basis.get());
    }
  }

  private void basis(LegalBasis b) throws IOException {
    string(b.instrument().value());
    optional(b.provision());
    optionalValidity(b.validity());
    references(b.sources());
  }

  private void noOfficialNames(List<NoOfficialName> statements) throws IOException {
    out.writeInt(statements.size());
    for (NoOfficialName n : statements) {
      out.writeInt(n.languages().size());
      for (Language l : n.languages()) {
        string(l.name());
      }
      string(n.kind().name());
      string(n.reason());
      references(n.sources());
    }
  }

  private void optionalValidity(Optional<Validity> validity) throws IOException {
    has(validity.isPresent());
    if (validity.isPresent()) {
      optional(validity.get().from().map(PartialDate::text));
      optional(validity.get().to().map(PartialDate::text));
    }
  }

  private void optionalText(Optional<LocalizedText> text) throws IOException {
    has(text.isPresent());
    if (text.isPresent()) {
      out.writeInt(text.get().values().size());
      for (Map.Entry<Language, String> e : text.get().values().entrySet()) {
        string(e.getKey().name());
        string(e.getValue());
      }
    }
  }

  private void instrumentIds(List<InstrumentId> ids) throws IOException {
    out.writeInt(ids.size());
    for (InstrumentId id : ids) {
      string(id.value());
    }
  }

  // ---------------------------------------------------------------- values

  private void date(long epochDay) throws IOException {
    out.writeInt(Math.toIntExact(epochDay));
  }

  private void has(boolean present) throws IOException {
    out.writeByte(present ? 1 : 0);
  }

  private void optional(Optional<String> text) throws IOException {
    if (text.isPresent()) {
      string(text.get());
    } else {
      out.writeInt(0);
    }
  }

  /** A string by its number plus one; each distinct string is written once. */
  private void string(String text) throws IOException {
    Integer number = numbers.get(text);
    if (number == null) {
      number = numbers.size();
      numbers.put(text, number);
      strings.append(text);
      int end = strings.length();
      ends.write(new byte[] {(byte) (end >>> 24), (byte) (end >>> 16), (byte) (end >>> 8), (byte) end});
    }
    out.writeInt(number + 1);
  }
}
