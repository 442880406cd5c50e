package io.github.ccbrelations.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.model.BodyRelationKind;
import io.github.ccbrelations.model.LabelKind;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.SubjectKind;
import io.github.ccbrelations.text.Terms;
import io.github.ccbrelations.text.Terms.Word;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary's labels are English; a term has fr, nl and de labels only where the library's words ({@link Terms})
 * name the same thing, and then exactly those words, so that vocab.ttl and Terms cannot drift apart.
 */
class VocabularyLabelsTest {
  /** The terms labelled in every language, and where their words come from. */
  private static final Map<String, Function<Language, String>> TRANSLATED = Map.ofEntries(
      Map.entry("LegalBasis", l -> Terms.word(Word.LEGAL_BASIS, l)),
      Map.entry("legalBasis", l -> Terms.word(Word.LEGAL_BASIS, l)),
      Map.entry("shortName", l -> Terms.labelKind(LabelKind.SHORT_NAME, l)),
      Map.entry("acronym", l -> Terms.labelKind(LabelKind.ACRONYM, l)),
      Map.entry("alternativeName", l -> Terms.labelKind(LabelKind.ALTERNATIVE, l)),
      Map.entry("formerName", l -> Terms.labelKind(LabelKind.FORMER_NAME, l)),
      Map.entry("counterpartOf", l -> Terms.relation(BodyRelationKind.COUNTERPART_OF, l)),
      Map.entry("cooperationWith", l -> Terms.relation(BodyRelationKind.COOPERATION_WITH, l)),
      Map.entry("implements", l -> Terms.subject(SubjectKind.IMPLEMENTS, l)),
      Map.entry("guidedBy", l -> Terms.subject(SubjectKind.GUIDED_BY, l)),
      Map.entry("about", Terms::about),
      Map.entry("instrument", l -> Terms.record(RecordType.INSTRUMENT, l)),
      Map.entry("section", l -> Terms.word(Word.SECTION, l)),
      Map.entry("paragraph", l -> Terms.word(Word.PARAGRAPH, l)));

  private static final Model VOCABULARY = Exports.parse(RdfExport.vocabulary(), Lang.TURTLE);

  @Test
  void labelsATermInFrenchDutchAndGermanWithTermsWordsWhereTermsHasThem() {
    Map<String, Set<String>> expected = new TreeMap<>();
    TRANSLATED.forEach((term, word) -> {
      Set<String> labels = new TreeSet<>();
      for (Language l : Language.values()) {
        if (l != Language.EN) {
          labels.add(word.apply(l) + "@" + l.code());
        }
      }
      expected.put(RdfExport.VOCABULARY + term, labels);
    });

    assertThat(labelsOtherThanEnglish()).isEqualTo(expected);
  }

  @Test
  void givesExactWordsInEachLanguage() {
    Map<String, Set<String>> labels = labelsOtherThanEnglish();
    assertThat(labels.get(RdfExport.VOCABULARY + "legalBasis"))
        .containsExactlyInAnyOrder("base légale@fr", "rechtsgrond@nl", "Rechtsgrundlage@de");
    assertThat(labels.get(RdfExport.VOCABULARY + "paragraph"))
        .containsExactlyInAnyOrder("paragraphe@fr", "alinea@nl", "Absatz@de");
  }

  @Test
  void labelsEveryTermInEnglishOnce() {
    VOCABULARY.listSubjectsWithProperty(RDFS.label).forEachRemaining(term ->
        assertThat(term.listProperties(RDFS.label).toList())
            .as(term.getURI()).filteredOn(s -> s.getLiteral().getLanguage().equals("en")).hasSize(1));
  }

  /** Per term, its rdfs:label literals in any language but English, each {@code text@language}. */
  private static Map<String, Set<String>> labelsOtherThanEnglish() {
    Map<String, Set<String>> labels = new TreeMap<>();
    VOCABULARY.listStatements(null, RDFS.label, (RDFNode) null).forEachRemaining(s -> {
      Literal l = s.getLiteral();
      if (!l.getLanguage().equals("en")) {
        labels.computeIfAbsent(s.getSubject().getURI(), t -> new TreeSet<>()).add(l.getLexicalForm() + "@"
            + l.getLanguage());
      }
    });
    return labels;
  }
}
