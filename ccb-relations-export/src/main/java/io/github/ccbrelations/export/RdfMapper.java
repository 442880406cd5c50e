package io.github.ccbrelations.export;

import static io.github.ccbrelations.export.Rdf.DCT;
import static io.github.ccbrelations.export.Rdf.ELI;
import static io.github.ccbrelations.export.Rdf.FOAF;
import static io.github.ccbrelations.export.Rdf.ORG;
import static io.github.ccbrelations.export.Rdf.PROV;
import static io.github.ccbrelations.export.Rdf.SCHEMA;
import static io.github.ccbrelations.export.Rdf.SKOS;
import static io.github.ccbrelations.export.Rdf.SKOSXL;
import static io.github.ccbrelations.export.Rdf.TIME;
import static io.github.ccbrelations.export.Rdf.TYPE;
import static io.github.ccbrelations.export.Rdf.XSD;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyKind;
import io.github.ccbrelations.model.BodyRelation;
import io.github.ccbrelations.model.BodyRelationKind;
import io.github.ccbrelations.model.Condition;
import io.github.ccbrelations.model.Continuation;
import io.github.ccbrelations.model.DatasetHeader;
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
import io.github.ccbrelations.model.PartialDate;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleFunction;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceKind;
import io.github.ccbrelations.model.SourceReference;
import io.github.ccbrelations.model.SourceSection;
import io.github.ccbrelations.model.Validity;
import io.github.ccbrelations.text.Terms;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/** Turns a dataset into RDF triples; the mapping is documented in docs/exports.md, section "Linked data". */
final class RdfMapper {
  static final String V = RdfExport.VOCABULARY;
  static final String B = RdfExport.BASE;

  private final Rdf rdf = new Rdf();

  private RdfMapper() {}

  static Rdf map(Dataset dataset) {
    // The export carries the whole history of the file, whatever day the dataset answers for.
    Dataset data = dataset.allTime();
    RdfMapper m = new RdfMapper();
    m.header(data.info().header());
    data.sources().forEach(m::source);
    data.bodies().forEach(m::body);
    data.instruments().forEach(m::instrument);
    data.roles().forEach(m::role);
    data.redirects().forEach(m::redirect);
    m.concepts();
    return m.rdf;
  }

  // ---------------------------------------------------------------------------------------------------- IRIs

  static String body(io.github.ccbrelations.model.BodyId id) {
    return B + "body/" + id.value();
  }

  static String role(io.github.ccbrelations.model.RoleId id) {
    return B + "role/" + id.value();
  }

  static String instrument(io.github.ccbrelations.model.InstrumentId id) {
    return B + "instrument/" + id.value();
  }

  static String source(io.github.ccbrelations.model.SourceId id) {
    return B + "source/" + id.value();
  }

  static String section(io.github.ccbrelations.model.SourceId id, String section) {
    return source(id) + "/section/" + section;
  }

  static String concept(Enum<?> constant) {
    return scheme(constant.getDeclaringClass()) + "/" + Words.slug(constant);
  }

  static String scheme(Class<?> type) {
    return B + switch (type.getSimpleName()) {
      case "RoleFunction" -> "function";
      case "Level" -> "level";
      case "Condition" -> "condition";
      case "BodyKind" -> "body-kind";
      case "InstrumentKind" -> "instrument-kind";
      case "SourceKind" -> "source-kind";
      case "LegalBasisStatus" -> "legal-basis-status";
      case "LabelKind" -> "label-kind";
      case "BodyRelationKind" -> "body-relation-kind";
      case "NoNameKind" -> "no-name-kind";
      case "Continuation" -> "continuation";
      default -> throw new IllegalArgumentException("no concept scheme for " + type);
    };
  }

  /** The ORG class a kind of body maps to, besides org:Organization; empty for an exercise. */
  static Optional<String> orgClass(BodyKind kind) {
    return Optional.ofNullable(switch (kind) {
      case EU_INSTITUTION, EU_AGENCY, EU_BODY, INTERNATIONAL_ORGANISATION, ASSOCIATION, NATIONAL_AUTHORITY,
          NATIONAL_AGENCY, COUNTRY -> ORG + "FormalOrganization";
      case EU_NETWORK_OR_GROUP, INTERGOVERNMENTAL_FORUM_OR_INITIATIVE, COMMUNITY, PARTNERSHIP ->
          ORG + "OrganizationalCollaboration";
      case COUNCIL_WORKING_PARTY, BOARD, WORKING_GROUP, DEPARTMENT, OFFICE, DIPLOMATIC_MISSION ->
          ORG + "OrganizationalUnit";
      case EXERCISE, PROJECT -> null;
    });
  }

