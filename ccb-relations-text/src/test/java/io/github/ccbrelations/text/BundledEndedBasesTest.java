package io.github.ccbrelations.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CCB's single point of contact in the bundled dataset rested on the NIS law until 17 October 2024, and no
 * official source seen gives it a basis after (see DATA-NOTES.md): its line and those of the roles held in its
 * capacity say since when no basis is in force, rather than that none is stated.
 */
class BundledEndedBasesTest {
  private static final Dataset DATA = CcbRelations.bundled();
  private static final LocalDate LAST_DAY_OF_NIS = LocalDate.of(2024, 10, 17);
  private static final LocalDate FIRST_DAY_OF_NIS2 = LocalDate.of(2024, 10, 18);
  private static final RoleId SPOC = RoleId.of("ccb-single-point-of-contact-nis");

  @Test
  void singlePointOfContactNamesItsBasesUntil17October2024AndSaysSinceWhenNoneIsInForceAfter() {
    Role spoc = DATA.role(SPOC);

    assertThat(RoleExplainer.explain(DATA.asOf(FIRST_DAY_OF_NIS2), spoc, Language.EN))
        .endsWith("; no legal basis in force since 18 October 2024 is recorded"
            + " (not known whether the role continues)");
    assertThat(RoleExplainer.explain(DATA.asOf(LAST_DAY_OF_NIS), spoc, Language.EN)).contains("legal bases: ");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "ccb-single-point-of-contact-nis                 | FR | aucune base légale en vigueur depuis le 18 octobre"
          + " 2024 n’est enregistrée",
      "ccb-single-point-of-contact-nis                 | NL | geen rechtsgrond geregistreerd die sinds 18 oktober"
          + " 2024 van kracht is",
      "ccb-single-point-of-contact-nis                 | DE | keine seit dem 18. Oktober 2024 geltende"
          + " Rechtsgrundlage erfasst",
      "ccb-representative-nis-cooperation-group        | EN | no legal basis in force since 18 October 2024 is"
          + " recorded (capacity: single point of contact",
      "ccb-representative-nis-cooperation-group-sub-groups | FR | aucune base légale en vigueur depuis le 18"
          + " octobre 2024 n’est enregistrée (qualité\u00a0: point de contact unique",
      "ccb-representative-nis-cooperation-group-sub-groups | EN | no legal basis in force since 18 October 2024 is"
          + " recorded (capacity: single point of contact;",
  })
  void todayTheSinglePointOfContactAndItsCapacityRolesHaveNoBasisInForceSince18October2024(String id,
      Language language, String expected) {
    // The dataset as loaded answers for today.
    assertThat(RoleExplainer.explain(DATA, DATA.role(RoleId.of(id)), language)).contains("; " + expected)
        .doesNotContain("indiquée", "stated", "vermeld", "angegeben");
  }
}
