package io.github.ccbrelations.data.internal.json;

import static io.github.ccbrelations.data.internal.json.ParseStop.stop;
import static io.github.ccbrelations.data.internal.json.ParseStop.trickle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A byte that is not UTF-8 ends the input where it stands, and the parser places it: these tests hold that place
 * against a byte-by-byte count, wherever the bad byte falls relative to the reads of the stream below and to the
 * check's own buffer, and against the parser's own place for a token, whatever the line ends before it.
 */
class CheckedInputTest {
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

  private static int[] place(Violation v) {
    return new int[] {v.line(), v.column()};
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 7, 8, 9, 64, 8000})
  void aBadBytePlacedAnywhereIsReportedAtItsLineAndColumn(int most) {
    Random random = new Random(20261129L + most);
    for (int round = 0; round < 300; round++) {
      // Strings of letters, in an array an object field holds, one per line or several to a line.
      StringBuilder json = new StringBuilder("{\"x\": [");
      int count = 1 + random.nextInt(30);
      for (int k = 0; k < count; k++) {
        json.append(k == 0 ? "" : ",").append(random.nextInt(3) == 0 ? "\n" : " ").append('"');
        for (int n = random.nextInt(40); n > 0; n--) {
          json.append((char) ('a' + random.nextInt(26)));
        }
        json.append("x\"");
      }
      byte[] bytes = json.append("]}").toString().getBytes(StandardCharsets.US_ASCII);
      int bad;
      do {
        bad = random.nextInt(bytes.length);
      } while (bytes[bad] < 'a' || bytes[bad] > 'z');
      bytes[bad] = (byte) 0xFF;

      Violation v = stop(bytes, 1 + random.nextInt(most));

      assertThat(v.code()).as("round %d: %s", round, v).isEqualTo(ViolationCode.ENCODING);
      assertThat(place(v)).as("round %d, bad byte at %d", round, bad).containsExactly(expectedPlace(bytes, bad));
      assertThat(v.message()).contains("a byte that never occurs in UTF-8 (byte 0xFF)");
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 5, 8000})
  void aCutSequenceIsReportedAtItsLeadByte(int most) {
    String text = "{\n  \"a\": \"0123456789\",\n  \"b\": \"caf\u00e9 \u20ac \ud83d\ude00\"\n}\n";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int lead = indexOf(bytes, (byte) 0xE2); // the first byte of the euro sign
    bytes[lead + 1] = 'x';

    Violation v = stop(bytes, most);

    assertThat(v.code()).isEqualTo(ViolationCode.ENCODING);
    assertThat(place(v)).containsExactly(expectedPlace(bytes, lead));
    assertThat(v.jsonPath()).isEqualTo("$.b");
    assertThat(v.message()).isEqualTo("not UTF-8: the sequence that starts with byte 0xE2 is cut short, overlong, a"
        + " surrogate or above U+10FFFF (byte 0x78); a dataset file is UTF-8");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 8000})
  void anInputThatEndsInsideASequenceIsReportedAtItsLeadByte(int most) {
    byte[] bytes = "{\"a\": \"caf\u00e9".getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(bytes, bytes.length - 1);

    Violation v = stop(cut, most);

    assertThat(v.code()).isEqualTo(ViolationCode.ENCODING);
    assertThat(place(v)).containsExactly(1, cut.length);
    assertThat(v.message()).isEqualTo("not UTF-8: the input ends inside the sequence that starts with byte 0xC3");
  }

  @Test
  void aSurrogateAndAnOverlongFormAreRefusedWithTheByteThatBreaksThem() {
    byte[] surrogate = {'{', '"', 'a', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'};
    byte[] overlong = {'{', '"', 'a', '"', ':', '"', (byte) 0xE0, (byte) 0x80, (byte) 0xAF, '"', '}'};

    assertThat(stop(surrogate, 8000).message()).contains("starts with byte 0xED").contains("(byte 0xA0)");
    assertThat(stop(overlong, 8000).message()).contains("starts with byte 0xE0").contains("(byte 0x80)");
    assertThat(place(stop(surrogate, 8000))).containsExactly(1, 7);
  }

  /** The check reads ahead of the parser: an error the parser meets before the bad byte is the one reported. */
  @Test
  void anErrorBeforeTheBadByteIsReportedFirst() {
    byte[] bytes = "{\"a\": tru, \"b\": \"\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);

    Violation v = stop(bytes, 8000);

    assertThat(v.code()).isEqualTo(ViolationCode.SYNTAX);
    assertThat(v.message()).contains("'tru'");
  }

  /**
   * Lines end at LF, CR or CR LF, as the parser ends them: a bad byte is placed where the parser would place a number
   * standing in its stead, whatever the line ends before it.
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 7, 8, 9, 8000})
  void aBadByteIsPlacedWhereTheParserPlacesATokenWhateverTheLineEnds(int most) throws IOException {
    Random random = new Random(20261202L + most);
    String[] ends = {"\n", "\r", "\r\n", " ", "\r\r", "\n\r"};
    for (int round = 0; round < 200; round++) {
      StringBuilder json = new StringBuilder("{\"x\": [");
      int count = 1 + random.nextInt(40);
      for (int k = 0; k < count; k++) {
        json.append(k == 0 ? "" : ",").append(ends[random.nextInt(ends.length)]).append(k % 10);
      }
      byte[] bytes = json.append("]}").toString().getBytes(StandardCharsets.US_ASCII);
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

      Violation v = stop(bytes, 1 + random.nextInt(most));

      assertThat(v.code()).as("round %d: %s", round, v).isEqualTo(ViolationCode.ENCODING);
      assertThat(place(v)).as("round %d: %s", round, json).containsExactly(expected);
    }
  }

  /** The catalogue's valid base dataset, whose first body gets an unknown field to pad: read leniently, it loads. */
  private static String base() throws IOException {
    try (InputStream in = CheckedInputTest.class.getResourceAsStream(
        "/io/github/ccbrelations/data/hostile/00-valid-base.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The base with the first body's unknown field {@code pad} holding a string that fills the file to a size. */
  private static byte[] padded(String base, int size) {
    String body = "{\"id\": \"land\"";
    int at = base.indexOf(body) + body.length();
    String head = base.substring(0, at) + ", \"pad\": \"";
    String tail = "\"" + base.substring(at);
    return (head + "a".repeat(size - head.length() - tail.length()) + tail).getBytes(StandardCharsets.UTF_8);
  }

  private static ParsedDocument load(byte[] bytes, int most) {
    return DocumentParser.parse(trickle(bytes, most), "test.json", ReadLimits.DEFAULTS, true);
  }

  /**
   * The check decodes slices of 128 bytes from a buffer of 16 KB: a bad byte at, just before or just after the edge of
   * a slice or of a read is placed as anywhere else, and a character split by such an edge is accepted.
   */
  @Test
  void badBytesAndCharactersAtTheEdgesOfSlicesAndReadsArePlacedOrAccepted() throws IOException {
    String base = base();
    int size = 2 * 16 * 1024 + 600;
    byte[] clean = padded(base, size);
    String text = new String(clean, StandardCharsets.UTF_8);
    int from = text.indexOf("\"pad\": \"") + 8 + 4;
    int to = text.indexOf('"', from) - 4;
    int[][] bad = {{0xFF}, {0xC3, 'x'}, {0xE2, 0x82, 'x'}, {0xF0, 0x9F, 0x98, 'x'}, {0xC0, 0xAF}, {0xED, 0xA0, 0x80}};
    String[] good = {"\u00e9", "\u20ac", "\ud83d\ude00"};
    int tried = 0;
    for (int pos = from; pos < to; pos++) {
      boolean atRead = pos % (16 * 1024) <= 4 || pos % (16 * 1024) >= 16 * 1024 - 4;
      if (!atRead && pos % 128 > 1 && pos % 128 < 126) {
        continue;
      }
      for (int[] sequence : bad) {
        byte[] bytes = clean.clone();
        for (int k = 0; k < sequence.length; k++) {
          bytes[pos + k] = (byte) sequence[k];
        }
        for (int most : atRead ? new int[] {size, 8000, 1} : new int[] {size, 8000}) {
          Violation v = stop(bytes, most);
          assertThat(v.code()).as("%s at %d, reads of %d: %s", Arrays.toString(sequence), pos, most, v)
              .isEqualTo(ViolationCode.ENCODING);
          assertThat(place(v)).as("%s at %d, reads of %d", Arrays.toString(sequence), pos, most)
              .containsExactly(expectedPlace(bytes, pos));
          assertThat(v.jsonPath()).isEqualTo("$.bodies[0].pad");
          tried++;
        }
      }
      for (String character : good) {
        byte[] bytes = clean.clone();
        byte[] encoded = character.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(encoded, 0, bytes, pos, encoded.length);
        for (int most : atRead ? new int[] {size, 8000, 1} : new int[] {size}) {
          assertThat(load(bytes, most).bodies()).as("%s at %d, reads of %d", character, pos, most).hasSize(4);
        }
      }
    }
    assertThat(tried).as("edges tried").isGreaterThan(1000);
  }

  /**
   * A bad byte in a field name, in a value the binder skips and after the end of the document is placed where it
   * stands; a name's path is its object's, the parser not having read the name.
   */
  @Test
  void aBadByteInANameInASkippedValueOrAfterTheDocumentIsPlaced() throws IOException {
    String base = base();
    String[] edits = {
        base.replace("\"partOf\": \"land\"", "\"par\u00fftOf\": \"land\""),
        base.replace("\"partOf\": \"land\"", "\"zz\": {\"a\": [1, \"\u00ff\"]}, \"partOf\": \"land\""),
        base + "\n\u00ff",
        base + "\u00c3"};
    String[] paths = {"$.bodies[1]", "$.bodies[1].zz.a[1]", "$", "$"};
    for (int i = 0; i < edits.length; i++) {
      byte[] bytes = edits[i].getBytes(StandardCharsets.ISO_8859_1);
      int at = indexOf(bytes, (byte) (i == 3 ? 0xC3 : 0xFF), 0);

      Violation v = stop(bytes, 8000);

      assertThat(v.code()).as(v.toString()).isEqualTo(ViolationCode.ENCODING);
      assertThat(place(v)).as(v.toString()).containsExactly(expectedPlace(bytes, at));
      assertThat(v.jsonPath()).isEqualTo(paths[i]);
    }
  }

  /**
   * Outside a string a character of more than one byte is not JSON: the parser misnames its bytes as bad UTF-8 and
   * places the error past its first byte; the error names the character at its first byte. A line separator ends no
   * line.
   */
  @ParameterizedTest
  @ValueSource(strings = {"\u00a0", "\u0085", "\u00d7", "\u00e9", "\u2028", "\u2029", "\ud83d\ude00"})
  void aCharacterOfSeveralBytesOutsideAStringIsNamedAtItsFirstByte(String character) {
    String name = String.format(java.util.Locale.ROOT, "U+%04X", character.codePointAt(0));
    String[][] cases = {
        {"{\"header\": ", "}", "$.header"}, {"{\"header\": 1", "}", "$"}, {"{", "\"header\": 1}", "$"},
        {"{\"header\": {}}\n", "", "$"}};
    for (String[] c : cases) {
      byte[] before = c[0].getBytes(StandardCharsets.UTF_8);
      byte[] bytes = (c[0] + character + c[1]).getBytes(StandardCharsets.UTF_8);

      Violation v = stop(bytes, 8000);

      assertThat(v.code()).as(v.toString()).isEqualTo(ViolationCode.SYNTAX);
      assertThat(place(v)).as(v.toString()).containsExactly(expectedPlace(bytes, before.length));
      assertThat(v.message()).isEqualTo("not JSON: the character " + name + " outside a string; between the tokens of"
          + " JSON only space, tab, LF and CR may stand");
      assertThat(v.jsonPath()).isEqualTo(c[2]);
    }
  }

  /**
   * The parser asks for a stray character's bytes after it stumbles on them: one at the edge of the check's 16 KB
   * buffer, read whole or a byte at a time, after a byte-order mark or not, is still named at its first byte; so is a
   * bad byte there.
   */
  @Test
  void aStrayCharacterOrBadByteAtTheEdgeOfARead() {
    byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    for (int column = 16 * 1024 - 8; column <= 16 * 1024 + 8; column++) {
      for (byte[] start : new byte[][] {new byte[0], mark}) {
        String head = "{\"x\":" + " ".repeat(column - 6);
        for (String character : new String[] {"\u2028", "\ufeff", "\ud83d\ude00"}) {
          byte[] bytes = concat(start, (head + character + "1}").getBytes(StandardCharsets.UTF_8));
          for (int most : new int[] {1, 7, 8000, bytes.length}) {
            Violation v = stop(bytes, most);

            assertThat(v.code()).as("%s at column %d, reads of %d: %s", character, column, most, v)
                .isEqualTo(ViolationCode.SYNTAX);
            assertThat(place(v)).as("%s at column %d, reads of %d", character, column, most)
                .containsExactly(1, column);
          }
        }
        byte[] bad = concat(start, ("{\"x\": \"" + "a".repeat(column - 8) + "\u00ff\"}")
            .getBytes(StandardCharsets.ISO_8859_1));
        for (int most : new int[] {1, 7, 8000, bad.length}) {
          assertThat(place(stop(bad, most))).as("0xFF at column %d, reads of %d", column, most)
              .containsExactly(1, column);
        }
      }
    }
  }

  /** A stream whose first read ends at an offset, however many bytes were asked for. */
  private static InputStream endingAt(byte[] bytes, int end) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      private int read;

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, read < end ? Math.min(len, end - read) : len);
        read += Math.max(n, 0);
        return n;
      }
    };
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** Inside a string the same characters are text: an error just after one is the parser's own, at its place. */
  @ParameterizedTest
  @ValueSource(strings = {"\u00e9", "\u2028", "\ud83d\ude00"})
  void anErrorJustAfterACharacterInAStringIsNotPutOnTheCharacter(String character) {
    String before = "{\"header\": \"" + character;
    byte[] bytes = (before + "\u0001\"}").getBytes(StandardCharsets.UTF_8);

    Violation v = stop(bytes, 8000);

    assertThat(v.code()).isEqualTo(ViolationCode.SYNTAX);
    assertThat(v.message()).contains("the control character U+0001 unescaped in a string");
    assertThat(place(v)).containsExactly(1, before.getBytes(StandardCharsets.UTF_8).length + 1);
  }

  /**
   * A trailing comma is placed at itself, whatever the white space and line ends (LF, CR, CR LF, as the parser counts
   * them) before the bracket, after a byte-order mark too.
   */
  @ParameterizedTest
  @ValueSource(strings = {"", " \t", "\n", "\r", "\r\n", "\n\n  ", "\r\n\r\n\t"})
  void aTrailingCommaIsPlacedAtTheCommaWhateverTheWhiteSpaceBeforeTheBracket(String between) {
    String line = " \"list\": [2, 3";
    String text = "\ufeff{\"header\": {\"note\": [1],\n" + line + "," + between + "]}}";

    Violation v = stop(text.getBytes(StandardCharsets.UTF_8), 8000);

    assertThat(v.code()).isEqualTo(ViolationCode.SYNTAX);
    assertThat(v.message()).contains("no trailing comma");
    assertThat(place(v)).containsExactly(2, line.length() + 1);
    assertThat(v.jsonPath()).isEqualTo("$.header.list");
  }

  /** The comma is held back from the parser until what follows it is known: placed at itself, whatever the reads. */
  @ParameterizedTest
  @ValueSource(ints = {1, 3, 8000})
  void aTrailingCommaIsNamedWhateverTheReads(int most) {
    String line = "{\"header\": {\"note\": \"" + "a value longer than the bytes a check keeps ".repeat(30) + "\",";

    Violation sameLine = stop((line + " }}").getBytes(StandardCharsets.UTF_8), most);
    Violation nextLine = stop((line + "\n}}").getBytes(StandardCharsets.UTF_8), most);

    assertThat(place(sameLine)).containsExactly(1, line.length());
    assertThat(place(nextLine)).containsExactly(1, line.length());
    assertThat(List.of(sameLine, nextLine)).allSatisfy(v -> {
      assertThat(v.message()).contains("no trailing comma");
      assertThat(v.jsonPath()).isEqualTo("$.header");
    });
  }

  /**
   * A stream over the size limit stops at the limit's byte, the bytes before it checked and parsed: inside a character
   * the error is placed at its first byte, and is the limit's, not a cut sequence; within the first bytes too.
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 8000})
  void aStreamOverTheSizeLimitStopsAtTheLimitsByte(int most) {
    byte[] bytes = "{\"header\": {\"note\": \"caf\u20ac au lait\"}}".getBytes(StandardCharsets.UTF_8);
    int euro = indexOf(bytes, (byte) 0xE2, 0);
    for (int limit = euro - 1; limit <= euro + 3; limit++) {
      Violation v = stopLimited(bytes, most, limit);

      int expected = limit > euro && limit < euro + 3 ? euro : limit;
      assertThat(v.code()).as("limit %d: %s", limit, v).isEqualTo(ViolationCode.LIMIT_EXCEEDED);
      assertThat(place(v)).as("limit %d", limit).containsExactly(expectedPlace(bytes, expected));
      assertThat(v.jsonPath()).isEqualTo("$.header.note");
      assertThat(v.message()).contains("limit of " + limit + " bytes");
    }
    byte[] marked = new byte[bytes.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(bytes, 0, marked, 3, bytes.length);
    for (int limit = 1; limit <= 8; limit++) {
      Violation v = stopLimited(marked, most, limit);

      assertThat(v.code()).isEqualTo(ViolationCode.LIMIT_EXCEEDED);
      assertThat(place(v)).as("limit %d after a byte-order mark", limit).containsExactly(1, Math.max(1, limit - 2));
    }
  }

  private static Violation stopLimited(byte[] bytes, int most, long limit) {
    return stop(new LimitedInputStream(trickle(bytes, most), limit));
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
    return indexOf(bytes, b, 0);
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    throw new AssertionError("no byte " + b);
  }
}
