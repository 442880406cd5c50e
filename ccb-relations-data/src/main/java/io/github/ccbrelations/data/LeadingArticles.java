package io.github.ccbrelations.data;

/**
 * Drops the articles people put before a name ("l'Agence ...", "de Raad ...", "die Agentur ...", "the Council ..."),
 * so that a name is found with or without them: French le, la, les, l', du, des, de, d'; Dutch de, het, 't; German
 * der, die, das, den, dem, des; English the. Two rounds, for "de la" and "de l'". An article is only dropped when a
 * name follows it: "De" alone stays.
 */
final class LeadingArticles {
  private static final String[] ARTICLES = {"l'", "l’", "d'", "d’", "le ", "la ", "les ", "du ", "des ", "de ", "het ",
      "'t ", "’t ", "der ", "die ", "das ", "den ", "dem ", "the "};

  private LeadingArticles() {}

  static String strip(String text) {
    String rest = once(text);
    return rest == text ? text : once(rest);
  }

  private static String once(String text) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    // Most names start with none of the articles' first letters: no comparison at all.
    if (start == text.length() || "lLdDhHtT'’".indexOf(text.charAt(start)) < 0) {
      return text;
    }
    for (String article : ARTICLES) {
      if (text.regionMatches(true, start, article, 0, article.length())
          && hasLetterOrDigit(text, start + article.length())) {
        return text.substring(start + article.length()).stripLeading();
      }
    }
    return text;
  }

  private static boolean hasLetterOrDigit(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
