package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.violation.ViolationCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * With the default limits, every input ends in a result or a {@link ViolationCode#LIMIT_EXCEEDED} error in a JVM of
 * 256 MiB of heap: each stream of {@link SmallHeapProbe} is generated while it is read (never a file) and read,
 * strictly and leniently, in a JVM of its own started with {@code -Xmx256m}; an OutOfMemoryError there fails the test.
 */
class SmallHeapTest {
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "unknown-fields-in-one-record, strict, FAILED LIMIT_EXCEEDED",
      "unknown-fields-in-one-record, lenient, FAILED LIMIT_EXCEEDED",
      "record-with-300000-fields, strict, FAILED LIMIT_EXCEEDED",
      "record-with-300000-fields, lenient, FAILED LIMIT_EXCEEDED",
      "records-with-an-unknown-field, strict, FAILED LIMIT_EXCEEDED",
      "records-with-an-unknown-field, lenient, FAILED LIMIT_EXCEEDED",
      "unknown-top-level-fields, strict, FAILED LIMIT_EXCEEDED",
      "unknown-top-level-fields, lenient, FAILED LIMIT_EXCEEDED",
      "small-valid-records, strict, FAILED LIMIT_EXCEEDED",
      "small-valid-records, lenient, FAILED LIMIT_EXCEEDED",
      "tiny-strings-in-one-list, strict, FAILED LIMIT_EXCEEDED",
      "distinct-tiny-strings-in-one-list, strict, FAILED LIMIT_EXCEEDED",
      "distinct-tiny-strings-in-one-list, lenient, FAILED LIMIT_EXCEEDED",
      "distinct-unknown-fields-in-many-records, lenient, FAILED LIMIT_EXCEEDED",
      "labels-in-one-record, lenient, FAILED LIMIT_EXCEEDED"})
  void endlessStreamEndsInALimitErrorInASmallHeap(String stream, String mode, String outcome)
      throws IOException, InterruptedException {
    assertThat(probe(stream, mode, List.of())).startsWith(outcome + " ");
  }

  /** What fits under the defaults loads in that heap, indexed, and a second copy is validated beside it. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "small-valid-records, 150000, LOADED 150001 0",
      // A million distinct unknown names, 10,000 kept as warnings and the rest counted in one more.
      "distinct-unknown-fields-in-many-records, 1000000, LOADED 201 10001",
      // About 14 MB of distinct short strings in one list, each kept with its key against repeats (Repeats); a
      // citation's, each a field its body does not give: the first 10,000 told.
      "distinct-tiny-strings-in-one-list, 1400000, FAILED LIMIT_EXCEEDED 10001",
      // Each body lacks its kind and so its labels, 2 errors, and has an unknown field, a warning: as many as the
      // 10,000 violations a read keeps hold (9,999).
      "records-with-an-unknown-field, 3333, FAILED INVALID_VALUE 9999"})
  void theLargestInputTheDefaultsAllowLoadsInASmallHeap(String stream, long units, String outcome)
      throws IOException, InterruptedException {
    assertThat(probe(stream, "lenient", List.of("-Dunits=" + units))).startsWith(outcome);
  }

  private static String probe(String stream, String mode, List<String> properties)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-XX:TieredStopAtLevel=1");
    command.addAll(properties);
    command.add("-cp");
    // Surefire runs the tests on the module path: the probe's JVM gets both, as one class path.
    String modules = System.getProperty("jdk.module.path", "");
    command.add(modules.isEmpty() ? System.getProperty("java.class.path")
        : modules + java.io.File.pathSeparator + System.getProperty("java.class.path"));
    command.add(SmallHeapProbe.class.getName());
    command.add(stream);
    command.add(mode);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the probe ends").isTrue();
    String text = new String(out, StandardCharsets.UTF_8).strip();
    assertThat(process.exitValue()).as(text).isZero();
    return text;
  }
}
