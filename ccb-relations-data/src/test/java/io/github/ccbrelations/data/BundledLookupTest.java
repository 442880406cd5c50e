package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.LegalInstrument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled dataset found by the forms people type: short forms, numbers, symbols, with or without an article. */
class BundledLookupTest {
  private static final Dataset DATA = CcbRelations.bundled();

  @ParameterizedTest(name = "''{0}'' is {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "NIS2                                            | nis2-directive",
        "NIS 2                                           | nis2-directive",
        "nis-2                                           | nis2-directive",
        "CSA                                             | cybersecurity-act",
        "CRA                                             | cyber-resilience-act",
        "AI Act                                          | ai-act",
        "2021/887                                        | eccc-regulation",
        "Regulation (EU) 2021/887                        | eccc-regulation",
        "Règlement (UE) 2021/887                         | eccc-regulation",
        "reglement (ue) 2021/887                         | eccc-regulation",
        "Verordening (EU) 2021/887                       | eccc-regulation",
        "Verordnung (EU) 2021/887                        | eccc-regulation",
        "Directive (EU) 2022/2555                        | nis2-directive",
        "Richtlinie (EU) 2016/1148                       | nis-directive",
        "Decision (EU) 2022/2481                         | digital-decade-programme",
        "2019/881                                        | cybersecurity-act",
        "PC.DEC/1202                                     | osce-pc-decision-1202",
        "pc dec 1106                                     | osce-pc-decision-1106",
        "1202                                            | osce-pc-decision-1202",
        "32019R0881                                      | cybersecurity-act",
        "2024005260                                      | be-royal-decree-nis2-2024",
        "2022033821                                      | be-royal-decree-certification-2022",
        "la directive NIS                                | nis-directive",
        "le règlement sur la cybersécurité               | cybersecurity-act",
        "die NIS-2-Richtlinie                            | nis2-directive",
        "the Cybersecurity Act                           | cybersecurity-act",
      })
  void findsAnInstrumentByTheFormsPeopleType(String typed, String id) {
    assertThat(DATA.findInstrumentByName(typed)).map(LegalInstrument::id).map(i -> i.value()).contains(id);
  }

  @Test
  void findsNoEuActByTheSequenceNumberAloneWhichRestartsEachYear() {
    assertThat(DATA.instrumentsNamed("2021/887")).isNotEmpty();
    assertThat(DATA.instrumentsNamed("887")).isEmpty();
  }

  @ParameterizedTest(name = "''{0}'' is {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "l'Agence de l'Union européenne pour la cybersécurité          | enisa",
        "L'AGENCE DE L'UNION EUROPEENNE POUR LA CYBERSECURITE          | enisa",
        "de l'ENISA                                                    | enisa",
        "die Agentur der Europäischen Union für Cybersicherheit        | enisa",
        "the European Union Agency for Cybersecurity                   | enisa",
        "het Agentschap van de Europese Unie voor cyberbeveiliging     | enisa",
        "de Permanente Vertegenwoordiging van België bij de Europese Unie | belgian-permanent-representation-eu",
        "la Belgique                                                   | belgium",
        "l'OTAN                                                        | nato",
        "de NAVO                                                       | nato",
        "die OSZE                                                      | osce",
        "le CERT.be                                                    | cert-be",
      })
  void findsABodyWithOrWithoutALeadingArticle(String typed, String id) {
    assertThat(DATA.findBodyByName(typed)).map(Body::id).map(b -> b.value()).contains(id);
  }

  @Test
  void findsTheRolesHeldThroughAPartFromThatPartsName() {
    Body certBe = DATA.findBodyByName("cert be").orElseThrow();

    assertThat(DATA.rolesHeldBy(certBe.id())).extracting(r -> r.id().value())
        .contains("ccb-csirt", "ccb-represented-csirts-network", "ccb-represented-first");
  }
}
