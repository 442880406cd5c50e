package io.github.ccbrelations.data;

import static io.github.ccbrelations.data.Fixture.editRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * No list of the format holds an entry twice: the second is an {@link ViolationCode#INVALID_VALUE} at its own start,
 * with its path and record, whatever the list. Entries are the same when they say the same thing, their sources aside.
 */
class RepeatedEntriesTest {
  private static final String ACRONYM = "{\"language\": \"en\", \"kind\": \"ACRONYM\", \"text\": \"ECC\"}";
  private static final String BASIS = "{\"instrument\": \"ruritanian-example-law\", \"provision\": \"Art. 7\"}";
  private static final String CITATION =
      "{\"source\": \"example-page-fr\", \"section\": \"european-level\", \"paragraph\": 1}";
  private static final String LATER_BASIS =
      "{\"instrument\": \"example-directive-2\", \"provision\": \"Art. 10\", \"validity\": {\"from\": \"2027-10-18\"}}";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      a legal basis            | centre-spoc      | 253 | 87  | $.roles[0].legalBases[1]           | repeats element 0 (the same instrument, provision and validity
      a citation               | centre-spoc      | 254 | 95  | $.roles[0].sources[1]              | repeats element 0 (the same citation)
      a convenor               | example-exercise | 155 | 40  | $.bodies[11].convenedBy[1]         | repeats element 0 ('example-agency')
      a supported field        | example-agency   | 107 | 111 | $.bodies[6].sources[0].supports[2] | repeats element 1 ('founded')
      a label with a source    | example-centre   |  57 | 63  | $.bodies[2].labels[4]              | repeats element 3 (the same language, kind and text
      a basis with a source    | centre-csirt     | 267 | 108 | $.roles[1].legalBases[2]           | repeats element 1 (the same instrument, provision and validity
      """)
  void aRepeatedEntryIsAnInvalidValueAtItsOwnStart(String what, String record, int line, int column, String path,
      String message) {
    ValidationReport report = Fixture.validate(repeat(what));

    assertThat(report.violations())
        .extracting(Violation::code, Violation::line, Violation::column, Violation::jsonPath,
            v -> v.recordId().orElseThrow())
        .containsExactly(tuple(ViolationCode.INVALID_VALUE, line, column, path, record));
    assertThat(report.violations().get(0).message()).contains(message);
  }

  /** The fixture with one entry of one list repeated, named as in the table above. */
  private static String repeat(String what) {
    return switch (what) {
      case "a legal basis" -> editRecord("centre-spoc", BASIS + "]", BASIS + ", " + BASIS + "]");
      case "a citation" -> editRecord("centre-spoc", CITATION + "]", CITATION + ", " + CITATION + "]");
      case "a convenor" ->
          editRecord("example-exercise", "[\"example-agency\"]", "[\"example-agency\", \"example-agency\"]");
      case "a supported field" -> editRecord("example-agency", "[\"establishedBy\", \"founded\"]",
          "[\"establishedBy\", \"founded\", \"founded\"]");
      case "a label with a source" -> editRecord("example-centre", ACRONYM + ",",
          ACRONYM + ", " + ACRONYM.replace("}", ", \"sources\": [{\"source\": \"example-journal\"}]}") + ",");
      case "a basis with a source" -> editRecord("centre-csirt", LATER_BASIS, LATER_BASIS + ", "
          + LATER_BASIS.replace("}}", "}, \"sources\": [{\"source\": \"example-journal\"}]}"));
      default -> throw new IllegalArgumentException(what);
    };
  }

  @Test
  void aRepeatedEntryHidesNoErrorAfterIt() {
    String text = editRecord("centre-spoc", BASIS + "]", BASIS + ", " + BASIS + ", {\"instrument\": \"no-such-law\"}, "
        + "{\"instrument\": \"example-strategy\", \"provision\": 7}]");

    ValidationReport report = Fixture.validate(text);

    assertThat(report.violations())
        .extracting(Violation::code, Violation::jsonPath)
        .containsExactly(
            tuple(ViolationCode.INVALID_VALUE, "$.roles[0].legalBases[1]"),
            tuple(ViolationCode.DANGLING_REFERENCE, "$.roles[0].legalBases[2].instrument"),
            tuple(ViolationCode.SHAPE, "$.roles[0].legalBases[3].provision"));
  }

  @Test
  void entriesThatDifferInWhatTheySayAreNoRepeats() {
    String text = editRecord("centre-spoc", BASIS + "]", BASIS + ", " + BASIS.replace("Art. 7", "Art. 8") + "]");
    text = editRecord(text, "centre-spoc", CITATION + "]", CITATION + ", " + CITATION.replace("1}", "2}") + "]");

    assertThat(Fixture.validate(text).violations()).isEmpty();
  }

  @Test
  void aLongListIsCheckedInLinearTimeAndStillNamesTheFirstEntry() {
    StringJoiner supports = new StringJoiner(", ", "[", "]");
    for (int i = 0; i < 40; i++) {
      supports.add("\"field-" + i + "\"");
    }
    supports.add("\"field-3\"").add("\"field-3\"").add("\"field-39\"");
    String text = editRecord("example-agency", "[\"establishedBy\", \"founded\"]", supports.toString());

    ValidationReport report = Fixture.validate(text);

    // The made-up fields are also fields the body does not give (SupportedFieldsTest).
    assertThat(report.violations())
        .filteredOn(v -> v.code() == ViolationCode.INVALID_VALUE)
        .extracting(Violation::jsonPath, Violation::message)
        .containsExactly(
            tuple("$.bodies[6].sources[0].supports[40]", "element 40 of 'supports' repeats element 3 ('field-3'); "
                + "a list holds each entry once"),
            tuple("$.bodies[6].sources[0].supports[41]", "element 41 of 'supports' repeats element 3 ('field-3'); "
                + "a list holds each entry once"),
            tuple("$.bodies[6].sources[0].supports[42]", "element 42 of 'supports' repeats element 39 ('field-39'); "
                + "a list holds each entry once"));
  }
}
