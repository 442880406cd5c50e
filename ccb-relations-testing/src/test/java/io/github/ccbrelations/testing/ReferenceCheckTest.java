package io.github.ccbrelations.testing;

import static io.github.ccbrelations.testing.CcbAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.DatasetReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** A project's own body ids, checked against a small dataset with a redirect and an ended body. */
class ReferenceCheckTest {
  private static final Dataset REFS = load().asOf(LocalDate.of(2030, 1, 15));

  private static Dataset load() {
    try (InputStream in = ReferenceCheckTest.class.getResourceAsStream("/refs.json")) {
      return DatasetReader.standard().read(in, "refs.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void reportsUnknownRetiredAndEndedBodiesWithTheIdToUse() {
    ReferenceCheck check = ReferenceCheck.bodies(
        REFS, List.of("agency", "atlantis", "agency-old-name", "old-forum", "Not A Slug"));

    Assertions.assertThat(check.isClean()).isFalse();
    Assertions.assertThat(check.problems())
        .extracting(ReferenceProblem::id, ReferenceProblem::kind, ReferenceProblem::suggestion)
        .containsExactly(
            tuple("atlantis", ReferenceProblem.Kind.UNKNOWN, Optional.empty()),
            tuple("agency-old-name", ReferenceProblem.Kind.RETIRED, Optional.of("agency")),
            tuple("old-forum", ReferenceProblem.Kind.NOT_CURRENT, Optional.of("agency")),
            tuple("Not A Slug", ReferenceProblem.Kind.UNKNOWN, Optional.empty()));
    Assertions.assertThat(check.toString()).startsWith("4 of 5 references have problems:\n  'atlantis' UNKNOWN")
        .contains("\n  'agency-old-name' RETIRED: the id was retired (agency-old-name -> agency); use 'agency'")
        .contains("\n  'old-forum' NOT_CURRENT: the body exists from 2001 to 2010, not on 2030-01-15; its successor"
            + " is 'agency'");
  }

  @Test
  void currentBodiesAreClean() {
    ReferenceCheck check = ReferenceCheck.bodies(REFS, List.of("agency", "centre"));

    Assertions.assertThat(check.problems()).isEmpty();
    Assertions.assertThat(check).hasToString("all 2 references name current records");
    assertThat(REFS).knowsBodies("agency", "centre");
  }

  @Test
  void saysOneProblemAndOneReferenceInTheSingular() {
    Assertions.assertThat(ReferenceCheck.bodies(REFS, List.of("agency", "atlantis", "centre")).toString())
        .startsWith("1 of 3 references has a problem:\n  'atlantis' UNKNOWN");
    Assertions.assertThat(ReferenceCheck.bodies(REFS, List.of("agency")))
        .hasToString("the 1 reference names a current record");
  }

  @Test
  void assertionListsEveryProblem() {
    assertThatThrownBy(() -> assertThat(REFS).knowsBodies("agency-old-name", "old-forum"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected refs.json to know every body, but 2 of 2 references have problems:")
        .hasMessageContaining("\n  'agency-old-name' RETIRED")
        .hasMessageContaining("\n  'old-forum' NOT_CURRENT");
  }

  @Test
  void bodyEndedOnlyLaterIsCurrentOnAnEarlierDay() {
    Assertions.assertThat(ReferenceCheck.bodies(load().asOf(LocalDate.of(2005, 1, 1)), List.of("old-forum")).isClean())
        .isTrue();
  }
}
