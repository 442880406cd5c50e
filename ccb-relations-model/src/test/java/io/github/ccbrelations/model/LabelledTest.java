package io.github.ccbrelations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The default methods of {@link Labelled}, through a {@link Body}. */
class LabelledTest {
  private static Labelled labelled(Label... labels) {
    return Body.builder().id(BodyId.of("x")).kind(BodyKind.COMMUNITY).addLabels(labels).build();
  }

  private static Label label(Language language, LabelKind kind, String text) {
    return Label.of(language, kind, text);
  }

  @Test
  void givesTheOfficialNameInALanguageOrNothing() {
    Labelled enisa = labelled(
        label(Language.EN, LabelKind.ACRONYM, "ENISA"),
        label(Language.EN, LabelKind.NAME, "European Union Agency for Cybersecurity"));

    assertThat(enisa.name(Language.EN)).contains("European Union Agency for Cybersecurity");
    assertThat(enisa.name(Language.FR)).isEmpty();
  }

  @Test
  void givesTheLabelsOfOneKindAndLanguageInDatasetOrder() {
    Labelled gfce = labelled(
        label(Language.FR, LabelKind.ACRONYM, "GFCE"),
        label(Language.EN, LabelKind.ACRONYM, "GFCE"),
        label(Language.FR, LabelKind.ALTERNATIVE, "Forum mondial"),
        label(Language.FR, LabelKind.ACRONYM, "FMEC"));

    assertThat(gfce.acronyms(Language.FR)).containsExactly("GFCE", "FMEC");
    assertThat(gfce.labels(Language.FR, LabelKind.ALTERNATIVE)).containsExactly("Forum mondial");
    assertThat(gfce.acronyms(Language.NL)).isEmpty();
  }

  @Test
  void displaysAnyLabelInAnEarlierLanguageBeforeANameInALaterOne() {
    Labelled nis = labelled(
        label(Language.EN, LabelKind.NAME, "Directive (EU) 2016/1148"),
        label(Language.FR, LabelKind.ACRONYM, "NIS"),
        label(Language.FR, LabelKind.SHORT_NAME, "directive SRI"));

    assertThat(nis.displayName(List.of(Language.FR, Language.EN))).isEqualTo("directive SRI");
    assertThat(nis.displayLanguage(List.of(Language.FR, Language.EN))).isEqualTo(Language.FR);
    assertThat(nis.displayName(List.of(Language.EN, Language.FR))).isEqualTo("Directive (EU) 2016/1148");
    assertThat(labelled(label(Language.FR, LabelKind.ACRONYM, "NIS"), label(Language.EN, LabelKind.NAME, "NIS Act"))
        .displayName(List.of(Language.FR, Language.EN))).isEqualTo("NIS");
  }

  @Test
  void fallsBackToAnOfficialNameBeforeAWordingInAnEarlierLanguage() {
    // A Belgian act: French and Dutch titles, an English paraphrase, nothing in German.
    Labelled law = labelled(
        label(Language.FR, LabelKind.NAME, "Loi établissant un cadre pour la cybersécurité"),
        label(Language.NL, LabelKind.NAME, "Wet tot vaststelling van een kader voor de cyberbeveiliging"),
        label(Language.EN, LabelKind.ALTERNATIVE, "NIS2 Law"));
    List<Language> german = List.of(Language.DE, Language.EN, Language.FR, Language.NL);

    assertThat(law.displayLanguage(german)).isEqualTo(Language.FR);
    assertThat(law.displayName(german)).isEqualTo("Loi établissant un cadre pour la cybersécurité");
    assertThat(law.displayName(List.of(Language.EN, Language.FR))).isEqualTo("NIS2 Law");
    // An acronym is no paraphrase: it wins like an official name.
    Labelled authority = labelled(label(Language.EN, LabelKind.ACRONYM, "NCCA-BE"),
        label(Language.NL, LabelKind.NAME, "Nationale Autoriteit voor Certificering van Cyberbeveiliging"));
    assertThat(authority.displayLanguage(List.of(Language.FR, Language.EN, Language.NL))).isEqualTo(Language.EN);
  }

