package io.github.ccbrelations.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line archive unpacked and its launcher run as a user runs it ({@code bin/ccb-relations}), with its
 * class-data-sharing archive in a folder of the test's: the archive is made by the first run, used by the next, made
 * again for a changed jar, and never changes what a run prints or its exit status.
 */
class LauncherIT {
  @TempDir Path home;
  private Path launcher;
  private Path jar;
  private Path cds;

  @BeforeEach
  void unpack() throws IOException {
    assumeThat(Path.of("/bin/sh")).as("a POSIX shell").exists();
    String version = System.getProperty("dist.codeVersion");
    Path zip = Path.of(System.getProperty("dist.directory")).resolve("ccb-relations-cli-" + version + ".zip");
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (Enumeration<? extends ZipEntry> e = file.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        Path to = home.resolve(entry.getName());
        if (entry.isDirectory()) {
          Files.createDirectories(to);
        } else {
          try (InputStream in = file.getInputStream(entry)) {
            Files.copy(in, to);
          }
        }
      }
    }
    Path top = home.resolve("ccb-relations-cli-" + version);
    launcher = top.resolve("bin/ccb-relations");
    jar = top.resolve("lib/ccb-relations-cli.jar");
    cds = home.resolve("cds");
  }

  @Test
  void makesTheArchiveOnTheFirstRunAndPrintsTheSameWithIt() throws IOException {
    Run first = run(cds, "find", "NAVO");
    List<Path> made = archives(cds);
    Run second = run(cds, "find", "NAVO");

    assertThat(first.status).as(first.toString()).isZero();
    assertThat(first.out).contains("body nato: North Atlantic Treaty Organization");
    assertThat(made).hasSize(1);
    assertThat(second.status).isZero();
    assertThat(second.out).isEqualTo(first.out);
    assertThat(second.err).isEmpty();
    assertThat(archives(cds)).isEqualTo(made);
  }

  @Test
  void keepsTheExitStatusWithAndWithoutTheArchive() throws IOException {
    Run first = run(cds, "find", "NO-SUCH-BODY");
    List<Path> made = archives(cds);
    Run second = run(cds, "find", "NO-SUCH-BODY");

    assertThat(first.status).as(first.toString()).isEqualTo(1);
    // The second run had the archive the first one made: both ways are compared.
    assertThat(made).hasSize(1);
    assertThat(second.status).isEqualTo(1);
    assertThat(second.err).isEqualTo(first.err).contains("nothing found for \"NO-SUCH-BODY\"");
  }

  @Test
  void makesANewArchiveForAJarNewerThanItsArchive() throws IOException {
    run(cds, "info");
    // As if the jar had been rebuilt an hour after the archive was made.
    FileTime anHourAgo = FileTime.from(Instant.now().minusSeconds(3600));
    for (Path archive : archives(cds)) {
      Files.setLastModifiedTime(archive, anHourAgo);
    }

    Run changed = run(cds, "info");

    assertThat(changed.status).as(changed.toString()).isZero();
    assertThat(changed.err).isEmpty();
    List<Path> after = archives(cds);
    assertThat(after).hasSize(1);
    assertThat(Files.getLastModifiedTime(after.get(0))).isGreaterThan(anHourAgo);
  }

  @Test
  void makesTheArchiveOnceForAJarDatedInTheFuture() throws IOException {
    // As if unpacked on a machine whose clock is behind the one that built it: newer than any archive made now.
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plus(1, ChronoUnit.DAYS)));
    run(cds, "info");
    List<Path> made = archives(cds);
    Object file = Files.readAttributes(made.get(0), BasicFileAttributes.class).fileKey();

    Run second = run(cds, "info");

    assertThat(second.status).as(second.toString()).isZero();
    assertThat(second.err).isEmpty();
    assertThat(archives(cds)).isEqualTo(made);
    // A new archive replaces the old by a rename: the same file key means it was not made again.
    assertThat(Files.readAttributes(made.get(0), BasicFileAttributes.class).fileKey()).isNotNull().isEqualTo(file);
  }

  @Test
  void runsWithoutAnArchiveWhereNoneCanBeWritten() throws IOException {
    // Under a regular file: no folder can be made there, whoever runs the test (root included).
    Path blocked = Files.writeString(home.resolve("not-a-folder"), "").resolve("cds");

    Run first = run(blocked, "find", "NAVO");
    Run second = run(blocked, "find", "NAVO");

    assertThat(first.status).as(first.toString()).isZero();
    assertThat(first.err).isEmpty();
    assertThat(second.out).isEqualTo(first.out);
  }

  @Test
  void saysWhatToDoWhenJavaHomeHasNoJava() throws IOException {
    Run run = run(Map.of("JAVA_HOME", home.toString()), cds, "find", "NAVO");

    assertThat(run.status).as(run.toString()).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo("ccb-relations: JAVA_HOME is " + home + ", which has no bin/java: set it to a JDK 17"
        + " or later, or unset it to use the java on the PATH\n");
  }

  @Test
  void saysThatJavaSeventeenIsNeededWhenJavaHomeIsOlder() throws IOException {
    Path jdk = fakeJava("jdk-11", "JAVA_VERSION=\"11.0.2\"\n");

    Run run = run(Map.of("JAVA_HOME", jdk.toString()), cds, "find", "NAVO");

    assertThat(run.status).as(run.toString()).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo("ccb-relations: needs Java 17 or later, but JAVA_HOME is " + jdk + ", which is"
        + " Java 11.0.2: set it to a JDK 17 or later\n");
  }

  @Test
  void asksTheJavaOnThePathItsVersionWhenItHasNoReleaseFile() throws IOException {
    Path jdk = fakeJava("jre-8", null);
    Map<String, String> environment = new HashMap<>();
    environment.put("PATH", jdk.resolve("bin") + File.pathSeparator + System.getenv("PATH"));

    Run run = run(environment, cds, "find", "NAVO");

    assertThat(run.status).as(run.toString()).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo("ccb-relations: needs Java 17 or later, but the java on the PATH, "
        + jdk.resolve("bin/java") + ", is Java 1.8.0_292: install a JDK 17 or later, or set JAVA_HOME to one\n");
  }

  /**
   * A Java installation of the test's own in a folder of the home, with a release file that says {@code release}
   * (none when null) and a {@code bin/java} that answers {@code -version} as Java 8 does and fails any other run, so
   * that a launcher that runs the tool with it fails the test.
   */
  private Path fakeJava(String name, String release) throws IOException {
    Path jdk = home.resolve(name);
    Path java = Files.createDirectories(jdk.resolve("bin")).resolve("java");
    Files.writeString(java, """
        #!/bin/sh
        if [ "$1" = -version ]; then
          echo 'openjdk version "1.8.0_292"' >&2
          exit 0
        fi
        echo "the fake java ran the tool" >&2
        exit 99
        """);
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    if (release != null) {
      Files.writeString(jdk.resolve("release"), release);
    }
    return jdk;
  }

  private List<Path> archives(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }

  private record Run(int status, String out, String err) {
    @Override
    public String toString() {
      return "exit " + status + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  private Run run(Path cdsFolder, String... args) throws IOException {
    return run(Map.of("JAVA_HOME", System.getProperty("java.home")), cdsFolder, args);
  }

  private Run run(Map<String, String> environment, Path cdsFolder, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("/bin/sh", launcher.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(home, "out", ".txt");
    Path err = Files.createTempFile(home, "err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().putAll(environment);
    if (!environment.containsKey("JAVA_HOME")) {
      builder.environment().remove("JAVA_HOME");
    }
    builder.environment().put("CCB_RELATIONS_CDS_DIR", cdsFolder.toString());
    builder.environment().remove("CCB_RELATIONS_CDS");
    builder.environment().remove("JAVA_OPTS");
    Process process = builder.start();
    process.getOutputStream().close();
    try {
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("no exit within 120 s: " + command);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
