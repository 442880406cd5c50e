package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.Continuation;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LifecycleStatus;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleFunction;
import io.github.ccbrelations.model.SourceReference;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The legal bases of the CCB's roles before, on and after 18 October 2024, when the NIS2 Directive repealed the
 * NIS Directive and the Belgian law of 26 April 2024 replaced the NIS law of 7 April 2019.
 */
class BundledDatasetTimeTest {
  private static final Dataset DATA = CcbRelations.bundled();
  private static final LocalDate LAST_DAY_OF_NIS = LocalDate.of(2024, 10, 17);
  private static final LocalDate FIRST_DAY_OF_NIS2 = LocalDate.of(2024, 10, 18);

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2020-06-01, be-nis-law-2019 nis-directive",
    "2024-10-17, be-nis-law-2019 nis-directive",
    "2024-10-18, be-nis2-law-2024 be-royal-decree-nis2-2024 nis2-directive",
    "2026-11-29, be-nis2-law-2024 be-royal-decree-nis2-2024 nis2-directive",
  })
  void csirtRestsOnTheLawInForceOnTheDay(LocalDate day, String expected) {
    Dataset then = DATA.asOf(day);
    Role csirt = role(then, RoleFunction.CSIRT);
    assertThat(then.legalBasesOf(csirt).stream().map(b -> b.instrument().value()))
        .containsExactlyInAnyOrder(expected.split(" "));
    assertThat(then.legalBasesOf(csirt)).allSatisfy(b -> assertThat(b.sources()).isNotEmpty());
  }

  @Test
  void singlePointOfContactRestsOnTheNisLawUntil17October2024AndOnNoRecordedBasisAfter() {
    assertThat(instruments(DATA.asOf(LocalDate.of(2020, 6, 1)), RoleFunction.SINGLE_POINT_OF_CONTACT))
        .containsExactlyInAnyOrder("be-nis-law-2019", "nis-directive");
    assertThat(instruments(DATA.asOf(LAST_DAY_OF_NIS), RoleFunction.SINGLE_POINT_OF_CONTACT))
        .containsExactlyInAnyOrder("be-nis-law-2019", "nis-directive");
    // No official source seen says the NIS2 law designates the CCB as single point of contact: no basis is
    // invented for it (see DATA-NOTES.md).
    assertThat(instruments(DATA.asOf(FIRST_DAY_OF_NIS2), RoleFunction.SINGLE_POINT_OF_CONTACT)).isEmpty();
    Role spoc = role(DATA.asOf(FIRST_DAY_OF_NIS2), RoleFunction.SINGLE_POINT_OF_CONTACT);
    assertThat(spoc.basesEnded()).hasValueSatisfying(e -> {
      assertThat(e.since()).isEqualTo(FIRST_DAY_OF_NIS2);
      assertThat(e.continues()).isEqualTo(Continuation.UNKNOWN);
    });
  }

  @Test
  void plainQueriesAnswerForToday() {
    Clock onNis2Day =
        Clock.fixed(FIRST_DAY_OF_NIS2.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneId.of(Dataset.ZONE_ID));
    Dataset today = DATA.withClock(onNis2Day);
    assertThat(today.date()).contains(FIRST_DAY_OF_NIS2);
    assertThat(instruments(today, RoleFunction.CSIRT))
        .containsExactlyInAnyOrder("be-nis2-law-2024", "be-royal-decree-nis2-2024", "nis2-directive");
    assertThat(DATA.date()).contains(LocalDate.now(ZoneId.of(Dataset.ZONE_ID)));
    assertThat(DATA.allTime().date()).isEmpty();
  }

  @Test
  void rolesUnderTheBelgianNisLawAnswerForTheNisDirectiveWhileBothApplied() {
    InstrumentId nis = InstrumentId.of("nis-directive");
    List<Role> in2020 = DATA.asOf(LocalDate.of(2020, 6, 1)).rolesBasedOnTransitively(nis);
    assertThat(in2020.stream().map(Role::function))
        .contains(RoleFunction.SINGLE_POINT_OF_CONTACT, RoleFunction.CSIRT);
    assertThat(DATA.asOf(FIRST_DAY_OF_NIS2).rolesBasedOnTransitively(nis)).isEmpty();
    assertThat(DATA.asOf(FIRST_DAY_OF_NIS2).rolesBasedOnTransitively(InstrumentId.of("nis2-directive"))
            .stream().map(Role::function))
        .contains(RoleFunction.CSIRT);
  }

  @Test
  void nisDirectiveAndNisLawAreSupersededFrom18October2024() {
    var nis = DATA.instrument(InstrumentId.of("nis-directive"));
    var law = DATA.instrument(InstrumentId.of("be-nis-law-2019"));
    assertThat(DATA.asOf(LAST_DAY_OF_NIS).lifecycleOf(nis).status()).isEqualTo(LifecycleStatus.ACTIVE);
    assertThat(DATA.asOf(FIRST_DAY_OF_NIS2).lifecycleOf(nis).status()).isEqualTo(LifecycleStatus.SUPERSEDED);
    assertThat(DATA.asOf(FIRST_DAY_OF_NIS2).lifecycleOf(nis).successor()).contains("nis2-directive");
    assertThat(DATA.asOf(FIRST_DAY_OF_NIS2).lifecycleOf(law).successor()).contains("be-nis2-law-2024");
    assertThat(DATA.asOf(LocalDate.of(2016, 1, 1)).lifecycleOf(nis).status()).isEqualTo(LifecycleStatus.NOT_YET_VALID);
    assertThat(DATA.asOf(FIRST_DAY_OF_NIS2).instruments()).doesNotContain(nis, law);
    // Lookups still find a repealed law, whatever the day.
    assertThat(DATA.asOf(FIRST_DAY_OF_NIS2).findInstrument(nis.id())).contains(nis);
    // Each succession fact cites an official source for the end of validity.
    for (var instrument : List.of(nis, law)) {
      assertThat(instrument.sources()).anySatisfy((SourceReference ref) ->
          assertThat(ref.supports()).contains("endOfValidity"));
    }
  }

  @Test
  void belgiumsCbm14CommitmentHoldsFromJune2020() {
    assertThat(DATA.asOf(LocalDate.of(2020, 5, 31)).rolesWith(RoleFunction.COMMITMENT)).isEmpty();
    assertThat(DATA.asOf(LocalDate.of(2020, 6, 1)).rolesWith(RoleFunction.COMMITMENT))
        .singleElement()
        .satisfies(r -> assertThat(r.holder()).isEqualTo(BodyId.of("belgium")));
  }

  private static Role role(Dataset data, RoleFunction function) {
    return data.rolesHeldBy(CcbRelations.CCB).stream().filter(r -> r.function() == function)
        .reduce((a, b) -> {
          throw new AssertionError("two roles with " + function);
        })
        .orElseThrow(() -> new AssertionError("no role with " + function + " on " + data.date()));
  }

  private static List<String> instruments(Dataset data, RoleFunction function) {
    return data.legalBasesOf(role(data, function)).stream().map(LegalBasis::instrument)
        .map(InstrumentId::value).toList();
  }
}
