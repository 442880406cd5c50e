package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.violation.ViolationCode;
import io.github.ccbrelations.model.InstrumentId;
import org.junit.jupiter.api.Test;

/**
 * An instrument that extends others without replacing them, on the small fixture: its forum decision extends its
 * strategy (a made-up link), and the links must resolve and must not loop.
 */
class InstrumentExtensionsTest {
  private static final String DECISION_KIND = "\"kind\": \"OSCE_DECISION\",";
  private static final String STRATEGY_KIND = "\"kind\": \"STRATEGY\",";

  private static String decisionExtends(String ids) {
    return Fixture.editRecord("example-forum-decision", DECISION_KIND, DECISION_KIND + " \"extends\": [" + ids + "],");
  }

  @Test
  void readsTheInstrumentsAnInstrumentExtends() {
    String text = decisionExtends("\"example-strategy\"");
    Dataset data = Fixture.load(text);

    assertThat(data.instrument(InstrumentId.of("example-forum-decision")).extendsInstruments())
        .containsExactly(InstrumentId.of("example-strategy"));
  }

  @Test
  void refusesAnUnknownInstrumentWithItsPath() {
    assertThat(Fixture.validate(decisionExtends("\"example-strategy\", \"no-act\"")).errors())
        .singleElement()
        .satisfies(v -> {
          assertThat(v.code()).isEqualTo(ViolationCode.DANGLING_REFERENCE);
          assertThat(v.jsonPath()).endsWith(".extends[1]");
          assertThat(v.message()).contains("unknown legal instrument 'no-act'");
        });
  }

  @Test
  void refusesInstrumentsThatExtendEachOtherReportingEachOnce() {
    String text = Fixture.editRecord(decisionExtends("\"example-strategy\""), "example-strategy", STRATEGY_KIND,
        STRATEGY_KIND + " \"extends\": [\"example-forum-decision\"],");

    assertThat(Fixture.validate(text).errors())
        .extracting(v -> v.code() + " " + v.recordId().orElse("") + ": " + v.message())
        .containsExactlyInAnyOrder(
            "CYCLE example-strategy: instruments extend each other: example-strategy -> example-forum-decision"
                + " -> example-strategy",
            "CYCLE example-forum-decision: instruments extend each other: example-forum-decision"
                + " -> example-strategy -> example-forum-decision");
  }
}
