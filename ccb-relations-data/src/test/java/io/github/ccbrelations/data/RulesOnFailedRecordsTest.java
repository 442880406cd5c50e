package io.github.ccbrelations.data;

import static io.github.ccbrelations.data.Fixture.codesAndPaths;
import static io.github.ccbrelations.data.Fixture.editOnce;
import static io.github.ccbrelations.data.Fixture.editRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import io.github.ccbrelations.model.Language;
import org.junit.jupiter.api.Test;

/**
 * A record that failed to bind is still judged by the rules between records, on the fields that hold what the file
 * gives, so that one read reports every error of a broken record (#14): a misspelt label and an implausible date of
 * one instrument are told together. A rule that would read a failed field (a stand-in, or a list that lost an entry)
 * waits for the next read.
 */
class RulesOnFailedRecordsTest {
  @Test
  void anInstrumentWithAFailedLabelHasItsDatesJudged() {
    String text = editRecord(editRecord("example-directive-2", "\"kind\": \"ACRONYM\"", "\"kind\": \"ACRONIM\""),
        "example-directive-2", "\"appliesFrom\": \"2027-10-18\"", "\"appliesFrom\": \"2099-10-18\"");

    ValidationReport report = Fixture.validate(text);

    assertThat(codesAndPaths(text)).containsExactly(tuple(ViolationCode.SHAPE, "$.instruments[1].labels[1].kind"),
        tuple(ViolationCode.IMPLAUSIBLE_DATE, "$.instruments[1].appliesFrom"));
    Violation date = report.violations().get(1);
    assertThat(date.recordId()).hasValue("example-directive-2");
    assertThat(new int[] {date.line(), date.column()}).containsExactly(198, 22);
  }

  /** The release date of a header that failed in another field still dates the file, for every record's dates. */
  @Test
  void aHeaderWithAFailedValueStillGivesItsReleaseDate() {
    String text = editRecord(editOnce("\"datasetVersion\": \"2030.01.0\"", "\"datasetVersion\": \"2030.1\""),
        "example-directive-2", "\"appliesFrom\": \"2027-10-18\"", "\"appliesFrom\": \"2099-10-18\"");

    assertThat(codesAndPaths(text)).containsExactly(tuple(ViolationCode.INVALID_VALUE, "$.header.datasetVersion"),
        tuple(ViolationCode.IMPLAUSIBLE_DATE, "$.instruments[1].appliesFrom"));
  }

  /**
   * A header that failed in another field is still checked for its schema version, and a version this library does
   * not read ends the check as it does for a header that binds; one whose release date failed dates nothing, so an end
   * of validity waits to be called past.
   */
  @Test
  void aHeaderThatFailedIsJudgedOnWhatItHolds() {
    String unsupported = editOnce("\"datasetVersion\": \"2030.01.0\",\n    \"schemaVersion\": \"1.1.0\"",
        "\"datasetVersion\": \"2030.1\",\n    \"schemaVersion\": \"2.0.0\"");
    String noRelease = editRecord(editOnce("\"released\": \"2030-01-15\"", "\"released\": \"2030-13-15\""),
        "example-directive-2", "\"appliesFrom\": \"2027-10-18\"",
        "\"appliesFrom\": \"2027-10-18\", \"endOfValidity\": \"2029-01-01\"");

    assertThat(codesAndPaths(unsupported))
        .containsExactly(tuple(ViolationCode.UNSUPPORTED_SCHEMA_VERSION, "$.header.schemaVersion"));
    assertThat(codesAndPaths(noRelease)).containsExactly(tuple(ViolationCode.INVALID_VALUE, "$.header.released"));
  }

