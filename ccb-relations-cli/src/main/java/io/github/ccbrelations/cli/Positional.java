package io.github.ccbrelations.cli;

/**
 * A positional argument of a command, declared once: {@link Arguments} checks how many are given by it and
 * {@link Usage} prints it.
 *
 * @param label what it is, such as {@code FILE}
 * @param min how many must be given
 * @param max how many may be given; {@link #MANY} for no limit
 * @param help its line of the help; empty for none (the tool's {@code COMMAND}, listed under "Commands:")
 */
record Positional(String label, int min, int max, String help) {
  /** No limit. */
  static final int MANY = Integer.MAX_VALUE;

  /** How the synopsis and the help show it: {@code OLD}, {@code NAME...}, {@code [ROLE-OR-BODY...]}. */
  String synopsis() {
    String given = max > 1 ? label + "..." : label;
    return min == 0 ? "[" + given + "]" : given;
  }
}
