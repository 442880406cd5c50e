package io.github.ccbrelations.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.ValidationReport;
import io.github.ccbrelations.data.Validator;
import io.github.ccbrelations.data.violation.ViolationCode;
import io.github.ccbrelations.model.BodyKind;
import io.github.ccbrelations.model.InstrumentId;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Soft assertions collect every failure, those of the assertions a dataset's assertion moves on to included, and
 * throw once, at the end.
 */
class CcbSoftAssertionsTest {
  private static final Dataset DATA = CcbRelations.bundled();
  private static final ValidationReport BROKEN = Validator.standard().validate(CcbAssertionsTest.bundledText()
      .replaceFirst("\"holder\": \"ncca-be\"", "\"holder\": \"nobody\"").getBytes(StandardCharsets.UTF_8),
      "broken.json");

  @Test
  void collectsEveryFailureWithoutThrowingUntilAssertAll() {
    CcbSoftAssertions softly = new CcbSoftAssertions();

    softly.assertThat(DATA).hasBody("ccb").isPartOf("enisa").hasKind(BodyKind.BOARD);
    softly.assertThat(DATA).as("our copy").hasRole("ccb-csirt").isHeldBy("enisa")
        .isBasedOn(InstrumentId.of("cybersecurity-act"));
    softly.assertThat(DATA).hasInstrument("nis-directive").isNotInForceOn(LocalDate.of(2020, 1, 1));
    softly.assertThat(DATA).knowsBodies("atlantis").doesNotHaveBody("enisa");
    softly.assertThat(DATA.roles().get(0)).within(DATA).isIn("atlantis");
    softly.assertThat(BROKEN).isValid().inRecord("ccb-csirt").hasViolation(ViolationCode.CYCLE);
    softly.assertThat("a string").isEqualTo("another");

    assertThat(softly.errorsCollected()).extracting(Throwable::getMessage).satisfiesExactly(
        m -> assertThat(m).startsWith("Expected body 'ccb' to be part of 'enisa'"),
        m -> assertThat(m).startsWith("Expected body 'ccb' to be of kind BOARD"),
        m -> assertThat(m).startsWith("[our copy] Expected role 'ccb-csirt' to be held by 'enisa'"),
        m -> assertThat(m).startsWith("[our copy] Expected role 'ccb-csirt' to rest on 'cybersecurity-act'"),
        m -> assertThat(m).startsWith("Expected instrument 'nis-directive' not to be in force on 2020-01-01"),
        m -> assertThat(m).contains("to know every body, but the one reference has a problem"),
        m -> assertThat(m).contains("not to have a body 'enisa', but it has one"),
        m -> assertThat(m).startsWith("Expected role '" + DATA.roles().get(0).id().value() + "' to be held in"
            + " 'atlantis'"),
        m -> assertThat(m).startsWith("Expected a valid dataset, but broken.json has 1 error:"),
        m -> assertThat(m).startsWith("Expected CYCLE in record 'ccb-csirt', but"),
        m -> assertThat(m).contains("another"));
    assertThatThrownBy(softly::assertAll).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Multiple Failures (11 failures)");
  }

  @Test
  void aRecordTheDatasetDoesNotHaveFailsOnceAndSkipsTheAssertionsOnIt() {
    CcbSoftAssertions softly = new CcbSoftAssertions();

    softly.assertThat(DATA).hasBody("atlantis").hasKind(BodyKind.BOARD).isPartOf("enisa");
    softly.assertThat(DATA).hasRole("no-role").isHeldBy("ccb");
    softly.assertThat(DATA).hasInstrument("no-act").hasCelex("32016L1148");

    // AssertJ adds the line of the test that asserted to each soft failure.
    String here = "\nat CcbSoftAssertionsTest.aRecordTheDatasetDoesNotHaveFailsOnceAndSkipsTheAssertionsOnIt("
        + "CcbSoftAssertionsTest.java:";
    assertThat(softly.errorsCollected()).extracting(Throwable::getMessage).satisfiesExactly(
        m -> assertThat(m).startsWith("Expected " + DATA.info().sourceName() + " to have a body 'atlantis', but it"
            + " has none" + here),
        m -> assertThat(m).startsWith("Expected " + DATA.info().sourceName() + " to have a role 'no-role', but it"
            + " has none" + here),
        m -> assertThat(m).startsWith("Expected " + DATA.info().sourceName() + " to have a legal instrument 'no-act',"
            + " but it has none" + here));
  }

  @Test
  void trueStatementsCollectNothing() {
    CcbSoftAssertions.assertSoftly(softly -> {
      softly.assertThat(DATA).hasBody("enisa-management-board").hasKind(BodyKind.BOARD).isPartOf("enisa");
      softly.assertThat(DATA).hasRole("ccb-csirt").isHeldBy("ccb").isBasedOn("32022L2555");
      softly.assertThat(BROKEN).inRecord("ccb-csirt").doesNotHaveViolation(ViolationCode.SHAPE);
      softly.assertThat(DATA.roles().get(0)).within(DATA).isValidOn(LocalDate.of(2026, 1, 1));
      softly.assertThat(BROKEN).isNotValid().inRecord("ncca-be-representative-eccg")
          .hasViolation(ViolationCode.DANGLING_REFERENCE, "$.roles[8].holder");
    });
  }

  @Test
  void assertSoftlyThrowsOnceWithEveryFailure() {
    assertThatThrownBy(() -> CcbSoftAssertions.assertSoftly(softly -> {
      softly.assertThat(DATA).hasBody("ccb").isPartOf("enisa");
      softly.assertThat(BROKEN).isValid();
    })).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Multiple Failures (2 failures)")
        .hasMessageContaining("Expected body 'ccb' to be part of 'enisa'")
        .hasMessageContaining("DANGLING_REFERENCE at $.roles[8].holder");
  }

  @ExtendWith(SoftAssertionsExtension.class)
  static class WithAssertJsExtension {
    @Test
    void twoFailures(CcbSoftAssertions softly) {
      softly.assertThat(DATA).hasBody("ccb").isPartOf("enisa");
      softly.assertThat(DATA).hasRole("ccb-csirt").isHeldBy("enisa");
    }
  }

  @Test
  void worksWithAssertJsSoftAssertionsExtension() {
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(WithAssertJsExtension.class)).execute().testEvents()
        .assertThatEvents().haveExactly(1, event(test("twoFailures"), finishedWithFailure(
            message(m -> m.contains("Multiple Failures (2 failures)") && m.contains("to be part of 'enisa'")
                && m.contains("to be held by 'enisa'")))));
  }
}
