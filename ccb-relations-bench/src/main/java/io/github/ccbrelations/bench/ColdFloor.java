package io.github.ccbrelations.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.ccbrelations.model.Body;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Enumeration;
import java.util.TimeZone;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.CRC32C;

/**
 * Lower bounds of a library's cold start (issue #19): what any load of the bundled file that keeps the library's
 * guarantees does at least, with no record bound, no rule and no index. Both read the bundled file's bytes, check
 * their size and CRC-32C against those the build wrote in the file's compact form (the trust of the bundled file rests
 * on it) and take today's date in Brussels (the day of every answer for today); then
 * <ul>
 *   <li>{@code json}: walks the tokens, as {@link ColdTokens} does: the floor of any load of the JSON;
 *   <li>{@code model}: loads and initialises every class of the model's jar instead: the floor of a load from a
 *       compact build-time form that needs no JSON parser but still makes the model's values (it loads a few
 *       classes more than a load uses: the builders of the small wrapper types);
 *   <li>{@code both}: the two, the model's classes first: the floor of any load of the JSON into the model.
 * </ul>
 * Prints a line made of all of it, without string concatenation (see {@link ColdLibrary}).
 */
public final class ColdFloor {
  private ColdFloor() {}

  /**
   * Runs it.
   *
   * @param args {@code json}, {@code model} or {@code both}
   * @throws Exception if a resource or class cannot be read
   */
  public static void main(String[] args) throws Exception {
    byte[] bytes = resource("io/github/ccbrelations/data/ccb-relations.json");
    // The form starts with "CCBR", a version byte and the file's SHA-256 in 64 digits; its CRC-32C and size follow.
    ByteBuffer form = ByteBuffer.wrap(resource("io/github/ccbrelations/data/ccb-relations.json.compact"));
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, bytes.length);
    boolean trusted = form.getInt(4 + 1 + 64) == (int) crc.getValue() && form.getLong(4 + 1 + 64 + 4) == bytes.length;
    // As the library takes it: through TimeZone, without java.time's zone providers.
    long now = System.currentTimeMillis();
    LocalDate today = LocalDate.ofEpochDay(
        Math.floorDiv(now + TimeZone.getTimeZone("Europe/Brussels").getOffset(now), 86_400_000L));
    long count = switch (args[0]) {
      case "json" -> tokens(bytes);
      case "model" -> modelClasses();
      case "both" -> modelClasses() + tokens(bytes);
      default -> throw new IllegalArgumentException("json, model or both, not " + args[0]);
    };
    System.out.print(trusted);
    System.out.print(' ');
    System.out.print(today);
    System.out.print(' ');
    System.out.println(count);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = ClassLoader.getSystemResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("no resource " + name + " on the class path (build ccb-relations-data without -Dmaven.test.skip)");
      }
      return in.readAllBytes();
    }
  }

  private static long tokens(byte[] bytes) throws IOException {
    try (JsonParser parser = new JsonFactory().createParser(bytes)) {
      long tokens = 0;
      while (parser.nextToken() != null) {
        tokens++;
      }
      return tokens;
    }
  }

  private static long modelClasses() throws Exception {
    ClassLoader loader = ColdFloor.class.getClassLoader();
    long loaded = 0;
    try (JarFile jar = new JarFile(Path.of(Body.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .toFile())) {
      Enumeration<JarEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        String name = entries.nextElement().getName();
        if (name.endsWith(".class") && !name.endsWith("module-info.class") && !name.endsWith("package-info.class")) {
          Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'), true, loader);
          loaded++;
        }
      }
    }
    return loaded;
  }
}
