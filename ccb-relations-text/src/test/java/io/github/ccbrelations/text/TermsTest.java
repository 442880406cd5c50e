package io.github.ccbrelations.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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
import io.github.ccbrelations.model.PartialDate;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.RoleFunction;
import io.github.ccbrelations.model.SourceKind;
import io.github.ccbrelations.model.SubjectKind;
import io.github.ccbrelations.model.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The library's words say the same thing in each language. */
class TermsTest {
  @ParameterizedTest
  @EnumSource(Language.class)
  void hasAWordForEveryConstantOfEveryClosedList(Language language) {
    assertThat(everyWord(language)).allSatisfy(w -> assertThat(w).isNotBlank());
  }

  @Test
  void writesFrenchElisionsWithTheTypographicApostrophe() {
    assertThat(everyWord(Language.FR)).noneMatch(w -> w.contains("'"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "EN | EU agency        | EU directive      | acronym   | body",
      "FR | agence de l’UE   | directive de l’UE | sigle     | entité",
      "NL | EU-agentschap    | EU-richtlijn      | afkorting | instantie",
      "DE | EU-Agentur       | EU-Richtlinie     | Abkürzung | Einrichtung",
  })
  void namesKindsOfBodiesInstrumentsAndLabelsAndRecordsInEveryLanguage(Language language, String agency,
      String directive, String acronym, String body) {
    assertThat(Terms.bodyKind(BodyKind.EU_AGENCY, language)).isEqualTo(agency);
    assertThat(Terms.instrumentKind(InstrumentKind.EU_DIRECTIVE, language)).isEqualTo(directive);
    assertThat(Terms.labelKind(LabelKind.ACRONYM, language)).isEqualTo(acronym);
    assertThat(Terms.record(RecordType.BODY, language)).isEqualTo(body);
  }

  /** The word for every constant of every list Terms covers, in one language. */
  private static List<String> everyWord(Language language) {
    List<String> words = new ArrayList<>();
    for (RoleFunction f : RoleFunction.values()) {
      words.add(Terms.function(f, language));
    }
    for (Level l : Level.values()) {
      words.add(Terms.level(l, language));
    }
    for (Condition c : Condition.values()) {
      words.add(Terms.condition(c, language));
    }
    for (SubjectKind k : SubjectKind.values()) {
      words.add(Terms.subject(k, language));
    }
    for (BodyRelationKind k : BodyRelationKind.values()) {
      words.add(Terms.relation(k, language));
    }
    for (BodyKind k : BodyKind.values()) {
      words.add(Terms.bodyKind(k, language));
    }
    for (InstrumentKind k : InstrumentKind.values()) {
      words.add(Terms.instrumentKind(k, language));
    }
    for (LabelKind k : LabelKind.values()) {
      words.add(Terms.labelKind(k, language));
    }
    for (RecordType t : RecordType.values()) {
      words.add(Terms.record(t, language));
      words.add(Terms.noun(t, 2, language));
    }
    for (SourceKind k : SourceKind.values()) {
      words.add(Terms.sourceKind(k, language));
    }
    for (LegalBasisStatus s : LegalBasisStatus.values()) {
      words.add(Terms.legalBasisStatus(s, language));
    }
    for (NoNameKind k : NoNameKind.values()) {
      words.add(Terms.noNameKind(k, language));
    }
    for (Continuation c : Continuation.values()) {
      words.add(Terms.continuation(c, language));
    }
    for (Terms.Word w : Terms.Word.values()) {
      words.add(Terms.word(w, language));
    }
    words.add(Terms.about(language));
    return words;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "EN | CCB page    | press release         | legal basis from other sources     | proper name",
      "FR | page du CCB | communiqué de presse  | base légale tirée d’autres sources | nom propre",
      "NL | CCB-pagina  | persbericht           | rechtsgrond uit andere bronnen     | eigennaam",
      "DE | CCB-Seite   | Pressemitteilung      | Rechtsgrundlage aus anderen Quellen | Eigenname",
  })
  void namesKindsOfSourcesStatusesOfBasesAndKindsOfNoNameInEveryLanguage(Language language, String page,
      String release, String otherSources, String properName) {
    assertThat(Terms.sourceKind(SourceKind.CCB_PAGE, language)).isEqualTo(page);
    assertThat(Terms.sourceKind(SourceKind.PRESS_RELEASE, language)).isEqualTo(release);
    assertThat(Terms.legalBasisStatus(LegalBasisStatus.FROM_OTHER_SOURCES, language)).isEqualTo(otherSources);
    assertThat(Terms.noNameKind(NoNameKind.PROPER_NAME, language)).isEqualTo(properName);
  }

