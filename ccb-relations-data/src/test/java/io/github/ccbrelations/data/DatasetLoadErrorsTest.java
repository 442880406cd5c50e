package io.github.ccbrelations.data;

import static io.github.ccbrelations.data.Fixture.editOnce;
import static io.github.ccbrelations.data.Fixture.editRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ccbrelations.data.violation.Severity;
import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken inputs, each made from the small fixture by one edit or written inline, fail the whole load with a
 * {@link DatasetLoadException} whose first violation says what is wrong and exactly where.
 */
class DatasetLoadErrorsTest {
  /** The broken input, what the first violation must say, and a fragment its message must contain. */
  record Broken(
      String name,
      String input,
      ViolationCode code,
      int line,
      int column,
      String path,
      String recordId,
      String messagePart) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final ViolationCode SYNTAX = ViolationCode.SYNTAX;
  private static final ViolationCode SHAPE = ViolationCode.SHAPE;
  private static final ViolationCode INVALID = ViolationCode.INVALID_VALUE;
  private static final ViolationCode DANGLING = ViolationCode.DANGLING_REFERENCE;
  private static final String NONE = "";
  private static final int ANY_COLUMN = -1;

  static Stream<Broken> parseErrors() {
    String fixture = Fixture.text();
    return Stream.of(
        new Broken("empty input", "", SYNTAX, 1, 1, "$", NONE, "empty"),
        new Broken("white space only", " \n ", SYNTAX, 2, 2, "$", NONE, "empty"),
        new Broken("not JSON", "relations, please", SYNTAX, 1, 1, "$", NONE, "relations"),
        // jackson-core places these past what it read of the token; the violation is at the token's first character.
        new Broken("NaN", "{\"header\": NaN}", SYNTAX, 1, 12, "$.header", NONE, "NaN"),
        new Broken("a plus sign", "{\"header\":\t+1}", SYNTAX, 1, 12, "$.header", NONE, "plus"),
        new Broken("a misspelt literal", "{\"header\":\ntru\n}", SYNTAX, 2, 1, "$.header", NONE, "'tru'"),
        // An underscore or a dollar sign is part of a misspelling, as jackson-core reads one.
        new Broken("a misspelt literal with an underscore", "{\"header\": true_}", SYNTAX, 1, 12, "$.header", NONE,
            "'true_'"),
        // After the first entry of an array too, where jackson-core has moved its token to the entry it cannot read;
        // the path is the entry's, as a number too long there has.
        new Broken("NaN after an entry", "{\"header\": {\"primarySources\": [\"a\", NaN]}}", SYNTAX, 1, 37,
            "$.header.primarySources[1]", NONE, "NaN"),
        new Broken("a plus sign after an entry", "{\"header\": {\"primarySources\": [\"a\", +1]}}", SYNTAX, 1, 37,
            "$.header.primarySources[1]", NONE, "plus"),
        new Broken("a leading zero after an entry", "{\"header\": {\"primarySources\": [\"a\",\n  01]}}", SYNTAX, 2, 3,
            "$.header.primarySources[1]", NONE, "leading zero"),
        new Broken("a misspelt literal after an entry", "{\"header\": {\"primarySources\": [\"a\", tru]}}", SYNTAX, 1,
            37, "$.header.primarySources[1]", NONE, "'tru'"),
        new Broken("a number too long in a list", "{\"header\": {\"primarySources\": [\"a\", " + "9".repeat(101)
            + "]}}",
            ViolationCode.LIMIT_EXCEEDED, 1, 37, "$.header.primarySources[1]", NONE, "longer than 100"),
        new Broken("a misspelt literal after an object", editRecord(
            "centre-spoc", "\"Art. 7\"}]", "\"Art. 7\"}, nul ]"),
            SYNTAX, 253, 87, "$.roles[0].legalBases[1]", "centre-spoc", "'nul'"),
        new Broken("a misspelt literal as a first entry", "{\"header\": {\"primarySources\": [tru]}}", SYNTAX, 1, 32,
            "$.header.primarySources[0]", NONE, "'tru'"),
        new Broken("truncated", fixture.substring(0, fixture.indexOf("\"level\": \"GENERAL\"")),
            SYNTAX, 339, 7, "$.roles[8]", "ruritania-commitment", "end-of-input"),
        new Broken("array at the root", "[]", SHAPE, 1, 1, "$", NONE, "not an array"),
        new Broken("string at the root", "\"dataset\"", SHAPE, 1, 1, "$", NONE, "not a string"),
        new Broken("second object after the dataset", fixture + "{}", SYNTAX, 346, 1, "$", NONE, "after the end"),
        new Broken("garbage after the dataset", fixture + "garbage", SYNTAX, 346, 1, "$", NONE, "after the end"),
        new Broken("duplicate key in a role",
            editRecord("centre-spoc", "\"level\": \"EUROPEAN\",", "\"level\": \"EUROPEAN\", \"level\": \"GENERAL\","),
            SYNTAX, 251, 28, "$.roles[0].level", "centre-spoc", "level"),
        new Broken("duplicate top-level key", editOnce("\"roles\": [", "\"roles\": [], \"roles\": ["),
            SYNTAX, 245, 16, "$.roles", NONE, "roles"),
        new Broken("unknown field in a role",
            editRecord("centre-spoc", "\"level\": \"EUROPEAN\",", "\"level\": \"EUROPEAN\", \"chair\": true,"),
            ViolationCode.UNKNOWN_FIELD, 251, 28, "$.roles[0].chair", "centre-spoc", "chair"),
        new Broken("unknown field in a role, its value a list",
            editRecord("centre-spoc", "\"level\": \"EUROPEAN\",", "\"level\": \"EUROPEAN\", \"chair\": [1, 2],"),
            ViolationCode.UNKNOWN_FIELD, 251, 28, "$.roles[0].chair", "centre-spoc", "chair"),
        new Broken("unknown field in a role, its value an object",
            editRecord("centre-spoc", "\"level\": \"EUROPEAN\",", "\"level\": \"EUROPEAN\", \"chair\": {\"a\": 1},"),
            ViolationCode.UNKNOWN_FIELD, 251, 28, "$.roles[0].chair", "centre-spoc", "chair"),
        new Broken("unknown top-level field", editOnce("\n  \"sources\": [", "\n  \"extra\": 1, \"sources\": ["),
            ViolationCode.UNKNOWN_FIELD, 8, 3, "$.extra", NONE,
            "unknown field 'extra' in the dataset; known fields: bodies, header, instruments, redirects, roles,"
                + " sources"),
        new Broken("missing header",
            "{\"sources\": [], \"bodies\": [], \"instruments\": [], \"roles\": []}",
            SHAPE, 1, 1, "$", NONE, "header"),
        new Broken("missing roles array", "{\"header\": " + header("1.0.0") + ", \"sources\": [], \"bodies\": [],"
            + " \"instruments\": []}", SHAPE, 1, 1, "$", NONE, "roles"),
        new Broken("roles not an array", editOnce("\"roles\": [", "\"roles\": {}, \"ignored\": ["),
            SHAPE, 245, 12, "$.roles", NONE, "must be an array"),
        new Broken("role that is not an object", editOnce("\"roles\": [", "\"roles\": [42,"),
            SHAPE, 245, 13, "$.roles[0]", NONE, "must be an object"),
        new Broken("paragraph as a string",
            editRecord("centre-spoc", "\"paragraph\": 1", "\"paragraph\": \"1\""),
            SHAPE, 254, 91, "$.roles[0].sources[0].paragraph", "centre-spoc", "\"1\""),
        new Broken("a letter after a number", editRecord("centre-spoc", "\"paragraph\": 1", "\"paragraph\": 12a"),
            SYNTAX, 254, 93, "$.roles[0].sources[0]", "centre-spoc", "'a' after a value in an object"),
        // The path of the field, not of an entry of the list given in its place.
        new Broken("a code as a list", editRecord("example-directive", "\"32020L9999\"", "[\"32020L9999\"]"),
            SHAPE, 178, 16, "$.instruments[0].celex", "example-directive", "must be a string, not an array"),
        new Broken("labels as an object",
            editRecord("ruritania", "\"labels\": [", "\"labels\": {\"x\": 1}, \"ignored\": ["),
            SHAPE, 34, 17, "$.bodies[0].labels", "ruritania", "not an object"),
        new Broken("id that is no slug", editRecord("centre-spoc", "\"centre-spoc\"", "\"Centre SPOC\""),
            INVALID, 247, 13, "$.roles[0].id", "Centre SPOC", "'Centre SPOC'"),
        new Broken("bad CELEX", editRecord("example-directive", "\"32020L9999\"", "\"2020L9999\""),
            INVALID, 178, 16, "$.instruments[0].celex", "example-directive", "'2020L9999'"),
        new Broken("impossible date", editRecord("director-board-member", "\"2025-06\"", "\"2021-02-30\""),
            INVALID, 280, 28, "$.roles[2].validity.from", "director-board-member", "2021-02-30"),
        new Broken("validity ending before it starts",
            editRecord("centre-council-expert", "\"to\": \"2029-12\"", "\"to\": \"2025-12\""),
            INVALID, 293, 42, "$.roles[3].validity.to", "centre-council-expert", "ends before it starts"),
        new Broken("unknown function",
            editRecord("centre-spoc", "\"SINGLE_POINT_OF_CONTACT\"", "\"CHAIR\""),
            SHAPE, 249, 19, "$.roles[0].function", "centre-spoc", "CHAIR"),
        new Broken("unknown language code",
            editRecord("ruritania", "{\"language\": \"de\"", "{\"language\": \"it\""),
            SHAPE, 38, 22, "$.bodies[0].labels[3].language", "ruritania", "\"it\""),
        // A key that is wrong is placed at the key, as an unknown field is: a language that is not one of the format's.
        new Broken("unknown language as a key", editRecord("example-agency", "{\"en\": \"Sampleton\"}",
            "{\"it\": \"Sampleton\"}"), SHAPE, 101, 16, "$.bodies[6].seat.it", "example-agency",
            "'it' is not a language"),
        new Broken("language given twice as a key", editRecord("example-agency", "{\"en\": \"Sampleton\"}",
            "{\"en\": \"Sampleton\", \"en\": \"X\"}"), SYNTAX, 101, 35, "$.bodies[6].seat.en", "example-agency",
            "the field 'en' is given twice"),
        new Broken("schema major version 2", editOnce("\"1.1.0\"", "\"2.0.0\""),
            ViolationCode.UNSUPPORTED_SCHEMA_VERSION, 4, 22, "$.header.schemaVersion", NONE, "2.0.0"));
  }

