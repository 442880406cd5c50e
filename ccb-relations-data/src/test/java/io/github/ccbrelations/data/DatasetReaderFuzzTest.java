package io.github.ccbrelations.data;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * For any bytes, the loader returns a dataset that the validator finds valid, or throws the library's own
 * {@link DatasetLoadException} with at least one error in it; the validator never throws, and its report is valid
 * exactly when the load succeeds. Nothing else escapes: no NullPointerException, IllegalStateException,
 * StackOverflowError, OutOfMemoryError or Jackson exception. A load with a second thread
 * ({@link DatasetReader#withExecutor}, fed as a stream so that the executor is used whatever the size) gives the same
 * dataset or the same violations as a load on one thread.
 *
 * <p>Under {@code mvn test} this runs in regression mode over the seed corpus in
 * {@code src/test/resources/io/github/ccbrelations/data/DatasetReaderFuzzTestInputs/}, the hostile-input catalogue
 * and every finding of earlier fuzzing runs. To fuzz (see the README, "Hostile input"):
 * {@code JAZZER_FUZZ=1 mvn -pl ccb-relations-data test -Dtest=DatasetReaderFuzzTest -Djazzer.max_duration=10m}.
 */
class DatasetReaderFuzzTest {
  /** A real second thread, shared by every input; a daemon, so that it never keeps a JVM alive. */
  private static final ExecutorService SECOND = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "fuzz-second-thread");
    thread.setDaemon(true);
    return thread;
  });

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
    sameWithASecondThread(reader, bytes);
  }

  private static void sameWithASecondThread(DatasetReader reader, byte[] bytes) {
    DatasetReader helped = reader.withExecutor(SECOND);
    Object alone = outcome(reader.withoutExecutor(), new ByteArrayInputStream(bytes));
    Object withSecond = outcome(helped, new ByteArrayInputStream(bytes));
    if (alone instanceof Dataset a && withSecond instanceof Dataset b) {
      if (!a.info().toString().equals(b.info().toString()) || !DatasetDiff.between(a, b).isEmpty()) {
        throw new AssertionError("a load with a second thread differs: " + b.info() + " against " + a.info());
      }
    } else if (!alone.equals(withSecond)) {
      throw new AssertionError("a load with a second thread differs: " + withSecond + " against " + alone);
    }
    ValidationReport aloneReport = reader.withoutExecutor().validate(new ByteArrayInputStream(bytes), "fuzz.json");
    ValidationReport helpedReport = helped.validate(new ByteArrayInputStream(bytes), "fuzz.json");
    if (!aloneReport.equals(helpedReport)) {
      throw new AssertionError("a validation with a second thread differs: " + helpedReport + " against " + aloneReport);
    }
  }

  /** The dataset loaded, or the violations of the failure. */
  private static Object outcome(DatasetReader reader, InputStream in) {
    try {
      return reader.read(in, "fuzz.json");
    } catch (DatasetLoadException e) {
      return e.violations();
    }
  }
}
