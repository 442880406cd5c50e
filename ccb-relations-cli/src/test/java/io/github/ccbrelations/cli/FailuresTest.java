package io.github.ccbrelations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
  void anUncheckedFailureIsSaidAsItsCauseWithTheUsageStatus() {
    StringWriter err = new StringWriter();
    int status = Failures.report(new UncheckedIOException(new NoSuchFileException("x.json")), new PrintWriter(err));

    assertThat(err.toString()).isEqualTo("ccb-relations: cannot read or write x.json: no such file or folder\n");
    assertThat(status).isEqualTo(ExitStatus.USAGE_OR_IO);
  }
}
