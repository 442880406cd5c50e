package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ccbrelations.data.internal.json.RecordJson;
import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.BodyRelation;
import io.github.ccbrelations.model.BodyRelationKind;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.NoNameKind;
import io.github.ccbrelations.model.RoleId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The links of schema 1.3.0 on the small fixture: a body's relations and designating act, an instrument's
 * {@code implements} and {@code executes}, a role's {@code about} and the statement of no official name, read,
 * written back and checked against the records they name.
 */
class TypedLinksTest {
  private static final String FORUM_KIND = "\"kind\": \"INTERGOVERNMENTAL_FORUM_OR_INITIATIVE\"";
  private static final String LAW_NUMAC = "\"numac\": \"2021099999\"";

  /** The fixture with every new field set once. */
  private static String withLinks() {
    String text = Fixture.editRecord("example-forum", FORUM_KIND, FORUM_KIND
        + ", \"noOfficialName\": [{\"languages\": [\"fr\", \"de\"], \"kind\": \"NAMED_ONLY_IN_OTHER_LANGUAGES\","
        + " \"reason\": \"known only by its English name\"}],"
        + " \"designatedBy\": {\"instrument\": \"ruritanian-example-law\", \"provision\": \"Art. 3\"},"
        + " \"relations\": [{\"kind\": \"COUNTERPART_OF\", \"body\": \"example-agency\","
        + " \"within\": \"example-network\"}]");
    text = Fixture.editRecord(text, "ruritanian-example-law", LAW_NUMAC, LAW_NUMAC
        + ", \"implements\": [\"example-agency-regulation\"],"
        + " \"executes\": [{\"instrument\": \"example-directive\", \"provision\": \"Art. 1\"},"
        + " {\"instrument\": \"example-directive\", \"provision\": \"Art. 2\"}]");
    return Fixture.editRecord(text, "centre-forum-representative", "\"body\": \"example-forum\"",
        "\"body\": \"example-forum\", \"about\": \"example-exercise\"");
  }

  private static Dataset read(String text) {
    return Fixture.load(text).allTime();
  }

  @Test
  void readsEveryLinkOfSchema13() {
    Dataset data = read(withLinks());

    var forum = data.body(BodyId.of("example-forum"));
    assertThat(forum.hasNoOfficialNameIn(Language.FR)).isTrue();
    assertThat(forum.hasNoOfficialNameIn(Language.EN)).isFalse();
    assertThat(forum.noOfficialName().get(0).kind()).isEqualTo(NoNameKind.NAMED_ONLY_IN_OTHER_LANGUAGES);
    assertThat(forum.designatedBy().orElseThrow().provision()).contains("Art. 3");
    assertThat(forum.relations()).containsExactly(BodyRelation.builder().kind(BodyRelationKind.COUNTERPART_OF)
        .body(BodyId.of("example-agency")).within(BodyId.of("example-network")).build());
    LegalInstrument law = data.instrument(InstrumentId.of("ruritanian-example-law"));
    assertThat(law.implementsInstruments()).containsExactly(InstrumentId.of("example-agency-regulation"));
    assertThat(law.executes()).extracting(b -> b.provision().orElseThrow()).containsExactly("Art. 1", "Art. 2");
    assertThat(data.role(RoleId.of("centre-forum-representative")).about()).contains(BodyId.of("example-exercise"));
  }

  @Test
  void writesTheLinksBackAsTheyWereRead() {
    Dataset data = read(withLinks());
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("header", RecordJson.tree(data.info().header()));
    document.put("sources", data.sources().stream().map(RecordJson::tree).toList());
    document.put("bodies", data.bodies().stream().map(RecordJson::tree).toList());
    document.put("instruments", data.instruments().stream().map(RecordJson::tree).toList());
    document.put("roles", data.roles().stream().map(RecordJson::tree).toList());
    Dataset again = read(RecordJson.compact(document));

    assertThat(again.bodies()).isEqualTo(data.bodies());
    assertThat(again.instruments()).isEqualTo(data.instruments());
    assertThat(again.roles()).isEqualTo(data.roles());
  }

