package io.github.ccbrelations.data;

import static io.github.ccbrelations.data.violation.ViolationCode.CYCLE;
import static io.github.ccbrelations.data.violation.ViolationCode.DANGLING_REFERENCE;
import static io.github.ccbrelations.data.violation.ViolationCode.DUPLICATE_ID;
import static io.github.ccbrelations.data.violation.ViolationCode.ENCODING;
import static io.github.ccbrelations.data.violation.ViolationCode.IDENTIFIER_MISMATCH;
import static io.github.ccbrelations.data.violation.ViolationCode.INVALID_DATE_ORDER;
import static io.github.ccbrelations.data.violation.ViolationCode.INVALID_VALUE;
import static io.github.ccbrelations.data.violation.ViolationCode.LIMIT_EXCEEDED;
import static io.github.ccbrelations.data.violation.ViolationCode.SHAPE;
import static io.github.ccbrelations.data.violation.ViolationCode.SHARED_ACRONYM;
import static io.github.ccbrelations.data.violation.ViolationCode.SYNTAX;
import static io.github.ccbrelations.data.violation.ViolationCode.UNKNOWN_FIELD;
import static io.github.ccbrelations.data.violation.ViolationCode.UNSOURCED_ROLE;
import static io.github.ccbrelations.data.violation.ViolationCode.UNSUPPORTED_SCHEMA_VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ccbrelations.data.violation.Severity;
import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The catalogue of hostile and broken files under {@code src/test/resources/io/github/ccbrelations/data/hostile}: one
 * file per way a dataset can be wrong, each made from the small valid {@code 00-valid-base.json} by one edit, and the
 * one violation it must draw (code, line, column, JSON path, record id, a fragment of the message). A few files must
 * load: the policies they pin are a UTF-8 byte-order mark (accepted), the same id in two record types (ids are unique
 * per type) and a newer minor schema version without new fields. The files are also the fuzzer's seed corpus
 * ({@code DatasetReaderFuzzTestInputs}). Large hostile inputs are generated at run time: {@link LargeInputTest}.
 */
