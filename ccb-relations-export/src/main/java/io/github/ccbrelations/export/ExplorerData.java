package io.github.ccbrelations.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.DatasetInfo;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.BodyKind;
import io.github.ccbrelations.model.BodyRelation;
import io.github.ccbrelations.model.BodyRelationKind;
import io.github.ccbrelations.model.Condition;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.InstrumentKind;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.LabelKind;
import io.github.ccbrelations.model.Labelled;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleFunction;
import io.github.ccbrelations.model.RoleSubject;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceReference;
import io.github.ccbrelations.model.SourceSection;
import io.github.ccbrelations.model.SubjectKind;
import io.github.ccbrelations.model.Validity;
import io.github.ccbrelations.text.Terms;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The data the explorer page's script reads, as JSON: the page's title and licences in each language, as {@link
 * HtmlExport} writes them into the page; every record of the dataset's whole history with what the page shows of it,
 * and each record's span as plain first and last days, so that the script picks the records of a day by the same
 * rules as {@link Dataset#asOf}: a role by its validity, a body by its validity (from the day it was founded, when
 * that has no start), a legal basis by its own validity and its instrument's time in force (from entry into force,
 * else adoption, to end of validity). A role's and a basis's span is also written as words, and the words of a line
 * the page shares with the rest of the library (headings, notes, signs, counts) come from {@link Terms}, so that the
 * page says each thing as the library does.
 */
final class ExplorerData {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private ExplorerData() {}