  // ---------------------------------------------------------------------------------------------------- records

  private void header(DatasetHeader h) {
    String d = B + "dataset";
    rdf.add(d, TYPE, V + "Dataset");
    rdf.add(d, V + "datasetVersion", Rdf.string(h.datasetVersion().text()));
    rdf.add(d, V + "schemaVersion", Rdf.string(h.schemaVersion().text()));
    rdf.add(d, DCT + "issued", Rdf.typed(h.released().toString(), XSD + "date"));
    h.primarySources().forEach(s -> rdf.add(d, V + "primarySource", source(s)));
  }

  private void source(Source s) {
    String iri = source(s.id());
    rdf.add(iri, TYPE, PROV + "Entity");
    rdf.add(iri, TYPE, FOAF + "Document");
    rdf.add(iri, DCT + "identifier", Rdf.string(s.id().value()));
    rdf.add(iri, V + "sourceKind", concept(s.kind()));
    rdf.add(iri, DCT + "title", Rdf.string(s.title()));
    s.language().ifPresent(l -> rdf.add(iri, DCT + "language", Rdf.typed(l.code(), XSD + "language")));
    s.publisher().ifPresent(p -> rdf.add(iri, DCT + "publisher", Rdf.string(p)));
    s.url().ifPresent(u -> rdf.add(iri, SCHEMA + "url", Iris.encode(u.value())));
    s.consulted().ifPresent(c -> rdf.add(iri, DCT + "date", Rdf.typed(c.toString(), XSD + "date")));
    int position = 0;
    for (SourceSection section : s.sections()) {
      String sec = section(s.id(), section.id());
      rdf.add(iri, DCT + "hasPart", sec);
      rdf.add(sec, TYPE, V + "Section");
      rdf.add(sec, DCT + "isPartOf", iri);
      rdf.add(sec, DCT + "identifier", Rdf.string(section.id()));
      rdf.add(sec, DCT + "title", Rdf.string(section.heading()));
      rdf.add(sec, V + "paragraphs", Rdf.integer(section.paragraphs()));
      rdf.add(sec, V + "position", Rdf.integer(++position));
    }
  }

  private void body(Body b) {
    String iri = body(b.id());
    rdf.add(iri, TYPE, ORG + "Organization");
    orgClass(b.kind()).ifPresent(c -> rdf.add(iri, TYPE, c));
    rdf.add(iri, DCT + "identifier", Rdf.string(b.id().value()));
    rdf.add(iri, V + "bodyKind", concept(b.kind()));
    labels(iri, b.labels());
    b.partOf().ifPresent(p -> rdf.add(iri, ORG + "subOrganizationOf", body(p)));
    b.convenedBy().forEach(c -> rdf.add(iri, V + "convenedBy", body(c)));
    b.replacedBy().ifPresent(r -> rdf.add(iri, DCT + "isReplacedBy", body(r)));
    b.seat().ifPresent(s -> text(iri, V + "seat", s));
    b.website().ifPresent(w -> rdf.add(iri, FOAF + "homepage", Iris.encode(w.value())));
    b.establishedBy().ifPresent(e -> {
      rdf.add(iri, V + "establishedBy", instrument(e.instrument()));
      String node = iri + "#establishment";
      rdf.add(iri, V + "establishment", node);
      legalBasis(node, e);
    });
    b.designatedBy().ifPresent(e -> {
      rdf.add(iri, V + "designatedBy", instrument(e.instrument()));
      String node = iri + "#designation";
      rdf.add(iri, V + "designation", node);
      legalBasis(node, e);
    });
    int n = 0;
    for (BodyRelation relation : b.relations()) {
      // The direct triple for queries; the node keeps the partnership it holds within and its citations.
      rdf.add(iri, V + switch (relation.kind()) {
        case COUNTERPART_OF -> "counterpartOf";
        case COOPERATION_WITH -> "cooperationWith";
      }, body(relation.body()));
      String node = iri + "#relation-" + ++n;
      rdf.add(iri, V + "relation", node);
      rdf.add(node, TYPE, V + "BodyRelation");
      rdf.add(node, V + "relationKind", concept(relation.kind()));
      rdf.add(node, V + "relatedBody", body(relation.body()));
      relation.within().ifPresent(w -> rdf.add(node, V + "within", body(w)));
      citations(node, node + "-citation-", relation.sources());
    }
    noOfficialName(iri, b.noOfficialName());
    b.founded().ifPresent(f -> rdf.add(iri, V + "founded", date(f)));
    b.recurrence().ifPresent(r -> rdf.add(iri, V + "recurrence", Rdf.typed(r.toString(), XSD + "duration")));
    b.memberCount().ifPresent(c -> rdf.add(iri, V + "memberCount", Rdf.integer(c)));
    b.validity().ifPresent(v -> interval(iri, V + "validity", iri + "#validity", v));
    b.description().ifPresent(d -> text(iri, DCT + "description", d));
    citations(iri, iri + "#citation-", b.sources());
  }

