package io.github.ccbrelations.data.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ccbrelations.model.DatasetHeader;
import java.io.IOException;
import java.util.Optional;

/**
 * The header of a dataset file alone, bound as a load binds it; nothing after it is read and no rule is applied, so
 * this is only for bytes already checked in full (the bundled file).
 */
public final class HeaderReader {
  private HeaderReader() {}

  /** The header of the bytes; empty when they are not a JSON object with a header that binds. */
  public static Optional<DatasetHeader> read(byte[] bytes) {
    try (JsonParser p = DocumentParser.factory(ReadLimits.DEFAULTS).createParser(bytes)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        boolean header = p.currentName().equals("header");
        if (p.nextToken() == JsonToken.START_OBJECT && header) {
          // Checked bytes have no unknown field to report; the binder skips any.
          return Optional.of(new RecordBinder(p, new IdMaps(), new RecordBinder.Listener() {}).header());
        }
        p.skipChildren();
      }
      return Optional.empty();
    } catch (IOException e) {
      // Bytes that do not parse have no header to give; the caller loads them in full, which says what is wrong. A
      // value that fails to bind in bytes the build checked is a defect of this library, and is left to surface.
      return Optional.empty();
    }
  }
}
