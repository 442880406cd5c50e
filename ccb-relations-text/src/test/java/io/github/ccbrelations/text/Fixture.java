package io.github.ccbrelations.text;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.DatasetReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The data module's small hand-written dataset ({@code ccb-relations-data/src/test/resources/.../fixture/small.json},
 * copied beside these tests by the build): invented bodies, instruments and roles, never production data. Its bodies
 * are in none of the tables of {@link NounPhrases}.
 */
final class Fixture {
  /** The resource, relative to this class's package. */
  private static final String RESOURCE = "fixture/small.json";

  private static final Dataset LOADED = load(text());

  private Fixture() {}

  /** The fixture, loaded once, as its all-time view, so that the tests do not depend on the day they run. */
  static Dataset dataset() {
    return LOADED.allTime();
  }

  /** A dataset read from the text of an edited fixture; its view answers for today. */
  static Dataset load(String text) {
    return DatasetReader.standard().read(text.getBytes(StandardCharsets.UTF_8), "small.json");
  }

  /** The fixture as text, for tests that edit it. */
  static String text() {
    try (InputStream in = Fixture.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("test resource missing: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text with {@code from} replaced by {@code to} at its first occurrence inside the record whose {@code "id"} is
   * {@code recordId}, so that an edit lands where the test means it to.
   *
   * @throws IllegalArgumentException if the record or the text within it is not found
   */
  static String editRecord(String text, String recordId, String from, String to) {
    int record = text.indexOf("\"id\": \"" + recordId + "\"");
    if (record < 0) {
      throw new IllegalArgumentException("no record '" + recordId + "' in the fixture");
    }
    int at = text.indexOf(from, record);
    int nextRecord = text.indexOf("\n    {", record);
    if (at < 0 || (nextRecord >= 0 && at > nextRecord)) {
      throw new IllegalArgumentException("no '" + from + "' in record '" + recordId + "'");
    }
    return text.substring(0, at) + to + text.substring(at + from.length());
  }
}
