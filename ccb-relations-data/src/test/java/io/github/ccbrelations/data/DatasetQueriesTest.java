package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.Condition;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleFunction;
import io.github.ccbrelations.model.RoleId;
import io.github.ccbrelations.model.SourceId;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** The record, hierarchy and role queries of {@link Dataset}, on the small fixture. */
class DatasetQueriesTest {
  private static final BodyId UNKNOWN = BodyId.of("no-such-body");

  private final Dataset data = Fixture.dataset();

  // ------------------------------------------------------------------------------------------------ records

  @Test
  void listsEveryRecordInFileOrder() {
    assertThat(data.sources()).extracting(s -> s.id().value()).containsExactly("example-page-fr", "example-journal");
    assertThat(bodyIds(data.bodies()))
        .containsExactly(
            "ruritania",
            "ruritania-mission",
            "example-centre",
            "example-centre-director",
            "example-cert",
            "example-cert-lab",
            "example-agency",
            "example-agency-board",
            "example-agency-working-group",
            "example-council-party",
            "example-network",
            "example-exercise",
            "example-forum");
    assertThat(data.instruments())
        .extracting(i -> i.id().value())
        .containsExactly(
            "example-directive",
            "example-directive-2",
            "example-agency-regulation",
            "ruritanian-example-law",
            "example-strategy",
            "example-forum-decision");
    assertThat(roleIds(data.roles()))
        .containsExactly(
            "centre-spoc",
            "centre-csirt",
            "director-board-member",
            "centre-council-expert",
            "lab-working-group-participant",
            "centre-exercise-participant",
            "centre-forum-representative",
            "centre-monitoring",
            "ruritania-commitment");
  }

  @Test
  void findsEachKindOfRecordById() {
    assertThat(data.findSource(SourceId.of("example-journal")))
        .hasValueSatisfying(s -> assertThat(s.title()).isEqualTo("Example Official Journal"));
    assertThat(data.findBody(BodyId.of("example-agency")))
        .hasValueSatisfying(b -> assertThat(b.acronyms(Language.EN)).containsExactly("EUXA"));
    assertThat(data.findInstrument(InstrumentId.of("ruritanian-example-law")))
        .hasValueSatisfying(i -> assertThat(i.transposes()).containsExactly(InstrumentId.of("example-directive")));
    assertThat(data.findRole(RoleId.of("centre-csirt")))
        .hasValueSatisfying(r -> assertThat(r.via()).contains(BodyId.of("example-cert")));
    assertThat(data.body(BodyId.of("example-cert")).partOf()).contains(BodyId.of("example-centre"));
    assertThat(data.instrument(InstrumentId.of("example-directive")).replacedBy())
        .contains(InstrumentId.of("example-directive-2"));
  }

  @Test
  void findsNothingForIdsNotInTheDataset() {
    assertThat(data.findSource(SourceId.of("no-such-source"))).isEmpty();
    assertThat(data.findBody(UNKNOWN)).isEmpty();
    assertThat(data.findInstrument(InstrumentId.of("no-such-instrument"))).isEmpty();
    assertThat(data.findRole(RoleId.of("no-such-role"))).isEmpty();
  }

  @Test
  void getterForAnIdThatMustExistThrowsNamingTheId() {
    assertThatThrownBy(() -> data.body(UNKNOWN))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("no-such-body");
    assertThatThrownBy(() -> data.instrument(InstrumentId.of("no-such-instrument")))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("no-such-instrument");
  }

  // ------------------------------------------------------------------------------------------------ hierarchy

  @Test
  void parentOfIsTheBodyOneLevelUp() {
    assertThat(data.parentOf(BodyId.of("example-cert-lab"))).map(b -> b.id().value()).contains("example-cert");
    assertThat(data.parentOf(BodyId.of("example-agency-working-group")))
        .map(b -> b.id().value())
        .contains("example-agency-board");
  }

  @Test
  void parentOfIsEmptyForTopLevelAndUnknownBodies() {
    assertThat(data.parentOf(BodyId.of("example-centre"))).isEmpty();
    assertThat(data.parentOf(UNKNOWN)).isEmpty();
  }

  @Test
  void childrenOfAreTheDirectPartsInFileOrder() {
    assertThat(bodyIds(data.childrenOf(BodyId.of("example-centre"))))
        .containsExactly("example-centre-director", "example-cert");
    assertThat(bodyIds(data.childrenOf(BodyId.of("example-cert")))).containsExactly("example-cert-lab");
    assertThat(data.childrenOf(BodyId.of("example-cert-lab"))).isEmpty();
  }

  @Test
  void ancestorsOfGoUpToTheTopNearestFirst() {
    assertThat(bodyIds(data.ancestorsOf(BodyId.of("example-cert-lab"))))
        .containsExactly("example-cert", "example-centre");
    assertThat(bodyIds(data.ancestorsOf(BodyId.of("example-agency-working-group"))))
        .containsExactly("example-agency-board", "example-agency");
    assertThat(data.ancestorsOf(BodyId.of("example-agency"))).isEmpty();
  }

  @Test
  void descendantsOfReachEveryDepthBreadthFirst() {
    assertThat(bodyIds(data.descendantsOf(BodyId.of("example-centre"))))
        .containsExactly("example-centre-director", "example-cert", "example-cert-lab");
    assertThat(bodyIds(data.descendantsOf(BodyId.of("example-agency"))))
        .containsExactly("example-agency-board", "example-agency-working-group");
    assertThat(data.descendantsOf(BodyId.of("example-forum"))).isEmpty();
  }