class HostileInputCatalogueTest {
  /** A catalogue entry: the file and the violation it must draw, or null for a file that must load. */
  record Entry(String file, @Nullable ViolationCode code, int line, int column, String path, String recordId,
      String messagePart) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Entry> catalogue() {
    return Stream.of(
        row("01-empty", SYNTAX, 1, 1, "$", "", "empty"),
        row("02-not-json", SYNTAX, 1, 1, "$", "", "relations"),
        // The input ends inside a field name: the path is the object that holds the name.
        row("03-truncated-inside-a-role", SYNTAX, 30, 16, "$.roles[1]", "centre-member", "end-of-input"),
        row("04-array-at-the-root", SHAPE, 1, 1, "$", "", "not an array"),
        row("05-number-at-the-root", SHAPE, 1, 1, "$", "", "not a number"),
        loads("06-utf8-byte-order-mark"),
        row("07-utf16le-with-byte-order-mark", ENCODING, 1, 1, "$", "", "UTF-16"),
        row("08-utf16be-without-byte-order-mark", ENCODING, 1, 1, "$", "", "UTF-16"),
        row("09-latin1-byte-in-a-label", ENCODING, 12, 121, "$.bodies[2].labels[0].text", "cert", "0xE9"),
        row("10-garbage-after-the-dataset", SYNTAX, 37, 1, "$", "", "unexpected content after the end of the dataset"),
        row("11-duplicate-key-in-a-label", SYNTAX, 12, 124, "$.bodies[2].labels[0].kind", "cert",
            "the field 'kind' is given twice"),
        // An unknown field is placed at its name (its opening quote), the thing that is wrong, with its path (#14).
        row("12-unknown-field-in-a-legal-basis", UNKNOWN_FIELD, 27, 104, "$.roles[0].legalBases[0].article",
            "centre-spoc", "'article'"),
        row("13-unknown-field-in-the-header", UNKNOWN_FIELD, 2, 125, "$.header.licence", "", "'licence'"),
        // An object that lacks a field is placed at its opening brace, where a reader starts reading it (#14).
        row("14-role-without-holder", SHAPE, 26, 5, "$.roles[0]", "centre-spoc", "holder"),
        row("15-missing-sources-array", UNKNOWN_FIELD, 3, 3, "$.sourcez", "", "'sourcez'"),
        row("16-explicit-null-level", SHAPE, 26, 117, "$.roles[0].level", "centre-spoc", "null"),
        row("17-null-in-a-list", SHAPE, 13, 77, "$.bodies[3].convenedBy[1]", "network", "null"),
        row("18-null-instead-of-the-roles-array", SHAPE, 25, 12, "$.roles", "", "not null"),
        row("19-boolean-paragraph", SHAPE, 31, 71, "$.roles[1].sources[0].paragraph", "centre-member",
            "not a boolean (true)"),
        row("20-labels-as-a-string", SHAPE, 9, 49, "$.bodies[0].labels", "land", "must be an array, not a string (\""),
        row("21-number-as-id", SHAPE, 12, 12, "$.bodies[2].id", "", "must be a string, not a number ("),
        row("22-empty-id", INVALID_VALUE, 12, 12, "$.bodies[2].id", "", "''"),
        // An object's own check is placed at the field it is about, not at the object's closing brace (#14).
        row("23-empty-label-text", INVALID_VALUE, 14, 60, "$.bodies[3].labels[0].text", "network", "blank"),
        row("24-id-with-path-characters", INVALID_VALUE, 12, 12, "$.bodies[2].id", "../cert", "'../cert'"),
        row("25-id-with-accented-letter", INVALID_VALUE, 12, 12, "$.bodies[2].id", "cért", "'cért'"),
        row("26-duplicate-body-id", DUPLICATE_ID, 13, 12, "$.bodies[3].id", "cert", "'cert'"),
        loads("27-same-id-in-two-record-types"),
        row("28-redirect-from-a-live-id", DUPLICATE_ID, 34, 36, "$.redirects[0].from", "cert", "retired id"),
        row("29-dangling-part-of", DANGLING_REFERENCE, 12, 52, "$.bodies[2].partOf", "cert", "'nowhere'"),
        row("30-dangling-convened-by", DANGLING_REFERENCE, 13, 69, "$.bodies[3].convenedBy[0]", "network", "'nobody'"),
        row("31-dangling-established-by", DANGLING_REFERENCE, 13, 110, "$.bodies[3].establishedBy.instrument",
            "network", "'no-act'"),
        row("32-dangling-holder", DANGLING_REFERENCE, 26, 37, "$.roles[0].holder", "centre-spoc", "'nobody'"),
        row("33-dangling-body", DANGLING_REFERENCE, 29, 57, "$.roles[1].body", "centre-member", "'nowhere'"),
        row("34-dangling-via", DANGLING_REFERENCE, 29, 97, "$.roles[1].via", "centre-member", "'nowhere'"),
        row("35-dangling-supports", DANGLING_REFERENCE, 29, 117, "$.roles[1].supports", "centre-member", "'nobody'"),
        row("36-dangling-on-behalf-of", DANGLING_REFERENCE, 26, 100, "$.roles[0].onBehalfOf", "centre-spoc",
            "'nobody'"),
        row("37-dangling-in-capacity-of", DANGLING_REFERENCE, 30, 22, "$.roles[1].inCapacityOf", "centre-member",
            "'no-role'"),
        row("38-dangling-legal-basis", DANGLING_REFERENCE, 27, 74, "$.roles[0].legalBases[0].instrument", "centre-spoc",
            "'no-law'"),
        row("39-dangling-concerns", DANGLING_REFERENCE, 30, 106, "$.roles[1].concerns[0]", "centre-member",
            "'no-directive'"),
        row("40-dangling-replaced-by", DANGLING_REFERENCE, 19, 20, "$.instruments[0].replacedBy", "directive",
            "'no-directive'"),
        row("41-dangling-repeals", DANGLING_REFERENCE, 21, 66, "$.instruments[1].repeals[0]", "directive-2",
            "'no-directive'"),
        row("42-dangling-transposes", DANGLING_REFERENCE, 23, 69, "$.instruments[2].transposes[0]", "law",
            "'no-directive'"),
        row("43-dangling-source", DANGLING_REFERENCE, 31, 29, "$.roles[1].sources[0].source", "centre-member",
            "'no-page'"),
        row("44-dangling-section", DANGLING_REFERENCE, 31, 48, "$.roles[1].sources[0].section", "centre-member",
            "'asia'"),
        row("45-paragraph-beyond-its-section", DANGLING_REFERENCE, 31, 71, "$.roles[1].sources[0].paragraph",
            "centre-member", "not 3"),
        row("46-dangling-primary-source", DANGLING_REFERENCE, 2, 116, "$.header.primarySources[0]", "", "'no-page'"),
        row("47-dangling-redirect-target", DANGLING_REFERENCE, 34, 56, "$.redirects[0].to", "old-centre",
            "'no-centre'"),
        row("48-part-of-cycle", CYCLE, 9, 49, "$.bodies[0].partOf", "land", "land -> cert -> centre -> land"),
        row("49-succession-cycle", CYCLE, 19, 20, "$.instruments[0].replacedBy", "directive",
            "directive -> directive-2 -> directive"),
        row("50-in-capacity-of-cycle", CYCLE, 27, 22, "$.roles[0].inCapacityOf", "centre-spoc",
            "centre-spoc -> centre-member -> centre-spoc"),
        row("51-redirect-cycle", CYCLE, 35, 51, "$.redirects[1].to", "old-a", "old-a -> old-b -> old-a"),
        row("52-role-validity-ends-before-it-starts", INVALID_VALUE, 30, 160, "$.roles[1].validity.to", "centre-member",
            "ends before it starts"),
        row("53-impossible-date", INVALID_VALUE, 23, 40, "$.instruments[2].adopted", "law", "2021-02-30"),
        row("54-thirteenth-month", INVALID_VALUE, 23, 40, "$.instruments[2].adopted", "law", "2021-13"),
        row("55-date-with-time", SHAPE, 2, 83, "$.header.released", "", "time component"),
        row("56-bad-celex", INVALID_VALUE, 21, 15, "$.instruments[1].celex", "directive-2", "'2026/9998'"),
        row("57-bad-eli", INVALID_VALUE, 18, 36, "$.instruments[0].eli", "directive", "'javascript:alert(1)'"),
        row("58-bad-numac", INVALID_VALUE, 23, 15, "$.instruments[2].numac", "law", "'20210999'"),
        row("59-unknown-role-function", SHAPE, 29, 80, "$.roles[1].function", "centre-member", "\"CHAIR\""),
        row("60-lower-case-enum-value", SHAPE, 30, 46, "$.roles[1].level", "centre-member", "\"european\""),
        // At the version, not at the header's opening brace (#14).
        row("61-schema-major-version-2", UNSUPPORTED_SCHEMA_VERSION, 2, 62, "$.header.schemaVersion", "", "2.0.0"),
        row("62-newer-minor-version-with-a-new-field", UNKNOWN_FIELD, 5, 74, "$.sources[0].sections[0].anchor", "page",
            "DatasetReader.lenient()"),
        loads("63-newer-minor-version-without-new-fields"),
        row("64-schema-version-not-semantic", INVALID_VALUE, 2, 62, "$.header.schemaVersion", "", "'1.2'"),
        // At the bracket of the array that nests too deep, the 32nd, not past it; its own path has no entry of it
        // (#14).
        row("65-deeply-nested-arrays", LIMIT_EXCEEDED, 25, 44, "$.nested" + "[0]".repeat(31), "", "withMaxDepth"),
        row("66-integer-too-large-for-a-paragraph", SHAPE, 31, 71, "$.roles[1].sources[0].paragraph", "centre-member",
            "out of range of int"),
        // At the number, not at its field's name, which the parser reads with it, nor past the thousand digits (#14).
        row("67-number-of-a-thousand-digits", LIMIT_EXCEEDED, 31, 71, "$.roles[1].sources[0].paragraph",
            "centre-member", "longer than 100"),
        row("68-nan-paragraph", SYNTAX, 31, 71, "$.roles[1].sources[0].paragraph", "centre-member",
            "'NaN' is not a number of JSON"),
        row("69-comment", SYNTAX, 25, 3, "$", "", "'/' starts no token of JSON, which has no comments"),
        row("70-single-quoted-string", SYNTAX, 29, 68, "$.roles[1]", "centre-member",
            "\"'\" where a field name must start"),
        row("71-raw-newline-in-a-string", SYNTAX, 14, 64, "$.bodies[3].labels[0].text", "network",
            "the control character U+000A unescaped in a string or name; JSON writes it \\n"),
        row("72-nul-byte-between-records", SYNTAX, 16, 1, "$", "", "the control character U+0000 outside a string"),
        row("73-duplicate-header", SYNTAX, 3, 3, "$.header", "", "the field 'header' is given twice"),
        row("74-negative-paragraph", INVALID_VALUE, 31, 71, "$.roles[1].sources[0].paragraph", "centre-member",
            "start at 1"),
        // Without a sources field, the role's own path, as for any field an object lacks.
        row("75-role-without-sources", UNSOURCED_ROLE, 29, 5, "$.roles[1]", "centre-member", "cites no source"),
        row("76-legal-basis-before-its-instrument", INVALID_DATE_ORDER, 27, 125,
            "$.roles[0].legalBases[0].validity.from", "centre-spoc", "before instrument"),
        row("77-non-http-source-url", INVALID_VALUE, 6, 96, "$.sources[1].url", "journal",
            "'file:///etc/passwd' is not a web address"),
        row("78-class-name-as-type-hint", UNKNOWN_FIELD, 9, 6, "$.bodies[0].@class", "land", "'@class'"),
        row("79-truncated-utf8-sequence", ENCODING, 9, 98, "$.bodies[0].labels[0].text", "land", "0xC3"),
        row("80-overlong-utf8-slash", ENCODING, 9, 98, "$.bodies[0].labels[0].text", "land", "overlong"),
        row("81-byte-order-mark-only", SYNTAX, 1, 1, "$", "", "empty"),
        row("82-eli-act-number-longer-than-an-int", IDENTIFIER_MISMATCH, 18, 36, "$.instruments[0].eli", "directive",
            "names act 2020/99999999999999999999999999999999999999"),
        row("83-second-byte-order-mark", SYNTAX, 1, 1, "$", "", "second byte-order mark"),
        row("84-byte-order-mark-between-records", SYNTAX, 8, 14, "$.bodies", "", "U+FEFF"),
        row("85-lone-high-surrogate-escape-in-a-label", ENCODING, 12, 116, "$.bodies[2].labels[0].text", "cert",
            "\\ud800 at character 5, a high surrogate not followed by a low one"),
        row("86-lone-low-surrogate-escape-in-a-provision", ENCODING, 27, 94, "$.roles[0].legalBases[0].provision",
            "centre-spoc", "\\udc00 at character 6, a low surrogate"),
        row("87-high-surrogate-escape-before-a-letter", ENCODING, 6, 60, "$.sources[1].title", "journal", "\\ud83d"),
        row("88-lone-surrogate-in-an-unknown-field-name", ENCODING, 2, 97, "$.header.x\\udbff", "", "field name"),
        row("89-lone-surrogate-in-an-unknown-value", ENCODING, 2, 121, "$.header.note[1].deep", "", "\\udfff"),
        row("90-control-character-escape-in-a-name", INVALID_VALUE, 12, 116, "$.bodies[2].labels[0].text", "cert",
            "control character U+0007"),
        row("91-c1-control-in-an-acronym", INVALID_VALUE, 11, 117, "$.bodies[1].labels[1].text", "centre",
            "control character U+0085"),
        row("92-bidi-override-in-a-label", INVALID_VALUE, 14, 60, "$.bodies[3].labels[0].text", "network",
            "bidirectional formatting character U+202E"),
        row("93-bidi-isolate-in-a-source-title", INVALID_VALUE, 6, 60, "$.sources[1].title", "journal",
            "bidirectional formatting character U+2066"),
        row("94-newline-escape-in-a-section-heading", INVALID_VALUE, 5, 47, "$.sources[0].sections[0].heading", "page",
            "control character U+000A"),
        loads("95-tab-and-line-ends-in-a-description"),
        row("96-bell-in-a-description", INVALID_VALUE, 12, 64, "$.bodies[2].description.en", "cert",
            "U+0007 at character 8; a description holds no control character but tab, LF and CR"),
        row("97-right-to-left-mark-in-a-description", INVALID_VALUE, 12, 64, "$.bodies[2].description.en", "cert",
            "bidirectional formatting character U+200F"),
        row("98-carriage-return-line-ends-and-a-latin1-byte", ENCODING, 12, 121, "$.bodies[2].labels[0].text", "cert",
            "0xE9"),
        row("99-arabic-letter-mark-in-an-id", INVALID_VALUE, 9, 12, "$.bodies[0].id", "la\\u061cnd",
            "bidirectional formatting character U+061C"),
        loads("100-cyrillic-letter-in-another-bodys-acronym"),
        // At the acronym itself, not at its label's opening brace (#14).
        row("101-fullwidth-letters-in-another-bodys-acronym", SHARED_ACRONYM, 12, 171, "$.bodies[2].labels[1].text",
            "cert", "share the acronym"),
        row("102-bidi-override-in-a-celex", INVALID_VALUE, 18, 15, "$.instruments[0].celex", "directive",
            "bidirectional formatting character U+202E"),
        row("103-lone-surrogate-escape-in-an-id", ENCODING, 12, 12, "$.bodies[2].id", "", "\\udc80 at character 3"),
        row("104-expanded-year-in-an-adoption-date", INVALID_VALUE, 18, 93, "$.instruments[0].adopted", "directive",
            "'+10000-03-02'"),
        row("105-negative-year-in-an-adoption-date", INVALID_VALUE, 23, 40, "$.instruments[2].adopted", "law",
            "'-0001'"),
        // Escaped wherever it is shown, so the file cannot print a line that looks like the tool's own.
        row("106-forged-line-in-an-id", INVALID_VALUE, 12, 12, "$.bodies[2].id",
            "cert\\nOK   ccb-relations 2030.01.0\\r\\u001b[2K", "control character U+000A"),
        row("107-bidi-override-in-an-unknown-field", UNKNOWN_FIELD, 9, 39, "$.bodies[0].x\\u202egnp.exe", "land",
            "'x\\u202egnp.exe'"),
        // A line separator is not JSON white space, nor a line end: named, at its first byte.
        row("108-line-separator-between-tokens", SYNTAX, 10, 51, "$.bodies[1]", "centre", "U+2028 outside a string"),
        row("109-utf32le-with-byte-order-mark", ENCODING, 1, 1, "$", "", "FF FE 00 00 of UTF-16 or UTF-32"),
        row("110-utf32be-without-byte-order-mark", ENCODING, 1, 1, "$", "", "00 00 00 7B of UTF-16 or UTF-32"),
        row("111-id-given-twice-once-escaped", SYNTAX, 9, 20, "$.bodies[0].id", "land", "the field 'id' is given twice"),
        row("112-arabic-indic-digits-in-an-adoption-date", INVALID_VALUE, 18, 93, "$.instruments[0].adopted",
            "directive", "'\u0662\u0660\u0662\u0660-03-02'"),
        row("113-one-digit-month-in-an-adoption-date", INVALID_VALUE, 18, 93, "$.instruments[0].adopted", "directive",
            "'2020-3-02'"),
        row("114-cyrillic-letter-in-an-enum-value", SHAPE, 26, 117, "$.roles[0].level", "centre-spoc",
            "\"\u0415UROPEAN\" is not a Level"),
        row("115-latin1-byte-in-a-field-name", ENCODING, 10, 57, "$.bodies[1]", "centre", "byte 0xD6 is cut short"),
        row("116-utf8-byte-order-mark-after-white-space", SYNTAX, 2, 1, "$", "", "U+FEFF"),
        // At the comma, not at the brace after it that jackson-core stops at; the path is the object's (#14).
        row("117-trailing-comma-in-an-object", SYNTAX, 12, 124, "$.bodies[2]", "cert", "no trailing comma"),
        // Past the name, the field's.
        row("118-missing-colon-after-a-field-name", SYNTAX, 10, 61, "$.bodies[1].partOf", "centre",
            "after the field name 'partOf', where a colon must follow"),
        // In a name, unlike in a value (71), the object's.
        row("119-raw-tab-in-a-field-name", SYNTAX, 10, 57, "$.bodies[1]", "centre",
            "the control character U+0009 unescaped"),
        // Between the elements of an array, the array's, and no record's.
        row("120-missing-comma-between-records", SYNTAX, 10, 5, "$.bodies", "",
            "after an entry of an array, where a comma or ']' must follow"),
        row("121-latin1-byte-in-a-top-level-field-name", ENCODING, 16, 9, "$", "", "byte 0xFC"),
        row("122-missing-comma-in-the-header", SYNTAX, 2, 44, "$.header", "",
            "after a value in an object, where a comma or '}' must follow"),
        // A Hangul filler is a letter that draws nothing: "CTR" and a blank are the acronym "CTR".
        row("123-hangul-filler-in-another-bodys-acronym", SHARED_ACRONYM, 12, 171, "$.bodies[2].labels[1].text",
            "cert", "share the acronym"),
        // A character that draws nothing is shown escaped, so that the message does not show a valid-looking id.
        row("124-zero-width-joiner-in-an-id", INVALID_VALUE, 12, 12, "$.bodies[2].id", "ce\\u200drt", "'ce\\u200drt'"),
        // No list holds an entry twice: the second is refused at its start.
        row("125-legal-basis-listed-twice", INVALID_VALUE, 27, 105, "$.roles[0].legalBases[1]", "centre-spoc",
            "repeats element 0"),
        // The object's start is a line and column, not jackson-core's "[Source: (...CheckedInput); line: 9, column: 50]".
        row("126-close-bracket-for-a-label-object", SYNTAX, 9, 99, "$.bodies[0].labels[0]", "land",
            "']' cannot close the object that starts at line 9, column 50"),
        // A control character between tokens is placed where it is, as in a string (71): jackson-core says one past.
        row("127-record-separator-after-the-dataset", SYNTAX, 37, 1, "$", "",
            "the control character U+001E outside a string"),
        // Broken JSON later in the record stops the read: the unknown field before it still names its record.
        row("128-unknown-field-in-a-record-the-read-stops-in", UNKNOWN_FIELD, 9, 20, "$.bodies[0].motto", "land",
            "'motto'"),
        // At the value, not at the record's closing brace on the next line.
        row("129-member-count-of-zero-in-a-record-of-two-lines", INVALID_VALUE, 10, 85, "$.bodies[1].memberCount",
            "centre", "memberCount must be at least 1: 0"),
        row("130-negative-recurrence-in-a-record-of-two-lines", INVALID_VALUE, 10, 84, "$.bodies[1].recurrence",
            "centre", "'-P1Y' is not a positive period"),
        // A record's check about one entry of a list: at that entry, not at the list's start (#14).
        row("131-instrument-repealing-itself-in-a-second-entry", INVALID_VALUE, 21, 79, "$.instruments[1].repeals[1]",
            "directive-2", "cannot repeal, replace, transpose, extend, amend, implement or execute itself"),
        row("132-trailing-comma-in-an-array", SYNTAX, 13, 75, "$.bodies[3].convenedBy", "network", "no trailing comma"),
        // On the line before the bracket, counted back over the line end.
        row("133-trailing-comma-at-the-end-of-a-line", SYNTAX, 34, 108, "$.redirects", "", "no trailing comma"),
        // The start of the object named in the message counts characters too, not jackson-core's bytes (103).
        row("134-close-bracket-after-accented-text", SYNTAX, 9, 150, "$.bodies[0].labels[1]", "land",
            "']' cannot close the object that starts at line 9, column 101"),
        row("135-input-ends-after-accented-text", SYNTAX, 9, 150, "$.bodies[0].labels[1]", "land",
            "the input ends inside the object that starts at line 9, column 101"),
        // A value of the wrong shape is skipped as an unknown field's is, its strings checked all the same (89).
        row("136-lone-surrogate-in-a-record-that-is-not-an-object", ENCODING, 9, 5, "$.bodies[0]", "", "\\ud800"),
        row("137-lone-surrogate-in-sources-given-as-an-object", ENCODING, 3, 23, "$.sources.page", "", "\\udbff"));
  }

