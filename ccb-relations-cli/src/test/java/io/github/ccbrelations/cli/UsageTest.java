package io.github.ccbrelations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The help laid out from the declarations: synopsis, paragraphs, then the table, within 80 columns. */
class UsageTest {
  private static final Option LONG = new Option("", "--format", "FORMAT[,FORMAT...]", Option.Presence.REPEATABLE,
      "the forms to write, repeated or separated by commas");
  private static final Option SHORT = new Option("-z", "--zone", "ZONE", Option.Presence.REQUIRED, "the zone");
  private static final Option PLAIN = Option.of("--at", "DATE", "the day to answer for, a long help line that has "
      + "to be wrapped at the edge of the terminal, twice over to show the indent of each further line");

  @Test
  void synopsisTableAndWrappingFollowTheDeclarations() {
    Usage usage = new Usage("try", "Tries the layout of a command's help with a summary long enough to be wrapped "
        + "onto a second line.", "Exit status: 0 tried.",
        List.of(new Positional("OLD", 1, 1, "the old one"), new Positional("MORE", 0, Positional.MANY, "more")),
        List.of(PLAIN, SHORT, LONG));

    assertThat(usage.text()).isEqualTo("""
        Usage: ccb-relations try [-hV] [--at=DATE] -z=ZONE
                                 [--format=FORMAT[,FORMAT...]]... OLD [MORE...]
        Tries the layout of a command's help with a summary long enough to be wrapped
        onto a second line.
        Exit status: 0 tried.
              OLD           the old one
              [MORE...]     more
              --at=DATE     the day to answer for, a long help line that has to be
                              wrapped at the edge of the terminal, twice over to show
                              the indent of each further line
              --format=FORMAT[,FORMAT...]
                            the forms to write, repeated or separated by commas
          -h, --help        Show this help message and exit.
          -V, --version     Print version information and exit.
          -z, --zone=ZONE   the zone
        """);
  }

  @Test
  void aPositionalWithoutAHelpLineIsInTheSynopsisOnly() {
    Usage usage = new Usage("", "The tool.", "", List.of(new Positional("COMMAND", 0, 1, "")), List.of(),
        () -> "Commands: none\n");

    assertThat(usage.text()).isEqualTo("""
        Usage: ccb-relations [-hV] [COMMAND]
        The tool.
          -h, --help      Show this help message and exit.
          -V, --version   Print version information and exit.
        Commands: none
        """);
  }
}
