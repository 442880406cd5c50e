package io.github.ccbrelations.export;

/** Escaping for text written into HTML and SVG: element content, attribute values and inline script data. */
final class Html {
  private Html() {}

  /** Element content: ampersands and angle brackets escaped. */
  static String text(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** A double-quoted attribute value: also quotes escaped. */
  static String attr(String s) {
    return text(s).replace("\"", "&quot;");
  }

  /**
   * JSON placed inside a script element: every "&lt;" written as its JSON escape (the same string to a JSON reader),
   * so no text of the data can close the element or open a comment.
   */
  static String scriptData(String json) {
    return json.replace("<", "\\u003c");
  }
}
