package io.github.ccbrelations.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.model.BodyKind;
import io.github.ccbrelations.model.BodyRelationKind;
import io.github.ccbrelations.model.Condition;
import io.github.ccbrelations.model.Continuation;
import io.github.ccbrelations.model.InstrumentKind;
import io.github.ccbrelations.model.LabelKind;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalBasisStatus;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.NoNameKind;
import io.github.ccbrelations.model.RoleFunction;
import io.github.ccbrelations.model.SourceKind;
import io.github.ccbrelations.text.Terms;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The concepts of the closed lists carry {@link Terms}' word for each constant in fr, nl, en and de, in Turtle and in
 * JSON-LD alike, and no other label.
 */
class RdfConceptLabelsTest {
  private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

  static Stream<Arguments> exports() {
    // Concepts do not depend on the records: the small fixture has every one.
    return Stream.of(
        Arguments.of("Turtle", Exports.turtle(Exports.tricky())),
        Arguments.of("JSON-LD", Exports.jsonLd(Exports.tricky())));
  }

  /** One exact label per language of a list that had English ones only, so that a wrong word fails here. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("exports")
  void labelsKindsOfSourceStatusesNoNameKindsAndContinuationsInEveryLanguage(String format, Model model) {
    Map<String, Set<String>> labels = labels(model);
    assertThat(labels.get(RdfMapper.concept(SourceKind.OFFICIAL_JOURNAL))).containsExactlyInAnyOrder(
        "official journal@en", "journal officiel@fr", "officieel publicatieblad@nl", "Amtsblatt@de");
    assertThat(labels.get(RdfMapper.concept(LegalBasisStatus.STATED_ON_PAGE))).containsExactlyInAnyOrder(
        "legal basis stated on the page@en", "base légale indiquée sur la page@fr",
        "rechtsgrond vermeld op de pagina@nl", "Rechtsgrundlage auf der Seite angegeben@de");
    assertThat(labels.get(RdfMapper.concept(NoNameKind.NO_NAME_OF_ITS_OWN))).containsExactlyInAnyOrder(
        "no name of its own@en", "aucun nom qui lui soit propre@fr", "geen eigen naam@nl", "kein eigener Name@de");
    assertThat(labels.get(RdfMapper.concept(Continuation.ENDED))).containsExactlyInAnyOrder(
        "the role has ended@en", "le rôle a pris fin@fr", "de rol is beëindigd@nl", "die Rolle ist beendet@de");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exports")
  void exportsNoConceptOrLabelBesidesTermsWords(String format, Model model) {
    assertThat(labels(model)).isEqualTo(termsWords());
  }

  /** Per concept IRI, its labels as Terms words them, each {@code text@language}. */
  private static Map<String, Set<String>> termsWords() {
    Map<String, Set<String>> words = new TreeMap<>();
    put(words, RoleFunction.values(), Terms::function);
    put(words, Level.values(), Terms::level);
    put(words, Condition.values(), Terms::condition);
    put(words, BodyKind.values(), Terms::bodyKind);
    put(words, InstrumentKind.values(), Terms::instrumentKind);
    put(words, LabelKind.values(), Terms::labelKind);
    put(words, BodyRelationKind.values(), Terms::relation);
    put(words, SourceKind.values(), Terms::sourceKind);
    put(words, LegalBasisStatus.values(), Terms::legalBasisStatus);
    put(words, NoNameKind.values(), Terms::noNameKind);
    put(words, Continuation.values(), Terms::continuation);
    return words;
  }

  private static <E extends Enum<E>> void put(Map<String, Set<String>> words, E[] constants,
      BiFunction<E, Language, String> word) {
    for (E constant : constants) {
      Set<String> labels = words.computeIfAbsent(RdfMapper.concept(constant), c -> new TreeSet<>());
      for (Language language : Language.values()) {
        labels.add(word.apply(constant, language) + "@" + language.code());
      }
    }
  }

  /** Per skos:Concept of the export, its skos:prefLabel literals, each {@code text@language}. */
  private static Map<String, Set<String>> labels(Model model) {
    Map<String, Set<String>> labels = new TreeMap<>();
    for (Resource concept : model.listSubjectsWithProperty(RDF.type, model.getResource(SKOS + "Concept")).toList()) {
      Set<String> texts = labels.computeIfAbsent(concept.getURI(), c -> new TreeSet<>());
      concept.listProperties(model.getProperty(SKOS + "prefLabel")).forEachRemaining(s -> {
        Literal l = s.getLiteral();
        texts.add(l.getLexicalForm() + "@" + l.getLanguage());
      });
    }
    return labels;
  }
}
