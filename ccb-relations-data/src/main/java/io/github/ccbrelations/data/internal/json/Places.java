package io.github.ccbrelations.data.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.ccbrelations.data.violation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Places the violations of the rules between records at the value their path names, by walking the document's tokens
 * a second time; and the binder's refusals of one entry of a list, whose places it does not keep. The rules judge
 * bound records, which keep no places; a load without violations never walks twice. A path that names no value (a
 * field left out, such as the {@code sources} of a role that cites none) is given the place and the path of the nearest
 * value that holds it: the object that lacks the field, at its opening brace. It also finds the start of a field name
 * over the length limit, which the parser passes far into the name.
 */
public final class Places {
  private final Set<String> wanted = new HashSet<>();
  private final Map<String, int[]> found = new HashMap<>();

  private Places() {}

  /**
   * The violations, each placed at the value (or the nearest enclosing value) its path names in the document.
   *
   * @param violations violations with JSON paths; those at {@code $} keep their place
   * @param in the same bytes the violations were found in, read to the end and not closed
   * @param limits the limits the bytes were read with
   * @return the violations, in the same order; the same places and paths where the bytes cannot be walked again
   */
  public static List<Violation> locate(List<Violation> violations, InputStream in, ReadLimits limits) {
    Places places = new Places();
    for (Violation v : violations) {
      // Every enclosing path too: the walk descends only into values that lead to a wanted one.
      for (String path = v.jsonPath(); path != null; path = parent(path)) {
        places.wanted.add(path);
      }
    }
    // Through the first read's checked input, which skips a byte-order mark as it did: columns on line 1 agree.
    try (JsonParser p = DocumentParser.factory(limits).createParser(new CheckedInput(in))) {
      if (p.nextToken() != null) {
        places.value(p, "$");
      }
    } catch (IOException e) {
      // The bytes were read once already; if they cannot be walked again, the places found so far stand.
    }
    List<Violation> out = new ArrayList<>(violations.size());
    for (Violation v : violations) {
      out.add(places.place(v));
    }
    return out;
  }

  /**
   * A failure that a field name or a number over its length limit ended, placed at its start: the parser passes the
   * limit only once it has read a limit's length of it, and keeps no place of it (a number in an object is read with
   * its field's name, where the parser stands). It is the first token after the one the parser stood on, found by
   * walking the same bytes again with no limit on the length of names and numbers (the bytes are within the size limit,
   * and the walk ends at it).
   *
   * @param in the same bytes the failure was found in, not closed
   * @return the failure, placed at the name or number; as it is when the bytes cannot be walked again to it
   */
  public static LoadFailure placeLongToken(LoadFailure failure, InputStream in, ReadLimits limits) {
    // Names canonicalized, as by default: without it jackson-core reads through a Reader, and counts columns in chars.
    JsonFactory anyLength = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(limits.maxDepth())
            .maxNameLength(Integer.MAX_VALUE).maxNumberLength(Integer.MAX_VALUE).build())
        .build();
    try (JsonParser p = anyLength.createParser(new CheckedInput(in))) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        JsonLocation at = p.currentTokenLocation();
        if (LoadFailure.place(at) > failure.longTokenAfter) {
          return failure.lastAt(at.getLineNr(), at.getColumnNr());
        }
      }
    } catch (IOException e) {
      // The bytes were read once already; if they cannot be walked again, the place where the parser stopped stands.
    }
    return failure;
  }

  /** Notes where the value the parser stands on starts, and walks into it if it leads to a wanted path. */
  private void value(JsonParser p, String path) throws IOException {
    if (!wanted.contains(path)) {
      p.skipChildren();
      return;
    }
    JsonLocation at = p.currentTokenLocation();
    found.put(path, new int[] {at.getLineNr(), at.getColumnNr()});
    if (p.currentToken() == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = JsonPaths.abbreviate(p.currentName());
        p.nextToken();
        value(p, path + "." + name);
      }
    } else if (p.currentToken() == JsonToken.START_ARRAY) {
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        value(p, path + "[" + i + "]");
      }
    }
  }

  private Violation place(Violation v) {
    if (v.jsonPath().equals("$")) {
      return v;
    }
    for (String path = v.jsonPath(); path != null; path = parent(path)) {
      int[] at = found.get(path);
      if (at != null) {
        return new Violation(v.code(), v.severity(), v.source(), at[0], at[1], path, v.recordId(), v.message());
      }
    }
    return v;
  }

  /** The path of the value that holds this one: {@code $.a[1].b} to {@code $.a[1]}; null for {@code $}. */
  private static @Nullable String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? null : path.substring(0, cut);
  }
}