  @Test
  void refusesARecordThatSaysItHasNoOfficialNameInALanguageWhereItHasOne() {
    String text = Fixture.editRecord(withLinks(), "example-forum", "[\"fr\", \"de\"]", "[\"fr\", \"en\"]");

    assertThatThrownBy(() -> read(text))
        .isInstanceOf(DatasetLoadException.class)
        .hasMessageContaining("example-forum")
        .hasMessageContaining("no official name in 'en' but has the NAME 'Global Forum on Example Expertise'");
  }

  @Test
  void refusesALanguageMarkedTwice() {
    String text = Fixture.editRecord(withLinks(), "example-forum", "[\"fr\", \"de\"]", "[\"fr\", \"fr\"]");

    assertThatThrownBy(() -> read(text)).isInstanceOf(DatasetLoadException.class)
        .hasMessageContaining("INVALID_VALUE at $.bodies[12].noOfficialName[0].languages[1] (record 'example-forum')")
        .hasMessageContaining("repeats element 0 ('fr')");
  }

  @Test
  void namesARepeatedMissingNameAsTheFileWritesIt() {
    String missing = "{\"languages\": [\"fr\", \"de\"], \"kind\": \"NAMED_ONLY_IN_OTHER_LANGUAGES\","
        + " \"reason\": \"known only by its English name\"}";
    String text = withLinks().replace(missing, missing + ", " + missing);

    assertThatThrownBy(() -> read(text)).isInstanceOf(DatasetLoadException.class)
        .hasMessageContaining("INVALID_VALUE at $.bodies[12].noOfficialName[1] (record 'example-forum')")
        .hasMessageContaining("repeats element 0 ('{\"languages\":[\"fr\",\"de\"],"
            + "\"kind\":\"NAMED_ONLY_IN_OTHER_LANGUAGES\",\"reason\":\"known only by its English name\"}')");
  }

  @Test
  void reportsEveryLinkToARecordThatIsNotThere() {
    String text = withLinks().replace("\"within\": \"example-network\"", "\"within\": \"no-network\"")
        .replace("\"body\": \"example-agency\", \"within\"", "\"body\": \"no-agency\", \"within\"")
        .replace("\"designatedBy\": {\"instrument\": \"ruritanian-example-law\"",
            "\"designatedBy\": {\"instrument\": \"no-law\"")
        .replace("\"implements\": [\"example-agency-regulation\"]", "\"implements\": [\"no-regulation\"]")
        .replace("\"about\": \"example-exercise\"", "\"about\": \"no-project\"")
        .replace("{\"instrument\": \"example-directive\", \"provision\": \"Art. 2\"}",
            "{\"instrument\": \"no-directive\", \"provision\": \"Art. 2\"}");
    // The successors of a body and of a role: the reference fields no other test makes dangling.
    text = Fixture.editRecord(text, "example-forum", FORUM_KIND, FORUM_KIND + ", \"replacedBy\": \"no-successor\"");
    text = Fixture.editRecord(text, "centre-forum-representative", "\"about\"",
        "\"replacedBy\": \"no-role\", \"about\"");

    ValidationReport report = Fixture.validate(text);

    assertThat(report.violations(ViolationCode.DANGLING_REFERENCE)).extracting(Violation::jsonPath)
        .anySatisfy(p -> assertThat(p).endsWith(".relations[0].within"))
        .anySatisfy(p -> assertThat(p).endsWith(".relations[0].body"))
        .anySatisfy(p -> assertThat(p).endsWith(".designatedBy.instrument"))
        .anySatisfy(p -> assertThat(p).matches("\\$\\.bodies\\[\\d+]\\.replacedBy"))
        .anySatisfy(p -> assertThat(p).matches("\\$\\.roles\\[\\d+]\\.replacedBy"))
        .anySatisfy(p -> assertThat(p).endsWith(".implements[0]"))
        .anySatisfy(p -> assertThat(p).endsWith(".executes[1].instrument"))
        .anySatisfy(p -> assertThat(p).endsWith(".about"));
  }
}
