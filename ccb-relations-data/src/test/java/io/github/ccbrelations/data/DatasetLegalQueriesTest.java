package io.github.ccbrelations.data;

import static io.github.ccbrelations.data.DatasetQueriesTest.bodyIds;
import static io.github.ccbrelations.data.DatasetQueriesTest.roleIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.Celex;
import io.github.ccbrelations.model.Eli;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Numac;
import io.github.ccbrelations.model.PartialDate;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleId;
import io.github.ccbrelations.model.Validity;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** The legal-basis and instrument queries of {@link Dataset}, on the small fixture. */
class DatasetLegalQueriesTest {
  private static final InstrumentId DIRECTIVE = InstrumentId.of("example-directive");
  private static final InstrumentId DIRECTIVE_2 = InstrumentId.of("example-directive-2");
  private static final InstrumentId LAW = InstrumentId.of("ruritanian-example-law");
  private static final InstrumentId REGULATION = InstrumentId.of("example-agency-regulation");
  private static final InstrumentId UNKNOWN = InstrumentId.of("no-such-instrument");

  private final Dataset data = Fixture.dataset();

  @Test
  void legalBasesOfGivesEachBasisWithProvisionAndValidity() {
    Role csirt = role("centre-csirt");

    assertThat(data.legalBasesOf(csirt))
        .extracting(b -> b.instrument().value(), b -> b.provision().orElseThrow(), b -> b.validity().orElseThrow())
        .containsExactly(
            tuple(
                "example-directive",
                "Art. 9",
                Validity.between(PartialDate.parse("2020-04-09"), PartialDate.parse("2027-10-17"))),
            tuple(
                "example-directive-2", "Art. 10", Validity.from(PartialDate.parse("2027-10-18"))));
    assertThat(data.legalBasesOf(role("centre-monitoring"))).isEmpty();
  }

  @Test
  void legalInstrumentsOfResolvesTheBasesInOrder() {
    assertThat(ids(data.legalInstrumentsOf(role("centre-csirt"))))
        .containsExactly("example-directive", "example-directive-2");
    assertThat(ids(data.legalInstrumentsOf(role("centre-spoc")))).containsExactly("ruritanian-example-law");
    assertThat(data.legalInstrumentsOf(role("centre-council-expert"))).isEmpty();
  }

  @Test
  void legalInstrumentsOfARoleFromElsewhereFailsOnlyWhereItsUnknownBasisApplies() {
    Role foreign = Role.builder().mergeFrom(role("centre-spoc")).legalBases(List.of(LegalBasis.of(UNKNOWN))).build();

    assertThatThrownBy(() -> data.allTime().legalInstrumentsOf(foreign))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("no-such-instrument");
    assertThat(data.asOf(LocalDate.of(2025, 1, 1)).legalBasesOf(foreign)).isEmpty();
    assertThat(data.asOf(LocalDate.of(2025, 1, 1)).legalInstrumentsOf(foreign)).isEmpty();
  }

  @Test
  void rolesBasedOnFindsOnlyDirectLegalBases() {
    assertThat(roleIds(data.rolesBasedOn(DIRECTIVE))).containsExactly("centre-csirt");
    assertThat(roleIds(data.rolesBasedOn(DIRECTIVE_2))).containsExactly("centre-csirt");
    assertThat(roleIds(data.rolesBasedOn(LAW))).containsExactly("centre-spoc");
    assertThat(roleIds(data.rolesBasedOn(REGULATION))).containsExactly("director-board-member");
  }

  @Test
  void rolesBasedOnTransitivelyAddsRolesUnderTransposingLawsInFileOrder() {
    assertThat(roleIds(data.rolesBasedOnTransitively(DIRECTIVE))).containsExactly("centre-spoc", "centre-csirt");
    // The law transposes the old directive, not its successor.
    assertThat(roleIds(data.rolesBasedOnTransitively(DIRECTIVE_2))).containsExactly("centre-csirt");
    assertThat(roleIds(data.rolesBasedOnTransitively(LAW))).containsExactly("centre-spoc");
  }

