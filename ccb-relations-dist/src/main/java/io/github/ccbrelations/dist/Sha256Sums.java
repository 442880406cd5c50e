package io.github.ccbrelations.dist;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * A {@code SHA256SUMS} file in the format of GNU {@code sha256sum}: one line per file, the hex digest, two spaces
 * and the path, so that {@code sha256sum -c SHA256SUMS} checks an unpacked archive.
 */
final class Sha256Sums {
  /** The name of the file in the archive. */
  static final String FILE_NAME = "SHA256SUMS";

  private Sha256Sums() {}

  /**
   * The file listing every given file, in path order.
   *
   * @param files the files by path
   * @return the bytes of the SHA256SUMS file (UTF-8, LF line ends); never null
   */
  static byte[] of(SortedMap<String, byte[]> files) {
    StringBuilder out = new StringBuilder();
    files.forEach((path, bytes) -> out.append(hex(bytes)).append("  ").append(path).append('\n'));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The digests a SHA256SUMS file lists.
   *
   * @param sums the text of the file
   * @return the hex digest by path, in the file's order; never null
   * @throws IllegalArgumentException if a line is not a digest, two spaces and a path, naming the line
   */
  static Map<String, String> parse(String sums) {
    Map<String, String> digests = new LinkedHashMap<>();
    String[] lines = sums.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty() && i == lines.length - 1) {
        break;
      }
      if (!line.matches("[0-9a-f]{64}  \\S.*")) {
        throw new IllegalArgumentException("SHA256SUMS line " + (i + 1) + " is not '<digest>  <path>': '" + line + "'");
      }
      digests.put(line.substring(66), line.substring(0, 64));
    }
    return digests;
  }

  /**
   * The SHA-256 digest of some bytes.
   *
   * @param bytes the bytes
   * @return 64 lower-case hex digits; never null
   */
  static String hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256 (MessageDigest's Javadoc).
      throw new IllegalStateException(e);
    }
  }
}
