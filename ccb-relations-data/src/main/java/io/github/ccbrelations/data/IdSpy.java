package io.github.ccbrelations.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A parser that notes the {@code "id"} of the record streaming by, whoever reads the tokens (the parser itself or
 * Jackson's deserializers), so that a violation in a record can name it without a second pass over the input.
 */
final class IdSpy extends JsonParserDelegate {
  private @Nullable JsonStreamContext watched;
  private @Nullable String id;

  IdSpy(JsonParser delegate) {
    super(delegate);
  }

  /** Watches the records of one top-level array; null to stop. */
  void watch(@Nullable JsonStreamContext array) {
    watched = array;
    id = null;
  }

  /** Forgets the id of the previous record. */
  void newRecord() {
    id = null;
  }

  /** The id of the current record, once its {@code "id"} field has streamed by as a non-empty string. */
  Optional<String> recordId() {
    return Optional.ofNullable(id).filter(s -> !s.isEmpty());
  }

  private void observe() throws IOException {
    if (watched == null || delegate.currentToken() != JsonToken.VALUE_STRING) {
      return;
    }
    JsonStreamContext context = delegate.getParsingContext();
    if (context.getParent() == watched && "id".equals(context.getCurrentName())) {
      id = delegate.getText();
    }
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken t = delegate.nextToken();
    observe();
    return t;
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken t = delegate.nextValue();
    observe();
    return t;
  }

  @Override
  public @Nullable String nextFieldName() throws IOException {
    return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
  }

  @Override
  public boolean nextFieldName(SerializableString str) throws IOException {
    return nextToken() == JsonToken.FIELD_NAME && str.getValue().equals(currentName());
  }

  @Override
  public @Nullable String nextTextValue() throws IOException {
    return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
  }

  @Override
  public int nextIntValue(int defaultValue) throws IOException {
    return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
  }

  @Override
  public long nextLongValue(long defaultValue) throws IOException {
    return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
  }

  @Override
  public @Nullable Boolean nextBooleanValue() throws IOException {
    JsonToken t = nextToken();
    return t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
  }

  @Override
  public JsonParser skipChildren() throws IOException {
    // Through this parser's nextToken, so that the delegate's own skipping cannot pass an id unseen.
    JsonToken t = currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return this;
    }
    int open = 1;
    while (open > 0) {
      JsonToken next = nextToken();
      if (next == null) {
        return this;
      }
      if (next.isStructStart()) {
        open++;
      } else if (next.isStructEnd()) {
        open--;
      }
    }
    return this;
  }
}
