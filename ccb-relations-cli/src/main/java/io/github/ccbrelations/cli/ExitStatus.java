package io.github.ccbrelations.cli;

/** The exit statuses of every command, as {@code ccb-relations --help} lists them. */
final class ExitStatus {
  /** Success; for validate, every file is valid. */
  static final int OK = 0;
  /** Violations, a dataset that does not load, or nothing found. */
  static final int FAILED = 1;
  /** A usage error, or a file that cannot be read or written. */
  static final int USAGE_OR_IO = 2;
  /** A bug. */
  static final int INTERNAL = 3;

  private ExitStatus() {}
}
