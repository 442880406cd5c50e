package com.example.relations;

// <!-- validate-example:start -->
import static io.github.ccbrelations.testing.CcbAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.ValidationReport;
import io.github.ccbrelations.data.Validator;
import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import io.github.ccbrelations.testing.CcbDataset;
import io.github.ccbrelations.testing.CcbRelationsTest;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

@CcbRelationsTest
class ValidateOurDataTest {
  @Test
  void ourReferencesNameCurrentRecords(Dataset bundled) {
    assertThat(bundled).knowsBodies(OurReferences.BODIES.toArray(String[]::new))
        .knowsInstruments(OurReferences.INSTRUMENTS.toArray(String[]::new))
        .knowsRoles(OurReferences.ROLES.toArray(String[]::new));
    assertThat(bundled).hasRole("ccb-single-point-of-contact-nis")
        .isHeldBy("ccb")
        .isOnBehalfOf("belgium")
        .isBasedOn("32016L1148");
    assertThat(bundled).hasInstrument("nis-directive").isReplacedBy("nis2-directive");
  }

  @Test
  void everyViolationOfOurBrokenCopyIsReportedWithItsPlaceInOneRun() {
    ValidationReport report =
        Validator.standard().validate(Path.of("src/test/resources/broken-relations.json"));

    assertThat(report).isNotValid()
        .inRecord("ncca-be-representative-eccg").hasViolation(ViolationCode.DANGLING_REFERENCE);
    Assertions.assertThat(report.violations())
        .extracting(Violation::code, Violation::jsonPath, v -> v.recordId().orElseThrow())
        .containsExactly(
            tuple(ViolationCode.MISSING_SUCCESSOR, "$.instruments[0]", "nis-directive"),
            tuple(ViolationCode.INVALID_VALUE, "$.instruments[2].celex", "cybersecurity-act"),
            tuple(ViolationCode.DANGLING_REFERENCE, "$.roles[8].holder", "ncca-be-representative-eccg"),
            tuple(ViolationCode.SHAPE, "$.roles[25].level", "ccb-csirt"));
    Assertions.assertThat(report.violations())
        .allSatisfy(v -> Assertions.assertThat(v.line()).isPositive());
    assertThatThrownBy(() -> assertThat(report).isValid())
        .hasMessageContaining("broken-relations.json has 3 errors:")
        .hasMessageContaining("DANGLING_REFERENCE at $.roles[8].holder (record 'ncca-be-representative-eccg')");
  }

  @Test
  void ourOwnDatasetFileLoads(@CcbDataset(resource = "/our-relations.json") Dataset ours) {
    assertThat(ours).hasBody("enisa");
  }
}
// <!-- validate-example:end -->
