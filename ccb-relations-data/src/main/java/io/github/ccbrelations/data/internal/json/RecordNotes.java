package io.github.ccbrelations.data.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceReference;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The references and citations read in the record being bound, with their places, settled when the record ends:
 * those that do not resolve then go to the rules with their places.
 */
final class RecordNotes {
  /**
   * A reference (an id of the target type) or a citation (target null) at its line and column; {@code steps.get(from)}
   * to {@code steps.get(to - 1)} lead from it up to its record, from which its path is written only if it does not
   * resolve.
   */
  private record Note(Object value, @Nullable RecordType target, int line, int column, int from, int to) {}

  private final List<Note> notes = new ArrayList<>();
  /** The steps of the notes' places below their record, innermost first: a field name, or a list index. */
  private final List<Object> steps = new ArrayList<>();
  /** The record being read: the places of its notes run from it. */
  private @Nullable JsonStreamContext record;

  /** Forgets the last record's notes and starts those of a record. */
  void startRecord(JsonStreamContext record) {
    this.record = record;
    notes.clear();
    steps.clear();
  }

  /** Replaces the value of a note, such as a citation once it is built. */
  void set(int at, Object value) {
    Note n = notes.get(at);
    notes.set(at, new Note(value, n.target(), n.line(), n.column(), n.from(), n.to()));
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
    for (Note n : notes) {
      if (n.target() != null) {
        if (!known.has(n.target(), n.value())) {
          references.add(new ParsedDocument.Reference(n.target(), IdMaps.text(n.value()), n.line(), n.column(),
              path(array, index, n), recordId));
        }
      } else if (n.value() instanceof SourceReference citation) {
        // A citation that failed itself is reported as such; it has no value to check.
        Source source = known.sources.get(citation.source());
        if (source == null || IdMaps.problem(source, citation) != null) {
          citations.add(new ParsedDocument.Citation(citation, n.line(), n.column(), path(array, index, n), recordId));
        }
      }
    }
  }

  private String path(String array, int index, Note n) {
    StringBuilder out = new StringBuilder("$.").append(array);
    if (index >= 0) {
      out.append('[').append(index).append(']');
    }
    for (int i = n.to() - 1; i >= n.from(); i--) {
      Object step = steps.get(i);
      if (step instanceof String name) {
        out.append('.').append(JsonPaths.abbreviate(name));
      } else {
        out.append('[').append(step).append(']');
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
    int from = steps.size();
    JsonStreamContext c = p.getParsingContext();
    if (p.currentToken() == JsonToken.START_OBJECT) {
      // An object's own context names no field yet: its place is its parent's.
      c = c.getParent();
    }
    for (; c != null; c = c.getParent()) {
      String name = c.inArray() ? null : c.getCurrentName();
      steps.add(name != null ? name : Integer.valueOf(Math.max(0, c.getCurrentIndex())));
      if (c == record) {
        break;
      }
    }
    JsonLocation at = p.currentTokenLocation();
    notes.add(new Note(value, target, at.getLineNr(), at.getColumnNr(), from, steps.size()));
    return notes.size() - 1;
  }
}
