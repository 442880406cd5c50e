package io.github.ccbrelations.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes the page fingerprint ({@link PageFingerprint}) from the language versions of the CCB page. Run it when the
 * page copies change; it is the only code that reads the page text, and no test runs it. From the root:
 *
 * <pre>{@code
 * mvn -q -pl ccb-relations-data -am test-compile -DskipTests
 * java -cp ccb-relations-data/target/test-classes io.github.ccbrelations.data.PageFingerprintTool \
 *     ccb-relations-data/src/test/resources/io/github/ccbrelations/data/page-fingerprint.txt \
 *     ../shared/sources/ccb-international-relations.fr.txt \
 *     ../shared/sources/ccb-international-relations.en.txt \
 *     ../shared/sources/ccb-international-relations.de.txt
 * }</pre>
 */
final class PageFingerprintTool {
  private PageFingerprintTool() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: PageFingerprintTool <output file> <page text file>...");
      System.exit(2);
    }
    List<String> texts = new ArrayList<>();
    StringBuilder out = new StringBuilder()
        .append("# Fingerprint of the CCB page \"Relations internationales\" (fr, en, de copies), not its text.\n")
        .append("# One line per run of ").append(PageFingerprint.WORDS)
        .append(" consecutive normalised words (NFKD, accents dropped, lower case, letters and digits):\n")
        .append("# the first 16 hex digits of the SHA-256 of the run's words joined by one space.\n")
        .append("# Written by PageFingerprintTool (see its Javadoc); read by PageFingerprintTest.\n");
    for (int i = 1; i < args.length; i++) {
      byte[] bytes = Files.readAllBytes(Path.of(args[i]));
      texts.add(new String(bytes, StandardCharsets.UTF_8));
      out.append("# page ").append(Path.of(args[i]).getFileName()).append(" sha256 ").append(sha256(bytes))
          .append('\n');
    }
    PageFingerprint fingerprint = PageFingerprint.of(texts);
    fingerprint.hashes().forEach(h -> out.append(h).append('\n'));
    Files.writeString(Path.of(args[0]), out.toString());
    System.out.println(fingerprint.hashes().size() + " hashes written to " + args[0]);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
