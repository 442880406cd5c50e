package io.github.ccbrelations.data;

import io.github.ccbrelations.data.internal.json.JacksonFloor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.jspecify.annotations.Nullable;

/**
 * Reads a dataset file in the ccb-relations JSON format from a path, a stream or bytes, checks it whole, and
 * returns an indexed {@link Dataset}.
 *
 * <p><b>Strict and lenient reading.</b> The {@link #standard() standard} reader is strict: unknown fields (code
 * {@link ViolationCode#UNKNOWN_FIELD}), duplicate keys, trailing content, bad values, references that do not resolve
 * and the other rules listed in {@link Validator} are errors. A file of a newer <em>minor</em> schema version than
 * this library knows ({@code 1.1.0}) loads when it has no field this library does not know; when it has one, the
 * error says so and that {@link #lenient()} would read it. The {@link #lenient() lenient} reader, for forward
 * compatibility within schema major version 1, reports unknown fields (anywhere: top level, header, records and their
 * parts) as {@link Severity#WARNING warnings} with their place, ignores them and loads the rest; every other rule
 * stays an error. Both refuse a file of another major version with a message that names both versions.
 *
 * <p><b>All or nothing.</b> Either the whole dataset loads or a {@link DatasetLoadException} names every error
 * found; warnings do not fail a load. {@code validate(...)} applies the same rules and returns a
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
 * <p><b>Threads.</b> A large input is parsed on the calling thread while a second thread, taken from an executor,
 * digests it, checks the rules between records and builds indexes as each part is read: by default the common
 * {@link ForkJoinPool}, when the JVM has more than one processor. The result is the same as on one thread; see
 * {@link #withExecutor} and {@link #withoutExecutor()}.
 *
 * <p><b>Jackson.</b> Reading needs jackson-core 2.16.0 or a later 2.x. With an older one on the path, every
 * {@code read} and {@code validate} throws an {@link IllegalStateException} that names both versions, before any
 * parsing. A null argument is refused with a {@link NullPointerException} that names it.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class DatasetReader {
  /** The largest input read by default: far above any real dataset, far below what would exhaust a heap. */
  public static final long DEFAULT_MAX_BYTES = Limits.DEFAULT_MAX_DOCUMENT_BYTES;

  /**
   * Inputs known to be smaller (a file or bytes) are read on the calling thread alone, whatever the executor: handing
   * work to a second thread costs more than it saves on them.
   */
  public static final long SECOND_THREAD_MIN_BYTES = 256 * 1024;

  /** The executor of the standard readers: the common pool, used when the JVM has more than one processor. */
  private static final Executor AUTOMATIC = ForkJoinPool.commonPool();

  private static final DatasetReader STANDARD =
      new DatasetReader(Limits.defaults(), Validator.standard(), false, AUTOMATIC);
  private static final DatasetReader LENIENT =
      new DatasetReader(Limits.defaults(), Validator.standard(), true, AUTOMATIC);

  private final Limits limits;
  private final Validator validator;
  private final boolean lenient;
  private final @Nullable Executor executor;

  private DatasetReader(Limits limits, Validator validator, boolean lenient, @Nullable Executor executor) {
    this.limits = limits;
    this.validator = validator;
    this.lenient = lenient;
    this.executor = executor;
  }

  /**
   * The strict reader with the default limits and rules: unknown fields are errors.
   *
   * @return the reader; never null
   */
  public static DatasetReader standard() {
    return STANDARD;
  }

  /**
   * The lenient reader with the default limits and rules: an unknown field is a {@link Severity#WARNING} of code
   * {@link ViolationCode#UNKNOWN_FIELD}, and is ignored; everything else is as strict as {@link #standard()}. For
   * files of a newer minor schema version within major version 1.
   *
   * <pre>{@code
   * Dataset newer = DatasetReader.lenient().read(Path.of("relations-1.5.json"));
   * ValidationReport report = DatasetReader.lenient().validate(Path.of("relations-1.5.json"));
   * report.warnings().forEach(System.err::println);   // the fields that were ignored, with their places
   * }</pre>
   *
   * @return the reader; never null
   */
  public static DatasetReader lenient() {
    return LENIENT;
  }

  /**
   * Whether this reader ignores unknown fields with a warning rather than failing.
   *
   * @return true for {@link #lenient()} and the readers made from it
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * The limits this reader applies.
   *
   * @return the limits; never null
   */
  public Limits limits() {
    return limits;
  }

  /**
   * A reader with other limits, and the same leniency and rules.
   *
   * @param limits the limits
   * @return a new reader; never null
   * @throws NullPointerException if limits is null
   */
  public DatasetReader withLimits(Limits limits) {
    return new DatasetReader(Objects.requireNonNull(limits, "limits"), validator, lenient, executor);
  }

  /**
   * A reader that accepts inputs up to the given size: a shorthand for
   * {@code withLimits(limits().withMaxDocumentBytes(maxBytes))}.
   *
   * @param maxBytes the largest input in bytes, at least 1
   * @return a new reader; never null
   * @throws IllegalArgumentException if maxBytes is below 1
   */
  public DatasetReader withMaxBytes(long maxBytes) {
    return withLimits(limits.withMaxDocumentBytes(maxBytes));
  }

  /**
   * A reader that applies the options of the given validator, such as languages every body must be named in, so
   * that a file that breaks them fails to load.
   *
   * @param validator the validator whose options apply
   * @return a new reader with the same limits and leniency; never null
   */
  public DatasetReader withValidator(Validator validator) {
    return new DatasetReader(limits, Objects.requireNonNull(validator, "validator"), lenient, executor);
  }

  /**
   * A reader whose loads take their second thread from the given executor. A load parses on the calling thread and
   * hands the rest (the SHA-256 of the bytes, the rules between records, the body indexes) to one task on the
   * executor as each part of the file is read; on a machine with a core to spare a file of 100,000 records loads in
   * about two thirds of the time (see BENCHMARKS.md). The dataset, the violations and their order are the same as
   * on one thread.
   *
   * <p>The standard and lenient readers use {@link ForkJoinPool#commonPool()} when the JVM has more than one
   * processor, as {@code CompletableFuture} and many libraries do; {@link #withoutExecutor()} keeps every load on
   * the calling thread. Inputs known to be smaller than {@link #SECOND_THREAD_MIN_BYTES} (a file or bytes; the size
   * of a stream is not known) are read on the calling thread alone.
   *
   * <p>A load submits at most one task at a time and never waits for the executor to start it: when the parse is
   * over and the task has not started, the calling thread does what is left itself. So a busy executor, a pool whose
   * threads are all taken (even by the caller), one that rejects tasks or one that runs them in the calling thread
   * makes a load at worst as slow as on one thread; it never stalls it. An error thrown on the executor's thread is
   * thrown again by the load. The reader never shuts the executor down.
   *
   * <pre>{@code
   * ExecutorService loaders = Executors.newFixedThreadPool(2);
   * Dataset large = DatasetReader.standard().withExecutor(loaders).withMaxBytes(1L << 30)
   *     .read(Path.of("relations-1m.json"));
   * }</pre>
   *
   * @param executor the executor for the second thread
   * @return a new reader with the same limits, leniency and rules; never null
   * @throws NullPointerException if executor is null
   */
  public DatasetReader withExecutor(Executor executor) {
    return new DatasetReader(limits, validator, lenient, Objects.requireNonNull(executor, "executor"));
  }

  /**
   * A reader whose loads run on the calling thread alone, starting and using no other thread.
   *
   * @return a new reader with the same limits, leniency and rules and no executor; never null
   */
  public DatasetReader withoutExecutor() {
    return new DatasetReader(limits, validator, lenient, null);
  }

  /**
   * The executor this reader's loads take a second thread from, if any: the common pool for the standard and lenient
   * readers (used only when the JVM has more than one processor), the one given to {@link #withExecutor}, or empty
   * after {@link #withoutExecutor()}.
   *
   * @return the executor, or empty
   */
  public Optional<Executor> executor() {
    return Optional.ofNullable(executor);
  }

  /**
   * The executor for one load, or null for the calling thread alone.
   *
   * @param size the size of the input in bytes, or -1 when it is not known
   */
  private @Nullable Executor executorFor(long size) {
    if (executor == null || (size >= 0 && size < SECOND_THREAD_MIN_BYTES)) {
      return null;
    }
    if (executor == AUTOMATIC && Runtime.getRuntime().availableProcessors() < 2) {
      return null;
    }
    return executor;
  }

  /**
   * Reads a dataset file, streaming it: the file is never held whole in memory.
   *
   * @param file the file
   * @return the dataset; never null
   * @throws DatasetLoadException if the file cannot be read, passes a limit or is not a valid dataset; it names the
   *     file
   */
  public Dataset read(Path file) {
    Objects.requireNonNull(file, "file");
    JacksonFloor.check();
    String name = file.toString();
    try {
      long size = Files.size(file);
      if (size > limits.maxDocumentBytes()) {
        throw tooLarge(name);
      }
      try (InputStream in = Files.newInputStream(file)) {
        return read(in, name, size);
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
   * @throws DatasetLoadException if the stream cannot be read, passes a limit or is not a valid dataset
   */
  public Dataset read(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    JacksonFloor.check();
    return read(in, sourceName, -1);
  }

  private Dataset read(InputStream in, String sourceName, long size) {
    MessageDigest digest = sha256();
    IntegrityRules rules = new IntegrityRules(sourceName, validator);
    Executor second = executorFor(size);
    if (second == null) {
      // The rules run on each part of the file as the parser completes it.
      InputStream limited = new LimitedInputStream(in, limits.maxDocumentBytes());
      ParsedDocument document = parse(new DigestInputStream(limited, digest), sourceName, rules);
      IntegrityRules.Checked checked = rules.end(document);
      throwErrors(checked);
      return new Dataset(document, HexFormat.of().formatHex(digest.digest()), checked,
          new Records.BodyIndexes(document.bodies), new Records.InstrumentIndexes(document.instruments));
    }
    AsyncLoad async = new AsyncLoad(rules, second, digest);
    ParsedDocument document;
    try {
      document = parse(async.digesting(new LimitedInputStream(in, limits.maxDocumentBytes())), sourceName, async);
    } catch (RuntimeException | Error e) {
      async.cancel();
      throw e;
    }
    async.end(document);
    // Built while the rules finish on the other thread; dropped if they find an error.
    Records.InstrumentIndexes instrumentIndexes = new Records.InstrumentIndexes(document.instruments);
    AsyncLoad.Outcome outcome = async.result();
    throwErrors(outcome.checked());
    // A digest was given, so the outcome has one.
    return new Dataset(document, HexFormat.of().formatHex(Objects.requireNonNull(outcome.sha256())), outcome.checked(),
        outcome.bodies() == null ? new Records.BodyIndexes(document.bodies) : outcome.bodies(),
        instrumentIndexes);
  }

  private static void throwErrors(IntegrityRules.Checked checked) {
    List<Violation> errors = checked.violations().stream()
        .filter(v -> v.severity() == Severity.ERROR)
        .toList();
    if (!errors.isEmpty()) {
      throw new DatasetLoadException(errors, null);
    }
  }

  /**
   * Reads a dataset from its bytes.
   *
   * @param bytes the UTF-8 JSON bytes
   * @param sourceName the name to use in errors and in {@link DatasetInfo#sourceName()}
   * @return the dataset; never null
   * @throws DatasetLoadException if the bytes pass a limit or are not a valid dataset
   */
  public Dataset read(byte[] bytes, String sourceName) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(sourceName, "sourceName");
    JacksonFloor.check();
    if (bytes.length > limits.maxDocumentBytes()) {
      throw tooLarge(sourceName);
    }
    return read(new java.io.ByteArrayInputStream(bytes), sourceName, bytes.length);
  }

  /**
   * Checks a dataset file without keeping it, by the same rules as {@link #read(Path)}, and reports every
   * violation found rather than stopping at the first: every record that cannot be bound, every unknown field, then
   * every broken rule between records, errors and warnings (see {@link Validator} for the rules). Only broken JSON,
   * a passed limit or a schema version of another major version ends the check early, as the last violation listed.
   *
   * @param file the file
   * @return the report, whose violations are in file order; {@link ValidationReport#isValid() valid} exactly when
   *     {@link #read(Path)} would load the file; never null
   */
  public ValidationReport validate(Path file) {
    Objects.requireNonNull(file, "file");
    JacksonFloor.check();
    String name = file.toString();
    try {
      long size = Files.size(file);
      if (size > limits.maxDocumentBytes()) {
        return new ValidationReport(name, tooLarge(name).violations());
      }
      try (InputStream in = Files.newInputStream(file)) {
        return validate(in, name, size);
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
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    JacksonFloor.check();
    return validate(in, sourceName, -1);
  }

  private ValidationReport validate(InputStream in, String sourceName, long size) {
    Executor second = executorFor(size);
    IntegrityRules rules = new IntegrityRules(sourceName, validator);
    InputStream limited = new LimitedInputStream(in, limits.maxDocumentBytes());
    if (second == null) {
      try {
        return new ValidationReport(sourceName, rules.end(parse(limited, sourceName, rules)).violations());
      } catch (DatasetLoadException e) {
        return new ValidationReport(sourceName, e.violations());
      }
    }
    AsyncLoad async = new AsyncLoad(rules, second, null);
    try {
      async.end(parse(limited, sourceName, async));
    } catch (DatasetLoadException e) {
      async.cancel();
      return new ValidationReport(sourceName, e.violations());
    } catch (RuntimeException | Error e) {
      async.cancel();
      throw e;
    }
    return new ValidationReport(sourceName, async.result().checked().violations());
  }

  /**
   * Checks dataset bytes as {@link #validate(Path)} does.
   *
   * @param bytes the UTF-8 JSON bytes
   * @param sourceName the name to use in the violations
   * @return the report; never null
   */
  public ValidationReport validate(byte[] bytes, String sourceName) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(sourceName, "sourceName");
    JacksonFloor.check();
    if (bytes.length > limits.maxDocumentBytes()) {
      return new ValidationReport(sourceName, tooLarge(sourceName).violations());
    }
    return validate(new java.io.ByteArrayInputStream(bytes), sourceName, bytes.length);
  }

  /** Parses an input already limited in size, giving each top-level part to the rules as it is read. */
  private ParsedDocument parse(InputStream limited, String sourceName, DocumentParser.Parts rules) {
    return DocumentParser.parse(limited, sourceName, limits, lenient, rules);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform is required to provide SHA-256.
      throw new IllegalStateException(e);
    }
  }

  private DatasetLoadException tooLarge(String name) {
    return new DatasetLoadException(
        List.of(new Violation(
            ViolationCode.LIMIT_EXCEEDED,
            Severity.ERROR,
            name,
            0,
            0,
            "$",
            Optional.empty(),
            DocumentParser.documentTooLarge(limits.maxDocumentBytes()))),
        null);
  }

  private static DatasetLoadException unreadable(String name, IOException e) {
    return new DatasetLoadException(
        List.of(new Violation(
            ViolationCode.UNREADABLE, Severity.ERROR, name, 0, 0, "$", Optional.empty(), "cannot read: " + e)),
        e);
  }

  @Override
  public String toString() {
    return "DatasetReader[" + (lenient ? "lenient" : "strict") + ", " + limits + ", " + validator
        + ", " + (executor == null ? "calling thread only"
            : executor == AUTOMATIC ? "common pool" : "executor " + executor)
        + "]";
  }
}
