package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.internal.json.RecordJson;
import io.github.ccbrelations.data.violation.ViolationCode;
import io.github.ccbrelations.model.InstrumentId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An instrument that amends others (schema 1.4.0), on the small fixture: its directive amends its agency regulation
 * (a made-up link, as the NIS2 Directive amends a regulation), and the links must resolve and must not loop.
 */
class InstrumentAmendmentsTest {
  private static final String DIRECTIVE_KIND = "\"kind\": \"EU_DIRECTIVE\",";
  private static final String REGULATION_KIND = "\"kind\": \"EU_REGULATION\",";

  private static String directiveAmends(String ids) {
    return Fixture.editRecord("example-directive", DIRECTIVE_KIND, DIRECTIVE_KIND + " \"amends\": [" + ids + "],");
  }

  @Test
  void readsTheInstrumentsAnInstrumentAmendsAndWritesThemBack() {
    String text = directiveAmends("\"example-agency-regulation\"");
    Dataset data = Fixture.load(text);

    var directive = data.instrument(InstrumentId.of("example-directive"));
    assertThat(directive.amends()).containsExactly(InstrumentId.of("example-agency-regulation"));
    assertThat(directive.repeals()).isEmpty();
    assertThat(RecordJson.tree(directive)).containsEntry("amends", List.of("example-agency-regulation"));
  }

  @Test
  void refusesAnUnknownInstrumentWithItsPath() {
    assertThat(Fixture.validate(directiveAmends("\"example-agency-regulation\", \"no-act\"")).errors())
        .singleElement()
        .satisfies(v -> {
          assertThat(v.code()).isEqualTo(ViolationCode.DANGLING_REFERENCE);
          assertThat(v.jsonPath()).endsWith(".amends[1]");
          assertThat(v.message()).contains("unknown legal instrument 'no-act'");
        });
  }

  @Test
  void refusesInstrumentsThatAmendEachOtherReportingEachOnce() {
    String text = Fixture.editRecord(directiveAmends("\"example-agency-regulation\""), "example-agency-regulation",
        REGULATION_KIND, REGULATION_KIND + " \"amends\": [\"example-directive\"],");

    assertThat(Fixture.validate(text).errors())
        .extracting(v -> v.code() + " " + v.recordId().orElse("") + ": " + v.message())
        .containsExactlyInAnyOrder(
            "CYCLE example-agency-regulation: instruments amend each other: example-agency-regulation"
                + " -> example-directive -> example-agency-regulation",
            "CYCLE example-directive: instruments amend each other: example-directive"
                + " -> example-agency-regulation -> example-directive");
  }
}
