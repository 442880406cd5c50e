package io.github.ccbrelations.model;

import java.util.List;
import java.util.regex.Pattern;

/** Argument checks shared by the value types; every message names the offending value. */
final class Checks {
  static final int MAX_SLUG_LENGTH = 80;
  static final Pattern CELEX = Pattern.compile("[0-9CE][0-9]{4}[A-Z]{1,2}[0-9]{4}(?:\\([0-9]{1,3}\\))?");
  static final Pattern NUMAC = Pattern.compile("(?:183[1-9]|18[4-9][0-9]|19[0-9]{2}|20[0-9]{2})[0-9]{6}");
  static final Pattern OSCE_DECISION = Pattern.compile("(?:PC|MC|FSC)\\.DEC/[0-9]{1,5}(?:/Corr\\.[0-9]+)?");
  static final Pattern ELI_PATH = Pattern.compile("/eli/[a-z_]+/[0-9]{4}/[^/]+(?:/[^/]+)*");
  /** Where {@link UrlPattern#BELGIAN_ELI} puts the ELI path, as Justel pages print their ELIs. */
  static final String BELGIAN_ELI_BASE = "http://www.ejustice.just.fgov.be/eli/";
  /** A Belgian ELI path: type, year, month, day, numac, version. */
  static final Pattern BELGIAN_ELI_PATH = Pattern.compile("[a-z]+/[0-9]{4}/[0-9]{2}/[0-9]{2}/[0-9]{10}/[a-z]+");
  static final Pattern EU_ELI_PATH = Pattern.compile("/eli/[a-z_]+/[0-9]{4}/[0-9]+/oj(?:/[a-z]{3})?");
  static final Pattern DATASET_VERSION = Pattern.compile("(20[0-9]{2})\\.(0[1-9]|1[0-2])\\.(0|[1-9][0-9]{0,3})");
  static final Pattern SCHEMA_VERSION =
      Pattern.compile("(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})");

  private Checks() {}

  static String slug(String what, String value) {
    if (value.length() > MAX_SLUG_LENGTH || !isSlug(value)) {
      throw new IllegalArgumentException(slugRule(what, value));
    }
    return value;
  }

  static String slugRule(String what, String value) {
    return what + " must be a lower-case slug of letters a-z, digits and single hyphens, at most " + MAX_SLUG_LENGTH
        + " characters: '" + abbreviate(value) + "'";
  }

