package io.github.ccbrelations.data.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.HexFormat;
import java.util.Properties;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;

/**
 * What the build recorded of a file once every rule passed on it: its SHA-256, its CRC-32C and its size. A load
 * knows the same bytes by their size and CRC-32C, and then skips the rules and reports the build's SHA-256: a start
 * that computed the SHA-256 loaded the JDK's security providers for it, about a tenth of a cold start's time (#19).
 * A CRC-32C finds any accidental change (a file edited, cut or swapped); it is no defence against a forged file and
 * record, which can be matched on purpose by whoever can change the jar or put files before it on the class path, and
 * who could as well replace the library's classes. The build writes a record only after the rules passed on the file,
 * and removes an earlier build's first.
 *
 * @param sha256 the SHA-256 of the bytes, 64 lower-case hexadecimal digits
 * @param crc32c the CRC-32C of the bytes
 * @param size the number of bytes
 */
public record BuildCheck(String sha256, long crc32c, long size) {
  /** The record of some bytes, as the build writes it. */
  public static BuildCheck of(byte[] bytes, String sha256) {
    return new BuildCheck(sha256, crc32c(bytes), bytes.length);
  }

  /** Whether some bytes are the ones recorded. */
  public boolean matches(byte[] bytes) {
    return matches(crc32c(bytes), bytes.length);
  }

  /** Whether bytes of this CRC-32C and size are the ones recorded. */
  public boolean matches(long crc32c, long size) {
    return this.crc32c == crc32c && this.size == size;
  }

  /** The record as the build writes it: a properties file. */
  public String text() {
    return "sha256=" + sha256 + "\ncrc32c=" + HexFormat.of().toHexDigits((int) crc32c) + "\nsize=" + size + "\n";
  }

  /**
   * Reads a record as {@link #text()} writes it.
   *
   * @return the record; null when the text is not one, so that the file is checked in full
   */
  public static @Nullable BuildCheck read(InputStream in) throws IOException {
    Properties p = new Properties();
    p.load(in);
    String sha256 = p.getProperty("sha256", "");
    String crc32c = p.getProperty("crc32c", "");
    String size = p.getProperty("size", "");
    // No regular expression: its classes and lambdas would be loaded at every cold start.
    if (sha256.length() != 64 || !isLowerHex(sha256) || crc32c.length() != 8 || !isLowerHex(crc32c)) {
      return null;
    }
    try {
      return new BuildCheck(sha256, Integer.toUnsignedLong(HexFormat.fromHexDigits(crc32c)), Long.parseLong(size));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean isLowerHex(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!HexFormat.isHexDigit(c) || Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  private static long crc32c(byte[] bytes) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, bytes.length);
    return crc.getValue();
  }
}
