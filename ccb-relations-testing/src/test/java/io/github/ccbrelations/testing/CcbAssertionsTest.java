package io.github.ccbrelations.testing;

import static io.github.ccbrelations.testing.CcbAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.ValidationReport;
import io.github.ccbrelations.data.Validator;
import io.github.ccbrelations.data.violation.ViolationCode;
import io.github.ccbrelations.model.BodyKind;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleFunction;
import io.github.ccbrelations.model.RoleId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The assertions pass on true statements about the bundled dataset and fail readably on false ones. */
class CcbAssertionsTest {
  private static final Dataset DATA = CcbRelations.bundled();

  @Test
  void trueStatementsAboutTheBundledDatasetPass() {
    assertThat(DATA).hasNoViolationsExcept().knowsBodies("enisa", "ccb", "nis-cooperation-group");
    assertThat(DATA).knowsInstruments("nis2-directive").knowsRoles("ccb-csirt");
    assertThat(DATA).hasBody("enisa-management-board").hasKind(BodyKind.BOARD).isPartOf("enisa");
    assertThat(DATA).hasBody("ccb").hasName(Language.EN, "Centre for Cybersecurity Belgium");
    assertThat(DATA).hasRole("ccb-single-point-of-contact-nis")
        .isHeldBy("ccb")
        .isOnBehalfOf("belgium")
        .hasFunction(RoleFunction.SINGLE_POINT_OF_CONTACT)
        .isValidOn(LocalDate.of(2020, 1, 1))
        .isBasedOn("32016L1148");
    assertThat(DATA).hasRole("ccb-director-general-board-member-enisa").isIn("enisa-management-board")
        .isBasedOn("32019R0881");
    assertThat(DATA).hasInstrument("nis-directive")
        .hasCelex("32016L1148")
        .isInForceOn(LocalDate.of(2020, 1, 1))
        .isNotInForceOn(LocalDate.of(2025, 1, 1))
        .isReplacedBy("nis2-directive");
    assertThat(DATA).hasRole("belgium-commitment-osce-cbm-14").isNotValidOn(LocalDate.of(2020, 1, 1));
    assertThat(DATA).doesNotHaveBody("atlantis").doesNotHaveRole("no-role").doesNotHaveInstrument("no-act")
        .doesNotKnowBodies("atlantis").doesNotKnowInstruments("nis-directive", "no-act").doesNotKnowRoles("no-role");
  }

  @Test
  void isValidOnALoadedDatasetIsDeprecatedForTheFormsThatCanFail() throws NoSuchMethodException {
    // A dataset read by DatasetReader.standard() passed Validator.standard() when it loaded.
    Assertions.assertThat(DatasetAssert.class.getMethod("isValid").isAnnotationPresent(Deprecated.class)).isTrue();
  }

  @Test
  @SuppressWarnings("deprecation") // The deprecated form still works as it did.
  void isValidOnADatasetStillChecksByTheStandardValidator() {
    Dataset laxlyRead = io.github.ccbrelations.data.DatasetReader.standard()
        .withValidator(Validator.standard().withEarliestYear(1500))
        .read(bundledText().replace("\"adopted\": \"2016-07-06\"", "\"adopted\": \"1600-07-06\"")
            .getBytes(StandardCharsets.UTF_8), "lax.json");

    assertThat(DATA).isValid();
    assertThatThrownBy(() -> assertThat(laxlyRead).isValid())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expected a valid dataset, but lax.json has 1 error:");
  }

  @Test
  void roleRestsOnADirectiveThroughTheLawThatTransposesIt() {
    // The role's last basis, the directive itself, left out: the law that transposes it stays (listing the law twice
    // instead would be a repeated legal basis, which does not load).
    String directive = ",\n        {\n          \"instrument\": \"nis2-directive\",\n          \"validity\": {\n"
        + "            \"from\": \"2024-10-18\"\n          },\n          \"sources\": [\n            {\n"
        + "              \"source\": \"ccb-organisation\"\n            }\n          ]\n        }\n      ]";
    Dataset onlyTheLaw = read(bundledText().replace(directive, "\n      ]"));
    Role csirt = onlyTheLaw.findRole(RoleId.of("ccb-csirt")).orElseThrow();

    Assertions.assertThat(csirt.legalBases()).extracting(LegalBasis::instrument)
        .contains(InstrumentId.of("be-nis2-law-2024")).doesNotContain(InstrumentId.of("nis2-directive"));
    assertThat(csirt).within(onlyTheLaw).isBasedOn("32022L2555").isBasedOn(InstrumentId.of("nis2-directive"))
        .isBasedOn(InstrumentId.of("be-nis2-law-2024"));
  }

