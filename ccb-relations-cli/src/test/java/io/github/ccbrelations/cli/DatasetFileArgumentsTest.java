package io.github.ccbrelations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the commands that read a dataset file take the one named: what they say of a folder. */
class DatasetFileArgumentsTest {
  @TempDir Path folder;

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
}
