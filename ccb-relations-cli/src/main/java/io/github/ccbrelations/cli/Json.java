package io.github.ccbrelations.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one JSON mapper of the tool: JSON and SARIF reports are built as trees and written indented. */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** The tree as indented JSON, with a final line break. */
  static String write(JsonNode tree) {
    try {
      return MAPPER.writeValueAsString(tree) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      // A tree of plain nodes always serialises.
      throw new IllegalStateException(e);
    }
  }
}
