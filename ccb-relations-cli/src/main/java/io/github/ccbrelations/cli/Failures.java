package io.github.ccbrelations.cli;

import io.github.ccbrelations.data.DatasetLoadException;
import io.github.ccbrelations.data.violation.SafeText;
import io.github.ccbrelations.data.violation.Severity;
import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a command that fails prints on standard error, and its exit status: a dataset that does not load lists every
 * violation (status 1, or 2 when the file cannot be read), an I/O error names the file (2), anything else is a bug
 * and prints its stack trace (3).
 */
final class Failures {
  private Failures() {}

  /**
   * Says what went wrong on standard error.
   *
   * @return the exit status
   */
  static int report(Exception e, PrintWriter err) {
    if (e instanceof IOException io) {
      err.println("ccb-relations: " + SafeText.escaped(describe(io)));
    } else if (e instanceof UncheckedIOException io) {
      err.println("ccb-relations: " + SafeText.escaped(describe(io.getCause())));
    } else if (e instanceof DatasetLoadException load) {
      err.println("ccb-relations: " + loadFailure(load));
    } else {
      err.println("ccb-relations: internal error, please report it:");
      e.printStackTrace(err);
    }
    err.flush();
    return exitStatus(e);
  }

  /**
   * An I/O failure in words: the JDK's file-system exceptions often carry only the path, their type saying what went
   * wrong with it.
   */
  static String describe(IOException e) {
    if (!(e instanceof FileSystemException f) || f.getFile() == null) {
      return "cannot read or write: " + e.getMessage();
    }
    String reason = f.getReason() != null ? f.getReason()
        : f instanceof NoSuchFileException ? "no such file or folder"
        : f instanceof AccessDeniedException ? "permission denied"
        : f instanceof NotDirectoryException ? "not a folder"
        : f instanceof FileAlreadyExistsException ? "already exists"
        : f.getClass().getSimpleName();
    return "cannot read or write " + f.getFile() + (f.getOtherFile() == null ? "" : " or " + f.getOtherFile())
        + ": " + reason;
  }

  /**
   * A dataset that does not load, as a command-line user reads it: every error, where the exception's message stops
   * at {@value DatasetLoadException#MAX_LISTED} and points a Java caller at {@code violations()}, with the command
   * line's advice ({@link LenientAdvice}). A lenient read's warnings are left out: they are not why it failed.
   */
  static String loadFailure(DatasetLoadException e) {
    List<Violation> errors = e.violations().stream().filter(v -> v.severity() == Severity.ERROR).toList();
    return switch (errors.size()) {
      case 0 -> e.getMessage();
      case 1 -> "cannot load dataset: " + LenientAdvice.line(errors.get(0));
      default -> "cannot load dataset, " + errors.size() + " errors:"
          + errors.stream().map(v -> "\n  " + LenientAdvice.line(v)).collect(Collectors.joining());
    };
  }

  private static int exitStatus(Throwable e) {
    if (e instanceof DatasetLoadException load) {
      return unreadable(load) ? ExitStatus.USAGE_OR_IO : ExitStatus.FAILED;
    }
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      return ExitStatus.USAGE_OR_IO;
    }
    return ExitStatus.INTERNAL;
  }

  /** Whether a load failed because the file could not be read at all (a missing file), not because of its content. */
  private static boolean unreadable(DatasetLoadException e) {
    return e.violations().stream().map(Violation::code).allMatch(ViolationCode.UNREADABLE::equals);
  }
}