  private static Entry row(String file, ViolationCode code, int line, int column, String path, String recordId,
      String messagePart) {
    return new Entry(file, code, line, column, path, recordId, messagePart);
  }

  private static Entry loads(String file) {
    return new Entry(file, null, 0, 0, "$", "", "");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void everyHostileFileGivesItsOwnErrorWithItsPlace(Entry entry) {
    Path file = file(entry.file());

    if (entry.code() == null) {
      assertThat(DatasetReader.standard().read(file).info().bodyCount()).isPositive();
      assertThat(Validator.standard().validate(file).isValid()).isTrue();
      return;
    }
    DatasetLoadException e = catchThrowableOfType(
        DatasetLoadException.class, () -> DatasetReader.standard().read(file));

    assertThat(e).as("the load must throw the library's own exception").isNotNull();
    assertThat(e.violations())
        .as(e.getMessage())
        .anySatisfy(v -> {
          assertThat(v.code()).isEqualTo(entry.code());
          assertThat(v.severity()).isEqualTo(Severity.ERROR);
          assertThat(v.source()).isEqualTo(file.toString());
          assertThat(v.line()).isEqualTo(entry.line());
          assertThat(v.column()).isEqualTo(entry.column());
          assertThat(v.jsonPath()).isEqualTo(entry.path());
          assertThat(v.recordId()).isEqualTo(
              entry.recordId().isEmpty() ? Optional.empty() : Optional.of(entry.recordId()));
          assertThat(v.message()).contains(entry.messagePart());
        });
    assertThat(e.violations()).allSatisfy(v -> assertThat(v.line()).as(v.toString()).isPositive());
    assertThat(Validator.standard().validate(file).errors()).isEqualTo(e.violations());
  }

  /**
   * Broken JSON is said as what is wrong where: never with jackson-core's advice to enable one of its features (a
   * reader's settings are not the user's to change), nor with the name of a class.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void noMessageAdvisesAJacksonFeatureOrNamesAClass(Entry entry) {
    assertThat(Validator.standard().validate(file(entry.file())).violations()).allSatisfy(v ->
        assertThat(v.message()).doesNotContain("enable", "Feature", "Source:", "io.github.", "com.fasterxml."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void streamAndBytesGiveTheSameErrorsAsThePath(Entry entry) throws IOException {
    Path file = file(entry.file());
    byte[] bytes = Files.readAllBytes(file);

    List<Violation> fromPath = Validator.standard().validate(file).violations();
    List<Violation> fromBytes = Validator.standard().validate(bytes, file.toString()).violations();
    List<Violation> fromStream;
    try (InputStream in = Files.newInputStream(file)) {
      fromStream = Validator.standard().validate(in, file.toString()).violations();
    }

    assertThat(fromBytes).isEqualTo(fromPath);
    assertThat(fromStream).isEqualTo(fromPath);
  }

  @Test
  void catalogueCoversEveryFileAndEveryFileIsInTheCatalogue() throws IOException {
    Set<String> inTable = catalogue().map(Entry::file).collect(Collectors.toSet());
    Set<String> onDisk;
    try (Stream<Path> files = Files.list(file("00-valid-base").getParent())) {
      onDisk = files.map(p -> p.getFileName().toString().replace(".json", ""))
          .filter(n -> !n.equals("00-valid-base"))
          .collect(Collectors.toSet());
    }

    assertThat(inTable).isEqualTo(onDisk).hasSizeGreaterThanOrEqualTo(40);
  }

  @Test
  void baseOfTheCatalogueIsValid() {
    assertThat(Validator.standard().validate(file("00-valid-base")).violations()).isEmpty();
  }

  /** Lenient reading: unknown fields become warnings with their place, and the rest loads. */
  @ParameterizedTest
  @ValueSource(strings = {
      "12-unknown-field-in-a-legal-basis", "13-unknown-field-in-the-header", "62-newer-minor-version-with-a-new-field",
      "78-class-name-as-type-hint"})
  void lenientReadingLoadsUnknownFieldsWithAWarning(String name) {
    Path file = file(name);
    Violation strict = catchThrowableOfType(DatasetLoadException.class, () -> DatasetReader.standard().read(file))
        .first();

    Dataset data = DatasetReader.lenient().read(file);
    ValidationReport report = DatasetReader.lenient().validate(file);

    assertThat(data.info().bodyCount()).isEqualTo(4);
    assertThat(report.isValid()).isTrue();
    assertThat(report.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(UNKNOWN_FIELD);
      assertThat(w.severity()).isEqualTo(Severity.WARNING);
      assertThat(w.line()).isEqualTo(strict.line());
      assertThat(w.column()).isEqualTo(strict.column());
      assertThat(w.jsonPath()).isEqualTo(strict.jsonPath());
      assertThat(w.recordId()).isEqualTo(strict.recordId());
      assertThat(w.message()).contains("ignored");
    });
  }

