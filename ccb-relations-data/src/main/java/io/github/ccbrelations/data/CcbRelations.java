package io.github.ccbrelations.data;

import io.github.ccbrelations.data.internal.json.JacksonFloor;
import io.github.ccbrelations.model.BodyId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The entry point: the dataset bundled in this jar, loaded lazily, once, on first use, in a thread-safe way.
 *
 * <pre>{@code
 * Dataset data = CcbRelations.bundled();
 * System.out.println(data.info());
 * data.rolesHeldByAnyPartOf(CcbRelations.CCB).forEach(r -> System.out.println(data.explain(r, Language.EN)));
 * }</pre>
 *
 * <p>To read another file in the same format, use {@link DatasetReader}.
 */
public final class CcbRelations {
  /** The class-path resource of the bundled dataset, relative to this class's package. */
  public static final String BUNDLED_RESOURCE = "ccb-relations.json";

  /** The id of the Centre for Cybersecurity Belgium in the bundled dataset. */
  public static final BodyId CCB = BodyId.of("ccb");

  /** The id of Belgium in the bundled dataset. */
  public static final BodyId BELGIUM = BodyId.of("belgium");

  /** How many times the bundled file has been parsed in this class loader: once, whatever the threads. For tests. */
  static final AtomicInteger BUNDLED_LOADS = new AtomicInteger();

  private CcbRelations() {}

  /**
   * The bundled dataset, loaded on the first call and shared afterwards.
   *
   * @return the dataset; never null
   * @throws DatasetLoadException if the bundled file is missing or broken (a packaging defect)
   * @throws IllegalStateException if the jackson-core on the path is older than the library's floor (2.16.0); the
   *     message names both versions
   */
  public static Dataset bundled() {
    JacksonFloor.check();
    return Holder.DATASET;
  }

  /** Loads on first access to {@code DATASET}: the JVM's class initialisation makes it once and thread-safe. */
  private static final class Holder {
    static final Dataset DATASET = load();

    private static Dataset load() {
      BUNDLED_LOADS.incrementAndGet();
      String name = CcbRelations.class.getPackageName().replace('.', '/') + "/" + BUNDLED_RESOURCE;
      // Relative to this class, so the resource is found on the module path as on the class path.
      try (InputStream in = CcbRelations.class.getResourceAsStream(BUNDLED_RESOURCE)) {
        if (in == null) {
          throw new DatasetLoadException(
              List.of(new Violation(ViolationCode.UNREADABLE, Severity.ERROR, name, 0, 0, "$", Optional.empty(),
                  "the bundled dataset resource is missing from the jar")),
              null);
        }
        // The bundled file is small: a second thread would cost a short-lived process more than it saves.
        return DatasetReader.standard().read(in, "classpath:" + name);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close the bundled dataset resource " + name, e);
      }
    }
  }
}
