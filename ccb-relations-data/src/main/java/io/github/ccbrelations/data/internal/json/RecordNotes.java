package io.github.ccbrelations.data.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.io.ContentReference;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceReference;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The references and citations read in the record being bound that do not resolve among the records read before it,
 * with their places, settled when the record ends: those that still do not resolve then go to the rules with their
 * places. One that resolves as it is read is not noted: the records read only grow.
 */
final class RecordNotes {
  /**
   * A reference (an id of the target type) or a citation (target null) at its line and column; {@code steps.get(from)}
   * to {@code steps.get(to - 1)} lead from it up to its record, from which its path is written only if it does not
   * resolve.
   */
  private record Note(Object value, @Nullable RecordType target, int line, int column, int from, int to) {}

  /** The records read so far, by id. */
  private final IdMaps known;
  private final List<Note> notes = new ArrayList<>();
  /** The steps of the notes' places below their record, innermost first: a field name, or a list index. */
  private final List<Object> steps = new ArrayList<>();
  /** The record being read: the places of its notes run from it. */
  private @Nullable JsonStreamContext record;

  RecordNotes(IdMaps known) {
    this.known = known;
  }

  /** Forgets the last record's notes and starts those of a record. */
  void startRecord(JsonStreamContext record) {
    this.record = record;
    notes.clear();
    steps.clear();
  }

  /**
   * Hands to the rules the references and citations of the last record read that do not resolve among the records
   * read so far; the rest are settled here, while they are in the cache, not by a second walk of every record.
   *
   * @param array the record's array, for the paths, or {@code header}
   * @param index the record's index in it; -1 for the header
   * @param recordId its id; empty when unknown
   */
  void settle(String array, int index, String recordId, List<ParsedDocument.Reference> references,
      List<ParsedDocument.Citation> citations) {
    for (Note n : notes) {
      if (n.target() != null) {
        if (!known.has(n.target(), n.value())) {
          references.add(new ParsedDocument.Reference(n.target(), IdMaps.text(n.value()), n.line(), n.column(),
              path(array, index, n), recordId));
        }
      } else {
        SourceReference citation = (SourceReference) n.value();
        if (!resolves(citation)) {
          citations.add(new ParsedDocument.Citation(citation, n.line(), n.column(), path(array, index, n), recordId));
        }
      }
    }
  }

  /**
   * Whether a citation names a source read so far, and a section and paragraph that source has. One whose id a source
   * that failed to bind holds too is left to the rules, which know which of the two the id is.
   */
  private boolean resolves(SourceReference citation) {
    Source source = known.sources.get(citation.source());
    return source != null && IdMaps.problem(source, citation) == null
        && !known.failed("sources", citation.source().value());
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

  /** Notes a reference of the record, the parser on its value, unless it resolves. */
  void reference(JsonParser p, Object id, RecordType target) {
    if (!known.has(target, id)) {
      note(p, id, target, p.currentTokenLocation());
    }
  }

  /**
   * Notes a citation of the record, the parser on its closing brace, unless it resolves; a citation that failed to
   * bind is reported as such, and is not noted.
   *
   * @param object the citation's own context, which keeps where it starts: its opening brace
   */
  void citation(JsonParser p, SourceReference citation, JsonStreamContext object) {
    if (!resolves(citation)) {
      note(p, citation, null, object.startLocation(ContentReference.unknown()));
    }
  }

  /**
   * Notes a value read in the record at a place, with the steps from the parser's context (a value's, or a closed
   * object's, which is its parent's) up to the record.
   */
  private void note(JsonParser p, Object value, @Nullable RecordType target, JsonLocation at) {
    int from = steps.size();
    for (JsonStreamContext c = p.getParsingContext(); c != null; c = c.getParent()) {
      String name = c.inArray() ? null : c.getCurrentName();
      steps.add(name != null ? name : Integer.valueOf(Math.max(0, c.getCurrentIndex())));
      if (c == record) {
        break;
      }
    }
    notes.add(new Note(value, target, at.getLineNr(), at.getColumnNr(), from, steps.size()));
  }
}
