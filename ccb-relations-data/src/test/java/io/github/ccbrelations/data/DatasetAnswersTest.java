package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.Condition;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.RoleFunction;
import io.github.ccbrelations.model.RoleId;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every list a {@link Dataset} hands out, full or empty, is immutable: a caller cannot change the dataset. */
class DatasetAnswersTest {
  private static final BodyId CENTRE = BodyId.of("example-centre");
  private static final BodyId NOBODY = BodyId.of("no-such-body");
  private static final InstrumentId DIRECTIVE = InstrumentId.of("example-directive");
  private static final InstrumentId NOTHING = InstrumentId.of("no-such-instrument");

  static Stream<Arguments> answers() {
    return Stream.of(
        answer("sources", d -> d.sources()),
        answer("bodies", d -> d.bodies()),
        answer("instruments", d -> d.instruments()),
        answer("roles", d -> d.roles()),
        answer("bodiesNamed hit", d -> d.bodiesNamed("REX")),
        answer("bodiesNamed miss", d -> d.bodiesNamed("Atlantis")),
        answer("instrumentsNamed hit", d -> d.instrumentsNamed("ED2")),
        answer("instrumentsNamed miss", d -> d.instrumentsNamed("Atlantis")),
        answer("childrenOf", d -> d.childrenOf(CENTRE)),
        answer("childrenOf unknown", d -> d.childrenOf(NOBODY)),
        answer("ancestorsOf", d -> d.ancestorsOf(BodyId.of("example-cert-lab"))),
        answer("ancestorsOf unknown", d -> d.ancestorsOf(NOBODY)),
        answer("descendantsOf", d -> d.descendantsOf(CENTRE)),
        answer("descendantsOf unknown", d -> d.descendantsOf(NOBODY)),
        answer("rolesHeldBy", d -> d.rolesHeldBy(CENTRE)),
        answer("rolesHeldBy unknown", d -> d.rolesHeldBy(NOBODY)),
        answer("rolesHeldByAnyPartOf", d -> d.rolesHeldByAnyPartOf(CENTRE)),
        answer("rolesHeldByAnyPartOf one", d -> d.rolesHeldByAnyPartOf(BodyId.of("ruritania"))),
        answer("rolesHeldByAnyPartOf unknown", d -> d.rolesHeldByAnyPartOf(NOBODY)),
        answer("rolesIn", d -> d.rolesIn(BodyId.of("example-network"))),
        answer("rolesIn unknown", d -> d.rolesIn(NOBODY)),
        answer("rolesInAnyPartOf", d -> d.rolesInAnyPartOf(BodyId.of("example-agency"))),
        answer("rolesInAnyPartOf unknown", d -> d.rolesInAnyPartOf(NOBODY)),
        answer("rolesAt", d -> d.rolesAt(Level.EUROPEAN)),
        answer("rolesWith function", d -> d.rolesWith(RoleFunction.CSIRT)),
        answer("rolesWith absent function", d -> d.rolesWith(RoleFunction.COORDINATOR)),
        answer("rolesWith condition", d -> d.rolesWith(Condition.ON_REQUEST)),
        answer("conditionalRoles", d -> d.conditionalRoles()),
        answer("rolesOnBehalfOf", d -> d.rolesOnBehalfOf(BodyId.of("ruritania"))),
        answer("rolesOnBehalfOf unknown", d -> d.rolesOnBehalfOf(NOBODY)),
        answer("legalBasesOf", d -> d.legalBasesOf(d.findRole(RoleId.of("centre-csirt")).orElseThrow())),
        answer("legalInstrumentsOf", d -> d.legalInstrumentsOf(d.findRole(RoleId.of("centre-csirt")).orElseThrow())),
        answer("rolesBasedOn", d -> d.rolesBasedOn(DIRECTIVE)),
        answer("rolesBasedOn unknown", d -> d.rolesBasedOn(NOTHING)),
        answer("rolesBasedOnTransitively", d -> d.rolesBasedOnTransitively(DIRECTIVE)),
        answer("rolesBasedOnTransitively unknown", d -> d.rolesBasedOnTransitively(NOTHING)),
        answer("transposingLawsOf", d -> d.transposingLawsOf(DIRECTIVE)),
        answer("transposingLawsOf unknown", d -> d.transposingLawsOf(NOTHING)),
        answer("successorsOf", d -> d.successorsOf(DIRECTIVE)),
        answer("successorsOf unknown", d -> d.successorsOf(NOTHING)),
        answer("predecessorsOf", d -> d.predecessorsOf(InstrumentId.of("example-directive-2"))),
        answer("bodiesEstablishedBy", d -> d.bodiesEstablishedBy(InstrumentId.of("example-agency-regulation"))),
        answer("bodiesEstablishedBy unknown", d -> d.bodiesEstablishedBy(NOTHING)),
        answer("instrumentsFollowedBy", d -> d.instrumentsFollowedBy(CENTRE)),
        answer("instrumentsFollowedBy unknown", d -> d.instrumentsFollowedBy(NOBODY)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void answerCannotBeChanged(String query, Function<Dataset, List<?>> ask) {
    List<?> answer = ask.apply(Fixture.dataset());

    assertThatThrownBy(() -> answer.add(null)).as(query).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> answer.clear()).as(query).isInstanceOf(UnsupportedOperationException.class);
  }

  private static Arguments answer(String query, Function<Dataset, List<?>> ask) {
    return Arguments.of(query, ask);
  }
}
