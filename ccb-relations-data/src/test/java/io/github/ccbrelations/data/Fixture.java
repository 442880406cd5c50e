package io.github.ccbrelations.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.assertj.core.groups.Tuple;

/**
 * The small hand-written dataset under {@code src/test/resources/io/github/ccbrelations/data/fixture}: invented
 * bodies, instruments and roles that exercise every query, never production data.
 */
final class Fixture {
  /** The resource, relative to this class's package. */
  static final String RESOURCE = "fixture/small.json";

  /** The name the fixture is read under when read from bytes or a stream. */
  static final String NAME = "small.json";

  private static final Dataset LOADED = DatasetReader.standard().read(bytes(), NAME);

  private Fixture() {}

  /**
   * The fixture, loaded once, as its all-time view: every record and legal basis whatever its dates, so that the
   * logic tests do not depend on the day they run. A {@link Dataset} is immutable, so tests can share it.
   */
  static Dataset dataset() {
    return LOADED.allTime();
  }

  /** The exact bytes of the fixture file. */
  static byte[] bytes() {
    try (InputStream in = Fixture.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("test resource missing: " + RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A dataset read from the text of an edited fixture, under its {@link #NAME}; its view answers for today. */
  static Dataset load(String text) {
    return DatasetReader.standard().read(text.getBytes(StandardCharsets.UTF_8), NAME);
  }

  /** What the standard validator reports on the text of an edited fixture, under its {@link #NAME}. */
  static ValidationReport validate(String text) {
    return Validator.standard().validate(text.getBytes(StandardCharsets.UTF_8), NAME);
  }

  /** The code and JSON path of each violation the standard validator reports on an edited fixture, in its order. */
  static List<Tuple> codesAndPaths(String text) {
    return codesAndPaths(Validator.standard(), text);
  }

  /** The code and JSON path of each violation a validator reports on an edited fixture, in its order. */
  static List<Tuple> codesAndPaths(Validator validator, String text) {
    return validator.validate(text.getBytes(StandardCharsets.UTF_8), NAME).violations().stream()
        .map(v -> Assertions.tuple(v.code(), v.jsonPath())).toList();
  }

  /** The fixture as text, for tests that break it by editing. */
  static String text() {
    return new String(bytes(), StandardCharsets.UTF_8);
  }

  /** The fixture file on disk (the test-classes directory). */
  static Path path() {
    URL url = Fixture.class.getResource(RESOURCE);
    if (url == null) {
      throw new IllegalStateException("test resource missing: " + RESOURCE);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The fixture text with {@code from} replaced by {@code to} at its first occurrence inside the record whose
   * {@code "id"} is {@code recordId}, so that an edit lands where the test means it to.
   *
   * @throws IllegalArgumentException if the record or the text within it is not found
   */
  static String editRecord(String recordId, String from, String to) {
    return editRecord(text(), recordId, from, to);
  }

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

  /**
   * The line and column, from 1, of an offset of a text: the column in characters (UTF-16 code units), as a
   * violation of bytes or a file counts it.
   */
  static int[] placeOf(String text, int offset) {
    int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    return new int[] {line, offset - text.lastIndexOf('\n', offset - 1)};
  }

  /** The fixture text with {@code from}, which must occur exactly once, replaced by {@code to}. */
  static String editOnce(String from, String to) {
    return editOnce(text(), from, to);
  }

  static String editOnce(String text, String from, String to) {
    int at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) {
      throw new IllegalArgumentException("'" + from + "' does not occur exactly once in the fixture");
    }
    return text.substring(0, at) + to + text.substring(at + from.length());
  }
}
