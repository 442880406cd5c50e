package io.github.ccbrelations.data;

import static io.github.ccbrelations.data.Fixture.codesAndPaths;
import static io.github.ccbrelations.data.Fixture.editRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * A record, or a part of one, with a failed or missing value still has its own check (the model's, about how its
 * fields fit together) run on the rest, so that one wrong both ways is told in one read (#14); a refusal that reads a
 * failed field waits for the next read, since the value it would judge is not the file's.
 */
class OwnCheckAfterFailedValuesTest {
  @Test
  void aRoleWithAFailedValueIsStillCheckedForHowItsFieldsFit() {
    String text = editRecord(editRecord("centre-spoc", "\"level\": \"EUROPEAN\"", "\"level\": \"european\""),
        "centre-spoc", "\"onBehalfOf\": \"ruritania\"",
        "\"onBehalfOf\": \"ruritania\", \"via\": \"example-centre\", \"replacedBy\": \"centre-spoc\"");

    ValidationReport report = Fixture.validate(text);

    assertThat(places(report)).containsExactly(
        tuple(ViolationCode.INVALID_VALUE, 250, 41, "$.roles[0].via"),
        tuple(ViolationCode.INVALID_VALUE, 250, 73, "$.roles[0].replacedBy"),
        tuple(ViolationCode.SHAPE, 251, 16, "$.roles[0].level"));
    assertThat(report.violations().get(0).message())
        .isEqualTo("role 'centre-spoc' cannot act via its own holder 'example-centre'");
    assertThat(report.violations()).allSatisfy(v -> assertThat(v.recordId()).hasValue("centre-spoc"));
  }

  /** Every required field but the id has a stand-in, or the record could not be built to be checked. */
  @Test
  void aRecordWhoseRequiredFieldsAllFailedIsStillChecked() {
    String role = editRecord("centre-spoc", "\"holder\": \"example-centre\",\n      \"function\": "
        + "\"SINGLE_POINT_OF_CONTACT\"", "\"holder\": 5, \"function\": 5, \"replacedBy\": \"centre-spoc\"");
    String roleFields = editRecord(editRecord(role, "centre-spoc", "\"level\": \"EUROPEAN\"", "\"level\": 5"),
        "centre-spoc", "\"legalBasisStatus\": \"STATED_ON_PAGE\"", "\"legalBasisStatus\": 5");
    String body = editRecord(editRecord("example-cert-lab", "\"kind\": \"WORKING_GROUP\"", "\"kind\": 5"),
        "example-cert-lab", "\"partOf\": \"example-cert\"", "\"partOf\": \"example-cert-lab\"");
    String instrument = editRecord("example-directive", "\"kind\": \"EU_DIRECTIVE\"",
        "\"kind\": 5, \"repeals\": [\"example-directive\"]");
    String source = editRecord(editRecord("example-page-fr", "\"kind\": \"CCB_PAGE\"", "\"kind\": 5"),
        "example-page-fr", "\"publisher\": \"Example", "\"title\": 5, \"publisher\": \" Example")
        .replace("\"title\": \"Relations internationales du Centre d'exemple\",", "");
    String redirect = withRedirect("{\"recordType\": 5, \"from\": 5, \"to\": \"Not-A-Slug\", \"reason\": 5}");

    assertThat(refusals(roleFields)).containsExactly("$.roles[0].replacedBy");
    assertThat(refusals(body)).containsExactly("$.bodies[5].partOf");
    assertThat(refusals(instrument)).containsExactly("$.instruments[0].repeals[0]");
    assertThat(refusals(source)).containsExactly("$.sources[0].publisher");
    assertThat(refusals(redirect)).containsExactly("$.redirects[0].to");
    assertThat(refusals(Fixture.editOnce("\"datasetVersion\": \"2030.01.0\",\n    \"schemaVersion\": \"1.1.0\",\n"
        + "    \"released\": \"2030-01-15\",\n    \"primarySources\": [\"example-page-fr\"]",
        "\"datasetVersion\": 5, \"schemaVersion\": 5, \"released\": 5, \"primarySources\": []")))
        .containsExactly("$.header.primarySources");
  }

  /**
   * A refusal that compares a failed field, or a list that lost an entry, would judge a value that is not the file's:
   * a stand-in, or what is left of the list. It waits.
   */
  @Test
  void aRefusalThatReadsAFailedFieldWaits() {
    // The stand-in for the holder is "stand-in": a role via "stand-in" would seem to act via its own holder.
    String standIn = editRecord("centre-spoc", "\"holder\": \"example-centre\"",
        "\"holder\": \"Example-Centre\", \"via\": \"stand-in\"");
    // Without its one basis, the role would seem to state a legal basis and list none.
    String shortList = editRecord("centre-spoc", "{\"instrument\": \"ruritanian-example-law\"",
        "{\"instrument\": \"Ruritanian-Example-Law\"");
    // Without its one label, the body would seem to have none.
    String noLabel = editRecord("example-cert-lab", "{\"language\": \"en\", \"kind\": \"NAME\"",
        "{\"language\": \"xx\", \"kind\": \"NAME\"");

    assertThat(codesAndPaths(standIn))
        .containsExactly(tuple(ViolationCode.INVALID_VALUE, "$.roles[0].holder"),
            tuple(ViolationCode.DANGLING_REFERENCE, "$.roles[0].via"));
    assertThat(codesAndPaths(shortList))
        .containsExactly(tuple(ViolationCode.INVALID_VALUE, "$.roles[0].legalBases[0].instrument"));
    assertThat(codesAndPaths(noLabel))
        .containsExactly(tuple(ViolationCode.SHAPE, "$.bodies[5].labels[0].language"));
  }

  /**
   * A list that left out a repeat is not the file's: the index of a refusal about one of its entries would name
   * another entry, and its length is not the file's, so those refusals wait too.
   */
  @Test
  void aRefusalAboutAListThatLeftOutARepeatWaits() {
    String selfAfterRepeat = editRecord("example-directive-2", "\"repeals\": [\"example-directive\"]",
        "\"repeals\": [\"example-directive\", \"example-directive\", \"example-directive-2\"]");
    String noneStated = editRecord("centre-spoc", "\"legalBasisStatus\": \"STATED_ON_PAGE\",\n      \"legalBases\": "
        + "[{\"instrument\": \"ruritanian-example-law\", \"provision\": \"Art. 7\"}]", "\"legalBasisStatus\": "
        + "\"NONE_STATED\", \"legalBases\": [{\"instrument\": \"ruritanian-example-law\"}, "
        + "{\"instrument\": \"ruritanian-example-law\"}]");

    assertThat(codesAndPaths(selfAfterRepeat))
        .containsExactly(tuple(ViolationCode.INVALID_VALUE, "$.instruments[1].repeals[1]"));
    assertThat(Fixture.validate(noneStated).violations()).singleElement()
        .satisfies(v -> assertThat(v.message()).contains("repeats"));
  }

  /**
   * Which date an instrument's check refuses for coming before its adoption depends on the dates before it: with
   * the publication date failed, the entry into force would be refused in its stead, and fixing the publication date
   * would move the refusal. It waits.
   */
  @Test
  void aDateRefusedInTheSteadOfOneThatFailedWaits() {
    String text = editRecord("example-directive", "\"adopted\": \"2020-03-02\",\n      \"published\": "
        + "\"2020-03-20\"", "\"adopted\": \"2020-05-01\", \"published\": 5");

    assertThat(codesAndPaths(text)).containsExactly(tuple(ViolationCode.SHAPE, "$.instruments[0].published"));
  }

  /** A part of a record (a label, a citation, a validity) is checked the same way, and so is one that lacks a field. */
  @Test
  void aPartWithAFailedValueIsStillCheckedForHowItsFieldsFit() {
    String label = "{\"language\": \"en\", \"kind\": \"NAME\", \"text\": \"Example Forensics Lab\"}";
    String wrongKind = editRecord("example-cert-lab", label,
        "{\"language\": \"en\", \"kind\": \"name\", \"text\": \" Example Forensics Lab\"}");
    String noKind = editRecord("example-cert-lab", label,
        "{\"language\": \"en\", \"text\": \" Example Forensics Lab\"}");
    String citation = editRecord("centre-spoc",
        "{\"source\": \"example-page-fr\", \"section\": \"european-level\"",
        "{\"source\": 5, \"locator\": \" padded\", \"section\": \"european-level\"");
    String validity = editRecord("centre-csirt", "{\"from\": \"2020-04-09\", \"to\": \"2027-10-17\"}",
        "{\"from\": \"2020-04-31\", \"to\": \"2019-01-01\"}");

    assertThat(codesAndPaths(wrongKind)).containsExactly(tuple(ViolationCode.SHAPE, "$.bodies[5].labels[0].kind"),
        tuple(ViolationCode.INVALID_VALUE, "$.bodies[5].labels[0].text"));
    assertThat(codesAndPaths(noKind)).containsExactly(tuple(ViolationCode.SHAPE, "$.bodies[5].labels[0]"),
        tuple(ViolationCode.INVALID_VALUE, "$.bodies[5].labels[0].text"));
    assertThat(codesAndPaths(citation)).containsExactly(tuple(ViolationCode.SHAPE, "$.roles[0].sources[0].source"),
        tuple(ViolationCode.INVALID_VALUE, "$.roles[0].sources[0].locator"));
    // The end before the start compares it with a start that failed: it waits.
    assertThat(codesAndPaths(validity))
        .containsExactly(tuple(ViolationCode.INVALID_VALUE, "$.roles[1].legalBases[0].validity.from"));
  }

  /**
   * Every refusal of a record (or a section) names it by its id: one whose id failed is not checked, as a stand-in
   * would be named.
   */
  @Test
  void aRecordOrSectionWhoseIdFailedIsNotChecked() {
    String role = editRecord("centre-spoc", "\"id\": \"centre-spoc\"",
        "\"id\": \"Centre-SPOC\", \"via\": \"example-centre\"");
    String section = editRecord("example-page-fr", "{\"id\": \"european-level\", \"heading\": \"Niveau",
        "{\"id\": 5, \"heading\": \" Niveau");

    // Another role, held in the capacity of 'centre-spoc', now names no role: a violation of its own.
    assertThat(codesAndPaths(role))
        .containsExactly(tuple(ViolationCode.INVALID_VALUE, "$.roles[0].id"),
            tuple(ViolationCode.DANGLING_REFERENCE, "$.roles[3].inCapacityOf"));
    // The citations of the section now name none: violations of their own, in the roles.
    assertThat(codesAndPaths(section)).filteredOn(v -> v.toList().get(1).toString().startsWith("$.sources"))
        .containsExactly(tuple(ViolationCode.SHAPE, "$.sources[0].sections[0].id"));
  }

  /** The paths of the violations that a record's own check gave, in a file whose other values fail too. */
  private static List<String> refusals(String text) {
    List<Violation> all = Fixture.validate(text).violations();
    assertThat(all).as("the values edited to fail").anyMatch(v -> v.code() == ViolationCode.SHAPE);
    return all.stream().filter(v -> v.code() == ViolationCode.INVALID_VALUE).map(Violation::jsonPath).toList();
  }

  private static String withRedirect(String redirect) {
    String text = Fixture.text();
    int end = text.lastIndexOf('}');
    return text.substring(0, end).stripTrailing() + ",\n  \"redirects\": [" + redirect + "]\n}\n";
  }

  private static List<Tuple> places(ValidationReport report) {
    return report.violations().stream().map(v -> tuple(v.code(), v.line(), v.column(), v.jsonPath())).toList();
  }
}
