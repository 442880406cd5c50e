package io.github.ccbrelations.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One run of the tool in this JVM: its exit status and what it printed on each stream. */
record Run(int status, String out, String err) {
  /** A run with nothing on standard input. */
  static Run of(String... args) {
    return withInput("", args);
  }

  /** A run with the given text, in UTF-8, on standard input. */
  static Run withInput(String input, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), new PrintStream(out),
        new PrintStream(err), args);
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
