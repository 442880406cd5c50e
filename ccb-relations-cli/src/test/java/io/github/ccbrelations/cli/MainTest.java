package io.github.ccbrelations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The tool's usage errors and help, in this JVM: what the user is told, where, and with which status. */
class MainTest {
  private static Run run(String... args) {
    return Run.of(args);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "fnd NAVO|Unknown command: 'fnd'|Did you mean: ccb-relations find?",
      "validat x.json|Unknown command: 'validat'|Did you mean: ccb-relations validate?",
      "frobnicate|Unknown command: 'frobnicate'|Usage: ccb-relations [-hV] [COMMAND]",
      "find|Missing required parameter: 'NAME'|Usage: ccb-relations find ",
      "find --data|Missing required parameter for option '--data' (FILE)|Usage: ccb-relations find ",
      "find --lang xx NAVO|Invalid value for option '--lang': language must be one of|Usage: ccb-relations find ",
      "find --bogus NAVO|Unknown option: '--bogus'|Usage: ccb-relations find ",
      "validate --format xml x.json|expected one of text, json, sarif but was 'xml'|Usage: ccb-relations validate ",
      "diff a.json|Missing required parameter: 'NEW'|Usage: ccb-relations diff ",
      "diff a.json b.json c.json|Unexpected argument: 'c.json'|Usage: ccb-relations diff ",
      "info extra|Unexpected argument: 'extra'|Usage: ccb-relations info ",
      "explain --as-of 2020-13-01|Invalid value for option '--as-of'|Usage: ccb-relations explain ",
      "export|Missing required option: '--out=DIR'|Usage: ccb-relations export ",
      "export --out d --format ttl,pdf|expected one of ttl, jsonld, csv, mermaid, dot, html but was 'pdf'|Usage:",
      // "-" is standard input or output elsewhere: export writes several files, so it is no folder name.
      "export --out -|Invalid value for option '--out': '-' is standard output, and export writes a folder of files"
          + "|Usage: ccb-relations export ",
      "export --format csv --out=-|Invalid value for option '--out': '-' is standard output|Usage: ccb-relations ",
      "--bogus|Unknown option: '--bogus'|Usage: ccb-relations [-hV] [COMMAND]",
      "help fnd|Unknown command: 'fnd'|Did you mean: ccb-relations find?",
      "validate --frmat json x.json|Unknown option: '--frmat'|Did you mean: --format?",
      "find --language fr NAVO|Unknown option: '--language'|Did you mean: --lang?",
      "export --output d|Unknown option: '--output'|Did you mean: --out?",
      "explain --as_of 2020-06-01|Unknown option: '--as_of'|Did you mean: --as-of?"
  })
  void usageErrorsSayWhatIsWrongThenTheUsageOnStandardErrorWithStatusTwo(String line, String error, String then) {
    Run run = run(line.split(" "));

    assertThat(run.status()).as("%s", run).isEqualTo(ExitStatus.USAGE_OR_IO);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith(error.startsWith("expected") ? "Invalid value for option '--format': " : error)
        .contains(error, then);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "validate|a\0b.json|Invalid value for parameter 'FILE': 'a\\0b.json' is no file name|validate",
      "diff|a.json|b\0.json|Invalid value for parameter 'NEW': 'b\\0.json' is no file name|diff",
      "find|--data|a\0b.json|NAVO|Invalid value for option '--data': 'a\\0b.json' is no file name|find",
      "export|--out=d\0x|Invalid value for option '--out': 'd\\0x' is no file name|export"
  })
  void aNulInAFileNameIsAUsageErrorThatNamesTheArgument(ArgumentsAccessor line) {
    int words = line.size() - 2;
    Run run = run(line.toList().subList(0, words).toArray(String[]::new));

    assertThat(run.status()).as("%s", run).isEqualTo(ExitStatus.USAGE_OR_IO);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith(line.getString(words) + " (")
        .contains(System.lineSeparator() + "Usage: ccb-relations " + line.getString(words + 1) + " ")
        .doesNotContain("\0");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "validate||Invalid value for parameter 'FILE': '' is no file name (it is empty)",
      "diff|a.json||Invalid value for parameter 'NEW': '' is no file name (it is empty)",
      "info|--data=|Invalid value for option '--data': '' is no file name (it is empty)",
      "export|--format=csv|--out=|Invalid value for option '--out': '' is no file name (it is empty)"
  })
  void anEmptyFileNameIsAUsageErrorNotTheWorkingFolder(ArgumentsAccessor line) {
    int words = line.size() - 1;
    Run run = run(line.toList().subList(0, words).stream().map(w -> w == null ? "" : (String) w)
        .toArray(String[]::new));

    assertThat(run.status()).as("%s", run).isEqualTo(ExitStatus.USAGE_OR_IO);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith(line.getString(words) + System.lineSeparator() + "Usage: ccb-relations ");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "find|''|Invalid value for parameter 'NAME': the name to look up is empty",
      "find|NAVO|' '|Invalid value for parameter 'NAME': the name to look up is empty",
      "explain|'\t'|Invalid value for parameter 'ROLE-OR-BODY': the name to look up is empty"
  })
  void anEmptyOrBlankNameIsAUsageErrorNotALookup(ArgumentsAccessor line) {
    int words = line.size() - 1;
    Run run = run(line.toList().subList(0, words).stream().map(w -> ((String) w).replace("\\t", "\t"))
        .toArray(String[]::new));

    assertThat(run.status()).as("%s", run).isEqualTo(ExitStatus.USAGE_OR_IO);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith(line.getString(words) + System.lineSeparator() + "Usage: ccb-relations "
        + line.getString(0) + " ");
  }

  @Test
  void noCommandIsAUsageError() {
    Run run = run();

    assertThat(run.status()).isEqualTo(ExitStatus.USAGE_OR_IO);
    assertThat(run.err()).startsWith("Missing command: validate, find, explain, export, diff or info")
        .contains(Main.usage().text());
  }

  @Test
  void helpOfACommandWinsOverItsMistakesAndGoesToStandardOutput() {
    Run help = run("diff", "--help");
    Run helpCommand = run("help", "diff");
    Run top = run("help");

    assertThat(help).isEqualTo(new Run(0, DiffCommand.USAGE.text(), ""));
    assertThat(helpCommand).isEqualTo(help);
    assertThat(top).isEqualTo(new Run(0, Main.usage().text(), ""));
    assertThat(run("-h")).isEqualTo(top);
    assertThat(run("help", "help")).isEqualTo(top);
  }

  @Test
  void versionGoesToStandardOutputForTheToolAndEveryCommandButHelpWins() {
    Run version = new Run(0, Versions.text(), "");

    assertThat(run("--version")).isEqualTo(version);
    assertThat(run("-V")).isEqualTo(version);
    assertThat(run("find", "--version")).isEqualTo(version);
    assertThat(run("-V", "-h")).isEqualTo(new Run(0, Main.usage().text(), ""));
  }

  @Test
  void aCommandsHelpListsItsOwnOptionsWithTheSharedOnesInOneTable() {
    assertThat(run("export", "--help").out()).isEqualTo("""
        Usage: ccb-relations export [-hV] [--data=FILE] [--lenient] [-l=fr|nl|en|de]
                                    --out=DIR [--format=FORMAT[,FORMAT...]]...
        Writes the dataset (its whole history) as Turtle, JSON-LD (context embedded,
        which loads offline, and referenced, with the context beside it), CSV (roles,
        bodies and instruments), Mermaid or DOT (the relations graph) and the explorer
        page (HTML) to a folder, and prints each file written.
        Exit status: 0 written, 1 the --data file is not a valid dataset, 2 a file
        cannot be read or written, or the command line is wrong.
              --data=FILE          a dataset file in the ccb-relations format to use
                                     instead of the bundled dataset; - for standard
                                     input
              --format=FORMAT[,FORMAT...]
                                   the forms to write: ttl, jsonld, csv, mermaid, dot,
                                     html; repeated or separated by commas (default:
                                     all)
          -h, --help               Show this help message and exit.
          -l, --lang=fr|nl|en|de   the language of explanations, names and headings:
                                     fr, nl, en or de (default: en)
              --lenient            read a file of a newer schema version 1.x, ignoring
                                     the fields this version does not know, each named
                                     in a warning (by validate in its report, by the
                                     other commands on standard error); default: they
                                     are errors
              --out=DIR            the folder to write to; made if missing
          -V, --version            Print version information and exit.
        """);
  }

  @Test
  void typosNearNoCommandGetNoSuggestion() {
    assertThat(Main.distance("fnd", "find")).isEqualTo(1);
    assertThat(Main.distance("export", "export")).isZero();
    assertThat(Main.distance("", "info")).isEqualTo(4);
    assertThat(run("").err()).startsWith("Unknown command: ''" + System.lineSeparator() + "Usage:");
    assertThat(run("frobnicate").err())
        .startsWith("Unknown command: 'frobnicate'" + System.lineSeparator() + "Usage:");
  }
}
