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
import java.util.List;
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
 * JSON-LD alike; a list Terms has no words for keeps one English label rather than words the export would make up.
 */
class RdfConceptLabelsTest {
  private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

  /** The lists Terms has no words for. */
  private static final List<Enum<?>[]> ENGLISH_ONLY = List.of(SourceKind.values(), LegalBasisStatus.values(),
      NoNameKind.values(), Continuation.values());

  static Stream<Arguments> exports() {
    // Concepts do not depend on the records: the small fixture has every one.
    return Stream.of(
        Arguments.of("Turtle", Exports.turtle(Exports.tricky())),
        Arguments.of("JSON-LD", Exports.jsonLd(Exports.tricky())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exports")
  void labelsEveryConstantOfAListTermsCoversWithItsWordInEachLanguage(String format, Model model) {
    assertThat(labels(model)).containsAllEntriesOf(termsWords());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exports")
  void labelsTheConstantsOfListsTermsHasNoWordsForInEnglishOnly(String format, Model model) {
    Map<String, Set<String>> labels = labels(model);
    for (Enum<?>[] list : ENGLISH_ONLY) {
      for (Enum<?> constant : list) {
        assertThat(labels.get(RdfMapper.concept(constant))).as(constant.name())
            .singleElement().asString().endsWith("@en").doesNotStartWith("@");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exports")
  void exportsNoConceptOutsideTheListsChecked(String format, Model model) {
    Set<String> checked = new TreeSet<>(termsWords().keySet());
    ENGLISH_ONLY.forEach(list -> Stream.of(list).forEach(c -> checked.add(RdfMapper.concept(c))));
    assertThat(labels(model).keySet()).isEqualTo(checked);
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
