package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A record or a part of one that fails its own check (the model's, about how its fields fit together) is placed at the
 * value of the field the check is about, with that field's path: never at the object's closing brace, which may be
 * lines away; when the object does not give the field at all, at its opening brace, with its own path. One case per
 * check; the expected place is where the edit put the mark {@code @@}, as the parser counts it (lines from 1, columns
 * in bytes from 1).
 */
class ObjectCheckPlacesTest {
  /** The marker of the expected place in {@link Case#to}; it is removed from the text. */
  private static final String HERE = "@@";

  /**
   * One edit of the fixture and the violation it must draw.
   *
   * @param recordId the record the edit is in; null for the header
   * @param to the replacement of {@code from}, with {@link #HERE} where the violation must be placed
   */
  record Case(String check, @Nullable String recordId, String from, String to, String path, String message) {
    @Override
    public String toString() {
      return check;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("a body part of itself", "example-cert-lab", "\"partOf\": \"example-cert\"",
            "\"partOf\": @@\"example-cert-lab\"", "$.bodies[5].partOf", "cannot be part of itself"),
        new Case("a body with an empty list of labels", "example-cert-lab",
            "\"labels\": [\n        {\"language\": \"en\", \"kind\": \"NAME\", \"text\": \"Example Forensics Lab\"}\n"
                + "      ]",
            "\"labels\": @@[]", "$.bodies[5].labels", "body 'example-cert-lab' needs at least one label"),
        // A check about one entry of a list is placed at that entry, with its index (#14).
        new Case("a body related to itself", "example-network", "\"memberCount\": 12",
            "\"relations\": [{\"kind\": \"COUNTERPART_OF\", \"body\": \"example-agency\"},\n"
                + "        @@{\"kind\": \"COUNTERPART_OF\", \"body\": \"example-network\"}], \"memberCount\": 12",
            "$.bodies[10].relations[1]", "cannot be related to itself"),
        new Case("a body convened twice by one body (the list's own rule: at the second entry)", "example-exercise",
            "\"convenedBy\": [\"example-agency\"]", "\"convenedBy\": [\"example-agency\", @@\"example-agency\"]",
            "$.bodies[11].convenedBy[1]", "repeats element 0"),
        new Case("a role held in its own capacity", "centre-council-expert", "\"inCapacityOf\": \"centre-spoc\"",
            "\"inCapacityOf\": @@\"centre-council-expert\"", "$.roles[3].inCapacityOf",
            "role 'centre-council-expert' cannot be held in its own capacity"),
        new Case("a role via its own holder", "centre-csirt", "\"via\": \"example-cert\"",
            "\"via\": @@\"example-centre\"", "$.roles[1].via", "cannot act via its own holder 'example-centre'"),
        new Case("a role replaced by itself", "centre-exercise-participant", "\"legalBasisStatus\": \"NONE_STATED\",",
            "\"legalBasisStatus\": \"NONE_STATED\", \"replacedBy\": @@\"centre-exercise-participant\",",
            "$.roles[5].replacedBy", "cannot be replaced by itself"),
        // The list is at fault, where the JSON Schema's rule places it too.
        new Case("a role with legal bases and none stated", "lab-working-group-participant",
            "\"legalBasisStatus\": \"NONE_STATED\",", "\"legalBasisStatus\": \"NONE_STATED\", \"legalBases\": "
                + "@@[{\"instrument\": \"example-agency-regulation\"}],",
            "$.roles[4].legalBases", "has legalBasisStatus NONE_STATED but 1 legal bases"),
        new Case("a role with a stated legal basis and an empty list", "centre-spoc",
            "\"legalBases\": [{\"instrument\": \"ruritanian-example-law\", \"provision\": \"Art. 7\"}]",
            "\"legalBases\": @@[]", "$.roles[0].legalBases", "has legalBasisStatus STATED_ON_PAGE but 0 legal bases"),
        new Case("a role whose bases did not end the day before basesEnded.since", "centre-spoc",
            "\"provision\": \"Art. 7\"}],", "\"provision\": \"Art. 7\", \"validity\": {\"to\": \"2024-10-17\"}}],"
                + " \"basesEnded\": @@{\"since\": \"2024-10-17\", \"continues\": \"UNKNOWN\"},",
            "$.roles[0].basesEnded", "since is the day after, 2024-10-18"),
        // The entries of concerns and subjects make one list of subjects: its index is not the file's, so at the list.
        new Case("a role naming a subject twice, once as concerns", "centre-monitoring",
            "\"concerns\": [\"example-strategy\", \"example-forum-decision\"],",
            "\"concerns\": [\"example-strategy\", \"example-forum-decision\"], \"subjects\": @@[{\"instrument\": "
                + "\"example-strategy\", \"kind\": \"CONCERNS\"}],",
            "$.roles[7].subjects", "names the subject 'example-strategy' CONCERNS twice"),
        new Case("a role's validity ending before it starts", "centre-council-expert",
            "\"validity\": {\"from\": \"2026\", \"to\": \"2029-12\"}",
            "\"validity\": {\"from\": \"2026\", \"to\": @@\"2025-12\"}", "$.roles[3].validity.to",
            "validity ends before it starts: from 2026 to 2025-12"),
        new Case("a legal basis with a padded provision", "centre-spoc", "\"provision\": \"Art. 7\"",
            "\"provision\": @@\"Art. 7 \"", "$.roles[0].legalBases[0].provision",
            "provision must not start or end with white space"),
        new Case("an instrument replaced by itself", "example-directive", "\"replacedBy\": \"example-directive-2\"",
            "\"replacedBy\": @@\"example-directive\"", "$.instruments[0].replacedBy",
            "cannot repeal, replace, transpose, extend, amend, implement or execute itself"),
        new Case("an instrument repealing itself", "example-directive-2", "\"repeals\": [\"example-directive\"]",
            "\"repeals\": [\"example-directive\", @@\"example-directive-2\"]", "$.instruments[1].repeals[1]",
            "cannot repeal, replace, transpose, extend, amend, implement or execute itself"),
        new Case("an instrument executing itself", "example-directive-2", "\"repeals\": [\"example-directive\"]",
            "\"repeals\": [\"example-directive\"], \"executes\": [{\"instrument\": \"example-directive\"},"
                + " @@{\"instrument\": \"example-directive-2\", \"provision\": \"Art. 2\"}]",
            "$.instruments[1].executes[1]", "cannot repeal, replace, transpose, extend, amend, implement or execute"),
        new Case("a citation supporting a padded field name", "example-agency",
            "\"supports\": [\"establishedBy\", \"founded\"]", "\"supports\": [\"establishedBy\", @@\" founded\"]",
            "$.bodies[6].sources[0].supports[1]", "supported field must not start or end with white space"),
        // Its list as bound lacks the repeat the loader left out, so the check's index is not the file's: at the list.
        new Case("a citation supporting a padded field name after a repeated one", "example-agency",
            "\"supports\": [\"establishedBy\", \"founded\"]",
            "\"supports\": @@[\"founded\", \"founded\", \" founded\"]", "$.bodies[6].sources[0].supports",
            "supported field must not start or end with white space"),
        new Case("an instrument published before its adoption", "example-directive", "\"published\": \"2020-03-20\"",
            "\"published\": @@\"2020-02-20\"", "$.instruments[0].published", "published 2020-02-20 is before adopted"),
        new Case("a label with blank text", "example-cert-lab", "\"text\": \"Example Forensics Lab\"",
            "\"text\": @@\"\"", "$.bodies[5].labels[0].text", "label must not be blank"),
        new Case("a citation of a paragraph without its section", "example-agency",
            "\"locator\": \"Art. 1\", \"supports\"", "\"locator\": \"Art. 1\", \"paragraph\": @@2, \"supports\"",
            "$.bodies[6].sources[0].paragraph", "a paragraph (2) needs the section it is in"),
        new Case("a derived url of no CELEX number", "example-journal", "\"url\": \"https://journal.example.org/\"",
            "\"url\": \"https://journal.example.org/\", \"urlDerived\": {\"pattern\": \"EUR_LEX_CELEX\", "
                + "\"identifier\": @@\"2019/881\"}",
            "$.sources[1].urlDerived.identifier", "CELEX number must look like"),
        new Case("a header without primary sources", null, "\"primarySources\": [\"example-page-fr\"]",
            "\"primarySources\": @@[]", "$.header.primarySources",
            "the dataset header must name at least one primary source"),
        new Case("a blank translation of a seat", "example-agency", "\"seat\": {\"en\": \"Sampleton\"}",
            "\"seat\": {\"en\": @@\" \"}", "$.bodies[6].seat.en", "text in en must not be blank: ' '"),
        // A text in no language is wrong as a whole: no one translation is at fault, so it is placed at its start, as a
        // value is, not at its closing brace, which may be lines away.
        new Case("a seat in no language", "example-agency", "\"seat\": {\"en\": \"Sampleton\"}",
            "\"seat\": @@{\n      }",
            "$.bodies[6].seat", "a localized text needs at least one language"),
        // A part that lacks the field its check names: at its opening brace, with its own path (#14).
        new Case("a statement of no official name in no language", "example-cert-lab",
            "\"partOf\": \"example-cert\"", "\"partOf\": \"example-cert\", \"noOfficialName\": [@@{\"kind\": "
                + "\"PROPER_NAME\", \"reason\": \"a brand\"}]",
            "$.bodies[5].noOfficialName[0]", "noOfficialName needs at least one language"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void anObjectThatFailsItsOwnCheckIsPlacedAtTheFieldTheCheckIsAbout(Case c) {
    String marked = c.recordId() == null ? Fixture.editOnce(c.from(), c.to())
        : Fixture.editRecord(c.recordId(), c.from(), c.to());
    int at = marked.indexOf(HERE);
    assertThat(marked.indexOf(HERE, at + 1)).as("one mark, in the edit").isNegative();
    String text = marked.replace(HERE, "");
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int line = (int) text.substring(0, at).chars().filter(ch -> ch == '\n').count() + 1;
    int column = text.substring(text.lastIndexOf('\n', at - 1) + 1, at).getBytes(StandardCharsets.UTF_8).length + 1;

    ValidationReport report = Validator.standard().validate(bytes, "places.json");
    DatasetLoadException e = catchThrowableOfType(DatasetLoadException.class,
        () -> DatasetReader.standard().read(bytes, "places.json"));

    assertThat(report.violations()).filteredOn(v -> v.message().contains(c.message())).singleElement()
        .satisfies(v -> {
          assertThat(v.code()).isEqualTo(ViolationCode.INVALID_VALUE);
          assertThat(v.line()).isEqualTo(line);
          assertThat(v.column()).isEqualTo(column);
          assertThat(v.jsonPath()).isEqualTo(c.path());
          assertThat(v.recordId()).isEqualTo(Optional.ofNullable(c.recordId()));
        });
    assertThat(e.violations()).isEqualTo(report.errors());
  }

  /**
   * A stream read once cannot be walked again to find an entry's place, which the loader does not keep while a load
   * goes well: the refusal of an entry has the entry's path and the place of its list, as it had before the walk.
   */
  @Test
  void aStreamReadOncePlacesARefusedEntryAtItsList() {
    byte[] bytes = Fixture.editRecord("example-directive-2", "\"repeals\": [\"example-directive\"]",
        "\"repeals\": [\"example-directive\", \"example-directive-2\"]").getBytes(StandardCharsets.UTF_8);

    DatasetLoadException fromStream = catchThrowableOfType(DatasetLoadException.class,
        () -> DatasetReader.standard().read(new ByteArrayInputStream(bytes), "places.json"));
    DatasetLoadException fromBytes = catchThrowableOfType(DatasetLoadException.class,
        () -> DatasetReader.standard().read(bytes, "places.json"));

    assertThat(fromStream.violations()).singleElement().satisfies(v -> {
      assertThat(v.jsonPath()).isEqualTo("$.instruments[1].repeals[1]");
      assertThat(v.line()).isEqualTo(199);
      assertThat(v.column()).isEqualTo(18);
    });
    assertThat(fromBytes.violations()).singleElement().satisfies(v -> {
      assertThat(v.jsonPath()).isEqualTo("$.instruments[1].repeals[1]");
      assertThat(v.line()).isEqualTo(199);
      assertThat(v.column()).isEqualTo(40);
    });
  }

  /**
   * A record that lacks the field its check names (no labels at all, no legal bases though it states some): no value
   * is at fault, so the refusal is placed at the record's opening brace, with its path, where a reader starts reading
   * it (#14); not at its closing brace.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a body without labels                       | example-cert-lab | labels     |  84 | 5 | $.bodies[5] | needs at least one label
      a role stating legal bases without the list | centre-spoc      | legalBases | 246 | 5 | $.roles[0]  | but 0 legal bases
      """)
  void aRecordThatLacksTheFieldItsCheckNamesIsPlacedAtItsOpeningBrace(String check, String recordId, String field,
      int line, int column, String path, String message) {
    String text = Fixture.text();
    int start = text.indexOf("\"" + field, text.indexOf("\"id\": \"" + recordId + "\""));
    // The field's whole line goes.
    text = text.substring(0, text.lastIndexOf('\n', start)) + text.substring(text.indexOf(",\n", start) + 1);

    ValidationReport report = Fixture.validate(text);

    assertThat(report.violations()).filteredOn(v -> v.message().contains(message)).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo(ViolationCode.INVALID_VALUE);
      assertThat(v.line()).isEqualTo(line);
      assertThat(v.column()).isEqualTo(column);
      assertThat(v.jsonPath()).isEqualTo(path);
      assertThat(v.recordId()).contains(recordId);
    });
  }

  /** The place of one case, written out, so that a mistake in the computation above cannot hide one in the loader. */
  @Test
  void aBodyPartOfItselfIsPlacedAtItsPartOfValue() {
    String text = Fixture.editRecord("example-cert-lab", "\"partOf\": \"example-cert\"",
        "\"partOf\": \"example-cert-lab\"");

    ValidationReport report = Fixture.validate(text);

    assertThat(report.violations()).singleElement().satisfies(v -> {
      assertThat(v.line()).isEqualTo(90);
      assertThat(v.column()).isEqualTo(17);
      assertThat(v.jsonPath()).isEqualTo("$.bodies[5].partOf");
      assertThat(v.message()).isEqualTo("body 'example-cert-lab' cannot be part of itself");
    });
  }

  /**
   * The model's check of a text names every blank translation at once, so each is reported in one run, at its value
   * (#14).
   */
  @Test
  void everyBlankTranslationOfATextIsReportedAtItsValue() {
    String text = Fixture.editRecord("example-agency", "\"seat\": {\"en\": \"Sampleton\"}",
        "\"seat\": {\"fr\": \" \", \"en\": \"Sampleton\", \"nl\": \"\", \"xx\": \"?\"}");
    int seat = text.indexOf("\"seat\": {\"fr\"");
    int line = (int) text.substring(0, seat).chars().filter(ch -> ch == '\n').count() + 1;
    int lineStart = text.lastIndexOf('\n', seat) + 1;

    ValidationReport report = Validator.standard().validate(text.getBytes(StandardCharsets.UTF_8), "places.json");

    assertThat(report.errors()).extracting(Violation::jsonPath, Violation::line, Violation::column, Violation::message)
        .containsExactly(
            tuple("$.bodies[6].seat.fr", line, text.indexOf("\" \"", seat) - lineStart + 1,
                "text in fr must not be blank: ' '"),
            tuple("$.bodies[6].seat.nl", line, text.indexOf("\"\"", seat) - lineStart + 1,
                "text in nl must not be blank: ''"),
            tuple("$.bodies[6].seat.xx", line, text.indexOf("\"xx\"", seat) - lineStart + 1,
                "'xx' is not a language of the format; the languages are fr, nl, en, de"));
  }

  /**
   * A record or a part of one wrong in several of the fields its own check is about reports each, at its value, in one
   * run (#14): the model names them all at once.
   */
  @Test
  void everyFieldARecordsCheckRefusesIsReportedAtItsValue() {
    String edited = Fixture.editRecord("centre-council-expert", "\"inCapacityOf\": \"centre-spoc\"",
        "\"inCapacityOf\": @@\"centre-council-expert\", \"via\": @@\"example-centre\", "
            + "\"replacedBy\": @@\"centre-council-expert\"");
    String marked = Fixture.editRecord(edited, "lab-working-group-participant", "\"paragraph\": 4}",
        "\"paragraph\": 4, \"locator\": @@\" \", \"supports\": [@@\"level \"]}");
    List<int[]> at = new ArrayList<>();
    for (int i = marked.indexOf(HERE); i >= 0; i = marked.indexOf(HERE, i + 1)) {
      String before = marked.substring(0, i).replace(HERE, "");
      at.add(Fixture.placeOf(before, before.length()));
    }
    byte[] bytes = marked.replace(HERE, "").getBytes(StandardCharsets.UTF_8);

    ValidationReport report = Validator.standard().validate(bytes, "places.json");

    assertThat(report.errors()).extracting(Violation::jsonPath, Violation::line, Violation::column, Violation::message)
        .containsExactly(
            tuple("$.roles[3].inCapacityOf", at.get(0)[0], at.get(0)[1],
                "role 'centre-council-expert' cannot be held in its own capacity"),
            tuple("$.roles[3].via", at.get(1)[0], at.get(1)[1],
                "role 'centre-council-expert' cannot act via its own holder 'example-centre'"),
            tuple("$.roles[3].replacedBy", at.get(2)[0], at.get(2)[1],
                "role 'centre-council-expert' cannot be replaced by itself"),
            tuple("$.roles[4].sources[0].locator", at.get(3)[0], at.get(3)[1], "locator must not be blank: ' '"),
            // A check about one entry of a list: at the entry, which a second walk of the bytes finds.
            tuple("$.roles[4].sources[0].supports[0]", at.get(4)[0], at.get(4)[1],
                "supported field must not start or end with white space: 'level '"));
  }
}
