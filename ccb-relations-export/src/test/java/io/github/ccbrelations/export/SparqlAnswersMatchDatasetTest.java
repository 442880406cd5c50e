package io.github.ccbrelations.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.Condition;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.LabelKind;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleFunction;
import io.github.ccbrelations.text.Terms;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Loads the Turtle and the JSON-LD export of the bundled dataset into Apache Jena and asks SPARQL the questions
 * the Java query helpers answer; the expected answers are computed from {@link Dataset}, never typed by hand.
 */
class SparqlAnswersMatchDatasetTest {
  private static final Dataset DATA = CcbRelations.bundled().allTime();
  private static final String PREFIXES = """
      PREFIX ccbr: <https://w3id.org/ccb-relations/vocab#>
      PREFIX org: <http://www.w3.org/ns/org#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX dct: <http://purl.org/dc/terms/>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      PREFIX eli: <http://data.europa.eu/eli/ontology#>
      PREFIX time: <http://www.w3.org/2006/time#>
      PREFIX body: <https://w3id.org/ccb-relations/body/>
      PREFIX role: <https://w3id.org/ccb-relations/role/>
      PREFIX instrument: <https://w3id.org/ccb-relations/instrument/>
      PREFIX source: <https://w3id.org/ccb-relations/source/>
      """;