  @Test
  void roleRestsOnAnInstrumentNamedByIdEvenWithoutACelexNumber() {
    assertThat(DATA).hasRole("ccb-csirt").isBasedOn(InstrumentId.of("be-nis2-law-2024"));

    assertThatThrownBy(() -> assertThat(DATA).hasRole("ccb-csirt").isBasedOn(InstrumentId.of("cybersecurity-act")))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expected role 'ccb-csirt' to rest on 'cybersecurity-act', directly or through a"
            + " transposing law, but it rests on '")
        .hasMessageContaining("'nis2-directive'");
    assertThatThrownBy(() -> assertThat(DATA.roles().get(0)).isBasedOn(InstrumentId.of("nis2-directive")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("within(dataset)");
  }

  /** A failing assertion and fragments its message must contain. */
  record Failing(String name, ThrowingCallable assertion, String... messageParts) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Failing> falseStatements() {
    return Stream.of(
        new Failing("unknown body", () -> assertThat(DATA).hasBody("atlantis"), "a body 'atlantis'"),
        new Failing("unknown role", () -> assertThat(DATA).hasRole("no-role"), "a role 'no-role'"),
        new Failing("unknown instrument", () -> assertThat(DATA).hasInstrument("no-act"),
            "a legal instrument 'no-act'"),
        new Failing("other holder", () -> assertThat(DATA).hasRole("ccb-csirt").isHeldBy("enisa"),
            "held by 'enisa'", "held by 'ccb'"),
        new Failing("other body", () -> assertThat(DATA).hasRole("ccb-csirt").isIn("enisa"), "held in none"),
        new Failing("other party", () -> assertThat(DATA).hasRole("ccb-member-ecso").isOnBehalfOf("belgium"),
            "on behalf of none"),
        new Failing("other function", () -> assertThat(DATA).hasRole("ccb-csirt").hasFunction(RoleFunction.MEMBER),
            "MEMBER", "CSIRT"),
        new Failing("not yet valid", () -> assertThat(DATA).hasRole("belgium-commitment-osce-cbm-14")
            .isValidOn(LocalDate.of(2020, 1, 1)),
            "to be valid on 2020-01-01, but it is valid from 2020-06, with no end recorded"),
        new Failing("other legal basis", () -> assertThat(DATA).hasRole("ccb-csirt").isBasedOn("32019R0881"),
            "32016L1148, 32022L2555"),
        new Failing("other CELEX", () -> assertThat(DATA).hasInstrument("nis-directive").hasCelex("32022L2555"),
            "32016L1148"),
        new Failing("not in force", () -> assertThat(DATA).hasInstrument("nis-directive")
            .isInForceOn(LocalDate.of(2025, 1, 1)),
            "to be in force on 2025-01-01, but it is in force from 2016-08-08 to 2024-10-17,"
                + " replaced by 'nis2-directive'"),
        new Failing("not yet in force", () -> assertThat(DATA).hasInstrument("nis2-directive")
            .isInForceOn(LocalDate.of(2020, 1, 1)), "but it is in force from 2023-01-16, with no end recorded"),
        new Failing("no successor", () -> assertThat(DATA).hasInstrument("nis2-directive").isReplacedBy("x"),
            "replaced by none"),
        new Failing("other kind", () -> assertThat(DATA).hasBody("enisa").hasKind(BodyKind.BOARD),
            "Expected body 'enisa' to be of kind BOARD, but it is of kind EU_AGENCY"),
        new Failing("other name", () -> assertThat(DATA).hasBody("ccb").hasName(Language.EN, "CCB"),
            "to be named 'CCB' in 'en', but its official name there is 'Centre for Cybersecurity Belgium'"),
        new Failing("no name", () -> assertThat(DATA).hasBody("hwpci").hasName(Language.FR, "GTHQC"),
            "Expected body 'hwpci' to be named 'GTHQC' in 'fr', but it has no official name in 'fr'"),
        new Failing("other parent", () -> assertThat(DATA).hasBody("ccb").isPartOf("enisa"), "part of none"),
        new Failing("unknown body references", () -> assertThat(DATA).knowsBodies("enisa", "atlantis", "x-y"),
            "2 of 3 references have problems:\n  'atlantis' UNKNOWN", "\n  'x-y' UNKNOWN"),
        new Failing("repealed instrument reference", () -> assertThat(DATA).knowsInstruments("nis-directive"),
            "know every instrument, but the one reference has a problem:\n  'nis-directive' NOT_CURRENT: the"
                + " instrument is in force from 2016-08-08 to 2024-10-17, not on ",
            "; its successor is 'nis2-directive'"),
        new Failing("unknown role reference", () -> assertThat(DATA).knowsRoles("ccb-csirt", "no-role"),
            "know every role, but 1 of 2 references has a problem:\n  'no-role' UNKNOWN"),
        new Failing("a body it has", () -> assertThat(DATA).doesNotHaveBody("enisa"),
            "Expected classpath:io/github/ccbrelations/data/ccb-relations.json not to have a body 'enisa', but it"
                + " has one"),
        new Failing("a role it has", () -> assertThat(DATA).doesNotHaveRole("ccb-csirt"),
            "not to have a role 'ccb-csirt', but it has one"),
        new Failing("an instrument it has", () -> assertThat(DATA).doesNotHaveInstrument("nis-directive"),
            "not to have a legal instrument 'nis-directive', but it has one"),
        new Failing("current body references", () -> assertThat(DATA).doesNotKnowBodies("atlantis", "enisa", "ccb"),
            "to know none of the bodies, but 2 of 3 references name current records:\n  'enisa'\n  'ccb'"),
        new Failing("instrument in force", () -> assertThat(DATA).doesNotKnowInstruments("nis2-directive"),
            "to know none of the instruments, but the one reference names a current record:\n  'nis2-directive'"),
        new Failing("valid role", () -> assertThat(DATA).doesNotKnowRoles("ccb-csirt", "no-role"),
            "to know none of the roles, but 1 of 2 references names a current record:\n  'ccb-csirt'"),
        new Failing("valid that day", () -> assertThat(DATA).hasRole("belgium-commitment-osce-cbm-14")
            .isNotValidOn(LocalDate.of(2021, 1, 1)),
            "Expected role 'belgium-commitment-osce-cbm-14' not to be valid on 2021-01-01, but it is valid from"
                + " 2020-06, with no end recorded"),
        new Failing("valid every day",
            () -> assertThat(DATA).hasRole("ccb-csirt").isNotValidOn(LocalDate.of(2021, 1, 1)),
            "Expected role 'ccb-csirt' not to be valid on 2021-01-01, but it has no recorded validity, so it is valid"
                + " every day"),
        new Failing("in force that day", () -> assertThat(DATA).hasInstrument("nis-directive")
            .isNotInForceOn(LocalDate.of(2020, 1, 1)),
            "Expected instrument 'nis-directive' not to be in force on 2020-01-01, but it is in force from 2016-08-08"
                + " to 2024-10-17"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("falseStatements")
  void falseStatementsFailWithAMessageThatSaysWhy(Failing failing) {
    assertThatThrownBy(failing.assertion()).isInstanceOf(AssertionError.class)
        .hasMessageContainingAll(failing.messageParts());
  }

  static Stream<Failing> describedFalseStatements() {
    Validator everyLanguage = Validator.standard().requireBodyNamesIn(Language.values());
    return Stream.of(
        new Failing("body", () -> assertThat(DATA).as("our copy").hasBody("ccb").isPartOf("enisa")),
        new Failing("role", () -> assertThat(DATA).as("our copy").hasRole("ccb-csirt").isHeldBy("enisa")),
        new Failing("instrument", () -> assertThat(DATA).as("our copy").hasInstrument("nis-directive").hasCelex("x")),
        new Failing("role within", () -> assertThat(DATA.roles().get(0)).as("our copy").within(DATA).isIn("enisa")),
        new Failing("validator", () -> assertThat(DATA).as("our copy").isValidBy(everyLanguage)),
        new Failing("codes", () -> assertThat(read(withoutTheNisSuccessor()))
            .as("our copy").hasNoViolationsExcept()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("describedFalseStatements")
  void assertionsMovedOnToKeepTheDescription(Failing failing) {
    assertThatThrownBy(failing.assertion()).isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("[our copy] Expected ");
  }

  @Test
  void basedOnRefusesWhatIsNotACelexNumberAndGivesTheNumberOfAnInstrumentId() {
    assertThatThrownBy(() -> assertThat(DATA).hasRole("ccb-csirt").isBasedOn("nis2-directive"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("isBasedOn takes a CELEX number such as 32022L2555, not 'nis2-directive'; the instrument"
            + " 'nis2-directive' has CELEX number 32022L2555, or pass InstrumentId.of(\"nis2-directive\")");
    assertThatThrownBy(() -> assertThat(DATA).hasRole("ccb-csirt").isBasedOn("NIS 2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("isBasedOn takes a CELEX number such as 32022L2555, not 'NIS 2'");
  }

  @Test
  void retiredIdIsNoBodyAndTheFailureNamesTheIdToUse() {
    Dataset refs;
    try (InputStream in = CcbAssertionsTest.class.getResourceAsStream("/refs.json")) {
      refs = io.github.ccbrelations.data.DatasetReader.standard().read(in, "refs.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    assertThatThrownBy(() -> assertThat(refs).hasBody("agency-old-name"))
        .hasMessage("Expected refs.json to have a body 'agency-old-name', but it has none: the id was retired"
            + " (agency-old-name -> agency); use 'agency'");
  }

  @Test
  void aDatasetInAFailureSaysWhereItIsFromAndItsDay() {
    Dataset allTime = DATA.allTime();
    String version = DATA.info().datasetVersion().text();

    assertThatThrownBy(() -> assertThat(DATA).isSameAs(allTime))
        .hasMessageContaining("classpath:io/github/ccbrelations/data/ccb-relations.json, dataset " + version
            + ", as of " + DATA.date().orElseThrow())
        .hasMessageContaining("classpath:io/github/ccbrelations/data/ccb-relations.json, dataset " + version
            + ", all time")
        .hasMessageNotContaining("Dataset@");
  }

  @Test
  void doesNotKnowWithNoIdIsAMistakeNotAPass() {
    assertThatThrownBy(() -> assertThat(DATA).doesNotKnowBodies(new String[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("doesNotKnowBodies needs at least one body id; it was given none");
  }

  @Test
  void knowsWithNoIdIsAMistakeNotAPass() {
    assertThatThrownBy(() -> assertThat(DATA).knowsBodies(new String[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("knowsBodies needs at least one body id; it was given none");
    assertThatThrownBy(() -> assertThat(DATA).knowsInstruments(new String[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("knowsInstruments needs at least one instrument id; it was given none");
    assertThatThrownBy(() -> assertThat(DATA).knowsRoles(new String[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("knowsRoles needs at least one role id; it was given none");
  }

  @Test
  void aNullDatasetFailsTheAssertionsThatLookUpARecord() {
    Dataset none = null;

    Stream.<ThrowingCallable>of(() -> assertThat(none).hasBody("ccb"), () -> assertThat(none).hasRole("ccb-csirt"),
            () -> assertThat(none).hasInstrument("nis-directive"), () -> assertThat(none).doesNotHaveBody("x"))
        .forEach(lookUp -> assertThatThrownBy(lookUp).isInstanceOf(AssertionError.class)
            .hasMessageContaining("Expecting actual not to be null"));
  }

  @Test
  void basedOnNeedsTheDatasetOfTheRole() {
    assertThatThrownBy(() -> assertThat(DATA.roles().get(0)).isBasedOn("32016L1148"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("within(dataset)");
  }

  @Test
  void failureOfAReportListsEveryViolationOnItsOwnLineWithItsPlace() {
    String broken = bundledText()
        .replace("\"holder\": \"ncca-be\"", "\"holder\": \"nobody\"")
        .replace("\"celex\": \"32019R0881\"", "\"celex\": \"2019R0881\"")
        .replace("\"level\": \"OPERATIONAL\"", "\"level\": \"LUNAR\"");
    ValidationReport report = Validator.standard().validate(broken.getBytes(StandardCharsets.UTF_8), "broken.json");

    assertThatThrownBy(() -> assertThat(report).isValid())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expected a valid dataset, but broken.json has " + report.errors().size() + " errors:\n")
        .hasMessageContaining("\n  broken.json:")
        .hasMessageContaining("INVALID_VALUE at $.instruments[2].celex (record 'cybersecurity-act')")
        .hasMessageContaining(
            "DANGLING_REFERENCE at $.roles[8].holder (record 'ncca-be-representative-eccg'): unknown body 'nobody'")
        .hasMessageContaining("SHAPE at $.roles[25].level (record 'ccb-csirt')")
        .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getMessage().lines().skip(1))
            .hasSize(report.errors().size())
            .allSatisfy(line -> org.assertj.core.api.Assertions.assertThat(line).matches(
                "  broken\\.json:\\d+:\\d+: .*")));
    assertThat(report).hasViolation(ViolationCode.DANGLING_REFERENCE, "$.roles[8].holder");
  }

  @Test
  void failureOfAReportWithManyViolationsListsTheFirstCountsTheRestAndShowsTheLast() {
    String unknown = java.util.stream.IntStream.range(0, 150).mapToObj(i -> "\"x" + i + "\": 1, ")
        .collect(java.util.stream.Collectors.joining());
    String text = bundledText().replaceFirst("\"holder\": ", unknown + "\"holder\": ");
    // Cut in the middle of the last record: the broken JSON that ended the check comes last.
    String broken = text.substring(0, text.lastIndexOf("\"id\""));
    ValidationReport report = Validator.standard().validate(broken.getBytes(StandardCharsets.UTF_8), "broken.json");
    String last = report.violations().get(report.violations().size() - 1).toString();

    Assertions.assertThat(last).contains("SYNTAX");
    assertThatThrownBy(() -> assertThat(report).isValid())
        .hasMessageStartingWith(
            "Expected a valid dataset, but broken.json has " + report.errors().size() + " errors:\n")
        .hasMessageEndingWith("\n  ... and " + (report.errors().size() - ValidationReport.MAX_LISTED)
            + " more; the last:\n  " + last)
        .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getMessage().lines())
            .hasSize(1 + ValidationReport.MAX_LISTED + 2));
  }

  @Test
  void countsAreInTheSingularForOneAndAnEmptyReportSaysItHasNone() {
    ValidationReport clean = Validator.standard().validate(bundledText().getBytes(StandardCharsets.UTF_8), "ok.json");
    String dangling = bundledText().replaceFirst("\"holder\": \"ncca-be\"", "\"holder\": \"nobody\"");
    ValidationReport oneError = Validator.standard().validate(dangling.getBytes(StandardCharsets.UTF_8), "one.json");

    assertThatThrownBy(() -> assertThat(oneError).hasErrorCount(2))
        .hasMessageStartingWith("Expected 2 errors, but one.json has 1 error:\n  one.json:");
    assertThatThrownBy(() -> assertThat(clean).hasErrorCount(1))
        .hasMessage("Expected 1 error, but ok.json has no errors");
    assertThatThrownBy(() -> assertThat(clean).hasViolation(ViolationCode.CYCLE, "$.bodies[0].partOf"))
        .hasMessage("Expected CYCLE at $.bodies[0].partOf, but ok.json has no violations");
    assertThatThrownBy(() -> assertThat(oneError).hasViolation(ViolationCode.CYCLE, "$.bodies[0].partOf"))
        .hasMessageStartingWith("Expected CYCLE at $.bodies[0].partOf, but one.json has 1 violation:\n  one.json:")
        .hasMessageContaining("DANGLING_REFERENCE at $.roles[8].holder");
  }

  @Test
  void warningsAreAcceptedByCodeOnly() {
    ValidationReport warned = Validator.standard().validate(
        withoutTheNisSuccessor().getBytes(StandardCharsets.UTF_8), "w.json");

    assertThat(warned).isValid().hasErrorCount(0).hasNoViolationsExcept(ViolationCode.MISSING_SUCCESSOR);
    assertThatThrownBy(() -> assertThat(warned).hasNoViolations())
        .hasMessageStartingWith("Expected no violations, but w.json has 1 violation:\n")
        .hasMessageContaining("warning MISSING_SUCCESSOR at $.instruments[0] (record 'nis-directive')");
    assertThatThrownBy(() -> assertThat(read(withoutTheNisSuccessor()))
        .hasNoViolationsExcept(ViolationCode.UNKNOWN_FIELD, ViolationCode.SHARED_ACRONYM, ViolationCode.SHAPE))
        .hasMessageStartingWith("Expected no violations except SHAPE, SHARED_ACRONYM, UNKNOWN_FIELD, but ")
        .hasMessageContaining("MISSING_SUCCESSOR");
  }

  /**
   * The bundled text with the repealed NIS Directive no longer naming its successor, nor its citations supporting that
   * field: a warning (MISSING_SUCCESSOR), and nothing else.
   */
  static String withoutTheNisSuccessor() {
    String text = bundledText().replace("\"replacedBy\": \"nis2-directive\",", "");
    int record = text.indexOf("\"id\": \"nis-directive\"");
    int end = text.indexOf("\n    {", record);
    return text.substring(0, record) + text.substring(record, end).replace(",\n            \"replacedBy\"", "")
        + text.substring(end);
  }

  static String bundledText() {
    try (InputStream in = CcbRelations.class.getResourceAsStream(CcbRelations.BUNDLED_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Dataset read(String text) {
    return io.github.ccbrelations.data.DatasetReader.standard().read(
        text.getBytes(StandardCharsets.UTF_8), "edited.json");
  }
}
