package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A path that is not a regular file (a named pipe, such as a shell's {@code <(...)}) can be read only once: the loader
 * must not open it again to place the rules' violations, which would wait for ever for a writer that has gone. It holds
 * the bytes instead, so that the violations are placed as a regular file's are.
 */
class NonRegularFileTest {
  /** Not a timing: a guard that turns a load waiting for ever into a failure. */
  private static final Duration HANG = Duration.ofMinutes(2);

  @Test
  void aNamedPipeIsReadOnceAndPlacedAsARegularFile(@TempDir Path dir) throws Exception {
    Path pipe = dir.resolve("relations.json");
    assumeTrue(mkfifo(pipe), "mkfifo is not available");
    // A cycle, which only the rules find, on a line with accented letters before it: placed in characters.
    byte[] bytes = Files.readString(HostileInputCatalogueTest.file("48-part-of-cycle"))
        .replace("\"partOf\"", "\"seat\": {\"fr\": \"Liège\"}, \"partOf\"").getBytes(StandardCharsets.UTF_8);
    Path regular = Files.write(dir.resolve("regular.json"), bytes);
    List<Function<Path, List<Violation>>> checks = List.of(
        p -> catchThrowableOfType(DatasetLoadException.class, () -> DatasetReader.standard().read(p)).violations(),
        p -> Validator.standard().validate(p).violations(),
        p -> DatasetReader.lenient().validate(p).violations());

    for (Function<Path, List<Violation>> check : checks) {
      // The writer writes the file once, as a process behind <(...) does, and is gone.
      Thread writer = new Thread(() -> {
        try (OutputStream out = Files.newOutputStream(pipe)) {
          out.write(bytes);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      writer.setDaemon(true);
      writer.start();

      List<Violation> violations = assertTimeoutPreemptively(HANG, () -> check.apply(pipe));

      assertThat(violations).anySatisfy(v -> {
        assertThat(v.code()).isEqualTo(ViolationCode.CYCLE);
        assertThat(v.jsonPath()).isEqualTo("$.bodies[0].partOf");
      });
      assertThat(violations).extracting(Violation::code, Violation::line, Violation::column, Violation::jsonPath)
          .isEqualTo(check.apply(regular).stream()
              .map(v -> tuple(v.code(), v.line(), v.column(), v.jsonPath())).toList());
      writer.join();
    }
  }

  private static boolean mkfifo(Path path) throws InterruptedException {
    try {
      return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }
}
