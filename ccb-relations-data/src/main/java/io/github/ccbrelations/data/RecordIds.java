package io.github.ccbrelations.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ccbrelations.data.internal.Mappers;
import java.io.IOException;
import java.util.Optional;

/**
 * Finds the id of the record at an index of a top-level array, for error messages. Only called after a failure,
 * so the normal load stays one pass; it reads only as far as that record and gives up quietly on broken input.
 */
final class RecordIds {
  private RecordIds() {}

  static Optional<String> find(byte[] bytes, String array, int index) {
    if (index < 0) {
      return Optional.empty();
    }
    try (JsonParser p = Mappers.mapper().createParser(bytes)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (!field.equals(array) || value != JsonToken.START_ARRAY) {
          p.skipChildren();
          continue;
        }
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
          if (i < index) {
            p.skipChildren();
            continue;
          }
          return idOf(p);
        }
        return Optional.empty();
      }
    } catch (IOException | RuntimeException e) {
      // The id is a courtesy in an error message; broken input may hide it.
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<String> idOf(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return Optional.empty();
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if (field.equals("id") && value == JsonToken.VALUE_STRING) {
        return Optional.of(p.getText());
      }
      p.skipChildren();
    }
    return Optional.empty();
  }
}
