package io.github.ccbrelations.data.internal.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.json.PackageVersion;
import java.security.CodeSource;
import org.jspecify.annotations.Nullable;

/**
 * The oldest jackson-core the loader works with, checked before the first parse. An application whose platform pins
 * an older jackson-core (a Spring Boot BOM, for instance) gets one clear error naming both versions instead of a
 * {@link NoSuchMethodError} or {@link NoClassDefFoundError} from deep inside the parser.
 *
 * <p>This class uses only what every jackson-core 2.x has ({@link Version} and {@link PackageVersion}), and the loader
 * calls it before it touches a class that uses the newer parser APIs, so the check itself always links.
 */
public final class JacksonFloor {
  /**
   * The oldest jackson-core 2.x the loader works with: from 2.17.0 the parser places a syntax error at the offending
   * byte, where 2.16 places many one byte past it (jackson-core issue 1173), and the loader's places of errors, and its
   * naming of a stray character, rest on that place; the parser's limits on names
   * ({@code StreamReadConstraints.Builder.maxNameLength}) came with 2.16.0. Kept equal to the build's
   * {@code jackson.floor.version} by a test; the build runs the data module's tests on this version once more, and the
   * consumer project runs its tests on it.
   */
  public static final String FLOOR = "2.17.0";

  private static final @Nullable String PROBLEM = problem(PackageVersion.VERSION, where());

  private JacksonFloor() {}

  /**
   * Checks that the jackson-core on the application's path is the floor or later.
   *
   * @throws IllegalStateException naming the version found, where it came from and the floor, if it is older
   */
  public static void check() {
    if (PROBLEM != null) {
      throw new IllegalStateException(PROBLEM);
    }
  }

  /**
   * What is wrong with the jackson-core version found (loaded from {@code from}, when known), for the check and its
   * tests: the message of the error; null when the version is the floor or later.
   */
  static @Nullable String problem(Version found, @Nullable String from) {
    Version floor = parse(FLOOR);
    if (found.getMajorVersion() == floor.getMajorVersion() && found.compareTo(floor) >= 0) {
      return null;
    }
    return "ccb-relations-data needs jackson-core " + FLOOR + " or a later 2.x, but jackson-core "
        + found + " is on the path" + (from == null ? "" : " (" + from + ")")
        + ": align your platform's Jackson version (for Spring Boot, the jackson-bom.version property) to " + FLOOR
        + " or later";
  }

  /** A version such as {@code 2.17.0}, parsed by hand: {@code VersionUtil.parseVersion} is not in every 2.x. */
  static Version parse(String text) {
    String[] parts = text.split("\\.");
    return new Version(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), null,
        "com.fasterxml.jackson.core", "jackson-core");
  }

  private static @Nullable String where() {
    CodeSource source = PackageVersion.class.getProtectionDomain().getCodeSource();
    return source == null || source.getLocation() == null ? null : source.getLocation().toString();
  }
}
