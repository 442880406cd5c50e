package io.github.ccbrelations.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fingerprint of the CCB page kept in the test resources instead of its text: the hashes of every run of
 * {@link #WORDS} consecutive normalised words of each language version. A text repeats the page when one of its
 * own runs has a hash in the fingerprint.
 *
 * <p>Normalised words ignore case, accents and punctuation (NFKD, combining marks dropped, lower case, maximal runs
 * of letters and digits), so a copy cannot hide behind a changed apostrophe or a dropped accent. Six words: the
 * page's proper names and short set phrases ("point de contact unique") are shorter, any copied clause is longer.
 * A hash is the first 16 hex digits (64 bits) of the SHA-256 of the run's words joined by one space.
 */
final class PageFingerprint {
  static final int WORDS = 6;
  static final String RESOURCE = "/io/github/ccbrelations/data/page-fingerprint.txt";

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern HASH = Pattern.compile("[0-9a-f]{16}");

  private final Set<String> hashes;

  private PageFingerprint(Set<String> hashes) {
    this.hashes = hashes;
  }

  /** The fingerprint bundled with the tests. */
  static PageFingerprint bundled() {
    try (InputStream in = PageFingerprint.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fingerprint made from texts, as the tool makes it from the page. */
  static PageFingerprint of(List<String> texts) {
    Set<String> hashes = new TreeSet<>();
    for (String text : texts) {
      hashes.addAll(runHashes(text).stream().map(Run::hash).toList());
    }
    return new PageFingerprint(hashes);
  }

  /** Reads the resource format: comment lines start with '#', every other line is one hash. */
  static PageFingerprint parse(String text) {
    Set<String> hashes = new TreeSet<>();
    int lineNumber = 0;
    for (String line : text.split("\n", -1)) {
      lineNumber++;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (!HASH.matcher(line).matches()) {
        throw new IllegalArgumentException(RESOURCE + ":" + lineNumber + ": not a 16-digit hex hash: '" + line + "'");
      }
      hashes.add(line);
    }
    return new PageFingerprint(hashes);
  }

  /** The hashes, sorted; never null. */
  Set<String> hashes() {
    return hashes;
  }

  /**
   * The runs of the text that the page contains.
   *
   * @return the runs as normalised words, in text order; empty when the text repeats no run of the page
   */
  List<String> copiedRuns(String text) {
    List<String> copied = new ArrayList<>();
    for (Run run : runHashes(text)) {
      if (hashes.contains(run.hash())) {
        copied.add(run.words());
      }
    }
    return copied;
  }

  static List<String> words(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(plain);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  private static List<Run> runHashes(String text) {
    List<String> words = words(text);
    List<Run> runs = new ArrayList<>();
    for (int i = 0; i + WORDS <= words.size(); i++) {
      String run = String.join(" ", words.subList(i, i + WORDS));
      runs.add(new Run(run, hash(run)));
    }
    return runs;
  }

  static String hash(String run) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(run.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  private record Run(String words, String hash) {}
}
