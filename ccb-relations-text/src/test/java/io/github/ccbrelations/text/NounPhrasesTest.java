package io.github.ccbrelations.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.text.NounPhrases.Slot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Articles, elision, contraction and case before a body's name, from the tables of {@link NounPhrases}. */
class NounPhrasesTest {
  @ParameterizedTest(name = "{0} {1} {2}: {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "FR | ON_BEHALF_OF | belgium               | Belgique                       | au nom de la Belgique",
        "FR | IN           | osce                  | Organisation pour la sécurité  "
            + "| au sein de l’Organisation pour la sécurité",
        "FR | IN           | nis-cooperation-group | groupe de coopération          | au sein du groupe de coopération",
        "FR | IN           | nis-cooperation-group-sub-groups | sous-groupes de travail "
            + "| au sein des sous-groupes de travail",
        "FR | THROUGH      | cert-be               | CERT.be                        | par l’intermédiaire du CERT.be",
        "FR | SUPPORTING   | enabel                | Enabel                         | en appui à Enabel",
        "FR | SUPPORTING   | cert-be               | CERT.be                        | en appui au CERT.be",
        "FR | SUPPORTING   | nis-cooperation-group-sub-groups | sous-groupes    | en appui aux sous-groupes",
        "FR | SUPPORTING   | belgian-permanent-representation-eu | Représentation permanente "
            + "| en appui à la Représentation permanente",
        "FR | ON_BEHALF_OF | enabel                | Enabel                         | au nom d’Enabel",
        "FR | IN           | unknown-body          | Ruritanie                      "
            + "| au sein de l’entité «\u00a0Ruritanie\u00a0»",
        "NL | ON_BEHALF_OF | belgium               | België                         | namens België",
        "NL | IN           | ncc-network           | netwerk van nationale coördinatiecentra "
            + "| in het netwerk van nationale coördinatiecentra",
        "NL | IN           | hwpci                 | Horizontale groep cybervraagstukken "
            + "| in de Horizontale groep cybervraagstukken",
        "NL | IN           | unknown-body          | Ruritanië                      | in de instantie ‘Ruritanië’",
        "EN | IN           | nis-cooperation-group | Cooperation Group              | in the Cooperation Group",
        "EN | IN           | cyber-europe          | Cyber Europe                   | in Cyber Europe",
        "EN | THROUGH      | cert-be               | CERT.be                        | through CERT.be",
        "DE | ON_BEHALF_OF | belgium               | Belgien                        | im Namen Belgiens",
        "DE | IN           | enisa-management-board | Verwaltungsrat von ENISA      | im Verwaltungsrat von ENISA",
        "DE | IN           | eccg                  | Europäische Gruppe für die Cybersicherheitszertifizierung "
            + "| in der Europäischen Gruppe für die Cybersicherheitszertifizierung",
        "DE | IN           | un                    | Vereinte Nationen              | in den Vereinten Nationen",
        "DE | SUPPORTING   | un                    | Vereinte Nationen              "
            + "| zur Unterstützung der Vereinten Nationen",
        "DE | SUPPORTING   | enabel                | Enabel                         | zur Unterstützung von Enabel",
        "DE | ON_BEHALF_OF | ncc-network           | Netzwerk nationaler Koordinierungszentren "
            + "| im Namen des Netzwerks nationaler Koordinierungszentren",
        "DE | THROUGH      | cert-be               | CERT.be                        | durch CERT.be",
        "DE | THROUGH      | enisa-management-board | Verwaltungsrat von ENISA      "
            + "| durch den Verwaltungsrat von ENISA",
        "DE | IN           | enisa-management-board "
            + "| Verwaltungsrat der Agentur der Europäischen Union für Cybersicherheit "
            + "| im Verwaltungsrat der Agentur der Europäischen Union für Cybersicherheit",
        "DE | OF           | enisa-management-board "
            + "| Verwaltungsrat der Agentur der Europäischen Union für Cybersicherheit "
            + "| des Verwaltungsrats der Agentur der Europäischen Union für Cybersicherheit",
        "DE | IN           | nis-cooperation-group | Kooperationsgruppe             | in der Kooperationsgruppe",
        "DE | IN           | itu                   | Internationale Fernmeldeunion  "
            + "| in der Internationalen Fernmeldeunion",
        "DE | IN           | csirts-network        | CSIRT-Netz                     | im CSIRT-Netz",
        "DE | THROUGH      | eu-cyclone            "
            + "| Europäisches Netzwerk der Verbindungsorganisationen für Cyberkrisen "
            + "| durch das Europäische Netzwerk der Verbindungsorganisationen für Cyberkrisen",
        "DE | SUPPORTING   | belgian-representation-nato | Représentation permanente de la Belgique auprès de l'OTAN "
            + "| zur Unterstützung der Représentation permanente de la Belgique auprès de l'OTAN",
        "DE | IN           | unknown-body          | Ruritanien                     | in der Einrichtung „Ruritanien“",
        "FR | OF           | gfce                  | Global Forum on Cyber Expertise "
            + "| du Global Forum on Cyber Expertise",
        "FR | OF           | ecso                  | European Cyber Security Organisation "
            + "| de l’European Cyber Security Organisation",
        "NL | OF           | gfce                  | Wereldwijd Forum voor Cyber Expertise "
            + "| van het Wereldwijd Forum voor Cyber Expertise",
        "EN | OF           | ecso                  | European Cyber Security Organisation "
            + "| of the European Cyber Security Organisation",
        "DE | OF           | gfce                  | Global Forum on Cyber Expertise "
            + "| des Global Forum on Cyber Expertise",
        "DE | OF           | ncc-network           | Netzwerk nationaler Koordinierungszentren "
            + "| des Netzwerks nationaler Koordinierungszentren",
        "DE | OF           | cyber-europe          | Cyber Europe                   | von Cyber Europe",
        "FR | AT           | oecd                  | Organisation de coopération    | à l’Organisation de coopération",
        "FR | AT           | cert-be               | CERT.be                        | au CERT.be",
        "FR | AT           | nis-cooperation-group-sub-groups | sous-groupes        | aux sous-groupes",
        "FR | AT           | belgium               | Belgique                       | à la Belgique",
        "NL | AT           | ncc-network           | netwerk                        | aan het netwerk",
        "EN | AT           | itu                   | International Telecommunication Union "
            + "| in the International Telecommunication Union",
        "DE | AT           | itu                   | Internationale Fernmeldeunion  "
            + "| an der Internationalen Fernmeldeunion",
        "DE | AT           | csirts-network        | CSIRT-Netz                     | am CSIRT-Netz",
        "DE | AT           | un                    | Vereinte Nationen              | an den Vereinten Nationen",
        "DE | AT           | enabel                | Enabel                         | an Enabel",
        "FR | WITHIN       | osce                  | Organisation pour la sécurité  "
            + "| dans le cadre de l’Organisation pour la sécurité",
        "FR | WITHIN       | cert-be               | CERT.be                        | dans le cadre du CERT.be",
        "NL | WITHIN       | osce                  | Organisatie voor Veiligheid    "
            + "| in het kader van de Organisatie voor Veiligheid",
        "EN | WITHIN       | osce                  | Organization for Security      "
            + "| within the Organization for Security",
        "DE | WITHIN       | osce                  | Organisation für Sicherheit und Zusammenarbeit in Europa "
            + "| im Rahmen der Organisation für Sicherheit und Zusammenarbeit in Europa",
        "DE | WITHIN       | csirts-network        | CSIRT-Netz                     | im Rahmen des CSIRT-Netzes",
        "FR | NAMED        | cyber-europe          | Cyber Europe                   | Cyber Europe",
        "FR | FOR          | osce-informal-working-group-cyber | groupe de travail informel "
            + "| pour le groupe de travail informel",
        "FR | FOR          | osce                  | Organisation pour la sécurité  "
            + "| pour l’Organisation pour la sécurité",
        "FR | FOR          | nis-cooperation-group-sub-groups | sous-groupes        | pour les sous-groupes",
        "FR | FOR          | belgian-permanent-representation-eu | Représentation permanente "
            + "| pour la Représentation permanente",
        "FR | FOR          | enabel                | Enabel                         | pour Enabel",
        "FR | FOR          | unknown-body          | Ruritanie                      "
            + "| pour l’entité «\u00a0Ruritanie\u00a0»",
        "FR | AT_ORGANISATION | un                 | Organisation des Nations unies "
            + "| au sein de l’Organisation des Nations unies",
        "NL | FOR          | osce-informal-working-group-cyber | werkgroep          | voor de werkgroep",
        "NL | FOR          | ncc-network           | netwerk                        | voor het netwerk",
        "NL | FOR          | enabel                | Enabel                         | voor Enabel",
        "NL | AT_ORGANISATION | un                 | Verenigde Naties               | bij de Verenigde Naties",
        "NL | AT_ORGANISATION | unknown-body       | Ruritanië                      | bij de instantie ‘Ruritanië’",
        "EN | FOR          | osce-informal-working-group-cyber | Informal Working Group "
            + "| for the Informal Working Group",
        "EN | FOR          | enabel                | Enabel                         | for Enabel",
        "EN | AT_ORGANISATION | un                 | United Nations                 | at the United Nations",
        "DE | FOR          | osce-informal-working-group-cyber | Informal Working Group on Cyber/ICT Security "
            + "| für die Informal Working Group on Cyber/ICT Security",
        "DE | FOR          | enisa-management-board | Verwaltungsrat von ENISA      | für den Verwaltungsrat von ENISA",
        "DE | FOR          | csirts-network        | CSIRT-Netz                     | für das CSIRT-Netz",
        "DE | FOR          | enabel                | Enabel                         | für Enabel",
        "DE | AT_ORGANISATION | un                 | Vereinte Nationen              | bei den Vereinten Nationen",
        "DE | AT_ORGANISATION | itu                | Internationale Fernmeldeunion  "
            + "| bei der Internationalen Fernmeldeunion",
        "DE | AT_ORGANISATION | csirts-network     | CSIRT-Netz                     | beim CSIRT-Netz",
        "DE | AT_ORGANISATION | enabel             | Enabel                         | bei Enabel",
        "DE | NAMED        | unknown-body          | Ruritanien                     | Ruritanien",
      })
  void putsTheArticleTheLanguageWants(
      Language language, Slot slot, String body, String label, String expected) {
    assertThat(NounPhrases.phrase(language, slot, body, label)).isEqualTo(expected);
  }
}
