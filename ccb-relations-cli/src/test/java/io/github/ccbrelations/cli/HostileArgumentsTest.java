package io.github.ccbrelations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.violation.SafeText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Text from the command line, or the name of a file, that a terminal would act on rather than draw: an escape that
 * clears the screen or sets the window's title, a carriage return that overwrites the line, a right-to-left override,
 * a C1 control, a line separator, a zero-width space, half of a surrogate pair. Every message and result that echoes
 * it shows it escaped, as the library's messages show the text of a file (issue #15).
 */
class HostileArgumentsTest {
  private static final String HOSTILE = "\u001b[2J\u001b]0;pwned\u0007\rOK\u202egnp.exe\u009b31m\u2028\u200b\ud800";
  /** What {@link #HOSTILE} is shown as. */
  private static final String SHOWN =
      "\\u001b[2J\\u001b]0;pwned\\u0007\\rOK\\u202egnp.exe\\u009b31m\\u2028\\u200b\\ud800";
  /** Controls only, so that a file can have it for a name whatever the encoding of file names. */
  private static final String HOSTILE_NAME = "\u001b]0;pwned\u0007\r\u001b[2J";
  /** A character a terminal acts on or draws as nothing, once the lines the tool ends are taken out. */
  private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]");

  @TempDir Path folder;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "X|2|Unknown command: 'X'",
      "validate --X a.json|2|Unknown option: '--X'",
      "validate --format X a.json|2|but was 'X'",
      "export --out d --format ttl,X|2|but was 'X'",
      "diff a.json b.json X|2|Unexpected argument: 'X'",
      "find --lang X NAVO|2|Invalid value for option '--lang': language must be one of fr, nl, en, de: 'X'",
      "find NAVO X|1|nothing found for \"X\"",
      "explain X|1|no role or body matches \"X\"",
      "find --lang fr X|1|aucun résultat pour \"X\""
  })
  void anArgumentIsEchoedEscaped(String line, int status, String said) {
    Run run = Run.of(line.replace("X", HOSTILE).split(" "));

    assertThat(run.status()).as("%s", run).isEqualTo(status);
    assertThat(run.err()).contains(said.replace("X", SHOWN));
    assertPrintable(run);
  }

  @Test
  void aNameThatFindsSomethingHeadsItsAnswerEscaped() {
    // Search reads past what draws nothing and past a lone control character: this finds NATO.
    Run run = Run.of("find", "NATO\u202e\u001b");

    assertThat(run.status()).as("%s", run).isZero();
    assertThat(run.out()).startsWith("\"NATO\\u202e\\u001b\"" + System.lineSeparator() + "  body nato");
    assertPrintable(run);
  }

  @Test
  void aFileNameIsShownEscapedInInfoExportAndTheirErrors() throws IOException {
    Path data = folder.resolve("data" + HOSTILE_NAME + ".json");
    try (InputStream in = CcbRelations.class.getResourceAsStream(CcbRelations.BUNDLED_RESOURCE)) {
      Files.write(data, in.readAllBytes());
    }
    Path out = folder.resolve("out\u001b[2J\r");
    Files.writeString(folder.resolve("a-file"), "");

    Run info = Run.of("info", "--data", data.toString());
    Run export = Run.of("export", "--format", "csv", "--out", out.toString());
    Run unwritable = Run.of("export", "--format", "csv", "--out", folder.resolve("a-file/out\u001b[2J").toString());

    assertThat(info.out()).contains("source:          " + SafeText.escaped(data.toString()) + System.lineSeparator());
    assertThat(export.out()).contains("out\\u001b[2J\\r" + out.getFileSystem().getSeparator() + "roles.csv");
    assertThat(Files.exists(out.resolve("roles.csv"))).isTrue();
    assertThat(unwritable.status()).as("%s", unwritable).isEqualTo(ExitStatus.USAGE_OR_IO);
    assertThat(unwritable.err()).contains("a-file").contains("out\\u001b[2J");
    for (Run run : new Run[] {info, export, unwritable}) {
      assertPrintable(run);
    }
  }

  @Test
  void exportIntoAFileOrALinkToNothingSaysItIsNoFolder() throws IOException {
    Path file = Files.writeString(folder.resolve("a-file"), "kept");
    Path link = Files.createSymbolicLink(folder.resolve("a-link"), folder.resolve("nothing"));

    for (Path out : new Path[] {file, link}) {
      Run run = Run.of("export", "--format", "csv", "--out", out.toString());

      assertThat(run.status()).as("%s", run).isEqualTo(ExitStatus.USAGE_OR_IO);
      assertThat(run.err()).isEqualTo("ccb-relations: cannot read or write " + out + ": not a folder"
          + System.lineSeparator());
    }
    assertThat(Files.readString(file)).isEqualTo("kept");
  }

  private static void assertPrintable(Run run) {
    for (String stream : new String[] {run.out(), run.err()}) {
      assertThat(stream.replace(System.lineSeparator(), "")).as("%s", run).doesNotContainPattern(UNPRINTABLE);
    }
  }
}
