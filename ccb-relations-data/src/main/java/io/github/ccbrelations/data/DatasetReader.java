package io.github.ccbrelations.data;

import static java.util.Objects.requireNonNull;

import io.github.ccbrelations.data.internal.Load;
import io.github.ccbrelations.data.internal.index.Records;
import io.github.ccbrelations.data.internal.json.LoadFailure;
import io.github.ccbrelations.data.violation.Severity;
import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads a dataset file in the ccb-relations JSON format from a path, a stream or bytes, checks it whole, and
 * returns an indexed {@link Dataset}.
 *
 * <p><b>Strict and lenient reading.</b> The {@link #standard() standard} reader is strict: unknown fields (code
 * {@link ViolationCode#UNKNOWN_FIELD}), duplicate keys, trailing content, bad values, references that do not resolve
 * and the other rules listed in {@link Validator} are errors. A file of a newer <em>minor</em> schema version loads
 * when it has no field this library does not know; when it has one, the error says so and that {@link #lenient()}
 * would read it. The {@link #lenient() lenient} reader, for forward compatibility within schema major version 1,
 * reports unknown fields (anywhere: top level, header, records and their parts) as {@link Severity#WARNING warnings}
 * with their place, ignores them and loads the rest; every other rule stays an error. Both refuse a file of another
 * major version with a message that names both versions.
 *
 * <p><b>All or nothing.</b> Either the whole dataset loads or a {@link DatasetLoadException} names every error
 * found; warnings do not fail a load. A {@code read} given a consumer of warnings passes it those of a load that
 * succeeds, such as the fields a lenient read ignored. {@code validate(...)} applies the same rules and returns a
 * {@link ValidationReport} of every error and warning instead of throwing.
 *
 * <p><b>Hostile input.</b> Input is read once, as a stream, within {@link Limits} (size, nesting depth, string
 * length, record count); passing one is a {@link ViolationCode#LIMIT_EXCEEDED} error that names the limit and how
 * to raise it. Input must be UTF-8 (a UTF-8 byte-order mark is accepted and skipped; invalid UTF-8, UTF-16 and
 * UTF-32 are {@link ViolationCode#ENCODING} errors with their place). For any bytes, {@code read} returns a dataset
 * or throws a {@link DatasetLoadException}, and {@code validate} returns a report. Nothing in the data names a Java
 * class, and no URL in the data is ever opened.
 *
 * <pre>{@code
 * Dataset mine = DatasetReader.standard().read(Path.of("my-relations.json"));
 * }</pre>
 *
 * <p>A load runs on the calling thread alone, in one line of steps: limits, digest, parse and bind, rules, indexes.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class DatasetReader extends Checker {
  private static final DatasetReader STANDARD = new DatasetReader(Limits.defaults(), Validator.standard(), false);
  private static final DatasetReader LENIENT = new DatasetReader(Limits.defaults(), Validator.standard(), true);

  private final Limits limits;
  private final Validator validator;
  private final boolean lenient;

  private DatasetReader(Limits limits, Validator validator, boolean lenient) {
    this.limits = limits;
    this.validator = validator;
    this.lenient = lenient;
  }

  /** The strict reader with the default limits and rules: unknown fields are errors. */
  public static DatasetReader standard() {
    return STANDARD;
  }

  /**
   * The lenient reader with the default limits and rules: unknown fields are warnings, and ignored (see above).
   *
   * <pre>{@code
   * Dataset newer = DatasetReader.lenient().read(Path.of("relations-1.5.json"));
   * // The same, printing each field it ignored with its place
   * Dataset same = DatasetReader.lenient().read(Path.of("relations-1.5.json"), System.err::println);
   * }</pre>
   */
  public static DatasetReader lenient() {
    return LENIENT;
  }

  /** Whether this reader ignores unknown fields with a warning rather than failing: true for {@link #lenient()}. */
  public boolean isLenient() {
    return lenient;
  }

  /** The limits this reader applies. */
  public Limits limits() {
    return limits;
  }

  /**
   * A reader with other limits, and the same leniency and rules.
   *
   * <pre>{@code
   * DatasetReader big = DatasetReader.standard().withLimits(Limits.defaults().withMaxDocumentBytes(1L << 30));
   * }</pre>
   */
  public DatasetReader withLimits(Limits limits) {
    return new DatasetReader(requireNonNull(limits, "limits"), validator, lenient);
  }

  /**
   * A reader with the same limits and leniency that applies the options of the given validator, such as languages
   * every body must be named in, so that a file that breaks them fails to load.
   */
  public DatasetReader withValidator(Validator validator) {
    return new DatasetReader(limits, requireNonNull(validator, "validator"), lenient);
  }

  /**
   * Reads a dataset file, streaming it: a regular file is never held whole in memory. A named pipe or a device (a
   * shell's {@code <(...)}) cannot be read twice, so its bytes are held, up to the size limit, for the places of its
   * violations.
   *
   * @throws DatasetLoadException if the file cannot be read, passes a limit or is not a valid dataset; it names the
   *     file
   */
  public Dataset read(Path file) {
    requireNonNull(file, "file");
    return dataset(() -> load().read(file, null));
  }

  /**
   * Reads a dataset from a stream, which it does not close; {@code sourceName}, such as a file name, names it in
   * errors and in {@link DatasetInfo#sourceName()}. The stream is read once, so the places a file's or bytes' errors
   * get from a second walk of the input are not found: an error of the rules between records other than a dangling
   * reference (a date out of order, a shared acronym, say) is placed at its record's opening brace rather than at the
   * value it names; a citation of a section or paragraph its source lacks, at the citation; an entry of a list that
   * its record's own check refuses (an instrument that repeals itself), or a field a citation {@code supports} that
   * its object does not give, at the list; and a field name over the length
   * limit, where the parser passed the limit in it rather than at its start. A column counts the bytes of UTF-8 before
   * the value, as the parser does, not its characters (more on a line with letters beyond ASCII before the value).
   * The paths are the same, but for a role that cites no source and has no {@code sources} field, which keeps that
   * field's path rather than its own. (The rules judge records once all are read; keeping every value's place until
   * then would cost every load, valid or not, memory for each record, or the whole stream held. A file and bytes are
   * walked again only when they have an error.)
   *
   * <p>A read that fails with an {@link java.io.IOException}, or with an {@link java.io.UncheckedIOException}, is an
   * {@link ViolationCode#UNREADABLE} error. Any other unchecked exception the stream throws is a bug of its own, not
   * bad data: it propagates unchanged, as Jackson lets it, with the stream left open and nothing of the load kept.
   *
   * @throws DatasetLoadException if the stream cannot be read, passes a limit or is not a valid dataset
   */
  public Dataset read(InputStream in, String sourceName) {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    return dataset(() -> load().read(in, sourceName, null));
  }

  /** Reads the bundled file, from the {@code compact} form the build made of its bytes when there is one. */
  Dataset readBundled(URL resource, String sourceName, @Nullable URL compact) {
    // Not through dataset(Supplier): bundled() reads this way, and a lambda is a class spun at a cold start (#19).
    try {
      return new Dataset(load().readBundled(resource, sourceName, compact));
    } catch (LoadFailure e) {
      throw new DatasetLoadException(e.violations(), e.getCause());
    }
  }

  /**
   * Reads a dataset from its UTF-8 JSON bytes, as {@link #read(InputStream, String)} does.
   *
   * @throws DatasetLoadException if the bytes pass a limit or are not a valid dataset
   */
  public Dataset read(byte[] bytes, String sourceName) {
    requireNonNull(bytes, "bytes");
    requireNonNull(sourceName, "sourceName");
    return dataset(() -> load().read(bytes, sourceName, null));
  }

  /**
   * Reads a dataset file as {@link #read(Path)} does, and passes {@code warnings} each warning of the read: the fields
   * a {@link #lenient()} read ignored ({@link ViolationCode#UNKNOWN_FIELD}) and the warnings of the rules (such as
   * {@link ViolationCode#MISSING_SUCCESSOR}), placed and in the order that {@link #validate(Path)} lists them. The file
   * is read once, where {@code read} and then {@code validate} would read it twice. The warnings are passed once the
   * dataset has loaded, before it is returned; a read that fails passes none (its exception lists the errors).
   *
   * <pre>{@code
   * List<Violation> ignored = new ArrayList<>();
   * Dataset newer = DatasetReader.lenient().read(Path.of("relations-1.5.json"), ignored::add);
   * }</pre>
   *
   * @param warnings passed each warning, never null; not called when there is none
   * @throws DatasetLoadException as {@link #read(Path)} does
   */
  public Dataset read(Path file, Consumer<? super Violation> warnings) {
    requireNonNull(file, "file");
    requireNonNull(warnings, "warnings");
    return dataset(found -> load().read(file, found), warnings);
  }

  /**
   * Reads a dataset from a stream as {@link #read(InputStream, String)} does, and passes {@code warnings} each warning
   * of the read as {@link #read(Path, Consumer)} does. Since a stream is read once, the rules' warnings have the places
   * that {@link #read(InputStream, String)} describes; an ignored field is placed at its name, as in a file.
   *
   * @throws DatasetLoadException as {@link #read(InputStream, String)} does
   */
  public Dataset read(InputStream in, String sourceName, Consumer<? super Violation> warnings) {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    requireNonNull(warnings, "warnings");
    return dataset(found -> load().read(in, sourceName, found), warnings);
  }

  /**
   * Reads a dataset from its UTF-8 JSON bytes, and passes {@code warnings} each warning of the read, as
   * {@link #read(Path, Consumer)} does.
   *
   * @throws DatasetLoadException as {@link #read(byte[], String)} does
   */
  public Dataset read(byte[] bytes, String sourceName, Consumer<? super Violation> warnings) {
    requireNonNull(bytes, "bytes");
    requireNonNull(sourceName, "sourceName");
    requireNonNull(warnings, "warnings");
    return dataset(found -> load().read(bytes, sourceName, found), warnings);
  }

  @Override
  Load load() {
    return new Load(limits.read(), lenient, validator.options());
  }

  /** A read that collects its warnings, passed to {@code warnings} once the dataset is made. */
  private static Dataset dataset(Function<List<Violation>, Records> read, Consumer<? super Violation> warnings) {
    List<Violation> found = new ArrayList<>();
    Dataset dataset = dataset(() -> read.apply(found));
    found.forEach(warnings);
    return dataset;
  }

  private static Dataset dataset(Supplier<Records> records) {
    try {
      return new Dataset(records.get());
    } catch (LoadFailure e) {
      throw new DatasetLoadException(e.violations(), e.getCause());
    }
  }

  @Override
  public String toString() {
    return "DatasetReader[" + (lenient ? "lenient" : "strict") + ", " + limits + ", " + validator + "]";
  }
}