  /**
   * A required field left out is a {@link ViolationCode#SHAPE} error placed at the opening brace of the object that
   * lacks it, with that object's path (#14); a null given for it is a value of the wrong kind, at the value.
   */
  static Stream<Broken> missingFields() {
    return Stream.of(
        new Broken("role without function",
            editRecord("centre-spoc", "\"function\": \"SINGLE_POINT_OF_CONTACT\",", ""),
            SHAPE, 246, 5, "$.roles[0]", "centre-spoc", "function"),
        new Broken("explicit null for a required field",
            editRecord("centre-spoc", "\"SINGLE_POINT_OF_CONTACT\"", "null"),
            SHAPE, 249, ANY_COLUMN, "$.roles[0].function", "centre-spoc", "function"),
        new Broken("header without released date", editOnce("\"released\": \"2030-01-15\",", ""),
            SHAPE, 2, 13, "$.header", NONE, "released"),
        // A part of a record that lacks a field: at its own opening brace, with its own path.
        new Broken("citation without its source",
            editRecord("centre-spoc", "{\"source\": \"example-page-fr\", \"section\"", "{\"section\""),
            SHAPE, 254, 19, "$.roles[0].sources[0]", "centre-spoc", "source"));
  }

  static Stream<Broken> integrityErrors() {
    return Stream.of(
        new Broken("duplicate body id", editRecord("example-forum", "\"example-forum\"", "\"example-network\""),
            ViolationCode.DUPLICATE_ID, 159, 13, "$.bodies[12].id", "example-network", "example-network"),
        new Broken("duplicate role id", editRecord(
            "ruritania-commitment", "\"ruritania-commitment\"", "\"centre-spoc\""),
            ViolationCode.DUPLICATE_ID, 336, 13, "$.roles[8].id", "centre-spoc", "centre-spoc"),
        new Broken("unknown primary source", editOnce("[\"example-page-fr\"]", "[\"no-such-page\"]"),
            DANGLING, 6, 24, "$.header.primarySources[0]", NONE, "no-such-page"),
        new Broken("unknown partOf", editRecord(
            "example-cert-lab", "\"partOf\": \"example-cert\"", "\"partOf\": \"nowhere\""),
            DANGLING, 90, 17, "$.bodies[5].partOf", "example-cert-lab", "nowhere"),
        new Broken("unknown convenor", editRecord("example-exercise", "[\"example-agency\"]", "[\"nowhere\"]"),
            DANGLING, 155, 22, "$.bodies[11].convenedBy[0]", "example-exercise", "nowhere"),
        new Broken("unknown establishing instrument",
            editRecord("example-agency", "{\"instrument\": \"example-agency-regulation\"",
                "{\"instrument\": \"no-act\""),
            DANGLING, 103, 39, "$.bodies[6].establishedBy.instrument", "example-agency", "no-act"),
        new Broken("unknown holder", editRecord(
            "centre-spoc", "\"holder\": \"example-centre\"", "\"holder\": \"nobody\""),
            DANGLING, 248, 17, "$.roles[0].holder", "centre-spoc", "nobody"),
        new Broken("unknown body", editRecord("centre-csirt", "\"body\": \"example-network\"", "\"body\": \"nowhere\""),
            DANGLING, 259, 15, "$.roles[1].body", "centre-csirt", "nowhere"),
        new Broken("unknown via", editRecord("centre-csirt", "\"via\": \"example-cert\"", "\"via\": \"nowhere\""),
            DANGLING, 261, 14, "$.roles[1].via", "centre-csirt", "nowhere"),
        new Broken("unknown onBehalfOf", editRecord(
            "centre-spoc", "\"onBehalfOf\": \"ruritania\"", "\"onBehalfOf\": \"nobody\""),
            DANGLING, 250, 21, "$.roles[0].onBehalfOf", "centre-spoc", "nobody"),
        new Broken("unknown supported party",
            editRecord("centre-council-expert", "\"supports\": \"ruritania-mission\"", "\"supports\": \"nobody\""),
            DANGLING, 288, 19, "$.roles[3].supports", "centre-council-expert", "nobody"),
        new Broken("unknown inCapacityOf role",
            editRecord("centre-council-expert", "\"inCapacityOf\": \"centre-spoc\"", "\"inCapacityOf\": \"no-role\""),
            DANGLING, 289, 23, "$.roles[3].inCapacityOf", "centre-council-expert", "no-role"),
        new Broken("unknown legal basis instrument",
            editRecord("centre-spoc", "{\"instrument\": \"ruritanian-example-law\"", "{\"instrument\": \"no-law\""),
            DANGLING, 253, 37, "$.roles[0].legalBases[0].instrument", "centre-spoc", "no-law"),
        new Broken("unknown concerned instrument",
            editRecord("centre-monitoring", "[\"example-strategy\",", "[\"no-strategy\","),
            DANGLING, 332, 20, "$.roles[7].concerns[0]", "centre-monitoring", "no-strategy"),
        new Broken("unknown replacedBy",
            editRecord("example-directive", "\"replacedBy\": \"example-directive-2\"",
                "\"replacedBy\": \"no-directive\""),
            DANGLING, 184, 21, "$.instruments[0].replacedBy", "example-directive", "no-directive"),
        new Broken("unknown repealed instrument",
            editRecord("example-directive-2", "\"repeals\": [\"example-directive\"]",
                "\"repeals\": [\"no-directive\"]"),
            DANGLING, 199, 19, "$.instruments[1].repeals[0]", "example-directive-2", "no-directive"),
        new Broken("unknown transposed instrument",
            editRecord("ruritanian-example-law", "\"transposes\": [\"example-directive\"]",
                "\"transposes\": [\"no-directive\"]"),
            DANGLING, 223, 22, "$.instruments[3].transposes[0]", "ruritanian-example-law", "no-directive"),
        new Broken("unknown source id",
            editRecord("centre-spoc", "{\"source\": \"example-page-fr\"", "{\"source\": \"no-page\""),
            DANGLING, 254, 30, "$.roles[0].sources[0].source", "centre-spoc", "no-page"),
        new Broken("unknown source id in a label",
            editRecord("example-cert", "{\"source\": \"example-page-fr\"", "{\"source\": \"no-page\""),
            DANGLING, 80, 33, "$.bodies[4].labels[1].sources[0].source", "example-cert", "no-page"),
        new Broken("unknown source id in a legal basis",
            editRecord("centre-csirt", "{\"source\": \"example-journal\"", "{\"source\": \"no-journal\""),
            DANGLING, 266, 33, "$.roles[1].legalBases[0].sources[0].source", "centre-csirt", "no-journal"),
        new Broken("unknown section id",
            editRecord("centre-spoc", "\"section\": \"european-level\"", "\"section\": \"lunar-level\""),
            DANGLING, 254, 60, "$.roles[0].sources[0].section", "centre-spoc", "lunar-level"),
        new Broken("paragraph beyond the section",
            editRecord("centre-spoc", "\"paragraph\": 1", "\"paragraph\": 5"),
            DANGLING, 254, 91, "$.roles[0].sources[0].paragraph", "centre-spoc", "4 paragraphs, not 5"),
        new Broken("body hierarchy cycle",
            editRecord("example-centre", "\"kind\": \"NATIONAL_AUTHORITY\",",
                "\"kind\": \"NATIONAL_AUTHORITY\", \"partOf\": \"example-cert-lab\","),
            ViolationCode.CYCLE, 52, 47, "$.bodies[2].partOf", "example-centre",
            "example-centre -> example-cert-lab -> example-cert -> example-centre"),
        new Broken("succession cycle",
            editRecord("example-directive-2", "\"repeals\": [\"example-directive\"]",
                "\"repeals\": [\"example-directive\"], \"replacedBy\": \"example-directive\""),
            ViolationCode.CYCLE, 184, 21, "$.instruments[0].replacedBy", "example-directive",
            "example-directive -> example-directive-2 -> example-directive"),
        new Broken("role with no sources",
            editRecord("centre-monitoring", "\"sources\": [{\"source\": \"example-page-fr\","
                + " \"section\": \"international-level\", \"paragraph\": 2}]", "\"sources\": []"),
            ViolationCode.UNSOURCED_ROLE, 333, 18, "$.roles[7].sources", "centre-monitoring", "centre-monitoring"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"parseErrors", "integrityErrors"})
  void brokenInputFailsWithTheFirstViolationPinpointed(Broken broken) {
    assertFailsAsDescribed(broken);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("missingFields")
  void missingRequiredFieldIsAShapeViolationAtItsPlace(Broken broken) {
    assertFailsAsDescribed(broken);
  }

  private static void assertFailsAsDescribed(Broken broken) {
    String sourceName = "broken-" + broken.name().replace(' ', '-') + ".json";
    byte[] bytes = broken.input().getBytes(StandardCharsets.UTF_8);

    DatasetLoadException e =
        catchThrowableOfType(DatasetLoadException.class, () -> DatasetReader.standard().read(bytes, sourceName));

    assertThat(e).as("the load must throw, returning nothing").isNotNull();
    Violation first = e.first();
    assertThat(first)
        .as(first.toString())
        .extracting(
            Violation::code,
            Violation::line,
            v -> broken.column() == ANY_COLUMN ? ANY_COLUMN : v.column(),
            Violation::jsonPath,
            Violation::recordId,
            Violation::source,
            Violation::severity)
        .containsExactly(
            broken.code(),
            broken.line(),
            broken.column(),
            broken.path(),
            broken.recordId().isEmpty() ? Optional.empty() : Optional.of(broken.recordId()),
            sourceName,
            Severity.ERROR);
    assertThat(first.message()).contains(broken.messagePart());
    assertThat(e).hasMessageContaining(sourceName).hasMessageContaining(broken.path());
  }

  @Test
  void unsupportedSchemaVersionMessageNamesBothVersions() {
    DatasetLoadException e = loadFailure(editOnce("\"1.1.0\"", "\"2.0.0\""));

    assertThat(e.violations()).hasSize(1);
    assertThat(e.first().message()).contains("2.0.0").contains("1.x.y");
  }

  @Test
  void readsANewerMinorVersionOfTheSchema() {
    Dataset data = DatasetReader.standard().read(bytes(editOnce("\"1.1.0\"", "\"1.9.3\"")), "newer-minor.json");

    assertThat(data.info().schemaVersion().text()).isEqualTo("1.9.3");
  }

  /** A lenient read that fails on a rule between records keeps its warnings, as one that fails while parsing does. */
  @Test
  void aLenientReadThatFailsOnARuleKeepsItsWarnings() {
    String text = Fixture.editRecord("ruritania", "\"kind\": \"COUNTRY\",",
        "\"kind\": \"COUNTRY\", \"nickname\": \"Ruri\",");
    String broken = Fixture.editRecord(text, "example-cert-lab", "\"partOf\": \"example-cert\"",
        "\"partOf\": \"nowhere\"");

    DatasetLoadException e = catchThrowableOfType(DatasetLoadException.class,
        () -> DatasetReader.lenient().read(bytes(broken), "lenient.json"));

    assertThat(e.violations()).extracting(Violation::code, Violation::severity).containsExactly(
        tuple(ViolationCode.UNKNOWN_FIELD, Severity.WARNING), tuple(ViolationCode.DANGLING_REFERENCE, Severity.ERROR));
    assertThat(e.getMessage()).startsWith("cannot load dataset, 1 error and 1 warning (see violations()):\n");
  }

  /** Five integrity errors in different records and arrays. */
  private static String fiveIntegrityErrors() {
    String text = Fixture.text();
    text = Fixture.editRecord(text, "example-cert-lab", "\"partOf\": \"example-cert\"", "\"partOf\": \"nowhere\"");
    text = Fixture.editRecord(text, "ruritanian-example-law", "[\"example-directive\"]", "[\"no-directive\"]");
    text = Fixture.editRecord(text, "centre-spoc", "\"holder\": \"example-centre\"", "\"holder\": \"nobody\"");
    text = Fixture.editRecord(text, "centre-monitoring",
        "\"sources\": [{\"source\": \"example-page-fr\", \"section\": \"international-level\", \"paragraph\": 2}]",
        "\"sources\": []");
    return Fixture.editRecord(text, "ruritania-commitment", "\"ruritania-commitment\"", "\"centre-csirt\"");
  }

  @Test
  void reportsEveryIntegrityErrorInOneException() {
    DatasetLoadException e = loadFailure(fiveIntegrityErrors());

    assertThat(e.violations())
        .extracting(Violation::code, Violation::jsonPath, v -> v.recordId().orElseThrow())
        .containsExactlyInAnyOrder(
            tuple(ViolationCode.DANGLING_REFERENCE, "$.bodies[5].partOf", "example-cert-lab"),
            tuple(ViolationCode.DANGLING_REFERENCE, "$.instruments[3].transposes[0]", "ruritanian-example-law"),
            tuple(ViolationCode.DANGLING_REFERENCE, "$.roles[0].holder", "centre-spoc"),
            tuple(ViolationCode.UNSOURCED_ROLE, "$.roles[7].sources", "centre-monitoring"),
            tuple(ViolationCode.DUPLICATE_ID, "$.roles[8].id", "centre-csirt"));
    assertThat(e.getMessage())
        .startsWith("cannot load dataset, 5 errors:")
        .contains("$.bodies[5].partOf", "$.instruments[3].transposes[0]", "$.roles[0].holder", "$.roles[7].sources",
            "$.roles[8].id");
  }

  @Test
  void listsViolationsInFileOrder() {
    DatasetLoadException e = loadFailure(fiveIntegrityErrors());

    assertThat(e.violations()).extracting(Violation::line).containsExactly(90, 223, 248, 333, 336);
  }

  @Test
  void reportsEveryRecordThatFailsToBindWithoutFollowOnDanglingReferences() {
    // The directive is named by the law, its successor and a role; the role by another role's inCapacityOf.
    String text = Fixture.editRecord("example-directive", "\"32020L9999\"", "\"2020L9999\"");
    text = Fixture.editRecord(text, "centre-spoc", "\"level\": \"EUROPEAN\"", "\"level\": \"GALACTIC\"");

    DatasetLoadException e = loadFailure(text);

    assertThat(e.violations())
        .extracting(Violation::code, Violation::jsonPath, v -> v.recordId().orElseThrow())
        .containsExactly(
            tuple(ViolationCode.INVALID_VALUE, "$.instruments[0].celex", "example-directive"),
            tuple(ViolationCode.SHAPE, "$.roles[0].level", "centre-spoc"));
  }

  /**
   * The binder reuses one builder per record type. A body abandoned after its labels must leave none to the next
   * body, whose own names would then be doubled: the failure is the only violation.
   */
  @Test
  void aRecordAbandonedHalfwayLeavesNothingToTheNext() {
    String text = Fixture.editRecord("ruritania", "\"text\": \"Ruritanien\"}\n      ]",
        "\"text\": \"Ruritanien\"}\n      ], \"founded\": \"19x0\"");

    DatasetLoadException e = loadFailure(text);

    assertThat(e.violations())
        .extracting(Violation::code, Violation::jsonPath, v -> v.recordId().orElseThrow())
        .containsExactly(tuple(ViolationCode.INVALID_VALUE, "$.bodies[0].founded", "ruritania"));
  }

  /**
   * Broken JSON stops the read in the middle of a record: the values that failed in it before are reported with it, at
   * their places, not dropped with the record.
   */
  @Test
  void aValueThatFailedBeforeBrokenJsonInItsRecordIsReportedWithIt() {
    String text = editRecord("centre-spoc", "\"level\": \"EUROPEAN\",", "\"level\": \"european\", \"x\": NaN,");

    DatasetLoadException e = loadFailure(text);

    assertThat(e.violations())
        .extracting(Violation::code, Violation::jsonPath, v -> v.recordId().orElseThrow())
        .containsExactly(tuple(SHAPE, "$.roles[0].level", "centre-spoc"), tuple(SYNTAX, "$.roles[0].x", "centre-spoc"));
    assertThat(Validator.standard().validate(bytes(text), "broken.json").violations()).isEqualTo(e.violations());
  }

  @Test
  void bindingErrorsAndIntegrityErrorsAreReportedTogether() {
    String text = Fixture.editRecord("example-directive", "\"32020L9999\"", "\"2020L9999\"");
    text = Fixture.editRecord(text, "centre-spoc", "\"holder\": \"example-centre\"", "\"holder\": \"nobody\"");

    DatasetLoadException e = loadFailure(text);

    assertThat(e.violations())
        .extracting(Violation::code, Violation::jsonPath)
        .containsExactlyInAnyOrder(
            tuple(ViolationCode.INVALID_VALUE, "$.instruments[0].celex"),
            tuple(ViolationCode.DANGLING_REFERENCE, "$.roles[0].holder"));
  }

  @Test
  void violationReadsAsOneLineWithEverythingNeededToFindIt() {
    DatasetLoadException e = loadFailure(
        Fixture.editRecord("centre-spoc", "\"holder\": \"example-centre\"", "\"holder\": \"nobody\""));

    assertThat(e.first().toString())
        .isEqualTo("broken.json:248:17: DANGLING_REFERENCE at $.roles[0].holder (record 'centre-spoc'): unknown body"
            + " 'nobody'");
    assertThat(e).hasMessage("cannot load dataset: " + e.first());
  }

  @Test
  void aPlaceNotKnownIsLeftOutOfTheLineNeverWrittenAsZero() {
    assertThat(new Violation(ViolationCode.SYNTAX, Severity.ERROR, "a.json", 0, 0, "$", Optional.empty(), "m"))
        .hasToString("a.json: SYNTAX at $: m");
    assertThat(new Violation(ViolationCode.SYNTAX, Severity.ERROR, "a.json", 5, 0, "$", Optional.empty(), "m"))
        .hasToString("a.json:5: SYNTAX at $: m");
    assertThat(new Violation(ViolationCode.SYNTAX, Severity.ERROR, "a.json", 5, 7, "$", Optional.empty(), "m"))
        .hasToString("a.json:5:7: SYNTAX at $: m");
  }

  /**
   * Bytes or a file over the size limit are refused before they are read, so no place in them is known; a stream is
   * read up to the limit, and the error stands at the byte that passes it.
   */
  @Test
  void aSizeLimitHasAPlaceOnlyWhereTheInputWasReadUpToIt() {
    DatasetReader reader = DatasetReader.standard().withLimits(Limits.defaults().withMaxDocumentBytes(1000));

    Violation bytes = reader.validate(Fixture.bytes(), "big.json").violations().get(0);
    Violation stream = reader.validate(new ByteArrayInputStream(Fixture.bytes()), "big.json").violations().get(0);

    assertThat(bytes.code()).isEqualTo(ViolationCode.LIMIT_EXCEEDED);
    assertThat(bytes.toString()).startsWith("big.json: LIMIT_EXCEEDED at $: the input is larger than the limit");
    assertThat(stream.code()).isEqualTo(ViolationCode.LIMIT_EXCEEDED);
    assertThat(stream.line()).isEqualTo(35);
    assertThat(stream.toString()).startsWith("big.json:35:52: LIMIT_EXCEEDED");
  }

  @Test
  void aStreamReadOncePlacesADanglingReferenceAtItsValueAsBytesDo() {
    byte[] bytes = bytes(Fixture.editRecord("centre-spoc", "\"holder\": \"example-centre\"", "\"holder\": \"nobody\""));

    DatasetLoadException e = catchThrowableOfType(DatasetLoadException.class,
        () -> DatasetReader.standard().read(new ByteArrayInputStream(bytes), "broken.json"));

    assertThat(e.first().toString()).startsWith("broken.json:248:17: DANGLING_REFERENCE at $.roles[0].holder");
  }

  /**
   * A citation's section or paragraph is checked once its record is read, when the citation's own fields are no longer
   * placed: read from a stream, it is placed at the citation; from bytes, a second walk places it at its value.
   */
  @Test
  void aStreamReadOncePlacesAnUnknownSectionAtItsCitation() {
    byte[] bytes = bytes(Fixture.editRecord("centre-spoc", "\"section\": \"european-level\"",
        "\"section\": \"lunar-level\""));

    DatasetLoadException fromStream = catchThrowableOfType(DatasetLoadException.class,
        () -> DatasetReader.standard().read(new ByteArrayInputStream(bytes), "broken.json"));
    DatasetLoadException fromBytes = catchThrowableOfType(DatasetLoadException.class,
        () -> DatasetReader.standard().read(bytes, "broken.json"));

    assertThat(fromStream.first().toString())
        .startsWith("broken.json:254:19: DANGLING_REFERENCE at $.roles[0].sources[0].section");
    assertThat(fromBytes.first().toString())
        .startsWith("broken.json:254:60: DANGLING_REFERENCE at $.roles[0].sources[0].section");
  }

  /** The header's release date, which the rules judge, is placed at its value, not at the header's opening brace. */
  @Test
  void aStreamReadOncePlacesTheReleaseDateAtItsValue() {
    byte[] bytes = bytes(editOnce("\"released\": \"2030-01-15\"", "\"released\": \"2030-02-15\""));

    DatasetLoadException e = catchThrowableOfType(DatasetLoadException.class,
        () -> DatasetReader.standard().read(new ByteArrayInputStream(bytes), "broken.json"));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo(ViolationCode.IMPLAUSIBLE_DATE);
      assertThat(v.toString()).startsWith("broken.json:5:17: IMPLAUSIBLE_DATE at $.header.released: the release date");
    });
  }

  /** The header's primary sources are references too: at their value, not at the header's opening brace. */
  @Test
  void aStreamReadOncePlacesADanglingPrimarySourceAtItsValue() {
    byte[] bytes = bytes(editOnce("[\"example-page-fr\"]", "[\"example-page-fr\", \"no-such-page\"]"));

    DatasetLoadException e = catchThrowableOfType(DatasetLoadException.class,
        () -> DatasetReader.standard().read(new ByteArrayInputStream(bytes), "broken.json"));

    assertThat(e.violations()).singleElement().hasToString(
        "broken.json:6:43: DANGLING_REFERENCE at $.header.primarySources[1]: unknown source 'no-such-page'");
  }

  private static DatasetLoadException loadFailure(String text) {
    DatasetLoadException e =
        catchThrowableOfType(
            DatasetLoadException.class, () -> DatasetReader.standard().read(bytes(text), "broken.json"));
    assertThat(e).as("the load must throw, returning nothing").isNotNull();
    return e;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String header(String schemaVersion) {
    return "{\"datasetVersion\": \"2030.01.0\", \"schemaVersion\": \"" + schemaVersion
        + "\", \"released\": \"2030-01-15\", \"primarySources\": [\"p\"]}";
  }
}
