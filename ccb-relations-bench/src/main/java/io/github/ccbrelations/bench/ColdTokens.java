package io.github.ccbrelations.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;

/**
 * The floor of a short-lived process (issue #19): reads the bundled file's bytes and walks its tokens with
 * jackson-core, binding nothing. Prints the token count so the walk cannot be skipped.
 */
public final class ColdTokens {
  private ColdTokens() {}

  /**
   * Runs it.
   *
   * @param args unused
   * @throws IOException if the resource cannot be read
   */
  public static void main(String[] args) throws IOException {
    try (InputStream in = ClassLoader.getSystemResourceAsStream("io/github/ccbrelations/data/ccb-relations.json");
        JsonParser parser = new JsonFactory().createParser(in.readAllBytes())) {
      long tokens = 0;
      while (parser.nextToken() != null) {
        tokens++;
      }
      System.out.println(tokens);
    }
  }
}
