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
 * A role whose recorded legal bases have all ended, on the small fixture: its single point of contact rests on a law
 * until March 2026 (a month, so the last day is 31 March), and its expert support is held in that capacity.
 */
class EndedBasesTest {
  private static final String BASIS = "\"provision\": \"Art. 7\"}";
  private static final String ENDED_BASIS = "\"provision\": \"Art. 7\", \"validity\": {\"to\": \"2026-03\"}}";
  private static final LocalDate AFTER = LocalDate.of(2026, 5, 1);

  private static String ended() {
    return Fixture.editRecord(Fixture.text(), "centre-spoc", BASIS, ENDED_BASIS);
  }

  private static String endedWith(String basesEnded) {
    return Fixture.editRecord(ended(), "centre-spoc", "\"sources\": [", "\"basesEnded\": " + basesEnded
        + ",\n      \"sources\": [");
  }

  private static String explain(Dataset data, String role, Language language) {
    return RoleExplainer.explain(data, data.findRole(RoleId.of(role)).orElseThrow(), language);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "EN | ; no legal basis in force since 1 April 2026 is recorded",
      "FR | ; aucune base légale en vigueur depuis le 1er avril 2026 n’est enregistrée",
      "NL | ; geen rechtsgrond geregistreerd die sinds 1 april 2026 van kracht is",
      "DE | ; keine seit dem 1. April 2026 geltende Rechtsgrundlage erfasst",
  })
  void saysSinceWhenNoBasisIsInForceRatherThanNoneStated(Language language, String expected) {
    assertThat(explain(Fixture.load(ended()).asOf(AFTER), "centre-spoc", language)).endsWith(expected);
  }

  @Test
  void givesTheBasisOnItsLastDayAndEveryBasisInTheAllTimeView() {
    Dataset data = Fixture.load(ended());

    assertThat(explain(data.asOf(LocalDate.of(2026, 3, 31)), "centre-spoc", Language.EN))
        .endsWith("legal basis: Ruritanian Example Law, Art. 7 (until the end of March 2026)");
    assertThat(explain(data.allTime(), "centre-spoc", Language.EN))
        .endsWith("legal basis: Ruritanian Example Law, Art. 7 (until the end of March 2026)");
  }

  @Test
  void aRoleWhoseBasisNeverEndedStaysWithoutBasisStatedWhereNoneIs() {
    assertThat(explain(Fixture.dataset().asOf(AFTER), "centre-forum-representative", Language.EN))
        .endsWith("; no legal basis stated");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "CONTINUES | (the role continues)",
      "ENDED     | (the role has ended)",
      "UNKNOWN   | (not known whether the role continues)",
  })
  void saysWhetherTheRoleIsKnownToContinue(String continues, String expected) {
    Dataset data =
        Fixture.load(endedWith("{\"since\": \"2026-04-01\", \"continues\": \"" + continues + "\"}")).asOf(AFTER);

    assertThat(explain(data, "centre-spoc", Language.EN))
        .endsWith("no legal basis in force since 1 April 2026 is recorded " + expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "EN | ; no legal basis in force since 1 April 2026 is recorded (capacity: single point of contact; not known"
          + " whether that role continues)",
      "FR | ; aucune base légale en vigueur depuis le 1er avril 2026 n’est enregistrée (qualité\u00a0: point de contact"
          + " unique\u202f; on ignore si ce rôle se poursuit)",
      "NL | ; geen rechtsgrond geregistreerd die sinds 1 april 2026 van kracht is (hoedanigheid: centraal"
          + " contactpunt; niet bekend of die rol doorloopt)",
      "DE | ; keine seit dem 1. April 2026 geltende Rechtsgrundlage erfasst (Eigenschaft: zentrale Anlaufstelle;"
          + " nicht bekannt, ob diese Rolle fortbesteht)",
  })
  void aRoleHeldInTheCapacityOfAnotherSpeaksThroughIt(Language language, String expected) {
    Dataset data = Fixture.load(endedWith("{\"since\": \"2026-04-01\", \"continues\": \"UNKNOWN\"}")).asOf(AFTER);

    assertThat(explain(data, "centre-council-expert", language)).endsWith(expected);
  }
}
