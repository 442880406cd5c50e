package io.github.ccbrelations.data.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.RoleId;
import io.github.ccbrelations.model.SourceId;
import java.io.IOException;

/**
 * The ids the binder reads: a record's own id, told to the loader before it is checked so that a refused record can
 * still be named, and the ids a record points at, each resolved as it is read by {@link RecordNotes}, which notes
 * with its place one that does not resolve yet and tries it again when its record ends.
 */
final class RecordIds {
  private final JsonParser p;
  private final Tokens tokens;
  private final RecordNotes notes;
  private final RecordBinder.Listener listener;

  RecordIds(JsonParser p, Tokens tokens, RecordNotes notes, RecordBinder.Listener listener) {
    this.p = p;
    this.tokens = tokens;
    this.notes = notes;
    this.listener = listener;
  }

  /** The record's id: its text is told before it is checked. */
  String recordId() throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      // Told before it is checked, so that a refused id still names its record (escaped, as every violation shows it);
      // but never half a surrogate pair, which no message could show.
      listener.recordIdRead(TextCheck.text(p));
    }
    return tokens.string();
  }

  BodyId bodyId() throws IOException {
    return noted(BodyId.of(tokens.string()), RecordType.BODY);
  }

  RoleId roleId() throws IOException {
    return noted(RoleId.of(tokens.string()), RecordType.ROLE);
  }

  InstrumentId instrumentId() throws IOException {
    return noted(InstrumentId.of(tokens.string()), RecordType.INSTRUMENT);
  }

  SourceId sourceId() throws IOException {
    return noted(SourceId.of(tokens.string()), RecordType.SOURCE);
  }

  /** A reference to another record, kept with its place while the record is read unless it resolves. */
  private <T> T noted(T id, RecordType target) {
    notes.reference(p, id, target);
    return id;
  }
}
