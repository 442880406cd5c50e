package io.github.ccbrelations.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the page fingerprint ({@link PageFingerprint}) from the language versions of the CCB page, which are not in
 * this repository (their text is the CCB's). Run it when the page copies change; no test runs it, and it opens no file
 * but the one it writes: the copies come on standard input, each after a {@code ==> name <==} line, as
 * {@code tail -n +1} prints several files. From the root, with the copies in a folder of yours:
 *
 * <pre>{@code
 * mvn -q -pl ccb-relations-data -am test-compile -DskipTests
 * tail -n +1 ccb-international-relations.fr.txt ccb-international-relations.en.txt ccb-international-relations.de.txt \
 *   | java -cp ccb-relations-data/target/test-classes io.github.ccbrelations.data.PageFingerprintTool \
 *       ccb-relations-data/src/test/resources/io/github/ccbrelations/data/page-fingerprint.txt
 * }</pre>
 */
final class PageFingerprintTool {
  private PageFingerprintTool() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: tail -n +1 PAGE... | PageFingerprintTool <output file>");
      System.exit(2);
    }
    Map<String, String> pages = pages(new String(System.in.readAllBytes(), StandardCharsets.UTF_8));
    StringBuilder out = new StringBuilder()
        .append("# Fingerprint of the CCB page \"Relations internationales\" (fr, en, de copies), not its text.\n")
        .append("# One line per run of ").append(PageFingerprint.WORDS)
        .append(" consecutive normalised words (NFKD, accents dropped, lower case, letters and digits):\n")
        .append("# the first 16 hex digits of the SHA-256 of the run's words joined by one space.\n")
        .append("# Written by PageFingerprintTool (see its Javadoc); read by PageFingerprintTest.\n");
    pages.forEach((name, text) -> out.append("# page ").append(name).append(" sha256 ")
        .append(sha256(text.getBytes(StandardCharsets.UTF_8))).append('\n'));
    PageFingerprint fingerprint = PageFingerprint.of(List.copyOf(pages.values()));
    fingerprint.hashes().forEach(h -> out.append(h).append('\n'));
    Files.writeString(Path.of(args[0]), out.toString());
    System.out.println(fingerprint.hashes().size() + " hashes written to " + args[0]);
  }

  /**
   * The texts of {@code tail -n +1}'s output by file name, in order, byte for byte: each line read gets its line end
   * back, and one is taken off again for the blank line tail puts before the next header (or, for the last text, for
   * the empty piece after the input's final line end).
   */
  private static Map<String, String> pages(String input) {
    Map<String, String> pages = new LinkedHashMap<>();
    String name = null;
    StringBuilder text = new StringBuilder();
    for (String line : input.split("\n", -1)) {
      if (line.startsWith("==> ") && line.endsWith(" <==")) {
        if (name != null) {
          pages.put(name, withoutLastLineEnd(text));
        }
        name = Path.of(line.substring(4, line.length() - 4)).getFileName().toString();
        text.setLength(0);
      } else {
        text.append(line).append('\n');
      }
    }
    if (name == null) {
      throw new IllegalArgumentException("no '==> name <==' line: pipe the page copies through tail -n +1");
    }
    pages.put(name, withoutLastLineEnd(text));
    return pages;
  }

  private static String withoutLastLineEnd(StringBuilder text) {
    return text.length() == 0 ? "" : text.substring(0, text.length() - 1);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
