package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ccbrelations.model.Continuation;
import io.github.ccbrelations.model.RoleId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A role's {@code basesEnded}, on the small fixture whose single point of contact is given a law that applied until
 * March 2026 (a month, so the last day is 31 March): read when it says the day after, refused otherwise. How an
 * explanation says it is tested in ccb-relations-text.
 */
class BasesEndedRulesTest {
  private static final String BASIS = "\"provision\": \"Art. 7\"}";
  private static final String ENDED_BASIS = "\"provision\": \"Art. 7\", \"validity\": {\"to\": \"2026-03\"}}";

  private static String endedWith(String basesEnded) {
    String ended = Fixture.editRecord("centre-spoc", BASIS, ENDED_BASIS);
    return Fixture.editRecord(ended, "centre-spoc", "\"sources\": [", "\"basesEnded\": " + basesEnded
        + ",\n      \"sources\": [");
  }

  @Test
  void readsTheDayAfterTheLatestEndAndWhetherTheRoleContinues() {
    Dataset data = Fixture.load(endedWith("{\"since\": \"2026-04-01\", \"continues\": \"CONTINUES\"}"));

    assertThat(data.role(RoleId.of("centre-spoc")).basesEnded()).hasValueSatisfying(e -> {
      assertThat(e.since()).isEqualTo(LocalDate.of(2026, 4, 1));
      assertThat(e.continues()).isEqualTo(Continuation.CONTINUES);
    });
  }

  @Test
  void refusesASinceThatIsNotTheDayAfterTheLatestEnd() {
    assertThatThrownBy(() -> Fixture.load(endedWith("{\"since\": \"2026-03-31\", \"continues\": \"UNKNOWN\"}")))
        .isInstanceOf(DatasetLoadException.class)
        .hasMessageContaining("centre-spoc")
        .hasMessageContaining("since is the day after, 2026-04-01");
  }

  @Test
  void refusesAnUnknownContinuationNamingTheAcceptedOnes() {
    assertThatThrownBy(() -> Fixture.load(endedWith("{\"since\": \"2026-04-01\", \"continues\": \"MAYBE\"}")))
        .isInstanceOf(DatasetLoadException.class)
        .hasMessageContaining("CONTINUES, ENDED, UNKNOWN");
  }

  @Test
  void refusesAnUnknownSourceInBasesEnded() {
    assertThatThrownBy(() -> Fixture.load(endedWith(
            "{\"since\": \"2026-04-01\", \"continues\": \"UNKNOWN\", \"sources\": [{\"source\": \"nowhere\"}]}")))
        .isInstanceOf(DatasetLoadException.class)
        .hasMessageContaining("unknown source 'nowhere'");
  }
}
