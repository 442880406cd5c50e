package io.github.ccbrelations.data.internal.json;

import io.github.ccbrelations.data.violation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Columns in characters, as editors and SARIF count them, from the columns in bytes that jackson-core gives for UTF-8
 * input: the column of a value after {@code "Sécurité", } is 2 less in characters. A character is a UTF-16 code unit,
 * as in a Java string: a letter beyond U+FFFF counts 2. Lines end where the parser ends them (LF, CR or CR LF), and
 * line 1 starts after a byte-order mark, as the parser's columns do.
 */
public final class Columns {
  private Columns() {}

  /**
   * The violations with their columns in characters.
   *
   * @param in the same bytes the violations were found in, not closed
   * @return the violations, in the same order; as they are where the bytes cannot be read again
   */
  public static List<Violation> inCharacters(List<Violation> violations, InputStream in) {
    // The byte columns wanted on each line, and the character column of each once found.
    TreeMap<Integer, TreeSet<Integer>> wanted = new TreeMap<>();
    for (Violation v : violations) {
      if (v.line() > 0 && v.column() > 1) {
        wanted.computeIfAbsent(v.line(), line -> new TreeSet<>()).add(v.column());
      }
    }
    if (wanted.isEmpty()) {
      return violations;
    }
    Map<Long, Integer> found = new HashMap<>();
    try {
      // Ended where the load ended, at the first byte not UTF-8 or JSON: a place there is past the bytes before it.
      walk(new CheckedInput(in, new JsonGrammar(ReadLimits.DEFAULTS.maxDepth())), wanted, found);
    } catch (IOException e) {
      // Read once already: what cannot be read again keeps its columns in bytes.
    }
    List<Violation> out = new ArrayList<>(violations.size());
    for (Violation v : violations) {
      Integer column = found.get(key(v.line(), v.column()));
      out.add(column == null ? v : new Violation(v.code(), v.severity(), v.source(), v.line(), column, v.jsonPath(),
          v.recordId(), v.message()));
    }
    return out;
  }

  private static void walk(InputStream in, TreeMap<Integer, TreeSet<Integer>> wanted, Map<Long, Integer> found)
      throws IOException {
    byte[] buffer = new byte[8192];
    int line = 1;
    int bytes = 0;
    int units = 0;
    int unitsBefore = 0;
    boolean afterCr = false;
    TreeSet<Integer> columns = wanted.get(line);
    for (int n = in.read(buffer); n > 0 && line <= wanted.lastKey(); n = in.read(buffer)) {
      for (int i = 0; i < n; i++) {
        int b = buffer[i] & 0xFF;
        if (b == '\n' && afterCr) {
          afterCr = false;
          continue;
        }
        boolean continuation = b >= 0x80 && b < 0xC0;
        if (!continuation) {
          unitsBefore = units;
        }
        if (columns != null) {
          // A place at this byte is that of the character it starts, or is in.
          note(line, bytes + 1, unitsBefore + 1, columns, found);
        }
        afterCr = b == '\r';
        if (b == '\n' || b == '\r') {
          finish(line, bytes, units, columns, found);
          line++;
          bytes = 0;
          units = 0;
          columns = wanted.get(line);
        } else {
          bytes++;
          // A lead byte starts a character: one code unit, two for the four bytes of one beyond U+FFFF.
          units += continuation ? 0 : b >= 0xF0 ? 2 : 1;
        }
      }
    }
    finish(line, bytes, units, columns, found);
  }

  private static void note(int line, int byteColumn, int charColumn, TreeSet<Integer> columns,
      Map<Long, Integer> found) {
    if (columns.contains(byteColumn)) {
      found.put(key(line, byteColumn), charColumn);
    }
  }

  /** At a line's end: a column past it (the end of the input, say) is as far past its last character. */
  private static void finish(int line, int bytes, int units, TreeSet<Integer> columns, Map<Long, Integer> found) {
    if (columns == null) {
      return;
    }
    for (int column : columns.tailSet(bytes + 1)) {
      found.putIfAbsent(key(line, column), units + 1 + column - (bytes + 1));
    }
  }

  private static long key(int line, int column) {
    return (long) line << 32 | column;
  }
}
