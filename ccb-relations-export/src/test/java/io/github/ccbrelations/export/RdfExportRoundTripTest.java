package io.github.ccbrelations.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** Both RDF formats carry the whole dataset, the same graph, correctly escaped, with a described vocabulary. */
class RdfExportRoundTripTest {
  private static final Dataset DATA = CcbRelations.bundled().allTime();
  private static final String ORG = "http://www.w3.org/ns/org#";
  private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  private static final String DCT = "http://purl.org/dc/terms/";

  @Test
  void turtleAndJsonLdGiveIsomorphicGraphs() {
    Model turtle = Exports.turtle(DATA);
    Model jsonLd = Exports.jsonLd(DATA);
    assertThat(turtle.size()).isGreaterThan(1000);
    assertThat(turtle.isIsomorphicWith(jsonLd)).as("Turtle and JSON-LD graphs are isomorphic").isTrue();
  }

  @Test
  void keepsTheCountOfEveryRecordTypeInBothFormats() {
    for (Model model : new Model[] {Exports.turtle(DATA), Exports.jsonLd(DATA)}) {
      assertThat(count(model, ORG + "Organization")).isEqualTo(DATA.info().bodyCount());
      assertThat(count(model, ORG + "Membership")).isEqualTo(DATA.info().roleCount());
      assertThat(count(model, "http://data.europa.eu/eli/ontology#LegalResource"))
          .isEqualTo(DATA.info().instrumentCount());
      assertThat(count(model, "http://xmlns.com/foaf/0.1/Document")).isEqualTo(DATA.info().sourceCount());
    }
  }

  @Test
  void givesEveryRecordTheIriOfItsId() {
    Model model = Exports.turtle(DATA);
    for (Body b : DATA.bodies()) {
      Resource r = model.getResource(RdfExport.BASE + "body/" + b.id().value());
      assertThat(r.hasProperty(RDF.type, model.getResource(ORG + "Organization"))).as(b.id().value()).isTrue();
    }
    for (Role role : DATA.roles()) {
      Resource r = model.getResource(RdfExport.BASE + "role/" + role.id().value());
      assertThat(r.getPropertyResourceValue(model.getProperty(ORG + "member")).getURI())
          .isEqualTo(RdfExport.BASE + "body/" + role.holder().value());
    }
  }

  @Test
  void mapsTheOrgClassOfABodyFromItsKind() {
    Model model = Exports.turtle(DATA);
    Resource enisa = model.getResource(RdfExport.BASE + "body/enisa");
    Resource board = model.getResource(RdfExport.BASE + "body/enisa-management-board");
    assertThat(enisa.hasProperty(RDF.type, model.getResource(ORG + "FormalOrganization"))).isTrue();
    assertThat(board.hasProperty(RDF.type, model.getResource(ORG + "OrganizationalUnit"))).isTrue();
    assertThat(board.getPropertyResourceValue(model.getProperty(ORG + "subOrganizationOf"))).isEqualTo(enisa);
  }

  @Test
  void saysForEveryRoleWhetherItsBasesEndedSinceWhenAndWhetherItGoesOn() {
    Model model = Exports.turtle(DATA);
    String v = RdfExport.VOCABULARY;
    for (Role role : DATA.roles()) {
      Resource r = model.getResource(RdfExport.BASE + "role/" + role.id().value());
      Resource ended = r.getPropertyResourceValue(model.getProperty(v + "basesEnded"));
      assertThat(ended != null).as(role.id().value()).isEqualTo(role.basesEnded().isPresent());
      role.basesEnded().ifPresent(e -> {
        Literal since = ended.getProperty(model.getProperty(v + "since")).getLiteral();
        assertThat(since.getLexicalForm()).isEqualTo(e.since().toString());
        assertThat(since.getDatatypeURI()).isEqualTo("http://www.w3.org/2001/XMLSchema#date");
        Resource continues = ended.getPropertyResourceValue(model.getProperty(v + "continues"));
        assertThat(continues.getProperty(model.getProperty(SKOS + "notation")).getString())
            .isEqualTo(e.continues().name());
      });
    }
    assertThat(DATA.roles()).anyMatch(role -> role.basesEnded().isPresent());
  }

  @Test
  void readsBackTrickyStringsExactly() {
    Dataset tricky = Exports.tricky();
    Body holder = tricky.body(BodyId.of("holder"));
    Role role = tricky.findRole(RoleId.of("holder-member-forum")).orElseThrow();
    for (Model model : new Model[] {Exports.turtle(tricky), Exports.jsonLd(tricky)}) {
      Resource h = model.getResource(RdfExport.BASE + "body/holder");
      assertThat(langStrings(model, h, SKOS + "prefLabel", "fr")).containsExactly(holder.name(Language.FR).get());
      assertThat(langStrings(model, h, DCT + "description", "fr"))
          .containsExactly(holder.description().orElseThrow().in(Language.FR).get());
      Resource r = model.getResource(RdfExport.BASE + "role/holder-member-forum");
      assertThat(langStrings(model, r, DCT + "description", "en"))
          .containsExactly(role.description().orElseThrow().in(Language.EN).get());
      Resource basis = model.getResource(RdfExport.BASE + "role/holder-member-forum#basis-1");
      assertThat(basis.getProperty(model.getProperty(RdfExport.VOCABULARY + "provision")).getString())
          .isEqualTo(role.legalBases().get(0).provision().get());
      Resource source = model.getResource(RdfExport.BASE + "source/page");
      assertThat(source.getProperty(model.getProperty(DCT + "title")).getString())
          .isEqualTo(tricky.sources().get(0).title());
      assertThat(source.getPropertyResourceValue(model.getProperty("https://schema.org/url")).getURI())
          .isEqualTo("https://example.org/page?a=1&b=2");
    }
    assertThat(Exports.turtle(tricky).isIsomorphicWith(Exports.jsonLd(tricky))).isTrue();
  }

