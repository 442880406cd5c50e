package io.github.ccbrelations.data.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The UTF-8 check reads ASCII eight bytes at a time; these tests hold its line and column against a byte-by-byte
 * count, wherever the bad byte falls relative to those eight-byte steps and to the reads the parser asks for.
 */
class Utf8CheckTest {
  /** Where the bad byte is, counted one byte at a time: the line, and the column in bytes, both from 1. */
  private static int[] expectedPlace(byte[] bytes, int bad) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < bad; i++) {
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new int[] {line, column};
  }

  /** Reads everything, in chunks of the given size, as the parser does. */
  private static void drain(InputStream in, int chunk) throws IOException {
    byte[] buffer = new byte[chunk + 5];
    while (in.read(buffer, 3, chunk) >= 0) {
      // Reading is the check.
    }
  }

  /** A stream that hands out at most a few bytes per read, like a slow network. */
  private static InputStream trickle(byte[] bytes, int most) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, most));
      }
    };
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 7, 8, 9, 64, 8000})
  void aBadBytePlacedAnywhereIsReportedAtItsLineAndColumn(int chunk) throws IOException {
    Random random = new Random(20261129L + chunk);
    for (int round = 0; round < 300; round++) {
      byte[] bytes = new byte[1 + random.nextInt(200)];
      for (int i = 0; i < bytes.length; i++) {
        int r = random.nextInt(12);
        bytes[i] = (byte) (r == 0 ? '\n' : 'a' + r);
      }
      int bad = random.nextInt(bytes.length);
      bytes[bad] = (byte) 0xFF;
      int[] expected = expectedPlace(bytes, bad);

      Utf8Check.Invalid e = catchThrowableOfType(Utf8Check.Invalid.class,
          () -> drain(new Utf8Check(trickle(bytes, 1 + random.nextInt(20))), chunk));

      assertThat(e).as("round %d, bad byte at %d", round, bad).isNotNull();
      assertThat(new int[] {e.line(), e.column()}).as("round %d, bad byte at %d", round, bad).containsExactly(expected);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 8, 8000})
  void aCutSequenceIsReportedAtItsLeadByte(int chunk) throws IOException {
    String text = "{\n  \"a\": \"0123456789\",\n  \"b\": \"caf\u00e9 \u20ac \ud83d\ude00\"\n}\n";
    byte[] good = text.getBytes(StandardCharsets.UTF_8);
    drain(new Utf8Check(new ByteArrayInputStream(good)), chunk);

    byte[] bytes = good.clone();
    int lead = indexOf(bytes, (byte) 0xE2); // the first byte of the euro sign
    bytes[lead + 1] = 'x';
    int[] expected = expectedPlace(bytes, lead);

    Utf8Check.Invalid e = catchThrowableOfType(Utf8Check.Invalid.class,
        () -> drain(new Utf8Check(new ByteArrayInputStream(bytes)), chunk));

    assertThat(e).isNotNull();
    assertThat(new int[] {e.line(), e.column()}).containsExactly(expected);
    assertThat(e.getMessage()).contains("0xE2");
  }

  /**
   * Lines end at LF, CR or CR LF, as the parser ends them: a bad byte is placed where the parser would place a number
   * standing in its stead, whatever the line ends before it.
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 7, 8, 9, 8000})
  void aBadByteIsPlacedWhereTheParserPlacesATokenWhateverTheLineEnds(int chunk) throws IOException {
    Random random = new Random(20261202L + chunk);
    String[] ends = {"\n", "\r", "\r\n", " ", "\r\r", "\n\r"};
    for (int round = 0; round < 200; round++) {
      StringBuilder json = new StringBuilder("[");
      int count = 1 + random.nextInt(40);
      for (int k = 0; k < count; k++) {
        json.append(k == 0 ? "" : ",").append(ends[random.nextInt(ends.length)]).append(k % 10);
      }
      byte[] bytes = json.append("]").toString().getBytes(StandardCharsets.US_ASCII);
      int target = random.nextInt(count);
      int[] expected = tokenPlace(bytes, target);
      int at = 0;
      for (int k = 0, seen = -1; seen < target; k++) {
        if (Character.isDigit(bytes[k])) {
          seen++;
          at = k;
        }
      }
      bytes[at] = (byte) 0xFF;

      Utf8Check.Invalid e = catchThrowableOfType(Utf8Check.Invalid.class,
          () -> drain(new Utf8Check(trickle(bytes, 1 + random.nextInt(20))), chunk));

      assertThat(e).as("round %d", round).isNotNull();
      assertThat(new int[] {e.line(), e.column()}).as("round %d: %s", round, json).containsExactly(expected);
    }
  }

  /** The line and column at which Jackson places the number element of an array at an index. */
  private static int[] tokenPlace(byte[] bytes, int index) throws IOException {
    try (JsonParser p = new JsonFactory().createParser(new ByteArrayInputStream(bytes))) {
      int seen = -1;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_NUMBER_INT && ++seen == index) {
          return new int[] {p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr()};
        }
      }
    }
    throw new AssertionError("no element " + index);
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    throw new AssertionError("no byte " + b);
  }
}
