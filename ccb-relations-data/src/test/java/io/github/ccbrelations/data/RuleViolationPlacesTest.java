package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ccbrelations.data.violation.ViolationCode;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A violation of a rule between records, in a record that otherwise binds, is placed at the value it names (the first
 * character of the value, from the parser's location API), not at the record's opening brace: one case per family of
 * rules. The expected place is computed from where the edit put the offending value.
 */
class RuleViolationPlacesTest {
  /**
   * One edit of the fixture and the violation it must draw.
   *
   * @param value the text, inside {@code to}, at whose first character the violation must be placed
   */
  record Case(String family, String recordId, String from, String to, String value, ViolationCode code, String path) {
    @Override
    public String toString() {
      return family;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("references: a dangling body on a good role", "centre-csirt", "\"body\": \"example-network\"",
            "\"body\": \"nowhere\"", "\"nowhere\"", ViolationCode.DANGLING_REFERENCE, "$.roles[1].body"),
        new Case("citations: a paragraph beyond its section", "centre-spoc", "\"paragraph\": 1", "\"paragraph\": 9",
            "9", ViolationCode.DANGLING_REFERENCE, "$.roles[0].sources[0].paragraph"),
        new Case("citations: an unknown source", "centre-spoc", "\"source\": \"example-page-fr\"",
            "\"source\": \"no-page\"", "\"no-page\"", ViolationCode.DANGLING_REFERENCE,
            "$.roles[0].sources[0].source"),
        new Case("dates: valid before founded", "example-agency", "\"validity\": {\"from\": \"2025-03-01\"}",
            "\"validity\": {\"from\": \"2024-03-01\"}", "\"2024-03-01\"", ViolationCode.INVALID_DATE_ORDER,
            "$.bodies[6].validity.from"),
        new Case("dates: a body designated before its act was adopted", "example-agency",
            "\"provision\": \"Art. 1\"}", "\"provision\": \"Art. 1\"}, \"designatedBy\": {\"instrument\": "
                + "\"example-agency-regulation\", \"validity\": {\"from\": \"2024-01-01\"}}", "\"2024-01-01\"",
            ViolationCode.INVALID_DATE_ORDER, "$.bodies[6].designatedBy.validity.from"),
        new Case("dates: an act executed before it was adopted", "example-directive-2",
            "\"repeals\": [\"example-directive\"]", "\"repeals\": [\"example-directive\"], \"executes\": "
                + "[{\"instrument\": \"example-agency-regulation\", \"validity\": {\"from\": \"2024-06-01\"}}]",
            "\"2024-06-01\"", ViolationCode.INVALID_DATE_ORDER, "$.instruments[1].executes[0].validity.from"),
        new Case("dates: implausibly early", "example-directive", "\"adopted\": \"2020-03-02\"",
            "\"adopted\": \"1700-03-02\"", "\"1700-03-02\"", ViolationCode.IMPLAUSIBLE_DATE,
            "$.instruments[0].adopted"),
        new Case("identifiers: an ELI that names another act", "example-directive",
            "\"eli\": \"http://data.europa.eu/eli/dir/2020/9999/oj\"",
            "\"eli\": \"http://data.europa.eu/eli/dir/2020/9998/oj\"", "\"http", ViolationCode.IDENTIFIER_MISMATCH,
            "$.instruments[0].eli"),
        new Case("extensions: instruments that extend each other", "example-directive-2",
            "\"repeals\": [\"example-directive\"]",
            "\"repeals\": [\"example-directive\"], \"extends\": [\"example-agency-regulation\"]",
            "[\"example-agency-regulation\"]", ViolationCode.CYCLE, "$.instruments[1].extends"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aRuleViolationIsPlacedAtTheValueItNames(Case c) {
    String text = Fixture.editRecord(c.recordId(), c.from(), c.to());
    if (c.code() == ViolationCode.CYCLE) {
      // The other half of the loop.
      text = Fixture.editRecord(text, "example-agency-regulation", "\"kind\"",
          "\"extends\": [\"example-directive-2\"], \"kind\"");
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int at = text.indexOf(c.to(), text.indexOf("\"id\": \"" + c.recordId() + "\"")) + c.to().indexOf(c.value());
    int line = (int) text.substring(0, at).chars().filter(ch -> ch == '\n').count() + 1;
    // In characters, as an editor counts them.
    int column = at - (text.lastIndexOf('\n', at - 1) + 1) + 1;

    ValidationReport report = Validator.standard().validate(bytes, "places.json");
    DatasetLoadException e = catchThrowableOfType(DatasetLoadException.class,
        () -> DatasetReader.standard().read(bytes, "places.json"));

    assertThat(report.violations()).filteredOn(v -> v.jsonPath().equals(c.path())).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo(c.code());
      assertThat(v.line()).isEqualTo(line);
      assertThat(v.column()).isEqualTo(column);
      assertThat(v.recordId()).contains(c.recordId());
    });
    if (report.isValid()) {
      assertThat(e).isNull();
    } else {
      assertThat(e.violations()).isEqualTo(report.errors());
    }
  }
}