  @Test
  void fallsBackToAnyLabelWhenNoLanguageHasAnOfficialName() {
    Labelled group = labelled(label(Language.FR, LabelKind.ALTERNATIVE, "groupe informel"),
        label(Language.EN, LabelKind.ACRONYM, "IWG"));

    assertThat(group.displayLanguage(List.of(Language.DE, Language.EN, Language.FR))).isEqualTo(Language.EN);
  }

  @Test
  void saysInWhichLanguagesItHasNoOfficialName() {
    Labelled ecso = Body.builder().id(BodyId.of("ecso")).kind(BodyKind.ASSOCIATION)
        .addLabels(label(Language.EN, LabelKind.NAME, "European Cyber Security Organisation"))
        .addNoOfficialName(NoOfficialName.builder().addLanguages(Language.FR, Language.DE)
            .kind(NoNameKind.NAMED_ONLY_IN_OTHER_LANGUAGES).reason("an association named only in English").build())
        .build();

    assertThat(ecso.hasNoOfficialNameIn(Language.DE)).isTrue();
    assertThat(ecso.hasNoOfficialNameIn(Language.NL)).isFalse();
    assertThat(ecso.hasOfficialNameIn(Language.EN)).isTrue();
    assertThat(ecso.hasOfficialNameIn(Language.FR)).isFalse();
  }

  @Test
  void rejectsAStatementOfNoOfficialNameWithoutALanguageOrWithOneTwice() {
    NoOfficialName.Builder none = NoOfficialName.builder().kind(NoNameKind.PROPER_NAME).reason("a proper name");

    assertThatIllegalArgumentException().isThrownBy(none::build).withMessageContaining("at least one language");
    assertThatIllegalArgumentException().isThrownBy(() -> none.addLanguages(Language.DE, Language.DE).build())
        .withMessageContaining("'de' twice");
  }

