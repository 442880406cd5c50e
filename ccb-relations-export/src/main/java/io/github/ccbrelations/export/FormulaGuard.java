package io.github.ccbrelations.export;

/**
 * Whether a CSV export keeps spreadsheet programs from reading a cell as a formula (CSV or formula injection).
 * Excel, LibreOffice Calc and Google Sheets evaluate a cell that starts with {@code =}, {@code +}, {@code -} or
 * {@code @} (and, in some of them, a tab, a line break or a null character before one; Excel in a Japanese locale,
 * reportedly, also their full-width forms), so a crafted name could fetch a URL or run a command when the file is opened.
 */
public enum FormulaGuard {
  /**
   * A cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab, a carriage return, a line feed or a
   * null character (OWASP's CSV Injection page and its ASVS 1.2.10), or with the full-width {@code ＝}, {@code ＋},
   * {@code －} or {@code ＠} (U+FF1D, U+FF0B, U+FF0D, U+FF20), gets a single quote ({@code '}) in front, as OWASP
   * recommends: spreadsheet programs show the text and evaluate nothing. The default. The quote is no escape a reader
   * can undo: a cell that already starts with one (a name such as {@code 's-Hertogenbosch}) is written as it is, so
   * read the data itself with {@link #OFF}.
   */
  NEUTRALISE,
  /** Every cell as the data has it, for programs that read the CSV as data and never as a spreadsheet. */
  OFF;

  /** The characters that make a spreadsheet read a cell as a formula when they start it. */
  private static final String FORMULA_STARTS = "=+-@\t\r\n\u0000\uff1d\uff0b\uff0d\uff20";

  /** The cell as this guard writes it. */
  String apply(String cell) {
    return this == NEUTRALISE && !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }
}