  // ------------------------------------------------------------------------------------------------ roles

  @Test
  void rolesHeldByIncludesRolesHeldThroughTheBodyButNotThoseOfItsParts() {
    assertThat(roleIds(data.rolesHeldBy(BodyId.of("example-centre"))))
        .containsExactly(
            "centre-spoc",
            "centre-csirt",
            "centre-council-expert",
            "centre-exercise-participant",
            "centre-forum-representative",
            "centre-monitoring");
    assertThat(roleIds(data.rolesHeldBy(BodyId.of("example-cert")))).containsExactly("centre-csirt");
    assertThat(roleIds(data.rolesHeldBy(BodyId.of("example-centre-director"))))
        .containsExactly("director-board-member");
  }

  @Test
  void rolesHeldByAnyPartOfAddsTheRolesOfPartsAtEveryDepthOnceEachInFileOrder() {
    assertThat(roleIds(data.rolesHeldByAnyPartOf(BodyId.of("example-centre"))))
        .containsExactly(
            "centre-spoc",
            "centre-csirt",
            "director-board-member",
            "centre-council-expert",
            "lab-working-group-participant",
            "centre-exercise-participant",
            "centre-forum-representative",
            "centre-monitoring");
    assertThat(roleIds(data.rolesHeldByAnyPartOf(BodyId.of("example-cert"))))
        .containsExactly("centre-csirt", "lab-working-group-participant");
    assertThat(roleIds(data.rolesHeldByAnyPartOf(BodyId.of("ruritania")))).containsExactly("ruritania-commitment");
  }

  @Test
  void rolesInIsTheBodyItselfOnly() {
    assertThat(data.rolesIn(BodyId.of("example-agency"))).isEmpty();
    assertThat(roleIds(data.rolesIn(BodyId.of("example-agency-board")))).containsExactly("director-board-member");
    assertThat(roleIds(data.rolesIn(BodyId.of("example-network")))).containsExactly("centre-csirt");
  }

  @Test
  void rolesInAnyPartOfReachesEveryDepth() {
    assertThat(roleIds(data.rolesInAnyPartOf(BodyId.of("example-agency"))))
        .containsExactly("director-board-member", "lab-working-group-participant");
    assertThat(roleIds(data.rolesInAnyPartOf(BodyId.of("example-agency-working-group"))))
        .containsExactly("lab-working-group-participant");
  }

  @Test
  void rolesAtGroupsRolesByLevel() {
    assertThat(roleIds(data.rolesAt(Level.GENERAL))).containsExactly("ruritania-commitment");
    assertThat(roleIds(data.rolesAt(Level.EUROPEAN)))
        .containsExactly("centre-spoc", "director-board-member", "centre-council-expert");
    assertThat(roleIds(data.rolesAt(Level.INTERNATIONAL)))
        .containsExactly("centre-forum-representative", "centre-monitoring");
    assertThat(roleIds(data.rolesAt(Level.OPERATIONAL)))
        .containsExactly("centre-csirt", "lab-working-group-participant", "centre-exercise-participant");
  }

  @Test
  void rolesWithFunctionFindsOnlyThatFunction() {
    assertThat(roleIds(data.rolesWith(RoleFunction.CSIRT))).containsExactly("centre-csirt");
    assertThat(roleIds(data.rolesWith(RoleFunction.BOARD_MEMBER))).containsExactly("director-board-member");
    assertThat(data.rolesWith(RoleFunction.COORDINATOR)).isEmpty();
  }

  @Test
  void rolesWithConditionFindsOnlyThatCondition() {
    assertThat(roleIds(data.rolesWith(Condition.ON_REQUEST))).containsExactly("centre-council-expert");
    assertThat(roleIds(data.rolesWith(Condition.WHERE_APPROPRIATE)))
        .containsExactly("lab-working-group-participant");
  }

  @Test
  void conditionalRolesAreThoseWithAnyCondition() {
    assertThat(roleIds(data.conditionalRoles()))
        .containsExactly("centre-council-expert", "lab-working-group-participant");
  }

  @Test
  void rolesOnBehalfOfFindsRolesHeldForAParty() {
    assertThat(roleIds(data.rolesOnBehalfOf(BodyId.of("ruritania"))))
        .containsExactly("centre-spoc", "director-board-member", "centre-forum-representative");
    assertThat(data.rolesOnBehalfOf(BodyId.of("example-centre"))).isEmpty();
  }

  @Test
  void roleQueriesAnswerEmptyForAnUnknownBody() {
    assertThat(data.childrenOf(UNKNOWN)).isEmpty();
    assertThat(data.ancestorsOf(UNKNOWN)).isEmpty();
    assertThat(data.descendantsOf(UNKNOWN)).isEmpty();
    assertThat(data.rolesHeldBy(UNKNOWN)).isEmpty();
    assertThat(data.rolesHeldByAnyPartOf(UNKNOWN)).isEmpty();
    assertThat(data.rolesIn(UNKNOWN)).isEmpty();
    assertThat(data.rolesInAnyPartOf(UNKNOWN)).isEmpty();
    assertThat(data.rolesOnBehalfOf(UNKNOWN)).isEmpty();
    assertThat(data.instrumentsFollowedBy(UNKNOWN)).isEmpty();
  }

  static List<String> bodyIds(List<Body> bodies) {
    return bodies.stream().map(b -> b.id().value()).toList();
  }

  static List<String> roleIds(List<Role> roles) {
    return roles.stream().map(r -> r.id().value()).toList();
  }
}
