package io.github.ccbrelations.cli;

/** A failure a command reports in words on standard error, with its exit status, and no stack trace. */
final class CliFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  CliFailure(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }
}