  /**
   * Whether the value is letters a-z and digits in runs joined by single hyphens; a loop, not a regular expression,
   * since every id of every record passes here.
   */
  static boolean isSlug(String value) {
    int n = value.length();
    if (n == 0) {
      return false;
    }
    char previous = '-';
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!alnum && (c != '-' || previous == '-')) {
        return false;
      }
      previous = c;
    }
    return previous != '-';
  }

  static String text(String what, String value) {
    if (!isText(value)) {
      throw new IllegalArgumentException(textRule(what, value));
    }
    return value;
  }

  static String textRule(String what, String value) {
    return value.isBlank() ? what + " must not be blank: '" + value + "'"
        : what + " must not start or end with white space: '" + abbreviate(value) + "'";
  }

  /**
   * What is wrong with the text as an absolute http or https URL with a host, or null when nothing is. The plain
   * shape of nearly every URL is read by hand ({@link #plainWebUrlPath}); anything else is parsed by
   * {@link java.net.URI}, whose verdict stands.
   */
  static @org.jspecify.annotations.Nullable String webUrlProblem(String text) {
    if (plainWebUrlPath(text) >= 0) {
      return null;
    }
    java.net.URI url;
    try {
      url = new java.net.URI(text);
    } catch (java.net.URISyntaxException e) {
      return "it is not a URI (" + e.getReason() + " at index " + e.getIndex() + ")";
    }
    if (!isWebUrl(url)) {
      return "it must be an absolute http or https URL with a host";
    }
    // https://ccb.belgium.be@evil.example/ reads as the CCB's address; and a dataset publishes no credentials.
    return url.getRawUserInfo() == null ? null : "it names a user or a password, which a published address never holds";
  }

  /** Whether {@link #webUrlProblem} falls back on: an absolute http or https URI with a host. */
  static boolean isWebUrl(java.net.URI url) {
    String scheme = url.getScheme();
    return url.isAbsolute()
        && ("http".equals(scheme) || "https".equals(scheme))
        && url.getHost() != null
        && !url.getHost().isEmpty();
  }

  /**
   * The offset where the path of a URL of the plain shape starts (the length of the text when it has no path,
   * query or fragment), or -1 when the text is not of that shape. The plain shape is {@code http://} or
   * {@code https://}, a host name of dot-separated labels of ASCII letters, digits and inner hyphens whose last
   * label starts with a letter, no user part and no port, then ASCII path, query and fragment characters that
   * {@link java.net.URI} takes as they are: letters, digits, {@code -_.!~*'()}, {@code ;/?:@&=+$,} and one
   * {@code #}, with no escape. {@code java.net.URI} accepts every such text, with the same host and path, and
   * parsing it costs a load a dozen objects per URL; {@code ChecksTest} compares the two on generated text.
   */
  static int plainWebUrlPath(String text) {
    int n = text.length();
    int i = webUrlHost(text);
    if (i < 0) {
      return -1;
    }
    int lastLabel;
    while (true) {
      int start = i;
      while (i < n && (isAsciiLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
        i++;
      }
      if (i == start || text.charAt(start) == '-' || text.charAt(i - 1) == '-') {
        return -1;
      }
      lastLabel = start;
      if (i < n && text.charAt(i) == '.') {
        i++;
        continue;
      }
      break;
    }
    char first = text.charAt(lastLabel);
    if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))) {
      return -1;
    }
    int path = i;
    if (i < n && text.charAt(i) != '/' && text.charAt(i) != '?' && text.charAt(i) != '#') {
      return -1;
    }
    boolean fragment = false;
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (c == '#') {
        if (fragment) {
          return -1;
        }
        fragment = true;
      } else if (c >= 128 || !URI_PLAIN[c]) {
        return -1;
      }
    }
    return path;
  }

  /** Where the host starts after {@code https://} or {@code http://}; -1 for any other start. */
  static int webUrlHost(String text) {
    return text.startsWith("https://") ? 8 : text.startsWith("http://") ? 7 : -1;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** The ASCII characters {@link java.net.URI} takes unescaped in a path, query and fragment (RFC 2396 uric). */
  private static final boolean[] URI_PLAIN = new boolean[128];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      URI_PLAIN[c] = true;
      URI_PLAIN[Character.toUpperCase(c)] = true;
    }
    for (char c = '0'; c <= '9'; c++) {
      URI_PLAIN[c] = true;
    }
    for (char c : "-_.!~*'();/?:@&=+$,".toCharArray()) {
      URI_PLAIN[c] = true;
    }
  }

  /** Whether {@link #text} accepts the value. */
  static boolean isText(String value) {
    return !value.isBlank() && value.equals(value.strip());
  }

  /** Whether a label of this kind is an official name: {@link LabelKind#NAME} or {@link LabelKind#SHORT_NAME}. */
  static boolean isOfficialName(LabelKind kind) {
    return kind == LabelKind.NAME || kind == LabelKind.SHORT_NAME;
  }

  /**
   * What is wrong with a record's statements of no official name, given its labels: a language named twice, or one
   * in which the record has an official name after all.
   *
   * @param labels the labels
   * @param none the statements
   * @return the rest of the message after the record's name; null when they agree
   */
  static @org.jspecify.annotations.Nullable String noOfficialNameProblem(List<Label> labels,
      List<NoOfficialName> none) {
    int seen = 0;
    for (NoOfficialName n : none) {
      for (Language language : n.languages()) {
        int bit = 1 << language.ordinal();
        if ((seen & bit) != 0) {
          return " says twice that it has no official name in '" + language.code() + "'";
        }
        seen |= bit;
        for (Label l : labels) {
          if (l.language() == language && isOfficialName(l.kind())) {
            return " says it has no official name in '" + language.code() + "' but has the " + l.kind() + " '"
                + l.text() + "'";
          }
        }
      }
    }
    return null;
  }

  /** Whether the characters from {@code from} to {@code to} are all ASCII digits, as {@code \d} matches them. */
  static boolean allDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  static int digits(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (text.charAt(i) - '0');
    }
    return n;
  }

  /**
   * A value short enough for a message: itself up to 120 characters, else its first 117 (never half of a surrogate
   * pair) and {@code "... (N characters)"}, so a message names a megabyte-long value in a line.
   */
  static String abbreviate(String value) {
    if (value.length() <= 120) {
      return value;
    }
    int cut = Character.isHighSurrogate(value.charAt(116)) ? 116 : 117;
    return value.substring(0, cut) + "... (" + value.length() + " characters)";
  }
}
