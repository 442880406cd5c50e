package io.github.ccbrelations.dist;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.DatasetReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SortedMap;

/**
 * Writes the dataset archive for people without Java: {@code ccb-relations-dataset-<datasetVersion>.zip}, holding
 * the bundled dataset, its schema and context, every export, the licences and {@code SHA256SUMS}. Run by the build
 * ({@code exec-maven-plugin} in this module); the same inputs give the same bytes.
 */
public final class BuildArchive {
  private BuildArchive() {}

  /**
   * Builds the archive.
   *
   * @param args the folder to write to, the repository root (for the licences), the code version, and the time
   *     stamped on every entry ({@code project.build.outputTimestamp}, ISO-8601)
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      throw new IllegalArgumentException("usage: BuildArchive OUT_DIR ROOT_DIR CODE_VERSION TIMESTAMP");
    }
    build(Path.of(args[0]), Path.of(args[1]), args[2], Instant.parse(args[3]));
  }

  /**
   * Builds the archive from the bundled dataset.
   *
   * @param folder the folder to write the archive to; created when missing
   * @param root the repository root, which holds LICENSE, LICENSE-DATA and NOTICE
   * @param codeVersion the version of the code that made the exports
   * @param timestamp the time stamped on every entry
   * @return the archive written; never null
   * @throws IOException if a file cannot be read or written
   */
  public static Path build(Path folder, Path root, String codeVersion, Instant timestamp) throws IOException {
    byte[] bundled = bundledBytes();
    // The archive's dataset must be the exact bytes the library loads: read it back from them.
    Dataset data = DatasetReader.standard().read(bundled, CcbRelations.BUNDLED_RESOURCE);
    String name = "ccb-relations-dataset-" + data.info().datasetVersion().text();
    SortedMap<String, byte[]> files = ArchiveContents.of(data, bundled, root, codeVersion);
    files.put(Sha256Sums.FILE_NAME, Sha256Sums.of(files));
    Files.createDirectories(folder);
    Path zip = folder.resolve(name + ".zip");
    ReproducibleZip.write(zip, name + "/", files, timestamp);
    return zip;
  }

  private static byte[] bundledBytes() {
    try (InputStream in = CcbRelations.class.getResourceAsStream(CcbRelations.BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled dataset " + CcbRelations.BUNDLED_RESOURCE + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled dataset " + CcbRelations.BUNDLED_RESOURCE, e);
    }
  }
}
