package io.github.ccbrelations.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the names people type find in the bundled dataset (issue #16 §4): the right record, its roles, suggestions. */
class NameLookupTest {
  private static final Dataset DATA = CcbRelations.bundled().asOf(LocalDate.of(2026, 12, 3));
  private static final NameLookup LOOKUP = NameLookup.of(DATA);

  @ParameterizedTest(name = "''{0}'' is {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "NIS2                                                   | instrument nis2-directive",
        "NIS 2                                                  | instrument nis2-directive",
        "CSA                                                    | instrument cybersecurity-act",
        "CRA                                                    | instrument cyber-resilience-act",
        "AI Act                                                 | instrument ai-act",
        "2021/887                                               | instrument eccc-regulation",
        "Regulation (EU) 2021/887                               | instrument eccc-regulation",
        "PC.DEC/1202                                            | instrument osce-pc-decision-1202",
        "1202                                                   | instrument osce-pc-decision-1202",
        "32019R0881                                             | instrument cybersecurity-act",
        "2024005260                                             | instrument be-royal-decree-nis2-2024",
        "2022033821                                             | instrument be-royal-decree-certification-2022",
        "l'Agence de l'Union européenne pour la cybersécurité   | body enisa",
        "L'AGENCE DE L'UNION EUROPEENNE POUR LA CYBERSECURITE   | body enisa",
        "de NAVO                                                | body nato",
        "het Agentschap van de Europese Unie voor cyberbeveiliging | body enisa",
        "die Agentur der Europäischen Union für Cybersicherheit | body enisa",
        "DIE AGENTUR DER EUROPAISCHEN UNION FUR CYBERSICHERHEIT | body enisa",
        "CERT.be                                                | body cert-be",
      })
  void findsExactlyTheRecordEveryTypedFormNames(String typed, String record) {
    Lookup found = LOOKUP.lookUp(typed);

    assertThat(Stream.concat(found.bodies().stream().map(b -> "body " + b.body().id().value()),
        found.instruments().stream().map(i -> "instrument " + i.id().value()))).containsExactly(record);
    assertThat(found.suggestions()).isEmpty();
    assertThat(found.didYouMean()).isEmpty();
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"ENSIA", "l'ENSIA", "l’ENSIA", "de ENSIA", "die ENSIA", "the ENSIA", "L'ensia"})
  void suggestsEnisaForTheTypoEnsiaWithOrWithoutAnArticle(String typed) {
    Lookup found = LOOKUP.lookUp(typed);

    assertThat(found.foundNothing()).isTrue();
    assertThat(found.suggestions()).first().extracting(Match::describe, Match::label)
        .containsExactly("body enisa", "ENISA");
    assertThat(found.suggestions()).hasSizeLessThanOrEqualTo(NameLookup.SUGGESTIONS);
    assertThat(found.didYouMean()).hasValueSatisfying(q -> assertThat(q).startsWith("did you mean ENISA (body enisa)"));
    assertThat(found.didYouMean(Language.FR))
        .hasValueSatisfying(q -> assertThat(q).startsWith("vouliez-vous dire ENISA (entité enisa)")
            .endsWith(")\u202f?"));
    assertThat(found.didYouMean(Language.DE))
        .hasValueSatisfying(q -> assertThat(q).startsWith("meinten Sie ENISA (").endsWith(")?"));
  }

  @Test
  void findsTheRolesHeldThroughAPartFromThatPartsName() {
    FoundBody certBe = LOOKUP.lookUp("CERT.be").bodies().get(0);
    List<String> through = DATA.roles().stream()
        .filter(r -> r.via().equals(Optional.of(BodyId.of("cert-be")))).map(r -> r.id().value()).toList();

    assertThat(through).contains("ccb-csirt", "ccb-represented-first", "ccb-represented-csirts-network");
    assertThat(certBe.rolesHeldThrough()).extracting(r -> r.id().value()).containsExactlyElementsOf(through);
    assertThat(certBe.rolesHeld()).isEmpty();
    assertThat(certBe.hasNoRole()).isFalse();
  }

  @Test
  void separatesTheRolesInABodyFromThoseItHolds() {
    FoundBody enisa = LOOKUP.lookUp("ENISA").bodies().get(0);
    FoundBody ccb = LOOKUP.lookUp("CCB").bodies().get(0);

    assertThat(enisa.rolesIn()).isEqualTo(DATA.rolesInAnyPartOf(BodyId.of("enisa"))).isNotEmpty();
    assertThat(enisa.rolesHeld()).isEmpty();
    assertThat(ccb.rolesHeld()).isEqualTo(DATA.rolesHeldBy(BodyId.of("ccb"))).isNotEmpty()
        .allMatch(r -> r.holder().equals(BodyId.of("ccb")));
    assertThat(ccb.rolesHeldThrough()).isEmpty();
  }

  @Test
  void listsTheRolesOfTheDatasetsDay() {
    Dataset before = CcbRelations.bundled().asOf(LocalDate.of(2020, 1, 1));
    List<Role> then = NameLookup.of(before).lookUp("OSCE").bodies().get(0).rolesIn();
    List<Role> now = LOOKUP.lookUp("OSCE").bodies().get(0).rolesIn();

    // Belgium's commitment to CBM 14 holds from June 2020.
    assertThat(now).extracting(r -> r.id().value()).contains("belgium-commitment-osce-cbm-14");
    assertThat(then).isEqualTo(before.rolesInAnyPartOf(BodyId.of("osce")))
        .extracting(r -> r.id().value()).doesNotContain("belgium-commitment-osce-cbm-14");
  }

  @Test
  void refusesNullNamingTheParameter() {
    assertThatNullPointerException().isThrownBy(() -> LOOKUP.lookUp(null)).withMessage("typed");
    assertThatNullPointerException().isThrownBy(() -> NameLookup.of(null)).withMessage("data");
    assertThatNullPointerException().isThrownBy(() -> LOOKUP.lookUp("x").didYouMean(null)).withMessage("language");
  }
}
