package io.github.ccbrelations.data;

import static java.util.Objects.requireNonNull;

import io.github.ccbrelations.data.internal.json.Counted;
import io.github.ccbrelations.model.DatasetHeader;
import io.github.ccbrelations.model.DatasetVersion;
import io.github.ccbrelations.model.SchemaVersion;

/**
 * What a loaded dataset is, computed from the data, never typed by hand.
 *
 * @param header the header of the file
 * @param sourceName the file path, resource or stream name the dataset was read from
 * @param sha256 the SHA-256 of the bytes the dataset was loaded from, computed while loading (for the bundled file
 *     unchanged since the build, the one the build computed: see {@link CcbRelations#bundled()}): 64 lower-case
 *     hexadecimal digits
 * @param sourceCount the number of source records
 * @param bodyCount the number of body records
 * @param instrumentCount the number of legal instrument records
 * @param roleCount the number of role records
 */
public record DatasetInfo(DatasetHeader header, String sourceName, String sha256, int sourceCount, int bodyCount,
    int instrumentCount, int roleCount) {
  public DatasetInfo {
    requireNonNull(header, "header");
    requireNonNull(sourceName, "sourceName");
    requireNonNull(sha256, "sha256");
  }

  /** The release of the data, from the header, such as {@code 2026.11.0}. */
  public DatasetVersion datasetVersion() {
    return header.datasetVersion();
  }

  /** The version of the file format, from the header, such as {@code 1.0.0}. */
  public SchemaVersion schemaVersion() {
    return header.schemaVersion();
  }

  /**
   * A one-line summary, such as {@code ccb-relations 2026.11.0 (schema 1.0.0): 40 bodies, 15 instruments, 31
   * roles, 20 sources; sha256 ab12...}.
   */
  @Override
  public String toString() {
    return "ccb-relations " + datasetVersion().text() + " (schema " + schemaVersion().text() + "): "
        + Counted.of(bodyCount, "body", "bodies") + ", " + Counted.of(instrumentCount, "instrument", "instruments")
        + ", " + Counted.of(roleCount, "role", "roles") + ", " + Counted.of(sourceCount, "source", "sources")
        + "; sha256 " + sha256;
  }
}
