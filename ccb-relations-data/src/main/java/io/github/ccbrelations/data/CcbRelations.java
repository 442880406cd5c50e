package io.github.ccbrelations.data;

import io.github.ccbrelations.data.internal.compact.CompactReader;
import io.github.ccbrelations.data.internal.json.JacksonFloor;
import io.github.ccbrelations.data.violation.Severity;
import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.DatasetHeader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The entry point: the dataset bundled in this jar, loaded lazily, once, on first use, in a thread-safe way.
 *
 * <pre>{@code
 * Dataset data = CcbRelations.bundled();
 * System.out.println(data.info());
 * data.rolesHeldByAnyPartOf(CcbRelations.CCB).forEach(r -> System.out.println(r.id().value()));
 * }</pre>
 *
 * <p>To read another file in the same format, use {@link DatasetReader}. To say a role in words, in fr, nl, en or de,
 * use {@code RoleExplainer} of ccb-relations-text.
 */
public final class CcbRelations {
  /** The class-path resource of the bundled dataset, relative to this class's package. */
  public static final String BUNDLED_RESOURCE = "ccb-relations.json";

  /**
   * Beside the bundled file: its compact form, with the file's SHA-256, CRC-32C and size, written by the build once
   * every rule passed on the file.
   */
  static final String COMPACT_RESOURCE = BUNDLED_RESOURCE + ".compact";

  /** The id of the Centre for Cybersecurity Belgium in the bundled dataset. */
  public static final BodyId CCB = BodyId.of("ccb");

  /** The id of Belgium in the bundled dataset. */
  public static final BodyId BELGIUM = BodyId.of("belgium");

  /** How many times the bundled file has been loaded in this class loader: once, whatever the threads. For tests. */
  static final AtomicInteger BUNDLED_LOADS = new AtomicInteger();

  private static final Object LOCK = new Object();

  /** The bundled dataset once loaded; null before. Volatile, so a thread that sees it sees it whole. */
  private static volatile @Nullable Dataset bundled;

  private CcbRelations() {}

  /**
   * The bundled dataset, loaded on the first call and shared afterwards.
   *
   * <p>The records come from the compact form the build wrote of the file once every rule passed on it, when the
   * file's size and CRC-32C are those the form was made of, which spares a fresh JVM jackson-core's parser and the
   * binder. Its SHA-256 ({@code info().sha256()}) is then the one the build computed: computing it again would load
   * the JDK's security providers. Any other file, a changed bundled file included, is parsed and checked in
   * full. The CRC-32C tells an accidental change, not a deliberate one: whoever can change the jar, or put files before
   * it on the class path, can also replace this class.
   *
   * <p>A first call that fails for a passing reason (a thread with too small a stack, an interrupted read) leaves
   * nothing behind: the next call loads again. Once a load succeeds, every call returns its dataset.
   *
   * @return the dataset; never null
   * @throws DatasetLoadException if the bundled file is missing or broken (a packaging defect)
   * @throws IllegalStateException if the jackson-core on the path is older than the library's floor (2.17.0); the
   *     message names both versions
   */
  public static Dataset bundled() {
    Dataset data = bundled;
    if (data != null) {
      return data;
    }
    synchronized (LOCK) {
      // Not a holder class: a static initializer that fails once makes its class unusable for the rest of the
      // JVM's life (NoClassDefFoundError), however passing the cause was.
      if (bundled == null) {
        bundled = load();
      }
      return bundled;
    }
  }

  /**
   * The header of the bundled dataset (its version, schema version and release day), for a program that only says
   * which data it carries, such as {@code ccb-relations --version}. Before {@link #bundled()} has loaded, the header
   * alone is read from the compact form of the file, with no record built or kept; a file without one is loaded as
   * {@link #bundled()} loads it.
   *
   * <pre>{@code
   * DatasetHeader header = CcbRelations.bundledHeader();
   * System.out.println("dataset " + header.datasetVersion().text());   // the bundled file's version, YYYY.MM.N
   * }</pre>
   *
   * @return the header; never null, equal to {@code bundled().info().header()}
   * @throws DatasetLoadException if the bundled file is missing or broken (a packaging defect)
   * @throws IllegalStateException if the jackson-core on the path is older than the library's floor (2.17.0); the
   *     message names both versions
   */
  public static DatasetHeader bundledHeader() {
    Dataset data = bundled;
    if (data != null) {
      return data.info().header();
    }
    return compactHeader().orElseGet(() -> bundled().info().header());
  }

  /**
   * Whether a dataset was read from the very bytes of the bundled file, its SHA-256 being theirs: true for {@link
   * #bundled()} and its views, and for a copy of the file read by a {@link DatasetReader}; false for any other file,
   * an edited copy or an earlier release included. The bundled dataset is the one this project publishes under CC BY
   * 4.0 ({@code LICENSE-DATA}); any other file is its publisher's, on terms this library cannot know.
   *
   * <pre>{@code
   * CcbRelations.isBundled(CcbRelations.bundled());                              // true
   * CcbRelations.isBundled(DatasetReader.standard().read(Path.of("own.json")));   // false, unless a copy
   * }</pre>
   *
   * <p>Before {@link #bundled()} has loaded, it compares with the digest of the bundled file's bytes and loads
   * nothing.
   *
   * @return whether the digests are equal; false when the jar holds no bundled file
   * @throws UncheckedIOException if the bundled file is in the jar but cannot be read
   */
  public static boolean isBundled(Dataset data) {
    String sha256 = Objects.requireNonNull(data, "data").info().sha256();
    Dataset loaded = bundled;
    if (loaded != null) {
      return sha256.equals(loaded.info().sha256());
    }
    try (InputStream in = CcbRelations.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      return in != null && sha256.equals(HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled dataset resource " + BUNDLED_RESOURCE, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** The header read alone from the compact form of the bundled file; empty when there is none for its bytes. */
  private static Optional<DatasetHeader> compactHeader() {
    JacksonFloor.check();
    URL json = CcbRelations.class.getResource(BUNDLED_RESOURCE);
    URL compact = CcbRelations.class.getResource(COMPACT_RESOURCE);
    // A missing or unreadable file is left to the full load, which reports it in bundled()'s words.
    return json == null || compact == null ? Optional.empty() : CompactReader.headerIfMadeOf(compact, json);
  }

  private static Dataset load() {
    BUNDLED_LOADS.incrementAndGet();
    String name = CcbRelations.class.getPackageName().replace('.', '/') + "/" + BUNDLED_RESOURCE;
    // Relative to this class, so the resource is found on the module path as on the class path.
    URL resource = CcbRelations.class.getResource(BUNDLED_RESOURCE);
    if (resource == null) {
      throw new DatasetLoadException(
          List.of(new Violation(ViolationCode.UNREADABLE, Severity.ERROR, name, 0, 0, "$", Optional.empty(),
              "the bundled dataset resource is missing from the jar")),
          null);
    }
    return DatasetReader.standard().readBundled(resource, "classpath:" + name,
        CcbRelations.class.getResource(COMPACT_RESOURCE));
  }
}