  private void instrument(LegalInstrument li) {
    String iri = instrument(li.id());
    rdf.add(iri, TYPE, ELI + "LegalResource");
    rdf.add(iri, DCT + "identifier", Rdf.string(li.id().value()));
    rdf.add(iri, V + "instrumentKind", concept(li.kind()));
    labels(iri, li.labels());
    li.celex().ifPresent(c -> {
      rdf.add(iri, ELI + "id_local", Rdf.string(c.value()));
      rdf.add(iri, V + "celex", Rdf.string(c.value()));
    });
    li.eli().ifPresent(e -> rdf.add(iri, V + "eli", Iris.encode(e.value())));
    li.numac().ifPresent(n -> rdf.add(iri, V + "numac", Rdf.string(n.value())));
    li.osceDecision().ifPresent(o -> rdf.add(iri, V + "osceDecision", Rdf.string(o.value())));
    li.adopted().ifPresent(d -> rdf.add(iri, ELI + "date_document", date(d)));
    li.published().ifPresent(d -> rdf.add(iri, ELI + "date_publication", date(d)));
    li.inForce().ifPresent(d -> rdf.add(iri, ELI + "first_date_entry_in_force", date(d)));
    li.appliesFrom().ifPresent(d -> rdf.add(iri, ELI + "date_applicability", date(d)));
    li.endOfValidity().ifPresent(d -> rdf.add(iri, ELI + "date_no_longer_in_force", date(d)));
    li.repeals().forEach(r -> rdf.add(iri, ELI + "repeals", instrument(r)));
    li.replacedBy().ifPresent(r -> rdf.add(iri, DCT + "isReplacedBy", instrument(r)));
    li.transposes().forEach(t -> rdf.add(iri, ELI + "transposes", instrument(t)));
    li.implementsInstruments().forEach(t -> rdf.add(iri, ELI + "ensures_implementation_of", instrument(t)));
    li.extendsInstruments().forEach(t -> rdf.add(iri, V + "extends", instrument(t)));
    li.amends().forEach(t -> rdf.add(iri, ELI + "amends", instrument(t)));
    int n = 0;
    for (LegalBasis executed : li.executes()) {
      // eli:based_on for the empowering act; the node keeps the provision and its citations, one per provision.
      rdf.add(iri, ELI + "based_on", instrument(executed.instrument()));
      String node = iri + "#execution-" + ++n;
      rdf.add(iri, V + "execution", node);
      rdf.add(node, V + "position", Rdf.integer(n));
      legalBasis(node, executed);
    }
    noOfficialName(iri, li.noOfficialName());
    li.description().ifPresent(d -> text(iri, DCT + "description", d));
    citations(iri, iri + "#citation-", li.sources());
  }