  @Test
  void rejectsTwoStatementsOfNoOfficialNameForOneLanguage() {
    NoOfficialName german = NoOfficialName.builder().addLanguages(Language.DE).kind(NoNameKind.PROPER_NAME)
        .reason("a proper name").build();
    NoOfficialName frenchAndGerman = NoOfficialName.builder().addLanguages(Language.FR, Language.DE)
        .kind(NoNameKind.NAMED_ONLY_IN_OTHER_LANGUAGES).reason("named only in English").build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> Body.builder().id(BodyId.of("x")).kind(BodyKind.COMMUNITY)
            .addLabels(label(Language.EN, LabelKind.NAME, "X")).addNoOfficialName(german, frenchAndGerman).build())
        .withMessage("body 'x' says twice that it has no official name in 'de'");
  }

  @Test
  void picksAKindInTheDisplayLanguageOnly() {
    Labelled ccb = labelled(
        label(Language.EN, LabelKind.ACRONYM, "CCB"),
        label(Language.FR, LabelKind.NAME, "Centre pour la Cybersécurité Belgique"));
    List<LabelKind> acronymFirst = List.of(LabelKind.ACRONYM, LabelKind.NAME);

    assertThat(ccb.displayName(List.of(Language.FR, Language.EN), acronymFirst))
        .isEqualTo("Centre pour la Cybersécurité Belgique");
    assertThat(ccb.displayName(List.of(Language.EN, Language.FR), acronymFirst)).isEqualTo("CCB");
    assertThat(ccb.displayName(List.of(Language.EN), List.of(LabelKind.SHORT_NAME))).isEqualTo("CCB");
  }

  @Test
  void displaysTheNameInTheFirstPreferredLanguageThatHasOne() {
    Labelled ccb = labelled(
        label(Language.NL, LabelKind.NAME, "Centrum voor Cybersecurity België"),
        label(Language.FR, LabelKind.NAME, "Centre pour la Cybersécurité Belgique"));

    assertThat(ccb.displayName(List.of(Language.DE, Language.FR, Language.NL)))
        .isEqualTo("Centre pour la Cybersécurité Belgique");
  }

  @Test
  void displaysAShortNameThenAnAlternativeThenAnAcronym() {
    Label acronym = label(Language.EN, LabelKind.ACRONYM, "CRI");
    Label alternative = label(Language.EN, LabelKind.ALTERNATIVE, "Counter Ransomware");
    Label shortName = label(Language.EN, LabelKind.SHORT_NAME, "Counter Ransomware Initiative");
    List<Language> en = List.of(Language.EN);

    assertThat(labelled(acronym, alternative, shortName).displayName(en)).isEqualTo("Counter Ransomware Initiative");
    assertThat(labelled(acronym, alternative).displayName(en)).isEqualTo("Counter Ransomware");
    assertThat(labelled(acronym).displayName(en)).isEqualTo("CRI");
  }

  @Test
  void displaysTheFirstLabelWhenNoPreferredLanguageOrKindMatches() {
    Labelled onlyGerman = labelled(
        label(Language.DE, LabelKind.ACRONYM, "ZCB"),
        label(Language.DE, LabelKind.NAME, "Zentrum für Cybersicherheit"));
    Labelled onlyFormerName = labelled(
        label(Language.EN, LabelKind.FORMER_NAME, "European Network and Information Security Agency"));

    assertThat(onlyGerman.displayName(List.of(Language.FR, Language.EN))).isEqualTo("Zentrum für Cybersicherheit");
    assertThat(onlyFormerName.displayName(List.of(Language.EN)))
        .isEqualTo("European Network and Information Security Agency");
  }

  /** What is wrong with a record's labels, told without the record's name; checkLabels adds the name. */
  @Test
  void labelsProblemSaysWhatIsWrongAndCheckLabelsNamesTheRecord() {
    Label nameFr = label(Language.FR, LabelKind.NAME, "Centre");
    Label nameEn = label(Language.EN, LabelKind.NAME, "Centre");
    Label otherNameFr = label(Language.FR, LabelKind.NAME, "Autre");
    Label acronymFr = label(Language.FR, LabelKind.ACRONYM, "Centre");
    List<List<Label>> accepted = List.of(List.of(nameFr), List.of(nameFr, nameEn), List.of(nameFr, acronymFr),
        List.of(nameFr, nameEn, acronymFr, label(Language.DE, LabelKind.NAME, "Zentrum")));
    for (List<Label> labels : accepted) {
      assertThat(Labelled.labelsProblem(labels)).as("%s", labels).isNull();
      assertThatNoException().isThrownBy(() -> Labelled.checkLabels("body 'x'", labels));
    }
    assertThat(Labelled.labelsProblem(List.of())).isEqualTo(" needs at least one label");
    assertThat(Labelled.labelsProblem(List.of(nameFr, otherNameFr)))
        .isEqualTo(" has 2 official names in 'fr'; at most one is allowed");
    // Two languages with two names each: the first in the format's order (fr before en) is named.
    assertThat(Labelled.labelsProblem(List.of(nameEn, label(Language.EN, LabelKind.NAME, "Other"), nameFr,
        otherNameFr, label(Language.FR, LabelKind.NAME, "Third"))))
        .isEqualTo(" has 3 official names in 'fr'; at most one is allowed");
    assertThat(Labelled.labelsProblem(List.of(acronymFr, nameEn, acronymFr)))
        .isEqualTo(" labels lists 'fr ACRONYM 'Centre'' twice");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Labelled.checkLabels("body 'x'", List.of(nameFr, nameFr)))
        .withMessage("body 'x' has 2 official names in 'fr'; at most one is allowed");
  }
}