  /** A lenient read that fails says so by its error: its warnings are counted, not listed as errors. */
  @Test
  void aFailedLenientReadListsItsErrorsAndCountsItsWarnings() {
    DatasetLoadException e = catchThrowableOfType(DatasetLoadException.class,
        () -> DatasetReader.lenient().read(file("128-unknown-field-in-a-record-the-read-stops-in")));

    assertThat(e.violations()).extracting(Violation::severity).containsExactly(Severity.WARNING, Severity.ERROR);
    assertThat(e.first()).isEqualTo(e.violations().get(1));
    assertThat(e.getMessage())
        .isEqualTo("cannot load dataset, 1 error and 1 warning (see violations()):\n  " + e.violations().get(1));
  }

  @Test
  void lenientReadingStillRefusesAnotherMajorVersionNamingBoth() {
    DatasetLoadException e = catchThrowableOfType(DatasetLoadException.class,
        () -> DatasetReader.lenient().read(file("61-schema-major-version-2")));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo(UNSUPPORTED_SCHEMA_VERSION);
      assertThat(v.message()).contains("2.0.0").contains("1.x.y");
    });
  }

  @Test
  void lenientReadingKeepsEveryOtherRule() {
    assertThat(DatasetReader.lenient().validate(file("29-dangling-part-of")).errors())
        .isEqualTo(DatasetReader.standard().validate(file("29-dangling-part-of")).errors())
        .isNotEmpty();
  }

  /** An acronym drawn like another body's but spelt with other characters loads, with a warning at the acronym. */
  @Test
  void acronymThatOnlyLooksLikeAnotherBodysIsAWarning() {
    ValidationReport report = Validator.standard().validate(file("100-cyrillic-letter-in-another-bodys-acronym"));

    assertThat(report.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(SHARED_ACRONYM);
      assertThat(w.line()).isEqualTo(12);
      assertThat(w.column()).isEqualTo(171);
      assertThat(w.jsonPath()).isEqualTo("$.bodies[2].labels[1].text");
      assertThat(w.message()).contains("'cert'").contains("looks like that of body 'centre'");
    });
    assertThat(Validator.standard().validate(file("00-valid-base")).warnings()).isEmpty();
  }

  /** The warning is the odd acronym's, at its place, also when the plain one comes after it in the file. */
  @Test
  void aLookAlikeAcronymBeforeThePlainOneIsTheOneWarnedAbout() throws IOException {
    String text = Files.readString(file("100-cyrillic-letter-in-another-bodys-acronym"))
        .replace("\"text\": \"CTR\"", "\"text\": \"plain\"")
        .replace("\"text\": \"\u0421TR\"", "\"text\": \"CTR\"")
        .replace("\"text\": \"plain\"", "\"text\": \"\u0421TR\"");
    String line = text.lines().toList().get(10);

    ValidationReport report = Validator.standard().validate(text.getBytes(StandardCharsets.UTF_8), "swapped.json");

    assertThat(report.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(SHARED_ACRONYM);
      assertThat(w.line()).isEqualTo(11);
      assertThat(w.column()).isEqualTo(line.indexOf("\"\u0421TR\"") + 1);
      assertThat(w.jsonPath()).isEqualTo("$.bodies[1].labels[1].text");
      assertThat(w.message()).contains("'centre'").contains("looks like that of body 'cert'");
    });
  }

  /**
   * Dates and enum values spelt almost right: a sign, one digit too few, other digits, white space, a day the month
   * has not, another case, a look-alike letter, an invisible character. Each is refused at its value, which the message
   * shows; an escape that spells the right value is the value.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "adopted|+2020", "adopted|2020-3-02", "adopted|\u0662\u0660\u0662\u0660", "adopted|\uff12\uff10\uff12\uff10",
      "adopted| 2020", "adopted|2020 ", "adopted|2020-02-30", "adopted|0999", "adopted|", "released| 2030-01-15",
      "released|2030-01-15 ", "released|2030-1-15", "released|2030-02-30", "level|european", "level|European",
      "level|EUROPEAN ", "level|EUROPEAN\u200b", "level|\u0415UROPEAN", "level|\uff25UROPEAN"})
  void aDateOrEnumValueSpeltAlmostRightIsRefusedAtItsValue(String edit) throws IOException {
    String field = edit.substring(0, edit.indexOf('|'));
    String value = edit.substring(edit.indexOf('|') + 1);
    String base = Files.readString(file("00-valid-base"));
    String bad = base.replaceFirst("\"" + field + "\": \"[^\"]*\"", "\"" + field + "\": \"" + value + "\"");
    assertThat(bad).isNotEqualTo(base);

    DatasetLoadException e = catchThrowableOfType(DatasetLoadException.class,
        () -> DatasetReader.standard().read(bad.getBytes(java.nio.charset.StandardCharsets.UTF_8), "t.json"));

    assertThat(e).as(value).isNotNull();
    assertThat(e.violations()).as(e.getMessage()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo(field.equals("level") ? SHAPE : INVALID_VALUE);
      assertThat(v.jsonPath()).endsWith("." + field);
      assertThat(v.line()).isEqualTo(bad.lines().takeWhile(l -> !l.contains("\"" + field + "\": ")).count() + 1);
      // Shown as messages show it: a character that draws nothing, escaped.
      String shown = value.replace("\u200b", "\\u200b");
      assertThat(v.message()).contains(field.equals("level") ? "\"" + shown + "\" is not a Level" : "'" + shown + "'");
    });
  }

  @Test
  void anEnumValueSpeltWithAnEscapeIsTheValue() throws IOException {
    String base = Files.readString(file("00-valid-base"));
    String escaped = base.replace("\"level\": \"EUROPEAN\"", "\"level\": \"EUROPE\\u0041N\"");
    assertThat(escaped).isNotEqualTo(base);

    Dataset data = DatasetReader.standard().read(escaped.getBytes(java.nio.charset.StandardCharsets.UTF_8), "t.json");

    assertThat(data.allTime().roles()).isEqualTo(
        DatasetReader.standard().read(file("00-valid-base")).allTime().roles());
  }

  @Test
  void byteOrderMarkIsSkippedButCountsInTheDigest() throws IOException {
    Dataset withBom = DatasetReader.standard().read(file("06-utf8-byte-order-mark"));
    Dataset without = DatasetReader.standard().read(file("00-valid-base"));

    assertThat(withBom.allTime().roles()).isEqualTo(without.allTime().roles());
    assertThat(withBom.info().sha256()).isNotEqualTo(without.info().sha256());
    assertThat(Files.readAllBytes(file("06-utf8-byte-order-mark"))).startsWith(0xEF, 0xBB, 0xBF);
  }

  static Path file(String name) {
    try {
      return Path.of(HostileInputCatalogueTest.class.getResource("hostile/" + name + ".json").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    } catch (NullPointerException e) {
      throw new UncheckedIOException(new IOException("no catalogue file " + name, e));
    }
  }
}
