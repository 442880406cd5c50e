package io.github.ccbrelations.data;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ccbrelations.data.violation.Severity;

/**
 * For any bytes, the loader returns a dataset that the validator finds valid, or throws the library's own
 * {@link DatasetLoadException} with at least one error in it; the validator never throws, and its report is valid
 * exactly when the load succeeds. Nothing else escapes: no NullPointerException, IllegalStateException,
 * StackOverflowError, OutOfMemoryError or Jackson exception.
 *
 * <p>Under {@code mvn test} this runs in regression mode over the seed corpus in
 * {@code src/test/resources/io/github/ccbrelations/data/DatasetReaderFuzzTestInputs/} (every finding of earlier fuzzing
 * runs) and the hostile-input catalogue, which the build copies beside them (see the module's pom). To fuzz (see
 * docs/loading.md, "Hostile input"): {@code JAZZER_FUZZ=1 mvn -pl ccb-relations-model,ccb-relations-data test
 * -Dtest=DatasetReaderFuzzTest -Dsurefire.failIfNoSpecifiedTests=false}; each run lasts the {@code maxDuration} below.
 */
class DatasetReaderFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void anyBytesLoadValidlyOrFailWithTheLibrarysOwnError(byte[] bytes) {
    check(DatasetReader.standard(), bytes);
    check(DatasetReader.lenient(), bytes);
  }

  private static void check(DatasetReader reader, byte[] bytes) {
    boolean loaded;
    try {
      Dataset data = reader.read(bytes, "fuzz.json");
      ValidationReport again = Validator.standard().validate(data);
      if (!again.isValid()) {
        throw new AssertionError("a loaded dataset must pass the validator: " + again);
      }
      loaded = true;
    } catch (DatasetLoadException e) {
      if (e.violations().stream().noneMatch(v -> v.severity() == Severity.ERROR)) {
        throw new AssertionError("a load failure without an error: " + e.getMessage(), e);
      }
      loaded = false;
    }
    ValidationReport report = reader.validate(bytes, "fuzz.json");
    if (report.isValid() != loaded) {
      throw new AssertionError("the report must be valid exactly when the load succeeds (" + loaded + "): " + report);
    }
  }
}
