package io.github.ccbrelations.data.internal.json;

import io.github.ccbrelations.data.Violation;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;

/** A load that cannot go on, with the violations found so far (at least one), which the API throws as its own. */
public final class LoadFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial")
  private final List<Violation> violations;

  public LoadFailure(List<Violation> violations, Throwable cause) {
    super(violations.get(0).toString(), cause, false, false);
    this.violations = List.copyOf(violations);
  }

  /** Every violation found, the one that stopped the load last. */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Why a file could not be read, in words a user reads without knowing Java's exception types: "cannot read: no
   * such file", not "cannot read: java.nio.file.NoSuchFileException: /path" (the path is already in the violation).
   */
  public static String cannotRead(IOException e) {
    String reason;
    if (e instanceof NoSuchFileException) {
      reason = "no such file";
    } else if (e instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (e instanceof FileSystemException f && f.getReason() != null) {
      reason = f.getReason();
    } else {
      reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    return "cannot read: " + reason;
  }
}
