package io.github.ccbrelations.testing;

import static io.github.ccbrelations.testing.CcbAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ccbrelations.data.ValidationReport;
import io.github.ccbrelations.data.Validator;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The negations of a report's assertions, and its assertions narrowed to one record: what a project that checks its
 * own file asserts about a record it knows by id rather than by its place in the file.
 */
class ValidationReportAssertTest {
  private static final String DANGLING = "ncca-be-representative-eccg";
  private static final ValidationReport CLEAN = validate(CcbAssertionsTest.bundledText(), "ok.json");
  /** One error, a holder that names no body in $.roles[8], and one warning, a repealed act with no successor. */
  private static final ValidationReport BROKEN = validate(CcbAssertionsTest.withoutTheNisSuccessor()
      .replaceFirst("\"holder\": \"ncca-be\"", "\"holder\": \"nobody\""), "broken.json");

  @Test
  void trueStatementsPass() {
    assertThat(BROKEN).isNotValid()
        .hasViolation(ViolationCode.DANGLING_REFERENCE)
        .doesNotHaveViolation(ViolationCode.CYCLE)
        .doesNotHaveViolation(ViolationCode.DANGLING_REFERENCE, "$.roles[9].holder");
    assertThat(BROKEN).inRecord(DANGLING)
        .isNotValid()
        .hasErrorCount(1)
        .hasViolation(ViolationCode.DANGLING_REFERENCE, "$.roles[8].holder")
        .doesNotHaveViolation(ViolationCode.MISSING_SUCCESSOR);
    assertThat(BROKEN).inRecord("nis-directive").isValid().hasNoViolationsExcept(ViolationCode.MISSING_SUCCESSOR);
    assertThat(BROKEN).inRecord("ccb-csirt").hasNoViolations();
    assertThat(CLEAN).isValid().doesNotHaveViolation(ViolationCode.DANGLING_REFERENCE);
  }

  @Test
  void isNotValidFailsOnAReportWithNoError() {
    assertThatThrownBy(() -> assertThat(CLEAN).isNotValid())
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected an invalid dataset, but ok.json has no errors");
    assertThatThrownBy(() -> assertThat(BROKEN).inRecord("nis-directive").isNotValid())
        .hasMessage("Expected an error in record 'nis-directive', but broken.json has no errors in record"
            + " 'nis-directive'");
  }

  @Test
  void doesNotHaveViolationListsOnlyTheViolationsItFound() {
    assertThatThrownBy(() -> assertThat(BROKEN).doesNotHaveViolation(ViolationCode.DANGLING_REFERENCE))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expected no DANGLING_REFERENCE, but broken.json has 1 such violation:\n  broken.json:")
        .hasMessageEndingWith("DANGLING_REFERENCE at $.roles[8].holder (record '" + DANGLING
            + "'): unknown body 'nobody'")
        .hasMessageNotContaining("MISSING_SUCCESSOR");
    assertThatThrownBy(() -> assertThat(BROKEN)
        .doesNotHaveViolation(ViolationCode.DANGLING_REFERENCE, "$.roles[8].holder"))
        .hasMessageStartingWith("Expected no DANGLING_REFERENCE at $.roles[8].holder, but broken.json has 1 such"
            + " violation:\n  broken.json:");
  }

  @Test
  void hasViolationOfACodeListsEveryViolationWhenItFindsNone() {
    assertThatThrownBy(() -> assertThat(BROKEN).hasViolation(ViolationCode.CYCLE))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expected CYCLE, but broken.json has 2 violations:\n")
        .hasMessageContaining("warning MISSING_SUCCESSOR at $.instruments[0] (record 'nis-directive')")
        .hasMessageContaining("DANGLING_REFERENCE at $.roles[8].holder");
    assertThatThrownBy(() -> assertThat(CLEAN).hasViolation(ViolationCode.CYCLE))
        .hasMessage("Expected CYCLE, but ok.json has no violations");
  }

  @Test
  void assertionsInARecordSayWhichRecordAndListOnlyItsViolations() {
    assertThatThrownBy(() -> assertThat(BROKEN).inRecord("nis-directive")
        .hasViolation(ViolationCode.DANGLING_REFERENCE))
        .hasMessageStartingWith("Expected DANGLING_REFERENCE in record 'nis-directive', but broken.json has 1"
            + " violation in record 'nis-directive':\n  broken.json:")
        .hasMessageContaining("warning MISSING_SUCCESSOR at $.instruments[0]")
        .hasMessageNotContaining("$.roles[8]");
    assertThatThrownBy(() -> assertThat(BROKEN).inRecord("ccb-csirt")
        .hasViolation(ViolationCode.DANGLING_REFERENCE, "$.roles[8].holder"))
        .hasMessage("Expected DANGLING_REFERENCE at $.roles[8].holder in record 'ccb-csirt', but broken.json has no"
            + " violations in record 'ccb-csirt'");
    assertThatThrownBy(() -> assertThat(BROKEN).inRecord(DANGLING).isValid())
        .hasMessageStartingWith("Expected no errors in record '" + DANGLING + "', but broken.json has 1 error in"
            + " record '" + DANGLING + "':\n  broken.json:");
    assertThatThrownBy(() -> assertThat(BROKEN).inRecord("nis-directive").hasNoViolations())
        .hasMessageStartingWith("Expected no violations in record 'nis-directive', but broken.json has 1 violation"
            + " in record 'nis-directive':\n");
    assertThatThrownBy(() -> assertThat(BROKEN).inRecord(DANGLING).hasErrorCount(0))
        .hasMessageStartingWith("Expected 0 errors in record '" + DANGLING + "', but broken.json has 1 error in"
            + " record '" + DANGLING + "':\n");
  }

  @Test
  void inRecordKeepsTheDescription() {
    assertThatThrownBy(() -> assertThat(BROKEN).as("our file").inRecord("ccb").hasViolation(ViolationCode.CYCLE))
        .hasMessageStartingWith("[our file] Expected CYCLE in record 'ccb', but");
  }

  private static ValidationReport validate(String text, String name) {
    return Validator.standard().validate(text.getBytes(StandardCharsets.UTF_8), name);
  }
}
