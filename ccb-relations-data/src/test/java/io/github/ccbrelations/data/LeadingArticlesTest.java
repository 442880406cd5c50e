package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The articles people put before a name, dropped from the front only, and only when a name follows. */
class LeadingArticlesTest {
  @ParameterizedTest(name = "''{0}''")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "l'Agence de l'Union européenne        | Agence de l'Union européenne",
        "L’Agence                              | Agence",
        "de l'ENISA                            | ENISA",
        "de la Belgique                        | Belgique",
        "du Conseil                            | Conseil",
        "les sous-groupes                      | sous-groupes",
        "des groupes                           | groupes",
        "d'Enabel                              | Enabel",
        "de Permanente Vertegenwoordiging      | Permanente Vertegenwoordiging",
        "het netwerk                           | netwerk",
        "die Agentur der Europäischen Union    | Agentur der Europäischen Union",
        "Der Verwaltungsrat                    | Verwaltungsrat",
        "das Netz                              | Netz",
        "the Cooperation Group                 | Cooperation Group",
        "  THE   OSCE                          | OSCE",
        "De                                    | De",
        "ENISA                                 | ENISA",
        "Lead                                  | Lead",
        "Theta                                 | Theta",
        "Dear Sirs                             | Dear Sirs",
        "Agence de l'Union                     | Agence de l'Union",
      })
  void dropsALeadingArticle(String text, String expected) {
    assertThat(LeadingArticles.strip(text)).isEqualTo(expected);
  }
}