  static Stream<Arguments> exports() {
    return Stream.of(
        Arguments.of("Turtle", Exports.turtle(DATA)),
        Arguments.of("JSON-LD", Exports.jsonLd(DATA)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exports")
  void findsWhereTheCcbRepresentsBelgium(String format, Model model) {
    List<String> expected = ids(DATA.rolesOnBehalfOf(CcbRelations.BELGIUM).stream()
        .filter(r -> r.holder().equals(CcbRelations.CCB) && r.body().isPresent())
        .map(r -> r.id().value() + " " + r.body().get().value()));
    List<String> answers = select(model, """
        SELECT ?role ?body WHERE {
          ?m a org:Membership ; org:member body:ccb ; ccbr:onBehalfOf body:belgium ; org:organization ?o ;
             dct:identifier ?role .
          ?o dct:identifier ?body .
        }""", s -> s.get("role").asLiteral().getString() + " " + s.get("body").asLiteral().getString());
    assertThat(expected).isNotEmpty();
    assertThat(answers).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exports")
  void findsTheLegalBasesOfTheSinglePointOfContactRole(String format, Model model) {
    Role spoc = DATA.rolesWith(RoleFunction.SINGLE_POINT_OF_CONTACT).stream()
        .filter(r -> r.holder().equals(CcbRelations.CCB)).findFirst().orElseThrow();
    List<String> expected = ids(DATA.legalBasesOf(spoc).stream().map(b -> b.instrument().value() + " | "
        + b.provision().orElse("") + " | " + b.validity().flatMap(v -> v.from()).map(d -> d.text()).orElse("")
        + " | " + b.validity().flatMap(v -> v.to()).map(d -> d.text()).orElse("")));
    List<String> answers = select(model, """
        SELECT ?id ?provision ?from ?to WHERE {
          ?m org:member body:ccb ; org:role ?f ; ccbr:legalBasis ?b .
          ?f skos:notation "SINGLE_POINT_OF_CONTACT" .
          ?b ccbr:instrument/dct:identifier ?id .
          OPTIONAL { ?b ccbr:provision ?provision }
          OPTIONAL { ?b ccbr:validity/time:hasBeginning/(time:inXSDDate|time:inXSDgYearMonth|time:inXSDgYear) ?from }
          OPTIONAL { ?b ccbr:validity/time:hasEnd/(time:inXSDDate|time:inXSDgYearMonth|time:inXSDgYear) ?to }
        }""", s -> text(s, "id") + " | " + text(s, "provision") + " | " + text(s, "from") + " | " + text(s, "to"));
    assertThat(expected).isNotEmpty();
    assertThat(answers).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exports")
  void findsTheBodiesCertBeReaches(String format, Model model) {
    BodyId certBe = BodyId.of("cert-be");
    List<String> expected = ids(DATA.rolesHeldBy(certBe).stream()
        .filter(r -> r.via().filter(certBe::equals).isPresent())
        .flatMap(r -> r.body().stream()).map(BodyId::value).distinct());
    List<String> answers = select(model, """
        SELECT DISTINCT ?body WHERE { ?m ccbr:via body:cert-be ; org:organization/dct:identifier ?body . }""",
        s -> text(s, "body"));
    assertThat(expected).isNotEmpty();
    assertThat(answers).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exports")
  void findsWhichInstrumentsEstablishedWhichBodies(String format, Model model) {
    List<String> expected = ids(DATA.instruments().stream().flatMap(i ->
        DATA.bodiesEstablishedBy(i.id()).stream().map(b -> i.id().value() + " " + b.id().value())));
    List<String> answers = select(model, """
        SELECT ?i ?b WHERE {
          ?body ccbr:establishedBy ?instrument ; dct:identifier ?b .
          ?instrument a eli:LegalResource ; dct:identifier ?i .
        }""", s -> text(s, "i") + " " + text(s, "b"));
    assertThat(expected).isNotEmpty();
    assertThat(answers).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exports")
  void findsConditionalRolesAndTheirCondition(String format, Model model) {
    List<String> expected = ids(DATA.conditionalRoles().stream()
        .map(r -> r.id().value() + " " + r.condition().map(Condition::name).orElseThrow() + " "
            + Terms.condition(r.condition().get(), Language.FR)));
    List<String> answers = select(model, """
        SELECT ?id ?c ?fr WHERE {
          ?m ccbr:condition ?cond ; dct:identifier ?id .
          ?cond skos:notation ?c ; skos:prefLabel ?fr . FILTER(lang(?fr) = "fr")
        }""", s -> text(s, "id") + " " + text(s, "c") + " " + text(s, "fr"));
    assertThat(expected).isNotEmpty();
    assertThat(answers).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exports")
  void findsTheBodyHierarchyOfEnisa(String format, Model model) {
    BodyId enisa = BodyId.of("enisa");
    List<String> below = ids(DATA.descendantsOf(enisa).stream().map(b -> b.id().value()));
    assertThat(below).isNotEmpty();
    assertThat(select(model, """
        SELECT ?b WHERE { ?x org:subOrganizationOf+ body:enisa ; dct:identifier ?b . }""", s -> text(s, "b")))
        .isEqualTo(below);
    for (String child : below) {
      List<String> above = ids(DATA.ancestorsOf(BodyId.of(child)).stream().map(b -> b.id().value()));
      assertThat(select(model, """
          SELECT ?a WHERE { body:%s org:subOrganizationOf+/dct:identifier ?a . }""".formatted(child),
          s -> text(s, "a"))).isEqualTo(above);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exports")
  void findsRolesAtTheOperationalLevel(String format, Model model) {
    List<String> expected = ids(DATA.rolesAt(Level.OPERATIONAL).stream().map(r -> r.id().value()));
    List<String> answers = select(model, """
        SELECT ?id WHERE { ?m ccbr:level/skos:notation "OPERATIONAL" ; dct:identifier ?id . }""",
        s -> text(s, "id"));
    assertThat(expected).isNotEmpty();
    assertThat(answers).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exports")
  void findsTheLabelsOfABodyInEveryLanguage(String format, Model model) {
    Body ccb = DATA.body(CcbRelations.CCB);
    for (Language language : Language.values()) {
      List<String> names = ids(ccb.name(language).stream());
      assertThat(select(model, """
          SELECT ?n WHERE { body:ccb skos:prefLabel ?n . FILTER(lang(?n) = "%s") }""".formatted(language.code()),
          s -> s.get("n").asLiteral().getLexicalForm())).isEqualTo(names);
      List<String> others = ids(ccb.labels().stream()
          .filter(l -> l.language() == language && l.kind() != LabelKind.NAME).map(l -> l.text()).distinct());
      assertThat(select(model, """
          SELECT ?n WHERE { body:ccb skos:altLabel ?n . FILTER(lang(?n) = "%s") }""".formatted(language.code()),
          s -> s.get("n").asLiteral().getLexicalForm())).isEqualTo(others);
      List<String> acronyms = ids(ccb.acronyms(language).stream());
      assertThat(select(model, """
          SELECT ?n WHERE { body:ccb ccbr:acronym ?n . FILTER(lang(?n) = "%s") }""".formatted(language.code()),
          s -> s.get("n").asLiteral().getLexicalForm())).isEqualTo(acronyms);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exports")
  void findsRolesBasedOnTheNisDirectiveThroughTransposingLaws(String format, Model model) {
    InstrumentId nis = InstrumentId.of("nis-directive");
    List<String> expected = ids(DATA.rolesBasedOnTransitively(nis).stream().map(r -> r.id().value()));
    List<String> answers = select(model, """
        SELECT DISTINCT ?id WHERE { ?m ccbr:basedOn/eli:transposes* instrument:nis-directive ; dct:identifier ?id . }""",
        s -> text(s, "id"));
    assertThat(expected).isNotEmpty();
    assertThat(answers).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exports")
  void findsWhatRolesImplementConcernOrAreGuidedByApartFromTheirBases(String format, Model model) {
    List<String> expected = ids(DATA.roles().stream().flatMap(r -> r.subjects().stream()
        .map(s -> r.id().value() + " " + s.kind() + " " + s.instrument().value())));
    List<String> answers = select(model, """
        SELECT ?id ?p ?i WHERE {
          VALUES ?p { ccbr:implements ccbr:concerns ccbr:guidedBy }
          ?m ?p ?instrument ; dct:identifier ?id . ?instrument dct:identifier ?i .
        }""", s -> text(s, "id") + " " + switch (s.getResource("p").getLocalName()) {
          case "implements" -> "IMPLEMENTS";
          case "concerns" -> "CONCERNS";
          default -> "GUIDED_BY";
        } + " " + text(s, "i"));
    assertThat(expected).contains("ccb-technical-support-osce-cbm-14 IMPLEMENTS osce-pc-decision-1202",
        "ccb-monitoring-eu-laws GUIDED_BY be-national-cybersecurity-strategy");
    assertThat(answers).containsExactlyInAnyOrderElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exports")
  void findsTheLinksBetweenInstrumentsAsTheDatasetRecordsThem(String format, Model model) {
    List<String> expected = ids(DATA.instruments().stream().flatMap(i -> Stream.of(
        i.implementsInstruments().stream().map(t -> i.id().value() + " implements " + t.value()),
        i.extendsInstruments().stream().map(t -> i.id().value() + " extends " + t.value()),
        i.amends().stream().map(t -> i.id().value() + " amends " + t.value()),
        i.executes().stream().map(e -> i.id().value() + " executes " + e.instrument().value() + " "
            + e.provision().orElse(""))).flatMap(x -> x)).distinct());
    List<String> answers = ids(Stream.of(
        select(model, """
            SELECT ?a ?b WHERE { ?x eli:ensures_implementation_of ?y . ?x dct:identifier ?a . ?y dct:identifier ?b }""",
            q -> text(q, "a") + " implements " + text(q, "b")),
        select(model, """
            SELECT ?a ?b WHERE { ?x ccbr:extends ?y . ?x dct:identifier ?a . ?y dct:identifier ?b }""",
            q -> text(q, "a") + " extends " + text(q, "b")),
        select(model, """
            SELECT ?a ?b WHERE { ?x eli:amends ?y . ?x dct:identifier ?a . ?y dct:identifier ?b }""",
            q -> text(q, "a") + " amends " + text(q, "b")),
        select(model, """
            SELECT ?a ?b ?p WHERE {
              ?x ccbr:execution ?n ; dct:identifier ?a . ?n ccbr:instrument ?y . ?y dct:identifier ?b .
              OPTIONAL { ?n ccbr:provision ?p } ?x eli:based_on ?y .
            }""", q -> text(q, "a") + " executes " + text(q, "b") + " " + text(q, "p")))
        .flatMap(List::stream).distinct());
    assertThat(expected).contains("be-cybersecurity-certification-law-2022 implements cybersecurity-act",
        "osce-pc-decision-1202 extends osce-pc-decision-1106",
        "be-royal-decree-nis2-2024 executes be-nis2-law-2024 Art. 75");
    assertThat(answers).containsExactlyInAnyOrderElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exports")
  void findsRelationsBetweenBodiesWhatRolesAreAboutAndMissingOfficialNames(String format, Model model) {
    assertThat(select(model, """
        SELECT ?w WHERE {
          body:ecso ccbr:counterpartOf body:european-commission ;
            ccbr:relation [ ccbr:relatedBody body:european-commission ; ccbr:within ?within ] .
          ?within dct:identifier ?w .
        }""", q -> text(q, "w"))).containsExactly("cybersecurity-cppp");
    assertThat(select(model, """
        SELECT ?id WHERE { ?m ccbr:about body:niger-cooperation-project ; dct:identifier ?id . }""",
        q -> text(q, "id"))).containsExactlyInAnyOrder("ccb-capacity-building", "ccb-technical-support-enabel-niger");
    assertThat(select(model, """
        SELECT ?d WHERE { body:ncca-be ccbr:designatedBy ?i . ?i dct:identifier ?d . }""", q -> text(q, "d")))
        .containsExactly("be-royal-decree-certification-2022");
    List<String> expected = ids(Stream.concat(DATA.bodies().stream(), DATA.instruments().stream())
        .flatMap(r -> r.noOfficialName().stream().flatMap(n -> n.languages().stream())
            .map(l -> (r instanceof io.github.ccbrelations.model.Body b ? b.id().value()
                : ((LegalInstrument) r).id().value()) + " " + l.code())));
    assertThat(ids(select(model, """
        SELECT ?id ?l WHERE { ?r ccbr:noOfficialName [ dct:language ?l ] ; dct:identifier ?id . }""",
        q -> text(q, "id") + " " + text(q, "l")).stream())).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exports")
  void findsInstrumentsByCelexAndTheirDates(String format, Model model) {
    List<LegalInstrument> withCelex = DATA.instruments().stream().filter(i -> i.celex().isPresent()).toList();
    assertThat(withCelex).isNotEmpty();
    for (LegalInstrument li : withCelex) {
      String celex = li.celex().orElseThrow().value();
      assertThat(select(model, """
          SELECT ?id ?adopted WHERE {
            ?i eli:id_local "%s" ; dct:identifier ?id . OPTIONAL { ?i eli:date_document ?adopted }
          }""".formatted(celex), s -> text(s, "id") + " " + text(s, "adopted")))
          .containsExactly(DATA.findInstrumentByCelex(li.celex().get()).orElseThrow().id().value() + " "
              + li.adopted().map(d -> d.text()).orElse(""));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exports")
  void findsTheRolesInEnisaIncludingItsParts(String format, Model model) {
    List<String> expected = ids(DATA.rolesInAnyPartOf(BodyId.of("enisa")).stream().map(r -> r.id().value()));
    List<String> answers = select(model, """
        SELECT ?id WHERE { ?m org:organization/org:subOrganizationOf* body:enisa ; dct:identifier ?id . }""",
        s -> text(s, "id"));
    assertThat(expected).isNotEmpty();
    assertThat(answers).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exports")
  void findsTheSectionAndParagraphEveryRoleCites(String format, Model model) {
    List<String> expected = ids(DATA.roles().stream().flatMap(r -> r.sources().stream().map(ref ->
        r.id().value() + " " + ref.source().value() + " " + ref.section().orElse("") + " "
            + ref.paragraph().map(String::valueOf).orElse(""))).distinct());
    List<String> answers = select(model, """
        SELECT DISTINCT ?id ?src ?sec ?par WHERE {
          ?m a org:Membership ; dct:identifier ?id ; prov:qualifiedDerivation ?d .
          ?d prov:entity/dct:identifier ?src .
          OPTIONAL { ?d ccbr:section/dct:identifier ?sec }
          OPTIONAL { ?d ccbr:paragraph ?par }
        }""", s -> text(s, "id") + " " + text(s, "src") + " " + text(s, "sec") + " " + text(s, "par"));
    assertThat(answers).isEqualTo(expected);
  }

  private static String text(QuerySolution s, String var) {
    RDFNode node = s.get(var);
    if (node == null) {
      return "";
    }
    return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.asResource().getURI();
  }

  private static List<String> select(Model model, String query, Function<QuerySolution, String> row) {
    List<String> out = new ArrayList<>();
    try (QueryExecution q = QueryExecution.model(model).query(PREFIXES + query).build()) {
      ResultSet rs = q.execSelect();
      rs.forEachRemaining(s -> out.add(row.apply(s)));
    }
    out.sort(null);
    return out;
  }

  private static List<String> ids(Stream<String> values) {
    List<String> out = new ArrayList<>(values.toList());
    out.sort(null);
    return out;
  }
}
