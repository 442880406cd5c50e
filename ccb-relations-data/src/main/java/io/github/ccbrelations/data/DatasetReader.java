package io.github.ccbrelations.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads a dataset file in the ccb-relations JSON format from a path, a stream or bytes, checks it whole, and
 * returns an indexed {@link Dataset}.
 *
 * <p>Reading is strict: unknown fields, duplicate keys, trailing content, bad values, references that do not
 * resolve and the other rules listed in {@link Validator} are errors. Either the whole dataset loads or a
 * {@link DatasetLoadException} names every error found; warnings do not fail a load. {@code validate(...)} applies
 * the same rules and returns a {@link ValidationReport} of every error and warning instead of throwing.
 *
 * <pre>{@code
 * Dataset mine = DatasetReader.standard().read(Path.of("my-relations.json"));
 * }</pre>
 */
public final class DatasetReader {
  /** The largest input read by default: far above any real dataset, far below what would exhaust a heap. */
  public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

  private static final DatasetReader STANDARD = new DatasetReader(DEFAULT_MAX_BYTES, Validator.standard());

  private final long maxBytes;
  private final Validator validator;

  private DatasetReader(long maxBytes, Validator validator) {
    this.maxBytes = maxBytes;
    this.validator = validator;
  }

  /**
   * The reader with the default settings.
   *
   * @return the reader; never null
   */
  public static DatasetReader standard() {
    return STANDARD;
  }

  /**
   * A reader that accepts inputs up to the given size.
   *
   * @param maxBytes the largest input in bytes, at least 1
   * @return a new reader; never null
   * @throws IllegalArgumentException if maxBytes is below 1
   */
  public DatasetReader withMaxBytes(long maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be at least 1: " + maxBytes);
    }
    return new DatasetReader(maxBytes, validator);
  }

  /**
   * A reader that applies the options of the given validator, such as languages every body must be named in, so
   * that a file that breaks them fails to load.
   *
   * @param validator the validator whose options apply
   * @return a new reader with the same size limit; never null
   */
  public DatasetReader withValidator(Validator validator) {
    return new DatasetReader(maxBytes, java.util.Objects.requireNonNull(validator, "validator"));
  }

  /**
   * Reads a dataset file.
   *
   * @param file the file
   * @return the dataset; never null
   * @throws DatasetLoadException if the file cannot be read or is not a valid dataset; it names the file
   */
  public Dataset read(Path file) {
    String name = file.toString();
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw tooLarge(name, size);
      }
      try (InputStream in = Files.newInputStream(file)) {
        return read(in, name);
      }
    } catch (IOException e) {
      throw unreadable(name, e);
    }
  }

  /**
   * Reads a dataset from a stream, which it does not close.
   *
   * @param in the stream
   * @param sourceName the name to use in errors and in {@link DatasetInfo#sourceName()}, such as a file name
   * @return the dataset; never null
   * @throws DatasetLoadException if the stream cannot be read or is not a valid dataset
   */
  public Dataset read(InputStream in, String sourceName) {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException e) {
      throw unreadable(sourceName, e);
    }
    if (bytes.length > maxBytes) {
      throw tooLarge(sourceName, bytes.length);
    }
    return read(bytes, sourceName);
  }

  /**
   * Reads a dataset from its bytes.
   *
   * @param bytes the UTF-8 JSON bytes
   * @param sourceName the name to use in errors and in {@link DatasetInfo#sourceName()}
   * @return the dataset; never null
   * @throws DatasetLoadException if the bytes are not a valid dataset
   */
  public Dataset read(byte[] bytes, String sourceName) {
    if (bytes.length > maxBytes) {
      throw tooLarge(sourceName, bytes.length);
    }
    ParsedDocument document = DocumentParser.parse(bytes, sourceName);
    List<Violation> errors = IntegrityRules.check(document, validator).stream()
        .filter(v -> v.severity() == Severity.ERROR)
        .toList();
    if (!errors.isEmpty()) {
      throw new DatasetLoadException(errors, null);
    }
    return new Dataset(document, Sha256.hex(bytes));
  }

  /**
   * Checks a dataset file without keeping it, by the same rules as {@link #read(Path)}, and reports every
   * violation found rather than stopping at the first: every record that cannot be bound, then every broken rule
   * between records, errors and warnings (see {@link Validator} for the rules). Only broken JSON or a schema
   * version of another major version ends the check early, as the last violation listed.
   *
   * @param file the file
   * @return the report, whose violations are in file order; {@link ValidationReport#isValid() valid} exactly when
   *     {@link #read(Path)} would load the file; never null
   */
  public ValidationReport validate(Path file) {
    String name = file.toString();
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        return new ValidationReport(name, tooLarge(name, size).violations());
      }
      try (InputStream in = Files.newInputStream(file)) {
        return validate(in, name);
      }
    } catch (IOException e) {
      return new ValidationReport(name, unreadable(name, e).violations());
    }
  }

  /**
   * Checks a dataset from a stream, which it does not close, as {@link #validate(Path)} does.
   *
   * @param in the stream
   * @param sourceName the name to use in the violations
   * @return the report; never null
   */
  public ValidationReport validate(InputStream in, String sourceName) {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException e) {
      return new ValidationReport(sourceName, unreadable(sourceName, e).violations());
    }
    return validate(bytes, sourceName);
  }

  /**
   * Checks dataset bytes as {@link #validate(Path)} does.
   *
   * @param bytes the UTF-8 JSON bytes
   * @param sourceName the name to use in the violations
   * @return the report; never null
   */
  public ValidationReport validate(byte[] bytes, String sourceName) {
    if (bytes.length > maxBytes) {
      return new ValidationReport(sourceName, tooLarge(sourceName, bytes.length).violations());
    }
    try {
      return new ValidationReport(sourceName, IntegrityRules.check(DocumentParser.parse(bytes, sourceName), validator));
    } catch (DatasetLoadException e) {
      return new ValidationReport(sourceName, e.violations());
    }
  }

  private DatasetLoadException tooLarge(String name, long size) {
    return new DatasetLoadException(
        List.of(new Violation(
            ViolationCode.UNREADABLE,
            Severity.ERROR,
            name,
            0,
            0,
            "$",
            Optional.empty(),
            "the input has " + size + " bytes, more than the limit of " + maxBytes
                + " (raise it with DatasetReader.withMaxBytes)")),
        null);
  }

  private static DatasetLoadException unreadable(String name, IOException e) {
    return new DatasetLoadException(
        List.of(new Violation(
            ViolationCode.UNREADABLE, Severity.ERROR, name, 0, 0, "$", Optional.empty(), "cannot read: " + e)),
        e);
  }
}
