package io.github.ccbrelations.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Argument checks shared by the value types; every message names the offending value. */
final class Checks {
  static final int MAX_SLUG_LENGTH = 80;
  static final Pattern CELEX = Pattern.compile("[0-9CE][0-9]{4}[A-Z]{1,2}[0-9]{4}(?:\\([0-9]{1,3}\\))?");
  static final Pattern NUMAC = Pattern.compile("(?:183[1-9]|18[4-9][0-9]|19[0-9]{2}|20[0-9]{2})[0-9]{6}");
  static final Pattern OSCE_DECISION = Pattern.compile("(?:PC|MC|FSC)\\.DEC/[0-9]{1,5}(?:/Corr\\.[0-9]+)?");
  static final Pattern ELI_PATH = Pattern.compile("/eli/[a-z_]+/[0-9]{4}/[^/]+(?:/[^/]+)*");
  static final Pattern EU_ELI_PATH = Pattern.compile("/eli/[a-z_]+/[0-9]{4}/[0-9]+/oj(?:/[a-z]{3})?");
  static final Pattern DATASET_VERSION = Pattern.compile("(20[0-9]{2})\\.(0[1-9]|1[0-2])\\.(0|[1-9][0-9]{0,3})");
  static final Pattern SCHEMA_VERSION =
      Pattern.compile("(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})");

  private Checks() {}

  static String slug(String what, String value) {
    if (value.length() > MAX_SLUG_LENGTH || !isSlug(value)) {
      throw new IllegalArgumentException(
          what
              + " must be a lower-case slug of letters a-z, digits and single hyphens, at most "
              + MAX_SLUG_LENGTH
              + " characters: '"
              + abbreviate(value)
              + "'");
    }
    return value;
  }

  /** Whether the value is letters a-z and digits in runs joined by single hyphens; a loop, not a regular expression, since every id of every record passes here. */
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
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank: '" + value + "'");
    }
    if (!value.equals(value.strip())) {
      throw new IllegalArgumentException(
          what + " must not start or end with white space: '" + abbreviate(value) + "'");
    }
    return value;
  }

  static java.net.URI webUrl(String what, java.net.URI url) {
    if (!isWebUrl(url)) {
      throw new IllegalArgumentException(what + " must be an absolute http or https URL: '" + url + "'");
    }
    return url;
  }

  /** Whether {@link #webUrl} accepts the URL; lets a caller name what it checks only when the check fails. */
  static boolean isWebUrl(java.net.URI url) {
    String scheme = url.getScheme();
    return url.isAbsolute()
        && ("http".equals(scheme) || "https".equals(scheme))
        && url.getHost() != null
        && !url.getHost().isEmpty();
  }

  /** Whether {@link #text} accepts the value. */
  static boolean isText(String value) {
    return !value.isBlank() && value.equals(value.strip());
  }

  /**
   * The first element of a short list equal to one before it, or null: a record lists a handful of references, so
   * comparing each with those before it beats a hash set, and the caller names the list only when one is repeated.
   */
  static <T> @org.jspecify.annotations.Nullable T firstRepeated(List<T> values) {
    int n = values.size();
    if (n > 16) {
      Set<T> seen = new HashSet<>();
      for (T value : values) {
        if (!seen.add(value)) {
          return value;
        }
      }
      return null;
    }
    for (int i = 1; i < n; i++) {
      T b = values.get(i);
      for (int j = 0; j < i; j++) {
        if (values.get(j).equals(b)) {
          return b;
        }
      }
    }
    return null;
  }

  static <T> void distinct(String what, List<T> values) {
    T repeated = firstRepeated(values);
    if (repeated != null) {
      throw new IllegalArgumentException(what + " lists '" + repeated + "' twice");
    }
  }

  /** The number written by the ASCII digits of {@code text} from {@code from} to {@code to}, checked before. */
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

  static String abbreviate(String value) {
    return value.length() <= 120 ? value : value.substring(0, 117) + "...";
  }
}