  @Test
  void otherRulesJudgeARecordThatFailedToo() {
    String shared = editRecord(editRecord("example-forum", "\"kind\": \"INTERGOVERNMENTAL_FORUM_OR_INITIATIVE\"",
        "\"kind\": \"FORUM\""), "example-forum", "\"text\": \"GFEE\"", "\"text\": \"HWPEI\"");
    // The stand-in for a misspelt status fits the legal bases (one here, none below: not given, empty or failed), so
    // the role passes its own check.
    String statedUnsourced = editRecord(editRecord("centre-spoc", "\"legalBasisStatus\": \"STATED_ON_PAGE\"",
        "\"legalBasisStatus\": \"stated_on_page\""), "centre-spoc", "\"sources\": [{\"source\": \"example-page-fr\", "
            + "\"section\": \"european-level\", \"paragraph\": 1}]", "\"sources\": []");
    String noneStatedEarly = editRecord(editRecord("centre-council-expert", "\"legalBasisStatus\": \"NONE_STATED\"",
        "\"legalBasisStatus\": \"NONE\""), "centre-council-expert", "\"from\": \"2026\"", "\"from\": \"1500\"");
    String emptyBasesEarly = editRecord(noneStatedEarly, "centre-council-expert", "\"validity\"",
        "\"legalBases\": [], \"validity\"");
    String failedBasesEarly = editRecord(noneStatedEarly, "centre-council-expert", "\"validity\"",
        "\"legalBases\": {}, \"validity\"");
    String celexOnLaw = editRecord(editRecord("ruritanian-example-law", "\"kind\": \"NAME\"", "\"kind\": \"NOM\""),
        "ruritanian-example-law", "\"numac\": ", "\"celex\": \"32021L0001\", \"numac\": ");
    String noSuccessor = editRecord(editRecord("example-directive", "\"kind\": \"NAME\"", "\"kind\": \"NOM\""),
        "example-directive", "\"replacedBy\": \"example-directive-2\",", "");
    String noName = editRecord(editRecord("example-network", "\"kind\": \"EU_NETWORK_OR_GROUP\"", "\"kind\": 7"),
        "example-network", "{\"language\": \"en\", \"kind\": \"NAME\"", "{\"language\": \"en\", \"kind\": "
            + "\"SHORT_NAME\"");

    assertThat(codesAndPaths(shared)).containsExactly(tuple(ViolationCode.SHAPE, "$.bodies[12].kind"),
        tuple(ViolationCode.SHARED_ACRONYM, "$.bodies[12].labels[1].text"));
    assertThat(codesAndPaths(statedUnsourced)).containsExactly(
        tuple(ViolationCode.SHAPE, "$.roles[0].legalBasisStatus"),
        tuple(ViolationCode.UNSOURCED_ROLE, "$.roles[0].sources"));
    assertThat(codesAndPaths(noneStatedEarly)).containsExactly(
        tuple(ViolationCode.SHAPE, "$.roles[3].legalBasisStatus"),
        tuple(ViolationCode.IMPLAUSIBLE_DATE, "$.roles[3].validity.from"));
    assertThat(codesAndPaths(emptyBasesEarly)).containsExactly(
        tuple(ViolationCode.SHAPE, "$.roles[3].legalBasisStatus"),
        tuple(ViolationCode.IMPLAUSIBLE_DATE, "$.roles[3].validity.from"));
    assertThat(codesAndPaths(failedBasesEarly)).containsExactly(
        tuple(ViolationCode.SHAPE, "$.roles[3].legalBasisStatus"),
        tuple(ViolationCode.SHAPE, "$.roles[3].legalBases"),
        tuple(ViolationCode.IMPLAUSIBLE_DATE, "$.roles[3].validity.from"));
    assertThat(codesAndPaths(celexOnLaw)).containsExactly(
        tuple(ViolationCode.SHAPE, "$.instruments[3].labels[0].kind"),
        tuple(ViolationCode.IDENTIFIER_MISMATCH, "$.instruments[3].celex"));
    assertThat(codesAndPaths(noSuccessor)).containsExactly(tuple(ViolationCode.MISSING_SUCCESSOR, "$.instruments[0]"),
        tuple(ViolationCode.SHAPE, "$.instruments[0].labels[0].kind"));
    assertThat(codesAndPaths(Validator.standard().requireBodyNamesIn(Language.EN), noName))
        .containsExactly(tuple(ViolationCode.SHAPE, "$.bodies[10].kind"),
            tuple(ViolationCode.MISSING_LANGUAGE, "$.bodies[10].labels"));
  }

  /** A loop through a record that failed is told with its mistake; a link that failed is no link. */
  @Test
  void aLoopThroughARecordThatFailedIsTold() {
    String loop = editRecord(editRecord("example-centre", "\"founded\": \"2024-06\"", "\"founded\": \"2024-13\""),
        "example-centre", "\"founded\"", "\"partOf\": \"example-cert\", \"founded\"");
    String failedLink = editRecord("example-centre", "\"founded\"", "\"partOf\": \"Example Cert\", \"founded\"");

    assertThat(codesAndPaths(loop)).containsExactlyInAnyOrder(
        tuple(ViolationCode.INVALID_VALUE, "$.bodies[2].founded"),
        tuple(ViolationCode.CYCLE, "$.bodies[2].partOf"),
        tuple(ViolationCode.CYCLE, "$.bodies[4].partOf"));
    assertThat(codesAndPaths(failedLink)).containsExactly(tuple(ViolationCode.INVALID_VALUE, "$.bodies[2].partOf"));
  }

  /** A legal basis is judged against the dates of an instrument that failed to bind, those that did not fail. */
  @Test
  void aLegalBasisIsJudgedAgainstTheDatesOfAnInstrumentThatFailed() {
    String early = editRecord("centre-csirt", "\"from\": \"2020-04-09\"", "\"from\": \"2020-01-01\"");
    String misspeltLabel = editRecord(early, "example-directive", "\"kind\": \"NAME\"", "\"kind\": \"NOM\"");
    String failedAdoption = editRecord(early, "example-directive", "\"adopted\": \"2020-03-02\"",
        "\"adopted\": \"2020-3-02\"");

    assertThat(codesAndPaths(misspeltLabel)).containsExactlyInAnyOrder(
        tuple(ViolationCode.SHAPE, "$.instruments[0].labels[0].kind"),
        tuple(ViolationCode.INVALID_DATE_ORDER, "$.roles[1].legalBases[0].validity.from"));
    assertThat(codesAndPaths(failedAdoption))
        .containsExactly(tuple(ViolationCode.INVALID_VALUE, "$.instruments[0].adopted"));
  }