  private void role(Role r) {
    String iri = role(r.id());
    rdf.add(iri, TYPE, ORG + "Membership");
    rdf.add(iri, DCT + "identifier", Rdf.string(r.id().value()));
    rdf.add(iri, ORG + "member", body(r.holder()));
    r.body().ifPresent(b -> rdf.add(iri, ORG + "organization", body(b)));
    rdf.add(iri, ORG + "role", concept(r.function()));
    r.onBehalfOf().ifPresent(b -> rdf.add(iri, V + "onBehalfOf", body(b)));
    r.via().ifPresent(b -> rdf.add(iri, V + "via", body(b)));
    r.supports().ifPresent(b -> rdf.add(iri, V + "supports", body(b)));
    r.about().ifPresent(b -> rdf.add(iri, V + "about", body(b)));
    r.inCapacityOf().ifPresent(o -> rdf.add(iri, V + "inCapacityOf", role(o)));
    r.replacedBy().ifPresent(o -> rdf.add(iri, DCT + "isReplacedBy", role(o)));
    rdf.add(iri, V + "level", concept(r.level()));
    r.condition().ifPresent(c -> rdf.add(iri, V + "condition", concept(c)));
    rdf.add(iri, V + "legalBasisStatus", concept(r.legalBasisStatus()));
    int n = 0;
    for (LegalBasis basis : r.legalBases()) {
      String node = iri + "#basis-" + ++n;
      rdf.add(iri, V + "basedOn", instrument(basis.instrument()));
      rdf.add(iri, V + "legalBasis", node);
      rdf.add(node, V + "position", Rdf.integer(n));
      legalBasis(node, basis);
    }
    r.basesEnded().ifPresent(ended -> {
      String node = iri + "#bases-ended";
      rdf.add(iri, V + "basesEnded", node);
      rdf.add(node, TYPE, V + "BasesEnded");
      rdf.add(node, V + "since", Rdf.typed(ended.since().toString(), XSD + "date"));
      rdf.add(node, V + "continues", concept(ended.continues()));
      citations(node, node + "-citation-", ended.sources());
    });
    // The provision of a subject is in the JSON only; the triple says which instrument, and how.
    r.subjects().forEach(s -> rdf.add(iri, V + switch (s.kind()) {
      case IMPLEMENTS -> "implements";
      case CONCERNS -> "concerns";
      case GUIDED_BY -> "guidedBy";
    }, instrument(s.instrument())));
    r.validity().ifPresent(v -> interval(iri, ORG + "memberDuring", iri + "#validity", v));
    r.description().ifPresent(d -> text(iri, DCT + "description", d));
    citations(iri, iri + "#citation-", r.sources());
  }

  /** A retired id: its old IRI points at the record that replaced it. */
  private void redirect(io.github.ccbrelations.model.Redirect r) {
    String kind = switch (r.recordType()) {
      case SOURCE -> "source/";
      case BODY -> "body/";
      case INSTRUMENT -> "instrument/";
      case ROLE -> "role/";
    };
    String from = B + kind + r.from();
    rdf.add(from, DCT + "isReplacedBy", B + kind + r.to());
    rdf.add(from, V + "redirectReason", Rdf.string(r.reason().name()));
    r.since().ifPresent(v -> rdf.add(from, V + "retiredSince", Rdf.string(v.text())));
  }

  // ---------------------------------------------------------------------------------------------------- parts

  private void legalBasis(String node, LegalBasis basis) {
    rdf.add(node, TYPE, V + "LegalBasis");
    rdf.add(node, V + "instrument", instrument(basis.instrument()));
    basis.provision().ifPresent(p -> rdf.add(node, V + "provision", Rdf.string(p)));
    basis.validity().ifPresent(v -> interval(node, V + "validity", node + "-validity", v));
    citations(node, node + "-citation-", basis.sources());
  }

  /** A record's statements of no official name: one node each, with its languages, kind, reason and citations. */
  private void noOfficialName(String iri, List<NoOfficialName> statements) {
    int n = 0;
    for (NoOfficialName none : statements) {
      String node = iri + "#no-official-name-" + ++n;
      rdf.add(iri, V + "noOfficialName", node);
      rdf.add(node, TYPE, V + "NoOfficialName");
      none.languages().forEach(l -> rdf.add(node, DCT + "language", Rdf.string(l.code())));
      rdf.add(node, V + "noNameKind", concept(none.kind()));
      rdf.add(node, V + "reason", Rdf.lang(none.reason(), Language.EN.code()));
      citations(node, node + "-citation-", none.sources());
    }
  }

  private void labels(String iri, List<Label> labels) {
    int n = 0;
    for (Label label : labels) {
      Rdf.Literal text = Rdf.lang(label.text(), label.language().code());
      boolean name = label.kind() == LabelKind.NAME;
      rdf.add(iri, SKOS + (name ? "prefLabel" : "altLabel"), text);
      switch (label.kind()) {
        case SHORT_NAME -> rdf.add(iri, V + "shortName", text);
        case ACRONYM -> rdf.add(iri, V + "acronym", text);
        case ALTERNATIVE -> rdf.add(iri, V + "alternativeName", text);
        case FORMER_NAME -> rdf.add(iri, V + "formerName", text);
        case NAME -> { }
      }
      String node = iri + "#label-" + ++n;
      rdf.add(iri, SKOSXL + (name ? "prefLabel" : "altLabel"), node);
      rdf.add(node, TYPE, SKOSXL + "Label");
      rdf.add(node, SKOSXL + "literalForm", text);
      rdf.add(node, V + "labelKind", concept(label.kind()));
      citations(node, node + "-citation-", label.sources());
    }
  }

