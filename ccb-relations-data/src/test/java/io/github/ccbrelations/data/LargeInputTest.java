package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large hostile inputs, generated at run time as a stream into a temporary file (never committed, never held whole in
 * the test): long strings, deep nesting, many records, long chains and loops, a 200 MB file (read with a raised
 * limit). Each ends in a
 * {@link ViolationCode#LIMIT_EXCEEDED} error that names the limit and how to raise it, or loads, never in an
 * OutOfMemoryError, a StackOverflowError or a hang.
 */
class LargeInputTest {
  private static final String HEADER = "{\"header\": {\"datasetVersion\": \"2030.01.0\", \"schemaVersion\": \"1.1.0\","
      + " \"released\": \"2030-01-15\", \"primarySources\": [\"page\"]},\n"
      + "\"sources\": [{\"id\": \"page\", \"kind\": \"CCB_PAGE\", \"title\": \"Relations\", \"language\": \"fr\","
      + " \"url\": \"https://relations.example.org/fr\", \"sections\": [{\"id\": \"europe\", \"heading\": \"Europe\","
      + " \"paragraphs\": 2}]}],\n";
  private static final String ROLES = "\"roles\": [{\"id\": \"b0-member\", \"holder\": \"b0\", \"function\":"
      + " \"MEMBER\","
      + " \"level\": \"EUROPEAN\", \"legalBasisStatus\": \"NONE_STATED\", \"sources\": [{\"source\": \"page\"}]}]}\n";

  @TempDir
  Path dir;

  /** Writes a dataset with the given bodies (each written by the callback) and a fixed head and tail. */
  private interface Bodies {
    void write(Writer out) throws IOException;
  }

  private Path dataset(String name, String head, Bodies bodies, String tail) throws IOException {
    Path file = dir.resolve(name);
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      out.write(head);
      out.write("\"bodies\": [\n");
      bodies.write(out);
      out.write("],\n\"instruments\": [],\n");
      out.write(tail);
    }
    return file;
  }

  private static void body(Writer out, int i, String extra) throws IOException {
    out.write((i == 0 ? "" : ",\n") + "{\"id\": \"b" + i
        + "\", \"kind\": \"WORKING_GROUP\", \"labels\": [{\"language\":"
        + " \"en\", \"kind\": \"NAME\", \"text\": \"Body " + i + "\"}]" + extra + "}");
  }

  private static DatasetLoadException failure(DatasetReader reader, Path file) {
    DatasetLoadException e = catchThrowableOfType(DatasetLoadException.class, () -> reader.read(file));
    assertThat(e).as("the load must throw the library's own exception").isNotNull();
    return e;
  }

  @Test
  void stringOfAMillionCharactersIsALimitErrorAtItsPlaceUntilTheLimitIsRaised() throws IOException {
    Path file = dataset("long-string.json", HEADER, out -> {
      body(out, 0, "");
      out.write(",\n{\"id\": \"long\", \"kind\": \"BOARD\", \"labels\": [{\"language\": \"en\", \"kind\": \"NAME\","
          + " \"text\": \"");
      for (int i = 0; i < 1_000; i++) {
        out.write("x".repeat(1_000));
      }
      out.write("\"}]}");
    }, ROLES);

    Violation v = failure(DatasetReader.standard(), file).violations().get(0);

    assertThat(v.code()).isEqualTo(ViolationCode.LIMIT_EXCEEDED);
    assertThat(v.line()).isEqualTo(5);
    assertThat(v.column()).as("the string's start, not where the parser stopped in it").isEqualTo(87);
    assertThat(v.jsonPath()).isEqualTo("$.bodies[1].labels[0].text");
    assertThat(v.recordId()).contains("long");
    assertThat(v.message()).contains("100000").contains("withMaxStringLength");
    assertThat(DatasetReader.standard().withLimits(Limits.defaults().withMaxStringLength(2_000_000)).read(file)
        .allTime().bodies()).hasSize(2);
  }

  /**
   * A field name over the limit is placed at its start, which a second walk of the input finds: the parser passes the
   * limit far into the name. A stream read once cannot be walked again: there, the place where the parser stopped.
   */
  @Test
  void fieldNameOfTwoHundredThousandCharactersIsALimitErrorAtItsStart() throws IOException {
    Path file = dataset("long-name.json", HEADER, out -> {
      out.write("{\"id\": \"b0\", \"" + "n".repeat(200_000) + "\": 1}");
    }, ROLES);

    Violation v = failure(DatasetReader.standard(), file).violations().get(0);
    Violation fromStream;
    try (InputStream in = Files.newInputStream(file)) {
      fromStream = catchThrowableOfType(DatasetLoadException.class,
          () -> DatasetReader.standard().read(in, file.toString())).first();
    }

    assertThat(v.code()).isEqualTo(ViolationCode.LIMIT_EXCEEDED);
    assertThat(v.line()).isEqualTo(4);
    assertThat(v.column()).as("the name's opening quote, not where the parser stopped in it").isEqualTo(14);
    assertThat(v.jsonPath()).as("the object that holds the name").isEqualTo("$.bodies[0]");
    assertThat(v.recordId()).contains("b0");
    assertThat(v.message()).contains("field name");
    assertThat(Validator.standard().validate(Files.readAllBytes(file), file.toString()).errors()).containsExactly(v);
    assertThat(fromStream.line()).isEqualTo(4);
    assertThat(fromStream.column()).isGreaterThan(Limits.DEFAULT_MAX_STRING_LENGTH);
    assertThat(fromStream.jsonPath()).isEqualTo(v.jsonPath());
  }

  @Test
  void arraysNestedAHundredThousandDeepAreALimitErrorNotAStackOverflow() throws IOException {
    Path file = dir.resolve("deep.json");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"deep\": ");
      for (int i = 0; i < 100_000; i++) {
        out.write('[');
      }
    }

    // The unknown field comes first; the fatal error, which ends the parse, last.
    java.util.List<Violation> violations = failure(DatasetReader.standard(), file).violations();
    Violation v = violations.get(violations.size() - 1);

    assertThat(violations.get(0).code()).isEqualTo(ViolationCode.UNKNOWN_FIELD);
    assertThat(v.code()).isEqualTo(ViolationCode.LIMIT_EXCEEDED);
    assertThat(v.line()).isEqualTo(1);
    // At the bracket of the array that nests one level too deep (the dataset object is the first level), not past it.
    assertThat(v.column()).isEqualTo(9 + Limits.DEFAULT_MAX_DEPTH);
    assertThat(v.message()).contains("deeper than " + Limits.DEFAULT_MAX_DEPTH).contains("withMaxDepth");
  }

  @Test
  void hundredThousandRecordsLoadAndALowerRecordLimitStopsAtTheFirstRecordOverIt() throws IOException {
    int n = 120_000;
    Path file = dataset("many.json", HEADER, out -> {
      for (int i = 0; i < n; i++) {
        body(out, i, "");
      }
    }, ROLES);

    Dataset data = DatasetReader.standard().read(file);
    DatasetLoadException e = failure(
        DatasetReader.standard().withLimits(Limits.defaults().withMaxRecords(50_000)), file);

    assertThat(data.info().bodyCount()).isEqualTo(n);
    assertThat(data.findBody(io.github.ccbrelations.model.BodyId.of("b" + (n - 1)))).isPresent();
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo(ViolationCode.LIMIT_EXCEEDED);
      // One source, then bodies: the 50,001st record is body 49,999, on line 4 + 49,999.
      assertThat(v.jsonPath()).isEqualTo("$.bodies[49999]");
      assertThat(v.line()).isEqualTo(4 + 49_999);
      assertThat(v.message()).contains("50000").contains("withMaxRecords");
    });
  }

  @Test
  void chainOfFiftyThousandBodiesLoadsAndALoopOfThemIsReportedAtEveryMemberInShortWords() throws IOException {
    int n = 50_000;
    Path chain = dataset("chain.json", HEADER, out -> {
      for (int i = 0; i < n; i++) {
        body(out, i, i == 0 ? "" : ", \"partOf\": \"b" + (i - 1) + "\"");
      }
    }, ROLES);
    Path loop = dataset("loop.json", HEADER, out -> {
      for (int i = 0; i < n; i++) {
        body(out, i, ", \"partOf\": \"b" + ((i + n - 1) % n) + "\"");
      }
    }, ROLES);

    assertThat(DatasetReader.standard().read(chain).descendantsOf(io.github.ccbrelations.model.BodyId.of("b0")))
        .hasSize(n - 1);
    DatasetLoadException e = failure(DatasetReader.standard(), loop);

    // A report keeps Limits.MAX_VIOLATIONS violations and counts the rest in one more.
    assertThat(e.violations()).hasSize(Limits.MAX_VIOLATIONS + 1);
    assertThat(e.violations()).filteredOn(v -> v.code() == ViolationCode.CYCLE).hasSize(Limits.MAX_VIOLATIONS)
        .allSatisfy(v -> assertThat(v.message()).contains("(49990 more)").hasSizeLessThan(200));
    assertThat(e.violations()).filteredOn(v -> v.code() == ViolationCode.LIMIT_EXCEEDED).singleElement()
        .satisfies(v -> assertThat(v.message()).startsWith("and " + (n - Limits.MAX_VIOLATIONS) + " more violations"));
    assertThat(e.first().message()).startsWith("the body hierarchy loops: b0 -> b49999 -> b49998");
  }

  @Test
  void loopOfTwentyThousandInstrumentsExtendingEachOtherIsReportedAtEveryMemberInShortWords() throws IOException {
    int n = 20_000;
    Path file = dir.resolve("extends-loop.json");
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      out.write(HEADER + "\"bodies\": [\n");
      body(out, 0, "");
      out.write("],\n\"instruments\": [\n");
      for (int i = 0; i < n; i++) {
        out.write((i == 0 ? "" : ",\n") + "{\"id\": \"i" + i + "\", \"kind\": \"STRATEGY\", \"labels\": [{\"language\":"
            + " \"en\", \"kind\": \"NAME\", \"text\": \"Act " + i + "\"}], \"extends\": [\"i" + ((i + 1) % n) + "\"]}");
      }
      out.write("],\n" + ROLES);
    }

    DatasetLoadException e = failure(DatasetReader.standard(), file);

    // One loop list shared by its members: a copy per member would hold n * n ids.
    assertThat(e.violations()).filteredOn(v -> v.code() == ViolationCode.CYCLE).hasSize(Limits.MAX_VIOLATIONS)
        .allSatisfy(v -> assertThat(v.message()).contains("(" + (n - 10) + " more)").hasSizeLessThan(200));
    assertThat(e.first().message()).startsWith("instruments extend each other: i0 -> i1 -> i2");
  }

  @Test
  void fileOfTwoHundredMegabytesStreamsWithinARaisedLimitAndFailsEarlyOverALowerOne() throws IOException {
    long padding = 200L * 1024 * 1024;
    Path file = dataset("big.json", HEADER, out -> {
      body(out, 0, "");
      char[] spaces = new char[1 << 20];
      java.util.Arrays.fill(spaces, ' ');
      for (long written = 0; written < padding; written += spaces.length) {
        out.write(spaces);
      }
    }, ROLES);
    assertThat(Files.size(file)).isGreaterThan(padding);
    DatasetReader limited = DatasetReader.standard().withLimits(Limits.defaults().withMaxDocumentBytes(64L << 20));

    Dataset data = DatasetReader.standard().withLimits(Limits.defaults().withMaxDocumentBytes(256L << 20)).read(file);
    DatasetLoadException fromPath = failure(limited, file);
    DatasetLoadException fromStream;
    try (InputStream in = Files.newInputStream(file)) {
      fromStream = catchThrowableOfType(DatasetLoadException.class, () -> limited.read(in, "big-stream.json"));
    }

    assertThat(data.info().bodyCount()).isEqualTo(1);
    assertThat(fromPath.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo(ViolationCode.LIMIT_EXCEEDED);
      assertThat(v.message()).contains("limit of " + (64L * 1024 * 1024) + " bytes").contains("withMaxDocumentBytes");
    });
    assertThat(fromStream.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo(ViolationCode.LIMIT_EXCEEDED);
      assertThat(v.line()).as("the place where reading stopped").isEqualTo(4);
      assertThat(v.jsonPath()).as("the white space after the first body").isEqualTo("$.bodies");
    });
  }
}
