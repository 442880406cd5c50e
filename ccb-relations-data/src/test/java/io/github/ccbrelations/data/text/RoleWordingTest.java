package io.github.ccbrelations.data.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.RoleId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the line of one bundled role reads in each language, for the functions whose words differ from the rest. */
class RoleWordingTest {
  private static final Dataset DATA = CcbRelations.bundled().allTime();

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "ccb-director-general-board-member-enisa | EN | : member of the Management Board (ENISA);",
      "ccb-director-general-board-member-enisa | FR | : membre du conseil d’administration de l’Agence de l’Union",
      "ccb-director-general-board-member-enisa | NL | : lid van de raad van bestuur van ENISA;",
      "ccb-director-general-board-member-enisa | DE | : Mitglied des Verwaltungsrats von ENISA;",
  })
  void saysEachFunctionOnceWithTheWordsItsBodyWants(String role, Language language, String expected) {
    assertThat(RoleExplainer.explain(DATA, DATA.role(RoleId.of(role)), language)).contains(expected);
  }
}