  /** A role with none says what the status says: an explanation and an export label use one wording. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "EN | no legal basis stated",
      "FR | aucune base légale indiquée",
      "NL | geen rechtsgrond vermeld",
      "DE | keine Rechtsgrundlage angegeben",
  })
  void saysNoBasisStatedAsAnExplanationDoes(Language language, String expected) {
    assertThat(Terms.legalBasisStatus(LegalBasisStatus.NONE_STATED, language)).isEqualTo(expected);
    assertThat(RoleExplainer.explain(Fixture.dataset(),
        Fixture.dataset().role(io.github.ccbrelations.model.RoleId.of("centre-forum-representative")), language))
        .endsWith(expected);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "EN | CONTINUES | the role continues",
      "FR | CONTINUES | le rôle se poursuit",
      "NL | CONTINUES | de rol loopt door",
      "DE | CONTINUES | die Rolle besteht fort",
      "EN | ENDED     | the role has ended",
      "FR | ENDED     | le rôle a pris fin",
      "NL | ENDED     | de rol is beëindigd",
      "DE | ENDED     | die Rolle ist beendet",
      "EN | UNKNOWN   | not known whether the role continues",
      "FR | UNKNOWN   | on ignore si le rôle se poursuit",
      "NL | UNKNOWN   | niet bekend of de rol doorloopt",
      "DE | UNKNOWN   | nicht bekannt, ob die Rolle fortbesteht",
  })
  void saysWhetherARoleGoesOnAsAnExplanationDoes(Language language, Continuation continuation, String expected) {
    assertThat(Terms.continuation(continuation, language)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "EN | follow-up of commitments",
      "FR | suivi des engagements",
      "NL | opvolging van verbintenissen",
      "DE | Nachverfolgung von Verpflichtungen",
  })
  void namesWhatIsFollowedUpInEveryLanguage(Language language, String expected) {
    assertThat(Terms.function(RoleFunction.FOLLOW_UP, language)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "EN | ON_REQUEST        | on request",
      "FR | ON_REQUEST        | sur demande",
      "NL | ON_REQUEST        | op verzoek",
      "DE | ON_REQUEST        | auf Anfrage",
      "EN | WHERE_APPROPRIATE | where appropriate",
      "FR | WHERE_APPROPRIATE | le cas échéant",
      "NL | WHERE_APPROPRIATE | in voorkomend geval",
      "DE | WHERE_APPROPRIATE | gegebenenfalls",
  })
  void saysEachConditionAsThePageMeansIt(Language language, Condition condition, String expected) {
    assertThat(Terms.condition(condition, language)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "EN | counterpart of",
      "FR | homologue de",
      "NL | tegenhanger van",
      "DE | Partner von",
  })
  void callsTheCounterpartInAPartnershipItsPartnerInGerman(Language language, String expected) {
    assertThat(Terms.relation(BodyRelationKind.COUNTERPART_OF, language)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "EN | holder    | legal basis     | paragraph  | part of        | nothing found  | in no body",
      "FR | titulaire | base légale     | paragraphe | fait partie de | aucun résultat | sans entité",
      "NL | houder    | rechtsgrond     | alinea     | onderdeel van  | niets gevonden | zonder instantie",
      "DE | Inhaber   | Rechtsgrundlage | Absatz     | Teil von       | keine Treffer  | ohne Einrichtung",
  })
  void namesThePartsOfALineInEveryLanguage(Language language, String holder, String legalBasis, String paragraph,
      String partOf, String nothingFound, String inNoBody) {
    assertThat(Terms.word(Terms.Word.HOLDER, language)).isEqualTo(holder);
    assertThat(Terms.word(Terms.Word.LEGAL_BASIS, language)).isEqualTo(legalBasis);
    assertThat(Terms.word(Terms.Word.PARAGRAPH, language)).isEqualTo(paragraph);
    assertThat(Terms.word(Terms.Word.PART_OF, language)).isEqualTo(partOf);
    assertThat(Terms.word(Terms.Word.NOTHING_FOUND, language)).isEqualTo(nothingFound);
    assertThat(Terms.word(Terms.Word.IN_NO_BODY, language)).isEqualTo(inNoBody);
  }

  /** The explanations head a capacity's bases with these words: "legal bases as single point of contact: ...". */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "EN | legal bases as single point of contact",
      "FR | bases légales en qualité de point de contact unique",
      "NL | rechtsgronden als centraal contactpunt",
      "DE | Rechtsgrundlagen als zentrale Anlaufstelle",
  })
  void headsTheBasesOfACapacityWithTheWordsAnExplanationUses(Language language, String expected) {
    assertThat(Terms.word(Terms.Word.LEGAL_BASES, language) + " " + Terms.word(Terms.Word.AS, language) + " "
        + Terms.function(RoleFunction.SINGLE_POINT_OF_CONTACT, language)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {2}")
  @CsvSource(delimiter = '|', value = {
      "EN | BODY       | 0  | 0 bodies",
      "EN | BODY       | 1  | 1 body",
      "EN | INSTRUMENT | 30 | 30 legal instruments",
      "FR | BODY       | 0  | 0 entité",
      "FR | BODY       | 1  | 1 entité",
      "FR | INSTRUMENT | 30 | 30 instruments juridiques",
      "NL | BODY       | 0  | 0 instanties",
      "NL | ROLE       | 1  | 1 rol",
      "NL | INSTRUMENT | 30 | 30 rechtsinstrumenten",
      "DE | SOURCE     | 0  | 0 Quellen",
      "DE | SOURCE     | 1  | 1 Quelle",
      "DE | ROLE       | 34 | 34 Rollen",
  })
  void countsRecordsAsEachLanguageDoes(Language language, RecordType type, int count, String expected) {
    assertThat(Terms.count(type, count, language)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {2}")
  @CsvSource(delimiter = '|', value = {
      "EN | BODY | 0  | bodies",
      "EN | BODY | 1  | body",
      "FR | ROLE | 0  | rôle",
      "FR | ROLE | 2  | rôles",
      "NL | ROLE | 1  | rol",
      "DE | ROLE | 34 | Rollen",
  })
  void saysTheNounOfACountWithoutItsNumber(Language language, RecordType type, int count, String expected) {
    assertThat(Terms.noun(type, count, language)).isEqualTo(expected);
  }

  @Test
  void refusesANegativeCount() {
    assertThatIllegalArgumentException().isThrownBy(() -> Terms.count(RecordType.ROLE, -1, Language.EN))
        .withMessage("a count of records is not negative: -1");
    assertThatIllegalArgumentException().isThrownBy(() -> Terms.noun(RecordType.ROLE, -1, Language.EN))
        .withMessage("a count of records is not negative: -1");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "EN | from June 2020 until 17 October 2024 | ': ' | '; '",
      "FR | à partir de juin 2020 jusqu’au 17 octobre 2024 | '\u00a0: ' | '\u202f; '",
      "NL | vanaf juni 2020 tot en met 17 oktober 2024 | ': ' | '; '",
      "DE | ab Juni 2020 bis zum 17. Oktober 2024 | ': ' | '; '",
  })
  void writesASpanAndTheSignsBetweenPartsAsTheExplanationsDo(Language language, String span, String colon,
      String semicolon) {
    Validity validity = Validity.between(PartialDate.parse("2020-06"), PartialDate.parse("2024-10-17"));
    assertThat(Terms.span(validity, language)).isEqualTo(span);
    assertThat(Terms.colon(language)).isEqualTo(colon);
    assertThat(Terms.semicolon(language)).isEqualTo(semicolon);
  }

  /**
   * A validity's end is its last day in force, and a month or a year its last day: every language says the end is
   * included. Dutch "tot" alone would leave the day out, so it is "tot en met".
   */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "EN | 2024-10-17 | until 17 October 2024",
      "EN | 2029-12    | until the end of December 2029",
      "EN | 2029       | until the end of 2029",
      "FR | 2024-10-17 | jusqu’au 17 octobre 2024",
      "FR | 2029-12    | jusqu’à fin décembre 2029",
      "FR | 2029       | jusqu’à fin 2029",
      "NL | 2024-10-17 | tot en met 17 oktober 2024",
      "NL | 2029-12    | tot en met december 2029",
      "NL | 2029       | tot en met 2029",
      "DE | 2024-10-17 | bis zum 17. Oktober 2024",
      "DE | 2029-12    | bis Ende Dezember 2029",
      "DE | 2029       | bis Ende 2029",
  })
  void saysTheLastDayOfASpanIsIncluded(Language language, String end, String expected) {
    assertThat(Terms.span(Validity.until(PartialDate.parse(end)), language)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "EN | did you mean ENISA?",
      "FR | vouliez-vous dire ENISA\u202f?",
      "NL | bedoelde u ENISA?",
      "DE | meinten Sie ENISA?",
  })
  void asksAQuestionWithTheSpaceFrenchTypographySetsBeforeTheMark(Language language, String expected) {
    String words = expected.substring(0, expected.indexOf("ENISA") + "ENISA".length());
    assertThat(Terms.question(words, language)).isEqualTo(expected);
  }

  @Test
  void quotesANameInFrenchWithNoBreakSpacesInsideTheGuillemets() {
    assertThat(Punctuation.quoted("Ruritanie", Language.FR)).isEqualTo("«\u00a0Ruritanie\u00a0»");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "EN | 2026-12-01 | 1 December 2026",
      "FR | 2026-12-01 | 1er décembre 2026",
      "FR | 2026-12-03 | 3 décembre 2026",
      "NL | 2026-12-03 | 3 december 2026",
      "DE | 2026-12-03 | 3. Dezember 2026",
  })
  void writesADayAsTheExplanationsDo(Language language, LocalDate day, String expected) {
    assertThat(Terms.day(day, language)).isEqualTo(expected);
  }

  /**
   * French and Dutch cite an article as "art. 14" (Justel: "art. 5", "art. 2"), German and English as "Art. 14"; the
   * rest of a provision, and a provision that is no article ("CBM 14", "Article 5"), is left as the data writes it.
   */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "FR | Art. 14         | art. 14",
      "NL | Art. 14         | art. 14",
      "EN | Art. 14         | Art. 14",
      "DE | Art. 14         | Art. 14",
      "FR | Art. 49(4)      | art. 49(4)",
      "NL | Art. 15 §§ 1–2  | art. 15 §§ 1–2",
      "FR | Art. 17 10°     | art. 17 10°",
      // The compiler reads \u00a0 as a no-break space, which may follow the abbreviation too.
      "FR | Art.\u00a07     | art.\u00a07",
      "FR | CBM 14          | CBM 14",
      "NL | CBM 14          | CBM 14",
      "FR | Article 5       | Article 5",
      "NL | Arts 19–23      | Arts 19–23",
      "FR | Annex, Art. 3   | Annex, Art. 3",
  })
  void writesAnArticleAsEachLanguageAbbreviatesIt(Language language, String provision, String expected) {
    assertThat(Terms.provision(provision, language)).isEqualTo(expected);
  }
}
