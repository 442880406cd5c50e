package io.github.ccbrelations.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.RoleId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A role on a day before its recorded legal basis is in force, on the small fixture: the single point of contact
 * rests on a law adopted on 5 May 2021, and the expert support is held in that capacity. The page states a basis, so
 * the line says that none is in force on the day, never that none is stated.
 */
class LegalBasisClauseTest {
  private static final Dataset BEFORE = Fixture.dataset().asOf(LocalDate.of(2020, 1, 1));

  private static String explain(String role, Language language) {
    return RoleExplainer.explain(BEFORE, BEFORE.findRole(RoleId.of(role)).orElseThrow(), language);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "EN | ; no legal basis in force on 1 January 2020 is recorded",
      "FR | ; aucune base légale en vigueur le 1er janvier 2020 n’est enregistrée",
      "NL | ; geen rechtsgrond geregistreerd die op 1 januari 2020 van kracht is",
      "DE | ; keine am 1. Januar 2020 geltende Rechtsgrundlage erfasst",
  })
  void saysNoBasisIsInForceYetRatherThanNoneStated(Language language, String expected) {
    assertThat(explain("centre-spoc", language)).endsWith(expected);
    assertThat(explain("centre-council-expert", language)).endsWith(expected);
  }

  @Test
  void aRoleWithNoRecordedBasisStillSaysNoneIsStated() {
    assertThat(explain("centre-forum-representative", Language.EN)).endsWith("; no legal basis stated");
  }
}
