package io.github.ccbrelations.data.internal.json;

import io.github.ccbrelations.data.Violation;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;

/** A load that cannot go on, with the violations found so far (at least one), which the API throws as its own. */
public final class LoadFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial")
  private final List<Violation> violations;
  /**
   * When the load stopped at a field name over the length limit: the offset of the token before it, from which a
   * second walk finds where the name starts ({@link Places#placeLongName}); -1 otherwise.
   */
  final long longNameAfter;

  public LoadFailure(List<Violation> violations, Throwable cause) {
    this(violations, cause, -1);
  }

  LoadFailure(List<Violation> violations, Throwable cause, long longNameAfter) {
    super(violations.get(0).toString(), cause, false, false);
    this.violations = List.copyOf(violations);
    this.longNameAfter = longNameAfter;
  }

  /** Every violation found, the one that stopped the load last. */
  public List<Violation> violations() {
    return violations;
  }

  /** Whether the load stopped at a field name over the length limit, placed where the parser stopped in it. */
  public boolean stoppedInALongName() {
    return longNameAfter >= 0;
  }

  /** This failure, stopped in a field name over the length limit that follows the token at an offset. */
  LoadFailure inALongNameAfter(long offset) {
    return new LoadFailure(violations, getCause(), offset);
  }

  /** This failure with the violation that stopped the load, the last, at another line and column. */
  LoadFailure lastAt(int line, int column) {
    List<Violation> all = new ArrayList<>(violations);
    Violation v = all.remove(all.size() - 1);
    all.add(new Violation(v.code(), v.severity(), v.source(), line, column, v.jsonPath(), v.recordId(), v.message()));
    return new LoadFailure(all, getCause());
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
