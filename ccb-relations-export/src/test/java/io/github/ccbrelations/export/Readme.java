package io.github.ccbrelations.export;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project's root (the folder with README.md and the parent pom) by walking up from this module. */
final class Readme {
  private Readme() {}

  static Path projectRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("ccb-relations-export"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("no README.md above " + Path.of("").toAbsolutePath());
  }
}