  static String json(Dataset dataset, Language initial, ExplorerLicences licences) {
    Dataset data = dataset.allTime();
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("initialLanguage", initial.code());
      languages(g, "title", HtmlExport::title);
      header(g, data.info(), licences);
      terms(g);
      Map<BodyId, ExplorerGroups.Group> groups = ExplorerGroups.of(data);
      g.writeArrayFieldStart("bodies");
      for (Body b : data.bodies()) {
        body(g, b, groups.get(b.id()));
      }
      g.writeEndArray();
      g.writeArrayFieldStart("instruments");
      for (LegalInstrument i : data.instruments()) {
        instrument(g, i);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("roles");
      for (Role r : data.roles()) {
        role(g, r);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("sources");
      for (Source s : data.sources()) {
        source(g, s);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the explorer page's data", e);
    }
    return out.toString();
  }

  /** The first day of a span, as ISO text; empty when it has no start. */
  static Optional<String> from(Optional<Validity> validity) {
    return validity.flatMap(Validity::from).map(d -> d.earliest().toString());
  }

  /** The last day of a span, as ISO text; empty when it has no end. */
  static Optional<String> to(Optional<Validity> validity) {
    return validity.flatMap(Validity::to).map(d -> d.latest().toString());
  }

  private static void header(JsonGenerator g, DatasetInfo info, ExplorerLicences licences) throws IOException {
    g.writeObjectFieldStart("dataset");
    g.writeStringField("version", info.datasetVersion().text());
    g.writeStringField("schemaVersion", info.schemaVersion().text());
    g.writeStringField("released", info.header().released().toString());
    g.writeStringField("sha256", info.sha256());
    languages(g, "licences", licences::in);
    g.writeArrayFieldStart("primarySources");
    for (var id : info.header().primarySources()) {
      g.writeString(id.value());
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void terms(JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("terms");
    words(g, "function", RoleFunction.values(), Terms::function);
    words(g, "level", Level.values(), Terms::level);
    words(g, "condition", Condition.values(), Terms::condition);
    words(g, "subject", SubjectKind.values(), Terms::subject);
    words(g, "relation", BodyRelationKind.values(), Terms::relation);
    words(g, "bodyKind", BodyKind.values(), Terms::bodyKind);
    words(g, "instrumentKind", InstrumentKind.values(), Terms::instrumentKind);
    words(g, "link", Words.Link.values(), Words.Link::in);
    languages(g, "about", Terms::about);
    // The words of a line that Terms has: the page takes them from here, never from a table of its own.
    words(g, "word", Terms.Word.values(), Terms::word);
    words(g, "record", RecordType.values(), Terms::record);
    languages(g, "colon", Terms::colon);
    languages(g, "semicolon", Terms::semicolon);
    roleCounts(g);
    g.writeObjectFieldStart("group");
    for (Map.Entry<ExplorerGroups.Group, Map<Language, String>> e : ExplorerGroups.NAMES.entrySet()) {
      languages(g, e.getKey().name(), e.getValue()::get);
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /**
   * How the page counts roles, as {@link Terms#count} does: per language, {@linkplain Terms#noun the noun} after 0,
   * after 1 and after 2 or more ("0 rôle", "1 rôle", "34 rôles"; "0 roles", "1 role").
   */
  private static void roleCounts(JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("roleCount");
    for (Language l : Language.values()) {
      g.writeArrayFieldStart(l.code());
      for (int n = 0; n <= 2; n++) {
        g.writeString(Terms.noun(RecordType.ROLE, n, l));
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /**
   * A span of time as the explanations write it in each language ({@link Terms#span}: "tot en met 17 oktober 2024",
   * the last day included); nothing when the span has neither a start nor an end.
   */
  private static void span(JsonGenerator g, Optional<Validity> validity) throws IOException {
    if (validity.isPresent() && !Terms.span(validity.get(), Language.EN).isEmpty()) {
      languages(g, "span", l -> Terms.span(validity.get(), l));
    }
  }

  private interface Word<E> {
    String of(E constant, Language language);
  }

  private static <E extends Enum<E>> void words(JsonGenerator g, String name, E[] constants, Word<E> word)
      throws IOException {
    g.writeObjectFieldStart(name);
    for (E c : constants) {
      languages(g, c.name(), l -> word.of(c, l));
    }
    g.writeEndObject();
  }

  private static void languages(JsonGenerator g, String field, Function<Language, String> text) throws IOException {
    g.writeObjectFieldStart(field);
    for (Language l : Language.values()) {
      g.writeStringField(l.code(), text.apply(l));
    }
    g.writeEndObject();
  }

  /** Labels, the display name and the short label in each language. */
  private static void labels(JsonGenerator g, Labelled record, Function<List<Language>, String> shortLabel)
      throws IOException {
    g.writeArrayFieldStart("labels");
    for (Label l : record.labels()) {
      g.writeStartObject();
      g.writeStringField("language", l.language().code());
      g.writeStringField("kind", l.kind().name());
      g.writeStringField("text", l.text());
      g.writeEndObject();
    }
    g.writeEndArray();
    languages(g, "name", l -> record.displayName(Terms.preference(l)));
    languages(g, "short", l -> shortLabel.apply(Terms.preference(l)));
  }

  /**
   * How a table names a law: in its {@linkplain LegalInstrument#displayLanguage display language} (the one the
   * other display paths use), its short name, else its shortest alternative name ("NIS Directive"), else its title,
   * else another label there; acronyms such as "CSA" say too little to a reader while a longer label exists.
   */
  static String instrumentLabel(LegalInstrument instrument, List<Language> order) {
    Language l = instrument.displayLanguage(order);
    List<String> shortNames = instrument.labels(l, LabelKind.SHORT_NAME);
    if (!shortNames.isEmpty()) {
      return shortNames.get(0);
    }
    Optional<String> alternative = instrument.labels(l, LabelKind.ALTERNATIVE).stream()
        .min(Comparator.comparingInt(String::length));
    return alternative.orElseGet(() -> instrument.displayName(order));
  }

  private static void body(JsonGenerator g, Body b, ExplorerGroups.Group group) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", b.id().value());
    g.writeStringField("kind", b.kind().name());
    g.writeStringField("group", group.name());
    optional(g, "partOf", b.partOf().map(BodyId::value));
    labels(g, b, order -> Words.shortLabel(b, order));
    optional(g, "website", b.website().map(w -> w.value()));
    if (b.establishedBy().isPresent()) {
      g.writeFieldName("establishedBy");
      basis(g, b.establishedBy().get());
    }
    if (b.designatedBy().isPresent()) {
      g.writeFieldName("designatedBy");
      basis(g, b.designatedBy().get());
    }
    g.writeArrayFieldStart("relations");
    for (BodyRelation relation : b.relations()) {
      g.writeStartObject();
      g.writeStringField("kind", relation.kind().name());
      g.writeStringField("body", relation.body().value());
      optional(g, "within", relation.within().map(BodyId::value));
      g.writeEndObject();
    }
    g.writeEndArray();
    optional(g, "from", b.existsFrom().map(d -> d.earliest().toString()));
    optional(g, "to", to(b.validity()));
    g.writeEndObject();
  }

  private static void instrument(JsonGenerator g, LegalInstrument i) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", i.id().value());
    g.writeStringField("kind", i.kind().name());
    labels(g, i, order -> instrumentLabel(i, order));
    optional(g, "celex", i.celex().map(c -> c.value()));
    optional(g, "eli", i.eli().map(e -> e.value()));
    optional(g, "numac", i.numac().map(n -> n.value()));
    optional(g, "osceDecision", i.osceDecision().map(o -> o.value()));
    // In force from its entry into force, else its adoption, as LegalInstrument.isInForceOn reads it.
    optional(g, "from", i.inForce().or(i::adopted).map(d -> d.earliest().toString()));
    optional(g, "to", i.endOfValidity().map(d -> d.latest().toString()));
    optional(g, "replacedBy", i.replacedBy().map(r -> r.value()));
    ids(g, "implements", i.implementsInstruments());
    ids(g, "extends", i.extendsInstruments());
    ids(g, "amends", i.amends());
    g.writeArrayFieldStart("executes");
    for (LegalBasis b : i.executes()) {
      basis(g, b);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void role(JsonGenerator g, Role r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id().value());
    g.writeStringField("holder", r.holder().value());
    optional(g, "via", r.via().map(BodyId::value));
    optional(g, "body", r.body().map(BodyId::value));
    g.writeStringField("function", r.function().name());
    g.writeStringField("level", r.level().name());
    optional(g, "condition", r.condition().map(Condition::name));
    optional(g, "onBehalfOf", r.onBehalfOf().map(BodyId::value));
    optional(g, "supports", r.supports().map(BodyId::value));
    optional(g, "about", r.about().map(BodyId::value));
    optional(g, "from", from(r.validity()));
    optional(g, "to", to(r.validity()));
    span(g, r.validity());
    g.writeArrayFieldStart("legalBases");
    for (LegalBasis b : r.legalBases()) {
      basis(g, b);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("subjects");
    for (RoleSubject x : r.subjects()) {
      g.writeStartObject();
      g.writeStringField("instrument", x.instrument().value());
      g.writeStringField("kind", x.kind().name());
      provision(g, x.provision());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("sources");
    for (SourceReference s : r.sources()) {
      g.writeStartObject();
      g.writeStringField("source", s.source().value());
      optional(g, "section", s.section());
      if (s.paragraph().isPresent()) {
        g.writeNumberField("paragraph", s.paragraph().get());
      }
      optional(g, "locator", s.locator());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void ids(JsonGenerator g, String field, List<InstrumentId> ids) throws IOException {
    g.writeArrayFieldStart(field);
    for (InstrumentId id : ids) {
      g.writeString(id.value());
    }
    g.writeEndArray();
  }

  private static void basis(JsonGenerator g, LegalBasis b) throws IOException {
    g.writeStartObject();
    g.writeStringField("instrument", b.instrument().value());
    provision(g, b.provision());
    optional(g, "from", from(b.validity()));
    optional(g, "to", to(b.validity()));
    span(g, b.validity());
    g.writeEndObject();
  }

  /**
   * A provision as the page cites it in each language, as the explanations do ({@link Terms#provision}): "art. 14"
   * in French and Dutch; nothing when there is none.
   */
  private static void provision(JsonGenerator g, Optional<String> provision) throws IOException {
    if (provision.isPresent()) {
      languages(g, "provision", l -> Terms.provision(provision.get(), l));
    }
  }

  private static void source(JsonGenerator g, Source s) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id().value());
    g.writeStringField("title", s.title());
    optional(g, "url", s.url().map(u -> u.value()));
    g.writeObjectFieldStart("sections");
    for (SourceSection section : s.sections()) {
      g.writeStringField(section.id(), section.heading());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String field, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(field, value.get());
    }
  }
}
