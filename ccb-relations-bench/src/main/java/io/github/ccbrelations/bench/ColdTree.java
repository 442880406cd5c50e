package io.github.ccbrelations.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/** The floor of a short-lived process: reads the same bundled file into a JsonNode tree and answers nothing. */
public final class ColdTree {
  private ColdTree() {}

  /**
   * Runs it.
   *
   * @param args unused
   * @throws IOException if the resource cannot be read
   */
  public static void main(String[] args) throws IOException {
    try (InputStream in = ClassLoader.getSystemResourceAsStream("io/github/ccbrelations/data/ccb-relations.json")) {
      JsonNode tree = new ObjectMapper().readTree(in);
      System.out.println(tree.get("bodies").size());
    }
  }
}
