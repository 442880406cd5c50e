package io.github.ccbrelations.data.internal;

import io.github.ccbrelations.data.internal.compact.CompactReader;
import io.github.ccbrelations.data.internal.index.Records;
import io.github.ccbrelations.data.internal.json.Columns;
import io.github.ccbrelations.data.internal.json.DocumentParser;
import io.github.ccbrelations.data.internal.json.IdMaps;
import io.github.ccbrelations.data.internal.json.JacksonFloor;
import io.github.ccbrelations.data.internal.json.LimitedInputStream;
import io.github.ccbrelations.data.internal.json.LoadFailure;
import io.github.ccbrelations.data.internal.json.ParsedDocument;
import io.github.ccbrelations.data.internal.json.Places;
import io.github.ccbrelations.data.internal.json.ReadLimits;
import io.github.ccbrelations.data.internal.rules.IntegrityRules;
import io.github.ccbrelations.data.internal.rules.RuleOptions;
import io.github.ccbrelations.data.violation.Severity;
import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import io.github.ccbrelations.model.Redirect;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URL;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A load in one line of steps, on the calling thread: limits, digest, parse and bind, rules, indexes. Reading ends
 * in the indexed records; validating ends in the violations.
 */
public final class Load {
  private final ReadLimits limits;
  private final boolean lenient;
  private final RuleOptions options;

  /** A load with these limits, rule options, and unknown fields as warnings when lenient. */
  public Load(ReadLimits limits, boolean lenient, RuleOptions options) {
    // Before any parser class is touched: an older jackson-core would fail inside it with NoSuchMethodError.
    JacksonFloor.check();
    this.limits = limits;
    this.lenient = lenient;
    this.options = options;
  }

  /** Opens the input again, to place the violations of the rules; a stream that cannot be read twice has none. */
  @FunctionalInterface
  private interface Reopen {
    InputStream open() throws IOException;
  }

  /** A document parsed, bound and judged by the rules, with the SHA-256 of its bytes. */
  private record Checked(ParsedDocument document, String sha256, List<Violation> violations) {}

  /**
   * Reads a file, streaming it.
   *
   * @param warnings where to add the load's warnings, placed as {@link #validate(Path)} places them; null when the
   *     caller does not want them, which spares the second walk that places the rules' warnings
   * @throws LoadFailure if the file cannot be read, passes a limit or has an error
   */
  public Records read(Path file, @Nullable List<Violation> warnings) {
    return records(check(file, warnings != null), warnings);
  }

  /** Reads bytes, as {@link #read(Path, List)} does. */
  public Records read(byte[] bytes, String sourceName, @Nullable List<Violation> warnings) {
    return records(check(bytes, sourceName, warnings != null), warnings);
  }

  /**
   * Reads a stream, which it does not close, as {@link #read(Path, List)} does, but for the places that only a second
   * walk gives (which {@code DatasetReader.read(InputStream, String)} lists): the stream is read once.
   */
  public Records read(InputStream in, String sourceName, @Nullable List<Violation> warnings) {
    return records(check(in, sourceName, null, warnings != null), warnings);
  }

  /**
   * Reads the bundled file, from the compact form the build made of these very bytes when there is one
   * ({@link CompactReader}); otherwise, as {@link #read(Path, List)} reads a file, in full.
   *
   * @param compact the compact form the build wrote of the file, or null for none
   */
  public Records readBundled(URL resource, String sourceName, @Nullable URL compact) {
    Records made = compact == null ? null : CompactReader.readIfMadeOf(compact, resource, sourceName);
    if (made != null) {
      return made;
    }
    try (InputStream in = resource.openStream()) {
      return records(check(in, sourceName, resource::openStream, false), null);
    } catch (IOException e) {
      throw unreadable(sourceName, e);
    }
  }

