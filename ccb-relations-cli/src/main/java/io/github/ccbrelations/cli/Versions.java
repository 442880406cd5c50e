package io.github.ccbrelations.cli;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.model.DatasetHeader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The code version, written into {@code version.properties} by the build, and the bundled dataset's version, read
 * from the data's header ({@link CcbRelations#bundledHeader()}, which leaves the records unread): neither is typed by
 * hand here.
 */
final class Versions {
  private static final String RESOURCE = "version.properties";

  private Versions() {}

  /** What {@code --version} prints: the code version, then the bundled dataset's, each on a line. */
  static String text() {
    DatasetHeader header = CcbRelations.bundledHeader();
    return "ccb-relations " + code() + System.lineSeparator()
        + "dataset " + header.datasetVersion().text() + " (schema " + header.schemaVersion().text() + ", released "
        + header.released() + ")" + System.lineSeparator();
  }

  /** The Maven version of this tool, such as {@code 1.0.0}. */
  static String code() {
    Properties properties = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE + " beside " + Versions.class.getName());
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }
}
