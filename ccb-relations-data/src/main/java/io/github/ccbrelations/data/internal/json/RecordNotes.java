package io.github.ccbrelations.data.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceReference;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The references and citations read in the record being bound, with their places, settled when the record ends:
 * those that do not resolve then go to the rules with their places. Arrays reused from record to record: a load notes
 * a few per record.
 */
final class RecordNotes {
  /**
   * The n-th note is a reference (an id of the target type) or a citation (target null), with its line, column, and
   * the pieces {@code from[n]} to {@code to[n]} of the places, from which its path is written only if it does not
   * resolve.
   */
  private Object[] notedValue = new Object[32];
  private @Nullable RecordType[] notedTarget = new RecordType[32];
  private int[] notedLine = new int[32];
  private int[] notedColumn = new int[32];
  private int[] notedFrom = new int[32];
  private int[] notedTo = new int[32];
  private int noted;
  /** The places of the noted values below their record, innermost first: a field name, or null and a list index. */
  private @Nullable String[] placeName = new String[64];
  private int[] placeIndex = new int[64];
  private int places;
  /** The record being read: the places of its notes run from it. */
  private @Nullable JsonStreamContext record;

  /** Forgets the last record's notes and starts those of a record. */
  void startRecord(JsonStreamContext record) {
    this.record = record;
    Arrays.fill(notedValue, 0, noted, null);
    noted = 0;
    places = 0;
  }

  /** Replaces the value of a note, such as a citation once it is built. */
  void set(int at, Object value) {
    notedValue[at] = value;
  }

  /**
   * Hands to the rules the references and citations of the last record read that do not resolve among the records
   * read so far; the rest are settled here, while they are in the cache, not by a second walk of every record.
   *
   * @param known the records read so far, by id
   * @param array the record's array, for the paths, or {@code header}
   * @param index the record's index in it; -1 for the header
   * @param recordId its id; empty when unknown
   */
  void settle(IdMaps known, String array, int index, String recordId,
      List<ParsedDocument.Reference> references, List<ParsedDocument.Citation> citations) {
    for (int n = 0; n < noted; n++) {
      RecordType target = notedTarget[n];
      Object value = notedValue[n];
      if (target != null) {
        if (!known.has(target, value)) {
          references.add(new ParsedDocument.Reference(target, IdMaps.text(value), notedLine[n], notedColumn[n],
              path(array, index, n), recordId));
        }
      } else if (value instanceof SourceReference citation) {
        // A citation that failed itself is reported as such; it has no value to check.
        Source source = known.sources.get(citation.source());
        if (source == null || IdMaps.problem(source, citation) != null) {
          citations.add(new ParsedDocument.Citation(citation, notedLine[n], notedColumn[n], path(array, index, n),
              recordId));
        }
      }
    }
  }

  private String path(String array, int index, int n) {
    StringBuilder out = new StringBuilder("$.").append(array);
    if (index >= 0) {
      out.append('[').append(index).append(']');
    }
    for (int i = notedTo[n] - 1; i >= notedFrom[n]; i--) {
      String name = placeName[i];
      if (name == null) {
        out.append('[').append(placeIndex[i]).append(']');
      } else {
        out.append('.').append(JsonPaths.abbreviate(name));
      }
    }
    return out.toString();
  }

  /**
   * Notes a value read in the record with the place of the token the parser stands on (or of the object it opens).
   *
   * @return the note's index, for {@link #set}
   */
  int note(JsonParser p, Object value, @Nullable RecordType target) {
    int from = places;
    JsonStreamContext c = p.getParsingContext();
    if (p.currentToken() == JsonToken.START_OBJECT) {
      // An object's own context names no field yet: its place is its parent's.
      c = c.getParent();
    }
    for (; c != null; c = c.getParent()) {
      if (places == placeName.length) {
        placeName = Arrays.copyOf(placeName, places * 2);
        placeIndex = Arrays.copyOf(placeIndex, places * 2);
      }
      placeName[places] = c.inArray() ? null : c.getCurrentName();
      placeIndex[places++] = Math.max(0, c.getCurrentIndex());
      if (c == record) {
        break;
      }
    }
    if (noted == notedValue.length) {
      int size = noted * 2;
      notedValue = Arrays.copyOf(notedValue, size);
      notedTarget = Arrays.copyOf(notedTarget, size);
      notedLine = Arrays.copyOf(notedLine, size);
      notedColumn = Arrays.copyOf(notedColumn, size);
      notedFrom = Arrays.copyOf(notedFrom, size);
      notedTo = Arrays.copyOf(notedTo, size);
    }
    notedValue[noted] = value;
    notedTarget[noted] = target;
    JsonLocation at = p.currentTokenLocation();
    notedLine[noted] = at.getLineNr();
    notedColumn[noted] = at.getColumnNr();
    notedFrom[noted] = from;
    notedTo[noted] = places;
    return noted++;
  }
}
