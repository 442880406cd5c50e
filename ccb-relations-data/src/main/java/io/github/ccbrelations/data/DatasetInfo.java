package io.github.ccbrelations.data;

import io.github.ccbrelations.model.DatasetHeader;
import io.github.ccbrelations.model.DatasetVersion;
import io.github.ccbrelations.model.SchemaVersion;

/**
 * What a loaded dataset is: its header, where it was read from, the SHA-256 of the exact bytes read, and how many
 * records of each type it holds. Everything here is computed from the data, never typed by hand.
 */
public final class DatasetInfo {
  private final DatasetHeader header;
  private final String sourceName;
  private final String sha256;
  private final int sources;
  private final int bodies;
  private final int instruments;
  private final int roles;

  DatasetInfo(
      DatasetHeader header, String sourceName, String sha256, int sources, int bodies, int instruments, int roles) {
    this.header = header;
    this.sourceName = sourceName;
    this.sha256 = sha256;
    this.sources = sources;
    this.bodies = bodies;
    this.instruments = instruments;
    this.roles = roles;
  }

  /**
   * The header of the file.
   *
   * @return the header; never null
   */
  public DatasetHeader header() {
    return header;
  }

  /**
   * The release of the data, from the header.
   *
   * @return the version, such as {@code 2026.11.0}; never null
   */
  public DatasetVersion datasetVersion() {
    return header.datasetVersion();
  }

  /**
   * The version of the file format, from the header.
   *
   * @return the version, such as {@code 1.0.0}; never null
   */
  public SchemaVersion schemaVersion() {
    return header.schemaVersion();
  }

  /**
   * The file path, resource or stream name the dataset was read from.
   *
   * @return the name; never null
   */
  public String sourceName() {
    return sourceName;
  }

  /**
   * The SHA-256 of the bytes the dataset was loaded from, computed while loading.
   *
   * @return 64 lower-case hexadecimal digits; never null
   */
  public String sha256() {
    return sha256;
  }

  /**
   * The number of source records.
   *
   * @return 0 or more
   */
  public int sourceCount() {
    return sources;
  }

  /**
   * The number of body records.
   *
   * @return 0 or more
   */
  public int bodyCount() {
    return bodies;
  }

  /**
   * The number of legal instrument records.
   *
   * @return 0 or more
   */
  public int instrumentCount() {
    return instruments;
  }

  /**
   * The number of role records.
   *
   * @return 0 or more
   */
  public int roleCount() {
    return roles;
  }

  /**
   * A one-line summary, such as {@code ccb-relations 2026.11.0 (schema 1.0.0): 40 bodies, 15 instruments, 31
   * roles, 20 sources; sha256 ab12...}.
   *
   * @return the summary; never null
   */
  @Override
  public String toString() {
    return "ccb-relations "
        + datasetVersion().text()
        + " (schema "
        + schemaVersion().text()
        + "): "
        + bodies
        + " bodies, "
        + instruments
        + " instruments, "
        + roles
        + " roles, "
        + sources
        + " sources; sha256 "
        + sha256;
  }
}
