package io.github.ccbrelations.data;

import static java.util.Objects.requireNonNull;

import io.github.ccbrelations.data.internal.Load;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.io.InputStream;
import java.nio.file.Path;

/** The checks of a file, a stream or bytes that {@link DatasetReader} and {@link Validator} both offer. */
abstract sealed class Checker permits DatasetReader, Validator {
  /** A load with this checker's limits, leniency and rule options. */
  abstract Load load();

  /**
   * Checks a dataset file without keeping it and reports every violation found rather than stopping at the first:
   * every record that cannot be bound, every unknown field, then every broken rule between records, errors and
   * warnings (see {@link Validator} for the rules). Only broken JSON, a passed limit or a schema version of another
   * major version ends the check early, as the last violation listed. A file that cannot be read gives one
   * {@link ViolationCode#UNREADABLE} error. Never throws.
   *
   * @return the report, which names the file and lists its violations in file order; {@link
   *     ValidationReport#isValid() valid} exactly when the matching reader would load the file
   */
  public ValidationReport validate(Path file) {
    return new ValidationReport(requireNonNull(file, "file").toString(), load().validate(file));
  }

  /**
   * Checks a dataset from a stream, which it reads to the end and does not close, as {@link #validate(Path)} does.
   * Its bytes are held, up to the size limit, so that each violation is placed at the value it names. An unchecked
   * exception of the stream other than an {@link java.io.UncheckedIOException} propagates unchanged, as for
   * {@link DatasetReader#read(InputStream, String)}.
   */
  public ValidationReport validate(InputStream in, String sourceName) {
    requireNonNull(in, "in");
    return new ValidationReport(requireNonNull(sourceName, "sourceName"), load().validate(in, sourceName));
  }

  /** Checks the UTF-8 JSON bytes of a dataset as {@link #validate(Path)} does. */
  public ValidationReport validate(byte[] bytes, String sourceName) {
    requireNonNull(bytes, "bytes");
    return new ValidationReport(requireNonNull(sourceName, "sourceName"), load().validate(bytes, sourceName));
  }
}