  @Test
  void rolesConcerningAnInstrumentAreNotBasedOnIt() {
    assertThat(data.rolesBasedOn(InstrumentId.of("example-forum-decision"))).isEmpty();
    assertThat(data.rolesBasedOnTransitively(InstrumentId.of("example-strategy"))).isEmpty();
  }

  @Test
  void transposingLawsOfFindsTheNationalLaw() {
    assertThat(ids(data.transposingLawsOf(DIRECTIVE))).containsExactly("ruritanian-example-law");
    assertThat(data.transposingLawsOf(DIRECTIVE_2)).isEmpty();
    assertThat(data.transposingLawsOf(LAW)).isEmpty();
  }

  @Test
  void successorsAndPredecessorsFollowReplacedBy() {
    assertThat(ids(data.successorsOf(DIRECTIVE))).containsExactly("example-directive-2");
    assertThat(data.successorsOf(DIRECTIVE_2)).isEmpty();
    assertThat(ids(data.predecessorsOf(DIRECTIVE_2))).containsExactly("example-directive");
    assertThat(data.predecessorsOf(DIRECTIVE)).isEmpty();
  }

  @Test
  void bodiesEstablishedByFindsEveryBodyTheInstrumentSetsUp() {
    assertThat(bodyIds(data.bodiesEstablishedBy(REGULATION))).containsExactly("example-agency", "example-agency-board");
    assertThat(data.bodiesEstablishedBy(DIRECTIVE)).isEmpty();
  }

  @Test
  void instrumentsFollowedByAreThoseItsMonitoringRolesConcern() {
    assertThat(ids(data.instrumentsFollowedBy(BodyId.of("example-centre"))))
        .containsExactly("example-strategy", "example-forum-decision");
    // Ruritania's role concerns the decision too, but it is a commitment, not monitoring.
    assertThat(data.instrumentsFollowedBy(BodyId.of("ruritania"))).isEmpty();
  }

  @Test
  void findsInstrumentsByCelexEliAndNumac() {
    assertThat(data.findInstrumentByCelex(Celex.of("32020L9999"))).map(i -> i.id().value())
        .contains("example-directive");
    assertThat(data.findInstrumentByCelex(Celex.of("32025R9997")))
        .map(i -> i.id().value())
        .contains("example-agency-regulation");
    assertThat(data.findInstrumentByEli(Eli.of("http://data.europa.eu/eli/dir/2026/9998/oj")))
        .map(i -> i.id().value())
        .contains("example-directive-2");
    assertThat(data.findInstrumentByEli(Eli.of("https://journal.example.org/eli/loi/2021/05/05/2021099999")))
        .map(i -> i.id().value())
        .contains("ruritanian-example-law");
    assertThat(data.findInstrumentByNumac(Numac.of("2021099999")))
        .map(i -> i.id().value())
        .contains("ruritanian-example-law");
  }

  @Test
  void findsNoInstrumentForIdentifiersNotInTheDataset() {
    assertThat(data.findInstrumentByCelex(Celex.of("32020L0001"))).isEmpty();
    assertThat(data.findInstrumentByEli(Eli.of("http://data.europa.eu/eli/dir/2020/1/oj"))).isEmpty();
    assertThat(data.findInstrumentByNumac(Numac.of("2021000001"))).isEmpty();
  }

  @Test
  void instrumentQueriesAnswerEmptyForAnUnknownInstrument() {
    assertThat(data.rolesBasedOn(UNKNOWN)).isEmpty();
    assertThat(data.rolesBasedOnTransitively(UNKNOWN)).isEmpty();
    assertThat(data.transposingLawsOf(UNKNOWN)).isEmpty();
    assertThat(data.successorsOf(UNKNOWN)).isEmpty();
    assertThat(data.predecessorsOf(UNKNOWN)).isEmpty();
    assertThat(data.bodiesEstablishedBy(UNKNOWN)).isEmpty();
  }

  private Role role(String id) {
    return data.findRole(RoleId.of(id)).orElseThrow();
  }

  private static List<String> ids(List<LegalInstrument> instruments) {
    return instruments.stream().map(i -> i.id().value()).toList();
  }
}