  private void citations(String iri, String prefix, List<SourceReference> refs) {
    int n = 0;
    for (SourceReference ref : refs) {
      String src = source(ref.source());
      rdf.add(iri, PROV + "wasDerivedFrom", src);
      rdf.add(iri, DCT + "source", src);
      String node = prefix + ++n;
      rdf.add(iri, PROV + "qualifiedDerivation", node);
      rdf.add(node, TYPE, PROV + "Derivation");
      rdf.add(node, PROV + "entity", src);
      ref.section().ifPresent(s -> rdf.add(node, V + "section", section(ref.source(), s)));
      ref.paragraph().ifPresent(p -> rdf.add(node, V + "paragraph", Rdf.integer(p)));
      ref.locator().ifPresent(l -> rdf.add(node, V + "locator", Rdf.string(l)));
      ref.supports().forEach(f -> rdf.add(node, V + "supportsField", Rdf.string(f)));
    }
  }

  private void interval(String owner, String property, String node, Validity v) {
    rdf.add(owner, property, node);
    rdf.add(node, TYPE, TIME + "Interval");
    v.from().ifPresent(f -> instant(node, TIME + "hasBeginning", node + "-start", f));
    v.to().ifPresent(t -> instant(node, TIME + "hasEnd", node + "-end", t));
  }

  private void instant(String interval, String property, String node, PartialDate date) {
    rdf.add(interval, property, node);
    rdf.add(node, TYPE, TIME + "Instant");
    String p = switch (date.precision()) {
      case DAY -> "inXSDDate";
      case MONTH -> "inXSDgYearMonth";
      case YEAR -> "inXSDgYear";
    };
    rdf.add(node, TIME + p, date(date));
  }

  private void text(String iri, String property, LocalizedText text) {
    text.values().forEach((language, value) -> rdf.add(iri, property, Rdf.lang(value, language.code())));
  }

  /** A partial date as xsd:date, xsd:gYearMonth or xsd:gYear, by its precision. */
  static Rdf.Literal date(PartialDate date) {
    String type = switch (date.precision()) {
      case DAY -> "date";
      case MONTH -> "gYearMonth";
      case YEAR -> "gYear";
    };
    return Rdf.typed(date.text(), XSD + type);
  }

  // ---------------------------------------------------------------------------------------------------- concepts

  private void concepts() {
    inEveryLanguage(RoleFunction.values(), Terms::function, Set.of(ORG + "Role"));
    inEveryLanguage(Level.values(), Terms::level, Set.of());
    inEveryLanguage(Condition.values(), Terms::condition, Set.of());
    inEveryLanguage(BodyKind.values(), Terms::bodyKind, Set.of());
    inEveryLanguage(InstrumentKind.values(), Terms::instrumentKind, Set.of());
    inEveryLanguage(LabelKind.values(), Terms::labelKind, Set.of());
    inEveryLanguage(BodyRelationKind.values(), Terms::relation, Set.of());
    inEveryLanguage(SourceKind.values(), Terms::sourceKind, Set.of());
    inEveryLanguage(LegalBasisStatus.values(), Terms::legalBasisStatus, Set.of());
    inEveryLanguage(NoNameKind.values(), Terms::noNameKind, Set.of());
    inEveryLanguage(Continuation.values(), Terms::continuation, Set.of());
  }

  /** Concepts labelled in fr, nl, en and de with this library's words ({@link Terms}), the labels' one source. */
  private <E extends Enum<E>> void inEveryLanguage(E[] constants, BiFunction<E, Language, String> word,
      Set<String> extraTypes) {
    for (E constant : constants) {
      concept(constant, extraTypes);
      for (Language l : Language.values()) {
        rdf.add(concept(constant), SKOS + "prefLabel", Rdf.lang(word.apply(constant, l), l.code()));
      }
    }
  }

  private void concept(Enum<?> constant, Set<String> extraTypes) {
    String iri = concept(constant);
    String scheme = scheme(constant.getDeclaringClass());
    rdf.add(scheme, TYPE, SKOS + "ConceptScheme");
    rdf.add(iri, TYPE, SKOS + "Concept");
    extraTypes.forEach(t -> rdf.add(iri, TYPE, t));
    rdf.add(iri, SKOS + "inScheme", scheme);
    rdf.add(iri, SKOS + "notation", Rdf.string(constant.name()));
  }
}
