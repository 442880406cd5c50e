package io.github.ccbrelations.cli;

import io.github.ccbrelations.data.CcbRelations;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The run that the launcher {@code bin/ccb-relations} of the release archive makes its class-data-sharing archive
 * from: the everyday commands, one after the other in one JVM, their output discarded, so that the archive holds the
 * classes of each ({@code -XX:ArchiveClassesAtExit}). Not a command of the tool; users never run it.
 */
public final class ArchiveTraining {
  private ArchiveTraining() {}

  /**
   * Runs {@code --help}, {@code find} (a name found and a typo), {@code explain}, {@code info} and {@code validate}
   * of a copy of the bundled file.
   *
   * @param args unused
   * @throws IOException if the copy cannot be written
   */
  public static void main(String[] args) throws IOException {
    InputStream noInput = InputStream.nullInputStream();
    PrintStream none = new PrintStream(OutputStream.nullOutputStream());
    Path copy = Files.createTempFile("ccb-relations-training", ".json");
    try {
      try (InputStream in = CcbRelations.class.getResourceAsStream(CcbRelations.BUNDLED_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the bundled dataset " + CcbRelations.BUNDLED_RESOURCE + " is missing");
        }
        Files.write(copy, in.readAllBytes());
      }
      Main.run(noInput, none, none, "--help");
      Main.run(noInput, none, none, "find", "NAVO");
      Main.run(noInput, none, none, "find", "ENSIA");
      Main.run(noInput, none, none, "explain");
      Main.run(noInput, none, none, "info");
      Main.run(noInput, none, none, "validate", copy.toString());
    } finally {
      Files.deleteIfExists(copy);
    }
  }
}