  /** A citation names the first source of an id, even one that failed, as the duplicate-id check has it. */
  @Test
  void aCitationIsCheckedAgainstTheFirstSourceOfAnId() {
    String copy = "    {\"id\": \"example-page-fr\", \"kind\": \"PAGE\", \"title\": \"Copy\", \"language\": \"fr\", "
        + "\"sections\": [{\"id\": \"european-level\", \"heading\": \"Niveau européen\", \"paragraphs\": 9}, "
        + "{\"id\": \"international-level\", \"heading\": \"Niveau international\", \"paragraphs\": 2}]},\n";
    String original = "    {\n      \"id\": \"example-page-fr\",\n";
    String text = editRecord("centre-spoc", "\"paragraph\": 1}", "\"paragraph\": 6}")
        .replace(original, copy + original);

    assertThat(codesAndPaths(text)).containsExactly(tuple(ViolationCode.SHAPE, "$.sources[0].kind"),
        tuple(ViolationCode.DUPLICATE_ID, "$.sources[1].id"));
    // Beyond the first source's paragraphs, though not the later one's.
    String swapped = text.replace("\"paragraphs\": 4}", "\"paragraphs\": 9}").replaceFirst("\"paragraphs\": 9}",
        "\"paragraphs\": 4}");
    assertThat(codesAndPaths(swapped)).containsExactly(tuple(ViolationCode.SHAPE, "$.sources[0].kind"),
        tuple(ViolationCode.DUPLICATE_ID, "$.sources[1].id"),
        tuple(ViolationCode.DANGLING_REFERENCE, "$.roles[0].sources[0].paragraph"));
  }

  /**
   * The first record of an id keeps it, even one that failed: a loop is followed through it, not through a later
   * record of the id.
   */
  @Test
  void aLoopIsFollowedThroughTheFirstRecordOfAnId() {
    String copy = "    {\"id\": \"example-cert\", \"kind\": \"DEPT\", \"labels\": [{\"language\": \"en\", "
        + "\"kind\": \"NAME\", \"text\": \"Copy of the CERT\"}]},\n";
    String original = "    {\n      \"id\": \"example-cert\",\n";
    String noLoop = editRecord("example-cert", "\"partOf\": \"example-centre\"", "\"partOf\": \"example-cert-lab\"")
        .replace(original, copy + original);
    String loop = Fixture.text()
        .replace(original, copy.replace("]}", "], \"partOf\": \"example-cert-lab\"}") + original);

    assertThat(codesAndPaths(noLoop)).containsExactly(tuple(ViolationCode.SHAPE, "$.bodies[4].kind"),
        tuple(ViolationCode.DUPLICATE_ID, "$.bodies[5].id"));
    assertThat(codesAndPaths(loop)).containsExactlyInAnyOrder(tuple(ViolationCode.SHAPE, "$.bodies[4].kind"),
        tuple(ViolationCode.DUPLICATE_ID, "$.bodies[5].id"), tuple(ViolationCode.CYCLE, "$.bodies[4].partOf"),
        tuple(ViolationCode.CYCLE, "$.bodies[6].partOf"));
  }

  /**
   * A rule that reads a field that failed would judge a stand-in (the first kind of instrument, an EU directive, for a
   * Belgian law's misspelt kind), a list emptied by a failed entry, or a list whose indexes moved when a repeat was
   * left out of it. It waits.
   */
  @Test
  void aRuleThatReadsAFailedFieldWaits() {
    String kind = editRecord("ruritanian-example-law", "\"kind\": \"BELGIAN_LAW\"", "\"kind\": \"belgian_law\"");
    String citation = editRecord("centre-spoc", "\"paragraph\": 1}", "\"paragraph\": \"1\"}");
    String labels = editRecord("example-network", "{\"language\": \"en\", \"kind\": \"NAME\"",
        "{\"language\": \"xx\", \"kind\": \"NAME\"");
    // The second basis starts before its instrument was adopted, but is bound at index 1 once the repeat is left out.
    String repeat = editRecord(editRecord("centre-csirt", "\"legalBases\": [",
        "\"legalBases\": [{\"instrument\": \"example-directive\"}, {\"instrument\": \"example-directive\"},"),
        "centre-csirt", "\"validity\": {\"from\": \"2027-10-18\"}", "\"validity\": {\"from\": \"2026-01-01\"}");

    assertThat(codesAndPaths(kind)).containsExactly(tuple(ViolationCode.SHAPE, "$.instruments[3].kind"));
    assertThat(codesAndPaths(citation))
        .containsExactly(tuple(ViolationCode.SHAPE, "$.roles[0].sources[0].paragraph"));
    assertThat(codesAndPaths(Validator.standard().requireBodyNamesIn(Language.EN), labels))
        .containsExactly(tuple(ViolationCode.SHAPE, "$.bodies[10].labels[0].language"));
    assertThat(codesAndPaths(repeat)).containsExactly(tuple(ViolationCode.INVALID_VALUE, "$.roles[1].legalBases[1]"));
  }
}
