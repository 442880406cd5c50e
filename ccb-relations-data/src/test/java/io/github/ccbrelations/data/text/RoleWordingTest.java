package io.github.ccbrelations.data.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.RoleId;
import org.junit.jupiter.api.Test;
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
      "ccb-participant-oecd | EN | CCB: takes part in the Organisation for Economic Co-operation and Development",
      "ccb-participant-oecd | FR | CCB : participe à l'Organisation de coopération et de développement économiques",
      "ccb-participant-oecd | NL | CCB: neemt deel aan de Organisatie voor Economische Samenwerking en Ontwikkeling",
      "ccb-participant-oecd | DE | CCB: nimmt an der Organisation für wirtschaftliche Zusammenarbeit und Entwicklung"
          + " (OECD) teil (gegebenenfalls);",
      "ccb-participant-itu | DE | CCB: nimmt an der Internationalen Fernmeldeunion (ITU) teil",
      "ccb-participant-icrtf | DE | (ICRTF, CRI) im Namen Belgiens teil;",
      "ccb-participant-icrtf | FR | CCB : participe à l'International Counter Ransomware Task Force",
      "ccb-exercise-participant-cyber-europe | EN | CCB: takes part in the exercise Cyber Europe;",
      "ccb-exercise-participant-cyber-europe | FR | CCB : participe à l'exercice Cyber Europe ;",
      "ccb-exercise-participant-cyber-europe | NL | CCB: neemt deel aan de oefening Cyber Europe;",
      "ccb-exercise-participant-cyber-europe | DE | CCB: nimmt an der Übung Cyber Europe teil;",
  })
  void saysEachFunctionOnceWithTheWordsItsBodyWants(String role, Language language, String expected) {
    assertThat(RoleExplainer.explain(DATA, DATA.role(RoleId.of(role)), language)).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "directeur général (CCB) : membre | Directeur général (CCB) : membre",
      "état membre                      | État membre",
      "CCB: member                      | CCB: member",
      "eu-LISA: member                  | eu-LISA: member",
      "x                                | X",
      "𐐨 y                              | 𐐀 y",
  })
  void capitalisesTheFirstLetterOfALineButNotANameWrittenWithCapitalsInside(String text, String expected) {
    assertThat(RoleExplainer.capitalised(text)).isEqualTo(expected);
  }

  @Test
  void capitalisesNothingInAnEmptyText() {
    assertThat(RoleExplainer.capitalised("")).isEmpty();
  }
}
