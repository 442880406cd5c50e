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

/**
 * A project's own body, instrument and role ids, checked against a small dataset with a redirect and an ended record
 * of each kind.
 */
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
    Assertions.assertThat(check).hasToString("both references name current records");
    assertThat(REFS).knowsBodies("agency", "centre");
  }

  @Test
  void countsReadAsEnglishForNoneOneTwoAndMore() {
    Assertions.assertThat(summary()).isEqualTo("no reference was checked");
    Assertions.assertThat(summary("agency")).isEqualTo("the one reference names a current record");
    Assertions.assertThat(summary("atlantis")).isEqualTo("the one reference has a problem:");
    Assertions.assertThat(summary("agency", "centre")).isEqualTo("both references name current records");
    Assertions.assertThat(summary("atlantis", "x-y")).isEqualTo("both references have problems:");
    Assertions.assertThat(summary("agency", "atlantis")).isEqualTo("1 of 2 references has a problem:");
    Assertions.assertThat(summary("agency", "atlantis", "centre")).isEqualTo("1 of 3 references has a problem:");
    Assertions.assertThat(summary("atlantis", "agency", "x-y")).isEqualTo("2 of 3 references have problems:");
    Assertions.assertThat(summary("atlantis", "x-y", "z")).isEqualTo("all 3 references have problems:");
    Assertions.assertThat(summary("agency", "centre", "agency")).isEqualTo("all 3 references name current records");
  }

  private static String summary(String... ids) {
    return ReferenceCheck.bodies(REFS, List.of(ids)).toString().lines().findFirst().orElseThrow();
  }

  @Test
  void assertionListsEveryProblem() {
    assertThatThrownBy(() -> assertThat(REFS).knowsBodies("agency-old-name", "old-forum"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected refs.json to know every body, but both references have problems:")
        .hasMessageContaining("\n  'agency-old-name' RETIRED")
        .hasMessageContaining("\n  'old-forum' NOT_CURRENT");
  }

  @Test
  void retiredAndEndedRecordsAreNeitherHadNorKnown() {
    assertThat(REFS).doesNotHaveBody("agency-old-name").doesNotHaveInstrument("strategy-old-name")
        .doesNotHaveRole("centre-member-old")
        .doesNotKnowBodies("agency-old-name", "old-forum", "atlantis")
        .doesNotKnowInstruments("strategy-old-name", "old-strategy")
        .doesNotKnowRoles("centre-member-old", "centre-observer");
    assertThatThrownBy(() -> assertThat(load().asOf(LocalDate.of(2005, 1, 1))).doesNotKnowBodies("old-forum"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected refs.json to know none of the bodies, but the one reference names a current"
            + " record:\n  'old-forum'");
  }

  @Test
  void bodyEndedOnlyLaterIsCurrentOnAnEarlierDay() {
    Assertions.assertThat(ReferenceCheck.bodies(load().asOf(LocalDate.of(2005, 1, 1)), List.of("old-forum")).isClean())
        .isTrue();
  }

  @Test
  void reportsUnknownRetiredAndEndedInstrumentsWithTheIdToUse() {
    ReferenceCheck check = ReferenceCheck.instruments(
        REFS, List.of("strategy", "atlantis-act", "strategy-old-name", "old-strategy", "agency"));

    Assertions.assertThat(check.problems())
        .extracting(ReferenceProblem::id, ReferenceProblem::kind, ReferenceProblem::suggestion)
        .containsExactly(
            tuple("atlantis-act", ReferenceProblem.Kind.UNKNOWN, Optional.empty()),
            tuple("strategy-old-name", ReferenceProblem.Kind.RETIRED, Optional.of("strategy")),
            tuple("old-strategy", ReferenceProblem.Kind.NOT_CURRENT, Optional.of("strategy")),
            tuple("agency", ReferenceProblem.Kind.UNKNOWN, Optional.empty()));
    Assertions.assertThat(check.toString()).startsWith("4 of 5 references have problems:\n  'atlantis-act' UNKNOWN:"
            + " no instrument has this id in refs.json")
        .contains("\n  'strategy-old-name' RETIRED: the id was retired (strategy-old-name -> strategy); use 'strategy'")
        .contains("\n  'old-strategy' NOT_CURRENT: the instrument is in force from 2001 to 2010, not on 2030-01-15;"
            + " its successor is 'strategy'")
        .endsWith("\n  'agency' UNKNOWN: no instrument has this id in refs.json");
  }

  @Test
  void reportsUnknownRetiredAndEndedRolesWithTheIdToUse() {
    ReferenceCheck check = ReferenceCheck.roles(
        REFS, List.of("centre-member", "no-role", "centre-member-old", "centre-observer"));

    Assertions.assertThat(check.problems())
        .extracting(ReferenceProblem::id, ReferenceProblem::kind, ReferenceProblem::suggestion)
        .containsExactly(
            tuple("no-role", ReferenceProblem.Kind.UNKNOWN, Optional.empty()),
            tuple("centre-member-old", ReferenceProblem.Kind.RETIRED, Optional.of("centre-member")),
            tuple("centre-observer", ReferenceProblem.Kind.NOT_CURRENT, Optional.of("centre-member")));
    Assertions.assertThat(check.toString()).startsWith("3 of 4 references have problems:\n  'no-role' UNKNOWN:"
            + " no role has this id in refs.json")
        .contains("\n  'centre-member-old' RETIRED: the id was retired (centre-member-old -> centre-member);"
            + " use 'centre-member'")
        .endsWith("\n  'centre-observer' NOT_CURRENT: the role is valid from 2001 to 2010, not on 2030-01-15; its"
            + " successor is 'centre-member'");
  }

  @Test
  void currentInstrumentsAndRolesAreClean() {
    Assertions.assertThat(ReferenceCheck.instruments(REFS, List.of("strategy")))
        .hasToString("the one reference names a current record");
    Assertions.assertThat(ReferenceCheck.roles(REFS, List.of("centre-member")).isClean()).isTrue();
    assertThat(REFS).knowsInstruments("strategy").knowsRoles("centre-member");
  }

  @Test
  void instrumentAndRoleAssertionsListEveryProblem() {
    assertThatThrownBy(() -> assertThat(REFS).knowsInstruments("strategy", "old-strategy"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected refs.json to know every instrument, but 1 of 2 references has a problem:\n"
            + "  'old-strategy' NOT_CURRENT: the instrument is in force from 2001 to 2010, not on 2030-01-15; its"
            + " successor is 'strategy'");
    assertThatThrownBy(() -> assertThat(REFS).knowsRoles("centre-member-old", "no-role"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected refs.json to know every role, but both references have problems:")
        .hasMessageContaining("\n  'centre-member-old' RETIRED")
        .hasMessageContaining("\n  'no-role' UNKNOWN");
  }

  @Test
  void instrumentAndRoleEndedOnlyLaterAreCurrentOnAnEarlierDay() {
    Dataset in2005 = load().asOf(LocalDate.of(2005, 1, 1));

    Assertions.assertThat(ReferenceCheck.instruments(in2005, List.of("old-strategy")).isClean()).isTrue();
    Assertions.assertThat(ReferenceCheck.roles(in2005, List.of("centre-observer")).isClean()).isTrue();
    Assertions.assertThat(ReferenceCheck.instruments(in2005, List.of("strategy")).problems())
        .extracting(ReferenceProblem::message)
        .containsExactly("the instrument is in force from 2025, with no end recorded, not on 2005-01-01");
  }
}
