package io.github.ccbrelations.data.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/**
 * The binder notes where each value starts from the parser's token line and column, not from a location made for each:
 * the two must agree on every value, or a refusal would point one column off.
 */
class TokenPlacesTest {
  @Test
  void everyValueStartsWhereTheParsersLocationSays() throws IOException {
    StringBuilder json = new StringBuilder("{\"a\": \"Coopération\", \"b\": [1, {\"c\": true}, null],\n");
    // Past the parser's first buffers, with letters of two, three and four bytes before the values on a line.
    for (int i = 0; i < 2_000; i++) {
      json.append("  \"k").append(i).append("\": {\"é€\": \"𝄞 ").append(i).append("\", \"n\": [-").append(i)
          .append(", 2.5]},\n");
    }
    json.append("\"z\":\n\n   \"end\"}");
    int values = 0;
    try (JsonParser p = DocumentParser.factory(ReadLimits.DEFAULTS)
        .createParser(new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)))) {
      Tokens tokens = new Tokens(p, new ArrayList<>());
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME) {
          continue;
        }
        JsonLocation at = p.currentTokenLocation();
        assertThat(new int[] {tokens.valueLine(), tokens.valueColumn()}).as("%s at %s", t, at)
            .containsExactly(at.getLineNr(), at.getColumnNr());
        values++;
      }
    }
    assertThat(values).isGreaterThan(10_000);
  }
}
