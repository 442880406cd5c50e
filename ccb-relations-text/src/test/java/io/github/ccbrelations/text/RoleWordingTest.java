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

/** How the line of one bundled role reads in each language, for the functions whose words differ from the rest. */
class RoleWordingTest {
  private static final Dataset DATA = CcbRelations.bundled().allTime();

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "ccb-director-general-board-member-enisa | EN | : member of the Management Board (ENISA);",
      "ccb-director-general-board-member-enisa | FR | : membre du conseil d’administration de l’Agence de l’Union",
      "ccb-director-general-board-member-enisa | NL "
          + "| : lid van de raad van bestuur van het Agentschap van de Europese Unie voor",
      "ccb-director-general-board-member-enisa | DE "
          + "| : Mitglied des Verwaltungsrats der Agentur der Europäischen Union für",
      "belgium-commitment-osce-cbm-14 | EN | Belgium: commitment (from June 2020) within the Organization for Security",
      "belgium-commitment-osce-cbm-14 | FR "
          + "| Belgique\u00a0: engagement (à partir de juin 2020) dans le cadre de l’Organisation",
      "belgium-commitment-osce-cbm-14 | NL | België: verbintenis (vanaf juni 2020) in het kader van de Organisatie",
      "belgium-commitment-osce-cbm-14 | DE | Belgien: Verpflichtung (ab Juni 2020) im Rahmen der Organisation",
      "ccb-participant-oecd | EN | CCB: takes part (where appropriate) in the Organisation for Economic",
      "ccb-participant-oecd | FR | CCB\u00a0: participe (le cas échéant) à l’Organisation de coopération",
      "ccb-participant-oecd | NL | CCB: neemt deel (in voorkomend geval) aan de Organisatie voor",
      "ccb-participant-oecd | DE | CCB: nimmt (gegebenenfalls) an der Organisation für wirtschaftliche Zusammenarbeit"
          + " und Entwicklung (OECD) teil;",
      "ccb-participant-itu | DE | CCB: nimmt (gegebenenfalls) an der Internationalen Fernmeldeunion (ITU) teil;",
      "ccb-participant-icrtf | DE | (ICRTF, CRI) im Namen Belgiens teil;",
      "ccb-participant-icrtf | FR | CCB\u00a0: participe à l’International Counter Ransomware Task Force",
      "ccb-exercise-participant-cyber-europe | EN | CCB: takes part in the Cyber Europe exercise;",
      "ccb-exercise-participant-cyber-europe | FR | CCB\u00a0: participe à l’exercice Cyber Europe\u202f;",
      "ccb-exercise-participant-cyber-europe | NL | CCB: neemt deel aan de oefening Cyber Europe;",
      "ccb-exercise-participant-cyber-europe | DE | CCB: nimmt an der Übung Cyber Europe teil;",
      "ccb-operational-point-of-contact-osce | EN | CCB: operational point of contact for the Informal Working Group",
      "ccb-operational-point-of-contact-osce | FR "
          + "| CCB\u00a0: point de contact opérationnel pour le groupe de travail informel",
      "ccb-operational-point-of-contact-osce | NL | CCB: operationeel contactpunt voor de Informal Working Group",
      "ccb-operational-point-of-contact-osce | DE | CCB: operative Kontaktstelle für die Informal Working Group",
      "ccb-expert-support-un | NL | CCB: deskundige ondersteuning (op verzoek) bij de Verenigde Naties (VN), voor",
      "ccb-expert-support-un | EN | CCB: expert support (on request) at the United Nations (UN), for",
      "ccb-expert-support-un | DE | CCB: fachliche Unterstützung (auf Anfrage) bei den Vereinten Nationen",
      "ccb-expert-support-un | FR | CCB\u00a0: appui d’expertise (sur demande) au sein de l’Organisation des",
      "ccb-technical-support-osce-cbm-14 | NL | CCB: technische ondersteuning bij de Organisatie voor Veiligheid",
      "ccb-technical-support-enabel-niger | EN | CCB: technical support for Enabel;",
      "ccb-technical-support-enabel-niger | FR | CCB\u00a0: soutien technique pour Enabel\u202f;",
      "ccb-technical-support-enabel-niger | NL | CCB: technische ondersteuning voor Enabel;",
      "ccb-technical-support-enabel-niger | DE | CCB: technische Unterstützung für Enabel;",
      "ccb-expert-support-hwpci | DE | (HWPCI, Rat der Europäischen Union), für die Permanent Representation",
  })
  void saysEachFunctionOnceWithTheWordsItsBodyWants(String role, Language language, String expected) {
    assertThat(RoleExplainer.explain(DATA, DATA.role(RoleId.of(role)), language)).contains(expected);
  }

  /**
   * A condition or a span follows the function's words: after the name it stood beside the bracket of its acronym,
   * "(OECD) (where appropriate)", and in German after the closing "teil".
   */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "ccb-participant-oecd | EN | CCB: takes part (where appropriate) in the Organisation for Economic Co-operation"
          + " and Development (OECD); no legal basis stated",
      "ccb-participant-oecd | FR | CCB\u00a0: participe (le cas échéant) à l’Organisation de coopération et de"
          + " développement économiques (OCDE)\u202f; aucune base légale indiquée",
      "ccb-participant-oecd | NL | CCB: neemt deel (in voorkomend geval) aan de Organisatie voor Economische"
          + " Samenwerking en Ontwikkeling (OESO); geen rechtsgrond vermeld",
      "ccb-participant-oecd | DE | CCB: nimmt (gegebenenfalls) an der Organisation für wirtschaftliche Zusammenarbeit"
          + " und Entwicklung (OECD) teil; keine Rechtsgrundlage angegeben",
      "ccb-expert-support-nato | EN | CCB: expert support (on request) at the North Atlantic Treaty Organization"
          + " (NATO), for the Représentation permanente de la Belgique auprès de l'OTAN; no legal basis stated",
  })
  void saysAConditionAfterTheFunctionNotBesideTheAcronymOfTheBody(String role, Language language, String expected) {
    assertThat(RoleExplainer.explain(DATA, DATA.role(RoleId.of(role)), language)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "EN | Belgium: commitment (from June 2020) within the Organization for Security and Co-operation in Europe"
          + " (OSCE); legal basis: ",
      "FR | Belgique\u00a0: engagement (à partir de juin 2020) dans le cadre de l’Organisation pour la sécurité et la"
          + " coopération en Europe (OSCE)\u202f; base légale\u00a0: ",
      "NL | België: verbintenis (vanaf juni 2020) in het kader van de Organisatie voor Veiligheid en Samenwerking in"
          + " Europa (OVSE); rechtsgrond: ",
      "DE | Belgien: Verpflichtung (ab Juni 2020) im Rahmen der Organisation für Sicherheit und Zusammenarbeit in"
          + " Europa (OSZE); Rechtsgrundlage: ",
  })
  void saysASpanAfterTheFunctionNotBesideTheAcronymOfTheBody(Language language, String expected) {
    assertThat(RoleExplainer.explain(DATA, DATA.role(RoleId.of("belgium-commitment-osce-cbm-14")), language))
        .startsWith(expected);
  }

  /**
   * Belgium's commitment concerns CBM 14 and rests on it: the measure is named once, as the legal basis, not first as
   * the subject and then again as the basis.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "EN | subject:    | legal basis: ",
      "FR | objet\u00a0:     | base légale\u00a0: ",
      "NL | onderwerp:  | rechtsgrond: ",
      "DE | Gegenstand: | Rechtsgrundlage: ",
  })
  void namesTheProvisionARoleRestsOnOnceThoughItAlsoConcernsIt(Language language, String subject, String basis) {
    Role commitment = DATA.role(RoleId.of("belgium-commitment-osce-cbm-14"));
    String line = RoleExplainer.explain(DATA, commitment, language);

    assertThat(commitment.subjects()).singleElement()
        .satisfies(s -> assertThat(s.instrument()).isEqualTo(commitment.legalBases().get(0).instrument()));
    assertThat(line).doesNotContain(subject).contains(basis)
        .endsWith(", CBM 14").containsOnlyOnce("CBM 14");
  }

  /**
   * The board is named after its agency in French, Dutch and German, and needs no bracket saying whose it is; the
   * French board's name writes ’ where the agency's own label writes ', which is the same name.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "EN | Director General (CCB): member of the Management Board (ENISA); legal basis: Cybersecurity Act,"
          + " Art. 14",
      "FR | Directeur général (CCB)\u00a0: membre du conseil d’administration de l’Agence de l’Union européenne pour la"
          + " cybersécurité\u202f; base légale\u00a0: règlement sur la cybersécurité, art. 14",
      "NL | Director General (CCB): lid van de raad van bestuur van het Agentschap van de Europese Unie voor"
          + " cyberbeveiliging; rechtsgrond: cyberbeveiligingsverordening, art. 14",
      "DE | Generaldirektor (CCB): Mitglied des Verwaltungsrats der Agentur der Europäischen Union für"
          + " Cybersicherheit; Rechtsgrundlage: Rechtsakt zur Cybersicherheit, Art. 14",
  })
  void namesTheAgencyOfTheBoardOnceInEveryLanguage(Language language, String expected) {
    Dataset today = CcbRelations.bundled().asOf(LocalDate.of(2026, 12, 3));
    Role board = today.role(RoleId.of("ccb-director-general-board-member-enisa"));

    assertThat(RoleExplainer.explain(today, board, language)).isEqualTo(expected);
  }

  /** German says a day with its article after "ab" and "bis", as French does: "ab dem", "bis zum". */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2020-06-01 | CCB: CSIRT durch CERT.be; Rechtsgrundlagen: belgisches NIS-Gesetz vom 7. April 2019 (bis zum"
          + " 17. Oktober 2024); | Richtlinie über Netz- und Informationssysteme (bis zum 17. Oktober 2024)",
      "2026-12-03 | CCB: CSIRT durch CERT.be; Rechtsgrundlagen: NIS2-Gesetz (ab dem 18. Oktober 2024);"
          + " | NIS-2-Richtlinie (ab dem 18. Oktober 2024)",
  })
  void saysADayInGermanWithItsArticle(LocalDate day, String start, String end) {
    Dataset then = CcbRelations.bundled().asOf(day);

    assertThat(RoleExplainer.explain(then, then.role(RoleId.of("ccb-csirt")), Language.DE)).startsWith(start)
        .endsWith(end);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "EN | legal bases:          | legal bases as single point of contact:",
      "FR | bases légales\u00a0:       | bases légales en qualité de point de contact unique\u00a0:",
      "NL | rechtsgronden:        | rechtsgronden als centraal contactpunt:",
      "DE | Rechtsgrundlagen:     | Rechtsgrundlagen als zentrale Anlaufstelle:",
  })
  void namesTheBasesOfTheCapacityARoleIsHeldInOnAPastDay(Language language, String own, String capacity) {
    Dataset in2020 = CcbRelations.bundled().asOf(LocalDate.of(2020, 6, 1));
    String spoc = RoleExplainer.explain(in2020, in2020.role(RoleId.of("ccb-single-point-of-contact-nis")), language);
    String group =
        RoleExplainer.explain(in2020, in2020.role(RoleId.of("ccb-representative-nis-cooperation-group")), language);

    assertThat(spoc).contains(own);
    assertThat(group).contains(capacity)
        .endsWith(capacity + spoc.substring(spoc.indexOf(own) + own.length()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "EN | ; legal bases: | ; legal basis: ",
      "FR | ; bases légales\u00a0: | ; base légale\u00a0: ",
      "NL | ; rechtsgronden: | ; rechtsgrond: ",
      "DE | ; Rechtsgrundlagen: | ; Rechtsgrundlage: ",
  })
  void saysBasesBeforeMoreThanOneBasisAndBasisBeforeOne(Language language, String many, String one) {
    Dataset today = CcbRelations.bundled().asOf(LocalDate.of(2026, 12, 3));
    Role csirt = today.role(RoleId.of("ccb-csirt"));
    Role board = today.role(RoleId.of("ccb-director-general-board-member-enisa"));

    assertThat(today.legalBasesOf(csirt)).hasSizeGreaterThan(1);
    assertThat(today.legalBasesOf(board)).hasSize(1);
    assertThat(RoleExplainer.explain(today, csirt, language)).contains(many);
    assertThat(RoleExplainer.explain(today, board, language)).contains(one);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "directeur général (CCB)\u00a0: membre | Directeur général (CCB)\u00a0: membre",
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
