package io.github.ccbrelations.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ccbrelations.data.DatasetLoadException;
import io.github.ccbrelations.data.DatasetReader;
import io.github.ccbrelations.data.violation.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

/** I/O failures are said in words, with the file, not as the JDK's exception names. */
class FailuresTest {
  @Test
  void aFileSystemFailureNamesItsFileAndWhatWentWrong() {
    assertThat(Failures.describe(new NoSuchFileException("/proc/nope")))
        .isEqualTo("cannot read or write /proc/nope: no such file or folder");
    assertThat(Failures.describe(new AccessDeniedException("out/roles.csv")))
        .isEqualTo("cannot read or write out/roles.csv: permission denied");
    assertThat(Failures.describe(new NotDirectoryException("valid.json")))
        .isEqualTo("cannot read or write valid.json: not a folder");
    assertThat(Failures.describe(new FileSystemException("a.json", "b.json", "Read-only file system")))
        .isEqualTo("cannot read or write a.json or b.json: Read-only file system");
    assertThat(Failures.describe(new IOException("Stream closed"))).isEqualTo("cannot read or write: Stream closed");
  }

  @Test
  void aDatasetThatDoesNotLoadListsEveryErrorAndNoJavaMethod() throws IOException {
    DatasetLoadException e = loadFailure("\"source\": \"ccb-international-relations-fr\"", "\"source\": \"nowhere\"");
    long errors = e.violations().stream().filter(v -> v.severity() == Severity.ERROR).count();
    StringWriter err = new StringWriter();

    int status = Failures.report(e, new PrintWriter(err));

    assertThat(errors).isGreaterThan(DatasetLoadException.MAX_LISTED);
    assertThat(status).isEqualTo(ExitStatus.FAILED);
    assertThat(err.toString().lines()).hasSize(1 + (int) errors).first()
        .isEqualTo("ccb-relations: cannot load dataset, " + errors + " errors:");
    assertThat(err.toString()).doesNotContain("violations()", "... and");
  }

  @Test
  void aDatasetWithOneErrorSaysItOnOneLine() throws IOException {
    DatasetLoadException e = loadFailure("\"level\": \"LUNAR\"", "\"level\": \"OPERATIONAL\"",
        "\"holder\": \"nobody\"", "\"holder\": \"ncca-be\"");

    assertThat(Failures.loadFailure(e)).isEqualTo("cannot load dataset: " + e.first());
  }

  /**
   * How the test copy of the bundled dataset with three errors fails to load once edited, each text given replaced by
   * the one after it.
   */
  private static DatasetLoadException loadFailure(String... edits) throws IOException {
    String text;
    try (InputStream in = FailuresTest.class.getResourceAsStream("broken-relations.json")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (int i = 0; i < edits.length; i += 2) {
      text = text.replace(edits[i], edits[i + 1]);
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return catchThrowableOfType(DatasetLoadException.class,
        () -> DatasetReader.standard().read(bytes, "broken-relations.json"));
  }

  @Test
  void anUncheckedFailureIsSaidAsItsCauseWithTheUsageStatus() {
    StringWriter err = new StringWriter();
    int status = Failures.report(new UncheckedIOException(new NoSuchFileException("x.json")), new PrintWriter(err));

    assertThat(err.toString()).isEqualTo("ccb-relations: cannot read or write x.json: no such file or folder\n");
    assertThat(status).isEqualTo(ExitStatus.USAGE_OR_IO);
  }
}
