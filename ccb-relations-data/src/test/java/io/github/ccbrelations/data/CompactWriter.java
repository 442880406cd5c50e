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
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.LocalizedText;
import io.github.ccbrelations.model.NoOfficialName;
import io.github.ccbrelations.model.PartialDate;
import io.github.ccbrelations.model.Redirect;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleSubject;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceReference;
import io.github.ccbrelations.model.SourceSection;
import io.github.ccbrelations.model.Validity;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.HashMap;
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
  /** Writes one value of a list or optional field. */
  @FunctionalInterface
  private interface Part<T> {
    void write(T value) throws IOException;
  }

  /** The records' bytes, written before the strings they name are known. */
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  private final DataOutputStream out = new DataOutputStream(body);
  private final Map<String, Integer> numbers = new HashMap<>();
  private final StringBuilder strings = new StringBuilder();
  private final ByteArrayOutputStream endBytes = new ByteArrayOutputStream();
  private final DataOutputStream ends = new DataOutputStream(endBytes);

  private CompactWriter() {}

  /**
   * The compact form of records read from the bytes {@code json}, with their SHA-256 ({@code records.sha256}): it is
   * read for these bytes only, by their size and CRC-32C.
   */
  static byte[] write(byte[] json, Records records) throws IOException {
    CompactWriter w = new CompactWriter();
    w.header(records.header);
    w.list(records.sourceList, w::source);
    w.list(records.bodyList, w::body);
    w.list(records.instrumentList, w::instrument);
    w.list(records.roleList, w::role);
    w.list(records.redirectList, w::redirect);
    return w.form(json, records.sha256);
  }

  private byte[] form(byte[] json, String sha256) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream form = new DataOutputStream(bytes);
    form.writeInt(CompactReader.MAGIC);
    form.writeByte(CompactReader.VERSION);
    form.write(sha256.getBytes(StandardCharsets.US_ASCII));
    CRC32C jsonCrc = new CRC32C();
    jsonCrc.update(json);
    form.writeInt((int) jsonCrc.getValue());
    form.writeLong(json.length);
    byte[] text = strings.toString().getBytes(StandardCharsets.UTF_8);
    form.writeInt(numbers.size());
    form.writeInt(text.length);
    form.write(text);
    form.write(endBytes.toByteArray());
    form.write(body.toByteArray());
    CRC32C crc = new CRC32C();
    crc.update(bytes.toByteArray());
    form.writeInt((int) crc.getValue());
    return bytes.toByteArray();
  }

  // ---------------------------------------------------------------- records, in the reader's order

  private void header(DatasetHeader h) throws IOException {
    string(h.datasetVersion().text());
    string(h.schemaVersion().text());
    date(h.released().toEpochDay());
    list(h.primarySources(), id -> string(id.value()));
  }

  private void source(Source s) throws IOException {
    string(s.id().value());
    string(s.kind().name());
    string(s.title());
    present(s.language(), l -> string(l.name()));
    optional(s.publisher());
    optional(s.url().map(u -> u.value()));
    present(s.urlDerived(), u -> {
      string(u.pattern().name());
      string(u.identifier());
    });
    present(s.consulted(), d -> date(d.toEpochDay()));
    list(s.sections(), this::section);
  }

  private void body(Body b) throws IOException {
    string(b.id().value());
    string(b.kind().name());
    list(b.labels(), this::label);
    optional(b.partOf().map(BodyId::value));
    list(b.convenedBy(), id -> string(id.value()));
    present(b.seat(), this::text);
    optional(b.website().map(u -> u.value()));
    present(b.establishedBy(), this::basis);
    present(b.designatedBy(), this::basis);
    list(b.relations(), this::relation);
    list(b.noOfficialName(), this::noOfficialName);
    optional(b.founded().map(PartialDate::text));
    present(b.recurrence(), this::period);
    present(b.memberCount(), out::writeInt);
    present(b.validity(), this::validity);
    optional(b.replacedBy().map(BodyId::value));
    present(b.description(), this::text);
    list(b.sources(), this::reference);
  }

  private void instrument(LegalInstrument i) throws IOException {
    string(i.id().value());
    string(i.kind().name());
    list(i.labels(), this::label);
    optional(i.celex().map(c -> c.value()));
    optional(i.eli().map(e -> e.value()));
    optional(i.numac().map(n -> n.value()));
    optional(i.osceDecision().map(o -> o.value()));
    optional(i.adopted().map(PartialDate::text));
    optional(i.published().map(PartialDate::text));
    optional(i.inForce().map(PartialDate::text));
    optional(i.appliesFrom().map(PartialDate::text));
    optional(i.endOfValidity().map(PartialDate::text));
    list(i.repeals(), this::instrumentId);
    optional(i.replacedBy().map(InstrumentId::value));
    list(i.transposes(), this::instrumentId);
    list(i.extendsInstruments(), this::instrumentId);
    list(i.amends(), this::instrumentId);
    list(i.implementsInstruments(), this::instrumentId);
    list(i.executes(), this::basis);
    list(i.noOfficialName(), this::noOfficialName);
    present(i.description(), this::text);
    list(i.sources(), this::reference);
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
    present(r.condition(), c -> string(c.name()));
    string(r.legalBasisStatus().name());
    list(r.legalBases(), this::basis);
    present(r.basesEnded(), this::basesEnded);
    list(r.subjects(), this::subject);
    present(r.validity(), this::validity);
    optional(r.replacedBy().map(id -> id.value()));
    present(r.description(), this::text);
    list(r.sources(), this::reference);
  }

  private void redirect(Redirect r) throws IOException {
    string(r.recordType().name());
    string(r.from());
    string(r.to());
    string(r.reason().name());
    optional(r.since().map(v -> v.text()));
  }

  // ---------------------------------------------------------------- parts

  private void section(SourceSection s) throws IOException {
    string(s.id());
    string(s.heading());
    out.writeInt(s.paragraphs());
  }

  private void label(Label l) throws IOException {
    string(l.language().name());
    string(l.kind().name());
    string(l.text());
    list(l.sources(), this::reference);
  }

  private void reference(SourceReference r) throws IOException {
    string(r.source().value());
    optional(r.section());
    present(r.paragraph(), out::writeInt);
    optional(r.locator());
    list(r.supports(), this::string);
  }

  private void basis(LegalBasis b) throws IOException {
    string(b.instrument().value());
    optional(b.provision());
    present(b.validity(), this::validity);
    list(b.sources(), this::reference);
  }

  private void basesEnded(BasesEnded ended) throws IOException {
    date(ended.since().toEpochDay());
    string(ended.continues().name());
    list(ended.sources(), this::reference);
  }

  private void subject(RoleSubject s) throws IOException {
    string(s.instrument().value());
    string(s.kind().name());
    optional(s.provision());
    list(s.sources(), this::reference);
  }

  private void noOfficialName(NoOfficialName n) throws IOException {
    list(n.languages(), l -> string(l.name()));
    string(n.kind().name());
    string(n.reason());
    list(n.sources(), this::reference);
  }

  private void relation(BodyRelation r) throws IOException {
    string(r.kind().name());
    string(r.body().value());
    optional(r.within().map(BodyId::value));
    list(r.sources(), this::reference);
  }

  private void validity(Validity v) throws IOException {
    optional(v.from().map(PartialDate::text));
    optional(v.to().map(PartialDate::text));
  }

  private void text(LocalizedText text) throws IOException {
    out.writeInt(text.values().size());
    for (var e : text.values().entrySet()) {
      string(e.getKey().name());
      string(e.getValue());
    }
  }

  private void period(Period p) throws IOException {
    out.writeInt(p.getYears());
    out.writeInt(p.getMonths());
    out.writeInt(p.getDays());
  }

  // ---------------------------------------------------------------- values

  private <T> void list(List<T> values, Part<T> part) throws IOException {
    out.writeInt(values.size());
    for (T value : values) {
      part.write(value);
    }
  }

  /** An optional object, enum value or number: a byte, 1 when it is there, then it. */
  private <T> void present(Optional<T> value, Part<T> part) throws IOException {
    out.writeByte(value.isPresent() ? 1 : 0);
    if (value.isPresent()) {
      part.write(value.get());
    }
  }

  private void instrumentId(InstrumentId id) throws IOException {
    string(id.value());
  }

  private void date(long epochDay) throws IOException {
    out.writeInt(Math.toIntExact(epochDay));
  }

  /** An optional string: its number plus one, 0 for none. */
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
      ends.writeInt(strings.length());
    }
    out.writeInt(number + 1);
  }
}
