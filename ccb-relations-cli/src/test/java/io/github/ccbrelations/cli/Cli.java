package io.github.ccbrelations.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The built jar run as a user runs it, {@code java -jar ccb-relations-cli-<version>.jar ...}, in a folder. */
final class Cli {
  /** The shaded jar, passed by failsafe from the pom. */
  static final Path JAR = Path.of(System.getProperty("cli.jar", "target/ccb-relations-cli.jar"));

  /** What a run printed and its exit status. */
  record Result(int status, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }

    @Override
    public String toString() {
      return "exit " + status + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  private Cli() {}

  static Result run(Path folder, String... args) {
    return run(folder, List.of(), args);
  }

  /** A run with options for the JVM, such as {@code -Xlog:class+load}. */
  static Result run(Path folder, List<String> jvmOptions, String... args) {
    return run(folder, jvmOptions, new byte[0], args);
  }

  /** A run with the given bytes on its standard input. */
  static Result withInput(Path folder, byte[] input, String... args) {
    return run(folder, List.of(), input, args);
  }

  private static Result run(Path folder, List<String> jvmOptions, byte[] input, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(JAR.toAbsolutePath().toString());
    command.addAll(List.of(args));
    try {
      Path out = Files.createTempFile(folder, "stdout", ".txt");
      Path err = Files.createTempFile(folder, "stderr", ".txt");
      Process process = new ProcessBuilder(command)
          .directory(folder.toFile())
          .redirectOutput(out.toFile())
          .redirectError(err.toFile())
          .start();
      try (OutputStream stdin = process.getOutputStream()) {
        stdin.write(input);
      }
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("no exit within 120 s: " + command);
      }
      Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
      Files.delete(out);
      Files.delete(err);
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
