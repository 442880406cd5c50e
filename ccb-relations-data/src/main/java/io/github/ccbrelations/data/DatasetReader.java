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
 * <p>Reading is strict: unknown fields, duplicate keys, trailing content, bad values and references that do not
 * resolve are errors. Either the whole dataset loads or a {@link DatasetLoadException} names every error found.
 *
 * <pre>{@code
 * Dataset mine = DatasetReader.standard().read(Path.of("my-relations.json"));
 * }</pre>
 */
public final class DatasetReader {
  /** The largest input read by default: far above any real dataset, far below what would exhaust a heap. */
  public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

  private static final DatasetReader STANDARD = new DatasetReader(DEFAULT_MAX_BYTES);

  private final long maxBytes;

  private DatasetReader(long maxBytes) {
    this.maxBytes = maxBytes;
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
    return new DatasetReader(maxBytes);
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
    List<Violation> errors = IntegrityRules.check(document).stream()
        .filter(v -> v.severity() == Severity.ERROR)
        .toList();
    if (!errors.isEmpty()) {
      throw new DatasetLoadException(errors, null);
    }
    return new Dataset(document, Sha256.hex(bytes));
  }

  /**
   * Checks a dataset file without keeping it, and lists every violation found rather than stopping at the first:
   * every record that cannot be bound, then every broken rule between records. Only a syntax error (the JSON
   * itself is broken) ends the check early, as the last violation listed.
   *
   * @param file the file
   * @return the violations in file order; empty when the file would load
   */
  public List<Violation> validate(Path file) {
    try {
      read(file);
      return List.of();
    } catch (DatasetLoadException e) {
      return e.violations();
    }
  }

  /**
   * Checks dataset bytes as {@link #validate(Path)} does.
   *
   * @param bytes the UTF-8 JSON bytes
   * @param sourceName the name to use in the violations
   * @return the violations in file order; empty when the bytes would load
   */
  public List<Violation> validate(byte[] bytes, String sourceName) {
    try {
      read(bytes, sourceName);
      return List.of();
    } catch (DatasetLoadException e) {
      return e.violations();
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
