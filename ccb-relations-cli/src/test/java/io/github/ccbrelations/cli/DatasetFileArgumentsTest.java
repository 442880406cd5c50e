package io.github.ccbrelations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How the commands that read a dataset file take the one named: what they say of a folder, {@code -} for standard
 * input, and {@code --lenient} for a file of a newer schema version, which their errors point at rather than at the
 * Java API.
 */
class DatasetFileArgumentsTest {
  @TempDir Path folder;

  /** A file of schema version 1.9.0 whose body has a field this version does not know, {@code nickname}. */
  private Path newer;
  /** The same file with this version's schema version: the field is a mistake, not a newer field. */
  private Path unknownField;
  /** The same file without the field: valid. */
  private String valid;

  @BeforeEach
  void files() throws IOException {
    String text;
    try (InputStream in = DatasetFileArgumentsTest.class.getResourceAsStream("newer-relations.json")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    newer = Files.writeString(folder.resolve("newer.json"), text);
    unknownField = Files.writeString(folder.resolve("unknown-field.json"),
        text.replace("\"schemaVersion\": \"1.9.0\"", "\"schemaVersion\": \"1.3.0\""));
    valid = Files.readString(unknownField).replace(", \"nickname\": \"the Centre\"", "");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "validate -|<stdin>: valid, no violations",
      "validate --format json -|\"file\" : \"<stdin>\"",
      "info --data -|source:          <stdin>",
      "find --data=- example-centre|Example Centre",
      "explain --data - centre-coordinator|Example Centre",
      "diff - FILE|",
      "diff FILE -|"
  })
  void aDashReadsTheDatasetFromStandardInput(String line, String shown) throws IOException {
    Path file = Files.writeString(folder.resolve("valid.json"), valid);

    Run run = Run.withInput(valid, line.replace("FILE", file.toString()).split(" "));

    assertThat(run.status()).as("%s", run).isZero();
    assertThat(run.out()).contains(shown == null ? "" : shown);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void standardInputIsNamedInItsViolations() throws IOException {
    Run run = Run.withInput(Files.readString(unknownField), "validate", "-");

    assertThat(run.status()).as("%s", run).isEqualTo(ExitStatus.FAILED);
    assertThat(run.out()).startsWith("<stdin>: 1 error, 0 warnings" + System.lineSeparator())
        .containsPattern("\n  <stdin>:7:\\d+: UNKNOWN_FIELD at \\$\\.bodies\\[0]\\.nickname ");
  }

  @ParameterizedTest
  @CsvSource({"validate - -", "diff - -"})
  void standardInputNamedTwiceIsAUsageError(String line) {
    Run run = Run.withInput(valid, line.split(" "));

    assertThat(run.status()).as("%s", run).isEqualTo(ExitStatus.USAGE_OR_IO);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("Standard input ('-') can be read only once" + System.lineSeparator() + "Usage: ");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "validate|'ccb-relations: '",
      "info --data|'ccb-relations: cannot load dataset: '",
      "diff|'ccb-relations: cannot load dataset: '"
  })
  void aFolderIsSaidToBeAFolderNotAFileWithItsPath(String command, String start) {
    String[] words = (command + " " + folder + (command.equals("diff") ? " " + folder : "")).split(" ");

    Run run = Run.of(words);

    assertThat(run.status()).as("%s", run).isEqualTo(ExitStatus.USAGE_OR_IO);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(
        start + folder + ": UNREADABLE at $: cannot read: it is a folder, not a file" + System.lineSeparator());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "validate FILE",
      "validate --format json FILE",
      "validate --format sarif FILE",
      "info --data FILE",
      "find --data FILE example-centre",
      "diff FILE FILE"
  })
  void aNewerFileFailsWithAdviceToUseLenientNotAJavaMethod(String line) {
    Run run = Run.of(line.replace("FILE", newer.toString()).split(" "));

    assertThat(run.status()).as("%s", run).isEqualTo(ExitStatus.FAILED);
    assertThat(run.out() + run.err())
        .contains("schema version 1.9.0, newer than ")
        .contains("; --lenient reads it, ignoring the fields it does not know")
        .doesNotContain("DatasetReader");
  }

  @Test
  void anUnknownFieldOfThisVersionSaysLenientWouldIgnoreIt() {
    Run run = Run.of("validate", unknownField.toString());

    assertThat(run.status()).as("%s", run).isEqualTo(ExitStatus.FAILED);
    assertThat(run.out()).contains("unknown field 'nickname' in Body; known fields: ")
        .endsWith(" (--lenient would ignore it with a warning)" + System.lineSeparator())
        .doesNotContain("DatasetReader");
  }

  /**
   * A lenient read answers on standard output as a strict one would, and names each field it ignored on standard
   * error, with its place, as {@code validate --lenient} lists it.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "info --lenient --data FILE|dataset version: 2030.01.0|1",
      "find --data FILE --lenient example-centre|Example Centre|1",
      "explain --data=FILE --lenient|Example Centre|1",
      "diff --lenient FILE FILE||2",
      "export --lenient --data FILE --format csv --out OUT|bodies.csv|1"
  })
  void lenientReadsANewerFileAndSaysWhichFieldsItIgnored(String line, String shown, int reads) {
    String ignored = warningOf(Run.of("validate", "--lenient", newer.toString()));

    Run run = Run.of(line.replace("FILE", newer.toString()).replace("OUT", folder.resolve("out").toString())
        .split(" "));

    assertThat(run.status()).as("%s", run).isZero();
    assertThat(run.out()).contains(shown == null ? "" : shown).doesNotContain("UNKNOWN_FIELD");
    assertThat(run.err().lines()).hasSize(reads).containsOnly("ccb-relations: " + ignored);
  }

  @Test
  void lenientNamesTheFieldsItIgnoredInStandardInput() throws IOException {
    String text = Files.readString(newer);
    String ignored = warningOf(Run.withInput(text, "validate", "--lenient", "-"));

    Run run = Run.withInput(text, "find", "--data", "-", "--lenient", "example-centre");

    assertThat(run.status()).as("%s", run).isZero();
    assertThat(run.err()).isEqualTo("ccb-relations: " + ignored + System.lineSeparator());
    assertThat(ignored).startsWith("<stdin>:7:");
  }

  @Test
  void aRulesWarningOfADataFileIsSaidOnStandardErrorWithoutLenient() throws IOException {
    Path lapsed = Files.writeString(folder.resolve("lapsed.json"), valid.replace(
        "\"text\": \"Example Law\"}]}]", "\"text\": \"Example Law\"}]}, {\"id\": \"later-law\", \"kind\": "
            + "\"BELGIAN_LAW\", \"repeals\": [\"example-law\"], \"labels\": [{\"language\": \"en\", \"kind\": "
            + "\"NAME\", \"text\": \"Later Law\"}]}]"));

    Run run = Run.of("info", "--data", lapsed.toString());

    assertThat(run.status()).as("%s", run).isZero();
    assertThat(run.out()).contains("2 legal instruments");
    assertThat(run.err()).startsWith("ccb-relations: " + lapsed + ":9:19: warning MISSING_SUCCESSOR at "
        + "$.instruments[0] (record 'example-law'): instrument 'example-law' is repealed by 'later-law'");
  }

  /** A command's help lists the statuses it ends with when its file is not valid, cannot be read, or is misnamed. */
  @ParameterizedTest
  @CsvSource({"find --data FILE x", "explain --data FILE", "export --data FILE --out OUT", "info --data FILE",
      "diff FILE FILE"})
  void aCommandsHelpGivesTheStatusesOfABadFileAndAWrongCommandLine(String line) {
    String[] words = line.replace("OUT", folder.resolve("out").toString()).split(" ");
    String help = Run.of(words[0], "--help").out().replaceAll("\\s+", " ");

    assertThat(run(words, unknownField).status()).isEqualTo(ExitStatus.FAILED);
    assertThat(run(words, folder.resolve("missing.json")).status()).isEqualTo(ExitStatus.USAGE_OR_IO);
    assertThat(Run.of(words[0], "--no-such-option").status()).isEqualTo(ExitStatus.USAGE_OR_IO);
    assertThat(help).contains(" 1 ", " not a valid dataset", " 2 ", " cannot be read", " the command line is wrong");
  }

  private static Run run(String[] words, Path file) {
    return Run.of(java.util.Arrays.stream(words).map(w -> w.equals("FILE") ? file.toString() : w)
        .toArray(String[]::new));
  }

  /** The one warning a text report of {@code validate} lists, as it lists it, without its indent. */
  private static String warningOf(Run validate) {
    List<String> warnings = validate.out().lines().filter(l -> l.startsWith("  ")).map(String::strip).toList();
    assertThat(warnings).as("%s", validate).singleElement().asString().contains(" warning UNKNOWN_FIELD at ");
    return warnings.get(0);
  }

  @Test
  void validateLenientListsTheIgnoredFieldsAsWarnings() {
    Run run = Run.of("validate", "--lenient", newer.toString());

    assertThat(run.status()).as("%s", run).isZero();
    assertThat(run.out()).startsWith(newer + ": valid, 0 errors, 1 warning")
        .contains("warning UNKNOWN_FIELD at $.bodies[0].nickname (record 'example-centre'): unknown field 'nickname'"
            + " in Body, ignored (lenient reading)");
  }

  @Test
  void lenientWithoutADataFileIsAUsageError() {
    Run run = Run.of("info", "--lenient");

    assertThat(run.status()).as("%s", run).isEqualTo(ExitStatus.USAGE_OR_IO);
    assertThat(run.err()).startsWith("Option '--lenient' is for reading a --data file, and none is given"
        + System.lineSeparator() + "Usage: ccb-relations info [-hV] [--data=FILE] [--lenient]");
  }

  @ParameterizedTest
  @CsvSource({"validate", "find", "explain", "export", "diff", "info"})
  void everyCommandThatReadsAFileListsLenientInItsHelp(String command) {
    assertThat(Run.of(command, "--help").out())
        .containsPattern("\n {6}--lenient +read a file of a newer schema version 1\\.x, ignoring");
  }
}
