package io.github.ccbrelations.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.BodyKind;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.LabelKind;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.text.Terms;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** The labels the pictures and tables show: in the language asked for whenever the record has one there. */
class WordsTest {
  private static final Dataset DATA = CcbRelations.bundled().allTime();

  @Test
  void prefersAnyLabelInTheLanguageAskedForToAnAcronymInAnother() {
    Body authority = Body.builder().id(BodyId.of("authority")).kind(BodyKind.NATIONAL_AUTHORITY)
        .addLabels(Label.of(Language.EN, LabelKind.ACRONYM, "NCCA-BE"),
            Label.of(Language.NL, LabelKind.NAME, "Nationale Autoriteit voor Certificering van Cyberbeveiliging"))
        .build();

    assertThat(Words.shortLabel(authority, Terms.preference(Language.NL)))
        .isEqualTo("Nationale Autoriteit voor Certificering van Cyberbeveiliging");
    assertThat(Words.shortLabel(authority, Terms.preference(Language.EN))).isEqualTo("NCCA-BE");
    assertThat(Words.shortLabel(authority, Terms.preference(Language.FR))).isEqualTo("NCCA-BE");
  }

  @Test
  void showsEveryBodyInTheLanguageAskedForWhenItHasALabelThere() {
    SoftAssertions softly = new SoftAssertions();
    for (Body body : DATA.bodies()) {
      for (Language language : Language.values()) {
        boolean hasOne = body.labels().stream().anyMatch(l -> l.language() == language);
        String shown = Words.shortLabel(body, Terms.preference(language));
        softly.assertThat(body.labels().stream().filter(l -> l.text().equals(shown)).map(Label::language))
            .as("%s in %s: '%s'", body.id().value(), language, shown)
            .contains(hasOne ? language : body.displayLanguage(Terms.preference(language)));
      }
    }
    softly.assertAll();
  }
}