  @Test
  void escapesEveryKindOfCharacterInTurtleStrings() {
    String nasty = "a\"b\\c\nd\re\tf\bg\fh\u0001i\u007Fj é 😀 '''\"\"\" end\\";
    String doc = "<http://example.org/s> <http://example.org/p> " + TurtleWriter.quote(nasty) + " .";
    Model model = Exports.parse(doc, Lang.TURTLE);
    assertThat(model.listObjects().next().asLiteral().getString()).isEqualTo(nasty);
  }

  @Test
  void describesEveryTermOfOurVocabularyItUses() {
    Model vocab = Exports.parse(RdfExport.vocabulary(), Lang.TURTLE);
    Set<String> used = new TreeSet<>();
    Model model = Exports.turtle(DATA);
    for (Statement s : model.listStatements().toList()) {
      if (s.getPredicate().getURI().startsWith(RdfExport.VOCABULARY)) {
        used.add(s.getPredicate().getURI());
      }
      if (s.getPredicate().equals(RDF.type) && s.getResource().getURI().startsWith(RdfExport.VOCABULARY)) {
        used.add(s.getResource().getURI());
      }
    }
    assertThat(used).hasSizeGreaterThan(30);
    for (String term : used) {
      Resource r = vocab.getResource(term);
      assertThat(r.hasProperty(RDFS.label)).as("rdfs:label of " + term).isTrue();
      assertThat(r.hasProperty(RDFS.comment)).as("rdfs:comment of " + term).isTrue();
    }
  }

  @Test
  void describesEveryConceptSchemeItUses() {
    Model vocab = Exports.parse(RdfExport.vocabulary(), Lang.TURTLE);
    Model model = Exports.turtle(DATA);
    Resource scheme = model.getResource(SKOS + "ConceptScheme");
    List<Resource> used = model.listSubjectsWithProperty(RDF.type, scheme).toList();
    assertThat(used).hasSizeGreaterThan(10);
    for (Resource s : used) {
      Resource r = vocab.getResource(s.getURI());
      assertThat(r.hasProperty(RDF.type, vocab.getResource(scheme.getURI()))).as("a scheme: " + s).isTrue();
      assertThat(r.hasProperty(RDFS.label)).as("rdfs:label of " + s).isTrue();
      assertThat(r.hasProperty(RDFS.comment)).as("rdfs:comment of " + s).isTrue();
    }
  }

  @Test
  void shipsTheContextTheCodeWrites() throws IOException {
    Path shipped = Readme.projectRoot().resolve(
        "ccb-relations-data/src/main/resources/io/github/ccbrelations/data/context.jsonld");
    assertThat(Files.readString(shipped, StandardCharsets.UTF_8))
        .as("context.jsonld is out of date; write RdfExport.context() to " + shipped)
        .isEqualTo(RdfExport.context());
  }

  @Test
  void referencesTheContextByItsIriOrEmbedsIt() throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode referenced = json.readTree(RdfExport.jsonLd(DATA, ContextMode.REFERENCE));
    JsonNode embedded = json.readTree(RdfExport.jsonLd(DATA, ContextMode.EMBEDDED));
    assertThat(referenced.get("@context").asText()).isEqualTo(RdfExport.CONTEXT);
    assertThat(embedded.get("@context")).isEqualTo(json.readTree(RdfExport.context()).get("@context"));
    assertThat(referenced.get("@graph")).isEqualTo(embedded.get("@graph"));
  }

  @Test
  void writesTheSameTextEveryTime() {
    assertThat(RdfExport.turtle(DATA)).isEqualTo(RdfExport.turtle(CcbRelations.bundled()));
    assertThat(RdfExport.jsonLd(DATA, ContextMode.EMBEDDED))
        .isEqualTo(RdfExport.jsonLd(DATA, ContextMode.EMBEDDED));
  }

  private static long count(Model model, String type) {
    return model.listSubjectsWithProperty(RDF.type, model.getResource(type)).toList().size();
  }

  private static Set<String> langStrings(Model model, Resource subject, String property, String lang) {
    Property p = model.getProperty(property);
    Set<String> out = new TreeSet<>();
    subject.listProperties(p).forEachRemaining(s -> {
      Literal l = s.getLiteral();
      if (l.getLanguage().equals(lang)) {
        out.add(l.getLexicalForm());
      }
    });
    return out;
  }
}
