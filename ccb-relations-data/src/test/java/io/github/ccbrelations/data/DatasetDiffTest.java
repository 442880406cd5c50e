package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ccbrelations.data.RecordChange.Kind;
import io.github.ccbrelations.data.internal.Mappers;
import io.github.ccbrelations.model.RecordType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatasetDiffTest {
  private static final Dataset BEFORE = load("before.json");
  private static final Dataset AFTER = load("after.json");
  private static final DatasetDiff DIFF = DatasetDiff.between(BEFORE, AFTER);

  @Test
  void reportsAnAddedRecord() {
    assertThat(DIFF.changes(RecordType.BODY)).contains(
        new RecordChange(RecordType.BODY, "example-network", Kind.ADDED, Optional.empty(), List.of()));
  }

  @Test
  void reportsARemovedRecord() {
    assertThat(DIFF.changes(RecordType.ROLE)).contains(
        new RecordChange(RecordType.ROLE, "authority-coordinator", Kind.REMOVED, Optional.empty(), List.of()));
  }

  @Test
  void reportsARenamedRecordAsRedirectedNotRemoved() {
    assertThat(DIFF.changes(RecordType.BODY)).contains(
        new RecordChange(RecordType.BODY, "old-group", Kind.REDIRECTED, Optional.of("new-group"), List.of()));
    assertThat(AFTER.resolveBody("old-group").orElseThrow().record().id().value()).isEqualTo("new-group");
    assertThat(AFTER.resolveBody("old-group").orElseThrow().redirected()).isTrue();
    assertThat(AFTER.resolveBody("new-group").orElseThrow().redirected()).isFalse();
    assertThat(AFTER.resolveBody("never-existed")).isEmpty();
  }

  @Test
  void reportsAnAddedLabelField() {
    assertThat(change(RecordType.BODY, "example-authority").fields()).containsExactly(new FieldChange(
        "labels", Optional.empty(), Optional.of(
            "{\"language\":\"fr\",\"kind\":\"NAME\",\"text\":\"Autorité exemple\"}")));
  }

  @Test
  void reportsChangedLegalBasesStatusAndValidity() {
    assertThat(change(RecordType.ROLE, "authority-member-forum").fields()).containsExactlyInAnyOrder(
        new FieldChange("legalBasisStatus", Optional.of("\"NONE_STATED\""), Optional.of("\"STATED_ON_PAGE\"")),
        new FieldChange("legalBases", Optional.empty(),
            Optional.of("{\"instrument\":\"example-act\",\"provision\":\"Art. 2\"}")),
        new FieldChange("validity", Optional.empty(), Optional.of("{\"from\":\"2030-01\"}")));
  }

  @Test
  void readsOldConcernsAsSubjectsSoThatOnlyARealChangeOfSubjectsOrEndedBasesIsReported() {
    String text = Fixture.editRecord(
        "centre-monitoring", "\"concerns\": [\"example-strategy\", \"example-forum-decision\"]",
        "\"subjects\": [{\"instrument\": \"example-strategy\", \"kind\": \"CONCERNS\"},"
            + " {\"instrument\": \"example-forum-decision\", \"kind\": \"CONCERNS\"},"
            + " {\"instrument\": \"example-strategy\", \"kind\": \"GUIDED_BY\"}]");
    text = Fixture.editRecord(text, "centre-spoc", "\"provision\": \"Art. 7\"}",
        "\"provision\": \"Art. 7\", \"validity\": {\"to\": \"2026-03-31\"}}],"
            + " \"basesEnded\": {\"since\": \"2026-04-01\", \"continues\": \"UNKNOWN\"");
    text = Fixture.editRecord(text, "centre-spoc", "\"continues\": \"UNKNOWN\"]", "\"continues\": \"UNKNOWN\"}");
    Dataset after = DatasetReader.standard().read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "after.json");
    DatasetDiff diff = DatasetDiff.between(Fixture.dataset(), after);

    assertThat(diff.changes(RecordType.ROLE)).containsExactlyInAnyOrder(
        new RecordChange(RecordType.ROLE, "centre-monitoring", Kind.CHANGED, Optional.empty(), List.of(
            new FieldChange("subjects", Optional.empty(),
                Optional.of("{\"instrument\":\"example-strategy\",\"kind\":\"GUIDED_BY\"}")))),
        new RecordChange(RecordType.ROLE, "centre-spoc", Kind.CHANGED, Optional.empty(), List.of(
            new FieldChange("legalBases", Optional.of(
                "{\"instrument\":\"ruritanian-example-law\",\"provision\":\"Art. 7\"}"),
                Optional.empty()),
            new FieldChange("legalBases", Optional.empty(), Optional.of("{\"instrument\":\"ruritanian-example-law\","
                + "\"provision\":\"Art. 7\",\"validity\":{\"to\":\"2026-03-31\"}}")),
            new FieldChange("basesEnded", Optional.empty(),
                Optional.of("{\"since\":\"2026-04-01\",\"continues\":\"UNKNOWN\"}")))));
  }

  @Test
  void reportsAChangedDate() {
    assertThat(change(RecordType.INSTRUMENT, "example-act").fields())
        .containsExactly(new FieldChange("adopted", Optional.of("\"2029-03\""), Optional.of("\"2029-03-12\"")));
  }

  @Test
  void reportsHeaderChanges() {
    assertThat(DIFF.headerChanges()).contains(
        new FieldChange("datasetVersion", Optional.of("\"2030.01.0\""), Optional.of("\"2030.02.0\"")));
  }

  @Test
  void aDatasetDiffedWithItselfIsEmpty() {
    DatasetDiff same = DatasetDiff.between(AFTER, AFTER);
    assertThat(same.isEmpty()).isTrue();
    assertThat(same.headerChanges()).isEmpty();
    assertThat(same.toMarkdown()).contains("No record changed.");
  }

  @Test
  void rendersMarkdown() {
    assertThat(DIFF.toMarkdown()).isEqualTo(String.join("\n",
        "## 2030.02.0 (since 2030.01.0)",
        "",
        "Header:",
        "",
        "- `datasetVersion` `\"2030.01.0\"` → `\"2030.02.0\"`",
        "- `released` `\"2030-01-15\"` → `\"2030-02-15\"`",
        "",
        "### Bodies",
        "",
        "- Added (2): `new-group`, `example-network`",
        "- Redirected `old-group` to `new-group`",
        "- Changed `example-authority`:",
        "  - `labels` added `{\"language\":\"fr\",\"kind\":\"NAME\",\"text\":\"Autorité exemple\"}`",
        "",
        "### Instruments",
        "",
        "- Changed `example-act`:",
        "  - `adopted` `\"2029-03\"` → `\"2029-03-12\"`",
        "",
        "### Roles",
        "",
        "- Added (2): `authority-participant-new-group`, `authority-member-network`",
        "- Removed (1): `authority-coordinator`",
        "- Redirected `authority-participant-old-group` to `authority-participant-new-group`",
        "- Changed `authority-member-forum`:",
        "  - `legalBasisStatus` `\"NONE_STATED\"` → `\"STATED_ON_PAGE\"`",
        "  - `legalBases` added `{\"instrument\":\"example-act\",\"provision\":\"Art. 2\"}`",
        "  - `validity` added `{\"from\":\"2030-01\"}`",
        "",
        ""));
  }

  /** Markdown shows a value as written, whatever it holds: no HTML, link, entity or emphasis of a name is rendered. */
  @Test
  void rendersEveryValueAsCodeSoThatNoNameIsRenderedAsMarkdown() {
    assertThat(DatasetDiff.code("\"<img src=x onerror=alert(1)> [a](javascript:alert(1)) &#x202e; **b**\""))
        .isEqualTo("`\"<img src=x onerror=alert(1)> [a](javascript:alert(1)) &#x202e; **b**\"`");
    assertThat(DatasetDiff.code("\"a `b` ``c``\"")).isEqualTo("```\"a `b` ``c``\"```");
    assertThat(DatasetDiff.code("`x")).isEqualTo("`` `x ``");
  }

  @Test
  void rendersJsonWithEveryKindPerType() throws IOException {
    JsonNode json = Mappers.mapper().readTree(DIFF.toJson());
    assertThat(json.get("from").asText()).isEqualTo("2030.01.0");
    assertThat(json.get("to").asText()).isEqualTo("2030.02.0");
    assertThat(json.at("/bodies/added").toString()).isEqualTo("[\"new-group\",\"example-network\"]");
    assertThat(json.at("/bodies/redirected/0/to").asText()).isEqualTo("new-group");
    assertThat(json.at("/roles/removed").toString()).isEqualTo("[\"authority-coordinator\"]");
    assertThat(json.at("/instruments/changed/0/fields/0/before").asText()).isEqualTo("2029-03");
    assertThat(json.at("/instruments/changed/0/fields/0/after").asText()).isEqualTo("2029-03-12");
    assertThat(json.at("/sources/added").size()).isZero();
  }

  @Test
  void initialDiffAddsEveryRecord() {
    DatasetDiff initial = DatasetDiff.initial(AFTER);
    assertThat(initial.changes()).hasSize(1 + 4 + 1 + 3).allMatch(c -> c.kind() == Kind.ADDED);
    assertThat(initial.toMarkdown()).startsWith("## 2030.02.0\n\nFirst release.\n");
  }

  private static RecordChange change(RecordType type, String id) {
    return DIFF.changes(type).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  private static Dataset load(String name) {
    try (InputStream in = DatasetDiffTest.class.getResourceAsStream("diff/" + name)) {
      return DatasetReader.standard().read(in, name);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