  /** The indexed records of a document without errors; its warnings go to {@code warnings} when wanted. */
  private static Records records(Checked checked, @Nullable List<Violation> warnings) {
    if (hasError(checked.violations())) {
      // With the warnings, as a failure while parsing has them: the exception counts them.
      throw new LoadFailure(checked.violations(), null);
    }
    if (warnings != null) {
      warnings.addAll(checked.violations());
    }
    ParsedDocument document = checked.document();
    // A loop, not a stream: a cold start spins a class for each lambda (#19).
    List<Redirect> redirects = new ArrayList<>(document.redirects().size());
    for (ParsedDocument.Located<Redirect> r : document.redirects()) {
      redirects.add(r.value());
    }
    // Without errors the header bound (a missing or broken header is an error) and every record has its own id.
    IdMaps ids = document.ids();
    return new Records(Objects.requireNonNull(document.header()), document.sourceName(), checked.sha256(),
        ids.sources, ids.bodies, ids.instruments, ids.roles, redirects);
  }

  /** Every violation of a file, in file order; never throws. */
  public List<Violation> validate(Path file) {
    return violations(() -> check(file, true));
  }

  /** Every violation of some bytes, as {@link #validate(Path)} finds them. */
  public List<Violation> validate(byte[] bytes, String sourceName) {
    return violations(() -> check(bytes, sourceName, true));
  }

  /**
   * Every violation of a stream, which it does not close, as {@link #validate(Path)} finds them. The bytes are held,
   * up to the size limit, so that the rules' violations are placed as for a file; a stream over the limit is checked
   * as it streams, up to the limit.
   */
  public List<Violation> validate(InputStream caller, String sourceName) {
    return violations(() -> checkHeld(caller, sourceName, true));
  }

  /** The violations of a check, whether it ends in the rules or fails on the way. */
  private static List<Violation> violations(Supplier<Checked> check) {
    try {
      return check.get().violations();
    } catch (LoadFailure e) {
      return e.violations();
    }
  }

  private Checked check(Path file, boolean placeWarnings) {
    String name = file.toString();
    try (InputStream in = open(file)) {
      // A named pipe or a device (a shell's <(...)) gives its bytes once, and opening it again would wait for a
      // writer that has gone: its bytes are held, as a stream's given to validate are.
      if (!Files.isRegularFile(file)) {
        return checkHeld(in, name, placeWarnings);
      }
      return check(in, name, () -> Files.newInputStream(file), placeWarnings);
    } catch (IOException e) {
      throw unreadable(name, e);
    }
  }

  /**
   * Checks a stream read once with its bytes held up to the size limit, so that its violations are placed as a file's;
   * a stream over the limit is checked as it streams, up to the limit.
   */
  private Checked checkHeld(InputStream caller, String sourceName, boolean placeWarnings) {
    // Held to the stream contract here; to the size limit once the bytes over it, if any, are known.
    InputStream in = new LimitedInputStream(caller, Long.MAX_VALUE);
    byte[] start;
    try {
      start = in.readNBytes((int) Math.min(limits.maxDocumentBytes() + 1, Integer.MAX_VALUE - 8));
    } catch (IOException e) {
      throw unreadable(sourceName, e);
    }
    if (start.length <= limits.maxDocumentBytes()) {
      return check(start, sourceName, placeWarnings);
    }
    return check(new SequenceInputStream(new ByteArrayInputStream(start), in), sourceName, null, placeWarnings);
  }

  private Checked check(byte[] bytes, String sourceName, boolean placeWarnings) {
    checkSize(bytes.length, sourceName);
    return check(new ByteArrayInputStream(bytes), sourceName, () -> new ByteArrayInputStream(bytes), placeWarnings);
  }

  /** Limits, digest, parse and bind, rules; the violations' columns in characters when the input can be read again. */
  private Checked check(InputStream in, String sourceName, @Nullable Reopen reopen, boolean placeWarnings) {
    MessageDigest digest = sha256();
    ParsedDocument document;
    try {
      document = parse(new DigestInputStream(limited(in), digest), sourceName, reopen);
    } catch (LoadFailure f) {
      throw f.inCharacters(found -> inCharacters(found, reopen, false));
    }
    List<Violation> found = IntegrityRules.check(document, options, all -> place(all, reopen, placeWarnings));
    return new Checked(document, HexFormat.of().formatHex(digest.digest()), inCharacters(found, reopen, placeWarnings));
  }

  /** The violations with their columns in characters rather than the parser's bytes, read {@link #again}. */
  private List<Violation> inCharacters(List<Violation> found, @Nullable Reopen reopen, boolean placeWarnings) {
    try (InputStream in = again(found, reopen, placeWarnings)) {
      return in == null ? found : Columns.inCharacters(found, in);
    } catch (IOException e) {
      return found;
    }
  }

  /** Parses and binds; a name or number over its length limit is placed at its start if the input can be read again. */
  private ParsedDocument parse(InputStream in, String sourceName, @Nullable Reopen reopen) {
    try {
      return DocumentParser.parse(in, sourceName, limits, lenient);
    } catch (LoadFailure f) {
      if (reopen == null || !f.stoppedInALongToken()) {
        throw f;
      }
      LoadFailure placed = f;
      try (InputStream again = limited(reopen.open())) {
        placed = Places.placeLongToken(f, again, limits);
      } catch (IOException e) {
        // Not readable again: placed where the parser stopped, as a stream read once.
      }
      throw placed;
    }
  }

  /**
   * The rules' violations, and the refused list entries found while binding, placed at the values they name by a
   * second walk of the input, read {@link #again}.
   */
  private List<Violation> place(List<Violation> found, @Nullable Reopen reopen, boolean placeWarnings) {
    try (InputStream in = again(found, reopen, placeWarnings)) {
      return in == null ? found : Places.locate(found, in, limits);
    } catch (IOException e) {
      return found;
    }
  }

  /**
   * The input once more, when it can be read again and the violations are worth the read: errors are, warnings when
   * wanted; null otherwise. Within the size limit: a file that grew since the first read is not read further than a
   * file may be.
   */
  private @Nullable InputStream again(List<Violation> found, @Nullable Reopen reopen, boolean placeWarnings)
      throws IOException {
    boolean worthIt = placeWarnings ? !found.isEmpty() : hasError(found);
    return reopen == null || !worthIt ? null : limited(reopen.open());
  }

  private static boolean hasError(List<Violation> violations) {
    for (Violation v : violations) {
      if (v.severity() == Severity.ERROR) {
        return true;
      }
    }
    return false;
  }

  /**
   * The violations of records already loaded, by these options: the rules only, since the records are bound. They
   * have no line and column (0); their paths count records in file order.
   */
  public static List<Violation> check(Records records, RuleOptions options) {
    ParsedDocument.Position nowhere = new ParsedDocument.Position(0, 0);
    ParsedDocument doc = new ParsedDocument(records.sourceName, records.header, located(records.sourceList, nowhere),
        located(records.bodyList, nowhere), located(records.instrumentList, nowhere),
        located(records.roleList, nowhere), located(records.redirectList, nowhere));
    return IntegrityRules.check(doc, options, UnaryOperator.identity());
  }

  private static <T> List<ParsedDocument.Located<T>> located(List<T> records, ParsedDocument.Position at) {
    List<ParsedDocument.Located<T>> out = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      out.add(new ParsedDocument.Located<>(records.get(i), i, at));
    }
    return out;
  }

  private InputStream open(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      // Linux opens a folder and fails at the first read with "Is a directory", Windows with "Access is denied".
      throw new FileSystemException(file.toString(), null, "it is a folder, not a file");
    }
    checkSize(Files.size(file), file.toString());
    return Files.newInputStream(file);
  }

  private void checkSize(long size, String sourceName) {
    if (size > limits.maxDocumentBytes()) {
      throw failure(ViolationCode.LIMIT_EXCEEDED, sourceName, LimitedInputStream.tooLarge(limits.maxDocumentBytes()),
          null);
    }
  }

  private LimitedInputStream limited(InputStream in) {
    return new LimitedInputStream(in, limits.maxDocumentBytes());
  }

  private static LoadFailure unreadable(String name, IOException e) {
    return failure(ViolationCode.UNREADABLE, name, LoadFailure.cannotRead(e), e);
  }

  /** A failure of the whole input, placed nowhere in it. */
  private static LoadFailure failure(ViolationCode code, String name, String message, @Nullable IOException cause) {
    return new LoadFailure(List.of(new Violation(code, Severity.ERROR, name, 0, 0, "$", Optional.empty(), message)),
        cause);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform is required to provide SHA-256.
      throw new IllegalStateException(e);
    }
  }
}
