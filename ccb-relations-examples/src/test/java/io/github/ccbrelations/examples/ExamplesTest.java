package io.github.ccbrelations.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.DatasetInfo;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleId;
import io.github.ccbrelations.text.RoleExplainer;
import io.github.ccbrelations.text.Terms;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each example runs on the bundled dataset and prints what the API answers. */
class ExamplesTest {
  private static final Dataset DATA = CcbRelations.bundled();

  @Test
  void tourPrintsEveryRoleOfTodayByLevelInTheChosenLanguage() {
    String out = capture(o -> RelationsTour.run(o, "--lang", "fr"));
    DatasetInfo info = DATA.info();
    assertThat(out).startsWith("ccb-relations " + info.datasetVersion().text() + " (schéma "
        + info.schemaVersion().text() + ")\u00a0: " + info.bodyCount() + " entités, " + info.instrumentCount()
        + " instruments juridiques, " + info.roleCount() + " rôles, " + info.sourceCount() + " sources\u202f; sha256 "
        + info.sha256() + "\n");
    for (Level level : Level.values()) {
      assertThat(out).contains("== " + Terms.level(level, Language.FR) + " (" + DATA.rolesAt(level).size() + ")");
    }
    for (Role role : DATA.roles()) {
      assertThat(out).contains("- " + RoleExplainer.explain(DATA, role, Language.FR));
    }
  }

  @Test
  void tourRefusesAnUnknownLanguage() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RelationsTour.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            "--lang", "it"))
        .withMessageContaining("'it'");
  }

  @Test
  void aMistypedOptionIsRefusedWithTheOptionsThereAre(@TempDir Path dir) {
    PrintStream discard = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RelationsTour.run(discard, "--lnag", "fr"))
        .withMessage("unknown option '--lnag'; this example takes --lang fr|nl|en|de");
    // ExportAll would have written to a folder named --lnag.
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ExportAll.run(discard, dir.toString(), "--lnag", "fr"))
        .withMessage("unknown option '--lnag'; this example takes --lang fr|nl|en|de");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DiffDatasets.run(discard, "a.json", "--jsn"))
        .withMessage("unknown option '--jsn'; this example takes --json");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CheckYourOwnFile.run(discard, "-v", "a.json"))
        .withMessage("unknown option '-v'; this example takes none");
  }

  @Test
  void whereCcbRepresentsBelgiumListsEveryRoleOnBehalfOfBelgiumWithItsSource() {
    String out = capture(o -> WhereCcbRepresentsBelgium.run(o));
    for (Role role : DATA.rolesOnBehalfOf(CcbRelations.BELGIUM)) {
      role.body().ifPresent(b -> assertThat(out).contains(DATA.body(b).displayName(
          java.util.List.of(Language.EN, Language.FR, Language.NL, Language.DE))));
      assertThat(out).contains("function: " + Terms.function(role.function(), Language.EN));
    }
    assertThat(out).contains("source: ccb-international-relations-fr, section european-level, paragraph 2");
    assertThat(out.lines()).doesNotContain("-").contains("(in no body) single point of contact");
  }

  @Test
  void whereCcbRepresentsBelgiumSaysWhichRoleARoleWithNoBasesOfItsOwnIsHeldAs() {
    String out = capture(o -> WhereCcbRepresentsBelgium.run(o));
    Role seat = DATA.rolesIn(BodyId.of("nis-cooperation-group")).get(0);
    RoleId capacity = seat.inCapacityOf().orElseThrow();

    assertThat(out).contains("Cooperation Group\n  holder: Centre for Cybersecurity Belgium\n"
        + "  function: representative\n  legal basis as "
        + Terms.function(DATA.role(capacity).function(), Language.EN) + ": role " + capacity.value() + "\n");
  }

  /**
   * No role held on behalf of Belgium is held through a part of the CCB today, so the CSIRT's holder line stands for
   * one: "through" heads the part's name as a label does, since right after the preposition the name would want an
   * article or a case it does not have.
   */
  @Test
  void whereCcbRepresentsBelgiumHeadsThePartARoleIsHeldThroughAsALabelDoes() {
    Role csirt = DATA.role(RoleId.of("ccb-csirt"));

    assertThat(WhereCcbRepresentsBelgium.holder(DATA, csirt, Language.EN))
        .isEqualTo("holder: Centre for Cybersecurity Belgium (through: Federal Cyber Emergency Response Team)");
    assertThat(WhereCcbRepresentsBelgium.holder(DATA, csirt, Language.FR))
        .isEqualTo("titulaire\u00a0: Centre pour la Cybersécurité Belgique (par\u00a0: CERT.be)");
    assertThat(WhereCcbRepresentsBelgium.holder(DATA, csirt, Language.NL))
        .isEqualTo("houder: Centrum voor Cybersecurity België (via: Federal Cyber Emergency Response Team)");
    assertThat(WhereCcbRepresentsBelgium.holder(DATA, csirt, Language.DE))
        .isEqualTo("Inhaber: Zentrum für Cybersicherheit Belgien (durch: Federal Cyber Emergency Response Team)");
  }

  /** The frame is the library's words in the language asked for, French spacing included; names and ids stay. */
  @Test
  void whereCcbRepresentsBelgiumSpeaksTheLanguageAskedFor() {
    String out = capture(o -> WhereCcbRepresentsBelgium.run(o, "--lang", "fr"));

    assertThat(out).startsWith("(sans entité) point de contact unique\n"
        + "  titulaire\u00a0: Centre pour la Cybersécurité Belgique\n"
        + "  fonction\u00a0: point de contact unique\n"
        + "  base légale\u00a0: Loi établissant un cadre pour la sécurité des réseaux et des systèmes d'information"
        + " d'intérêt général pour la sécurité publique [numac 2019011507] (jusqu’au 17 octobre 2024)\n");
    assertThat(out).contains("groupe de coopération\n"
        + "  titulaire\u00a0: Centre pour la Cybersécurité Belgique\n"
        + "  fonction\u00a0: représentant\n"
        + "  base légale en qualité de point de contact unique\u00a0: rôle ccb-single-point-of-contact-nis\n"
        + "  source\u00a0: ccb-international-relations-fr, section european-level, paragraphe 2\n");
    assertThat(out).contains("  fonction\u00a0: point de contact opérationnel\n  aucune base légale indiquée\n");
    assertThat(out).doesNotContain("holder", "function:", "legal basis", "source:", "paragraph ", "valid", "(in no");
  }

  @Test
  void lookupFindsTheSameBodyByEitherAcronymAndByItsFrenchNameWithoutAccents() {
    String out = capture(o -> LookupByName.run(o, "gthqc", "HWPCI",
        "Groupe de travail horizontal sur les questions cybernetiques", "no such thing"));
    assertThat(out.split("body hwpci: ", -1)).hasSize(4);
    assertThat(out).contains("\"no such thing\"\n  nothing found");
  }

  @Test
  void lookupFindsShortFormsRolesHeldThroughAPartAndSuggestsForATypo() {
    String out = capture(o -> LookupByName.run(o, "NIS2", "PC.DEC/1202", "CERT.be", "ENSIA"));
    assertThat(out).contains("\"NIS2\"\n  legal instrument nis2-directive: ");
    assertThat(out).contains("\"PC.DEC/1202\"\n  legal instrument osce-pc-decision-1202: ");
    assertThat(out).contains("    role ccb-csirt, held through it: CCB: CSIRT through CERT.be");
    assertThat(out).contains("\"ENSIA\"\n  nothing found; did you mean ENISA (body enisa)");
  }

  /** find's lines in find's words: the record, its kind, its labels' kinds, how a role stands to the body. */
  @Test
  void lookupSpeaksTheLanguageAskedFor() {
    String out = capture(o -> LookupByName.run(o, "--lang", "de", "CERT.be", "NIS2", "ENSIA"));

    assertThat(out).startsWith(
        "\"CERT.be\"\n  Einrichtung cert-be: Federal Cyber Emergency Response Team (Dienststelle)\n"
        + "    en Name: Federal Cyber Emergency Response Team\n    en Abkürzung: CERT.be\n");
    assertThat(out).contains("    Teil von: Zentrum für Cybersicherheit Belgien\n"
        + "    Rolle ccb-csirt, wahrgenommen durch diese Einrichtung: CCB: CSIRT durch CERT.be; ");
    assertThat(out).contains("\"NIS2\"\n  Rechtsinstrument nis2-directive: ")
        .contains(" (EU-Richtlinie), CELEX 32022L2555\n");
    assertThat(out).endsWith("\"ENSIA\"\n  keine Treffer; meinten Sie ENISA (Einrichtung enisa)?\n");
  }

  @Test
  void checkYourOwnFileAcceptsACopyOfTheBundledDataset(@TempDir Path dir) throws IOException {
    Path copy = bundledCopy(dir);
    int[] status = new int[1];
    String out = capture(o -> status[0] = CheckYourOwnFile.run(o, copy.toString()));
    assertThat(status[0]).isZero();
    assertThat(out).startsWith("OK   ccb-relations " + DATA.info().datasetVersion().text());
  }

  @Test
  void checkYourOwnFileReportsEveryErrorWithItsLocation(@TempDir Path dir) throws IOException {
    String out = checkBrokenCopy(dir, text -> replaceFirst(
        replaceFirst(text, "\"body\": \"enisa-management-board\"", "\"body\": \"enisa-board\""),
        "\"holder\": \"ncca-be\"", "\"holder\": \"ncca\""));
    assertThat(out).contains("FAIL " + dir.resolve("broken.json") + ": 2 errors\n");
    assertThat(out).containsPattern("broken\\.json:\\d+:\\d+: DANGLING_REFERENCE at \\$\\.roles\\[\\d+]\\.body "
        + "\\(record '[a-z0-9-]+'\\): unknown body 'enisa-board'");
    assertThat(out).contains("unknown body 'ncca'");
  }

  @Test
  void checkYourOwnFileCountsWarningsApartFromErrors(@TempDir Path dir) throws IOException {
    // A repealed directive that no longer names its successor (nor do its citations support it): a warning, with
    // the error.
    String out = checkBrokenCopy(dir, text -> {
      String broken = replaceFirst(replaceFirst(text, "\"holder\": \"ncca-be\"", "\"holder\": \"ncca\""),
          "\"replacedBy\": \"nis2-directive\",", "");
      int record = broken.indexOf("\"id\": \"nis-directive\"");
      int end = broken.indexOf("\n    {", record);
      return broken.substring(0, record)
          + broken.substring(record, end).replace(",\n            \"replacedBy\"", "") + broken.substring(end);
    });
    assertThat(out).contains("FAIL " + dir.resolve("broken.json") + ": 1 error, 1 warning\n")
        .contains("MISSING_SUCCESSOR");
  }

  @Test
  void checkYourOwnFilePrintsNoRawControlCharacterFromACraftedFile(@TempDir Path dir) throws IOException {
    // JSON escapes for a line that looks like the tool's own, a carriage return, a terminal escape that clears the
    // line, a right-to-left override, a line separator and a C1 control.
    String forged = "\\nOK   ccb-relations 2026.1.0\\r\\u001b[2K\\u202e\\u2028\\u009b";
    Path crafted = dir.resolve("crafted.json");
    String text = Files.readString(bundledCopy(dir));
    text = replaceFirst(text, "\"holder\": \"ncca-be\"", "\"holder\": \"ncca" + forged + "\", \"x" + forged + "\": 1");
    Files.writeString(crafted,
        replaceFirst(text, "\"body\": \"enisa-management-board\"", "\"body\": \"enisa" + forged + "\""));
    int[] status = new int[1];

    String out = capture(o -> status[0] = CheckYourOwnFile.run(o, crafted.toString()));

    assertThat(status[0]).isEqualTo(1);
    assertThat(out).contains("\\nOK   ccb-relations 2026.1.0\\r\\u001b[2K\\u202e\\u2028\\u009b");
    assertThat(out).doesNotContainPattern("[\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f\\u2028\\u2029\\u202a-\\u202e]");
    assertThat(out.lines()).hasSizeGreaterThanOrEqualTo(3)
        .allSatisfy(line -> assertThat(line).matches(
            "(FAIL |  )" + java.util.regex.Pattern.quote(crafted.toString()) + ".*"));
  }

  @Test
  void diffShowsAFieldChangedInAnEditedCopy(@TempDir Path dir) throws IOException {
    Path edited = editedCopy(dir);
    int[] status = new int[1];
    String out = capture(o -> status[0] = DiffDatasets.run(o, edited.toString()));
    assertThat(status[0]).isZero();
    assertThat(out).contains("- Changed `ncc-network`:\n  - `memberCount` `27` → `28`");
  }

  @Test
  void diffTakesJsonAsAFlagAnywhereOnTheLine(@TempDir Path dir) throws IOException {
    Path edited = editedCopy(dir);
    int[] status = new int[1];
    String out = capture(o -> status[0] = DiffDatasets.run(o, "--json", edited.toString()));
    assertThat(status[0]).isZero();
    assertThat(out).startsWith("{").contains("\"memberCount\"").doesNotContain("- Changed");
  }

  @Test
  void exportAllWritesEveryFormatToTheFolderNamed(@TempDir Path dir) throws IOException {
    Path folder = dir.resolve("exports");
    String out = capture(o -> {
      try {
        ExportAll.run(o, folder.toString(), "--lang", "nl");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    assertThat(Files.readString(folder.resolve("ccb-relations.ttl")))
        .isEqualTo(io.github.ccbrelations.export.RdfExport.turtle(DATA));
    assertThat(Files.readString(folder.resolve("roles.csv")))
        .isEqualTo(io.github.ccbrelations.export.CsvExport.roles(DATA, Language.NL));
    assertThat(Files.readString(folder.resolve("relations.mmd")))
        .isEqualTo(io.github.ccbrelations.export.GraphExport.mermaid(DATA, Language.NL));
    assertThat(Files.readString(folder.resolve("explorer.html")))
        .isEqualTo(io.github.ccbrelations.export.HtmlExport.explorer(DATA, Language.NL));
    assertThat(Files.readString(folder.resolve("ccb-relations.jsonld")))
        .isEqualTo(io.github.ccbrelations.export.RdfExport.jsonLd(DATA));
    for (String name : java.util.List.of("ccb-relations-reference.jsonld", "context.jsonld",
        "vocab.ttl", "bodies.csv", "instruments.csv", "relations.dot")) {
      assertThat(folder.resolve(name)).isNotEmptyFile();
      assertThat(out).contains(folder.resolve(name).toString());
    }
    assertThat(out).contains(folder.resolve("vocab.ttl") + " ("
        + io.github.ccbrelations.export.RdfExport.vocabulary().length() + " tekens)\n");
  }

  @Test
  void examplesWhoseReportsAreInEnglishOnlyRefuseALanguage(@TempDir Path dir) throws IOException {
    Path copy = bundledCopy(dir);
    PrintStream discard = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CheckYourOwnFile.run(discard, copy.toString(), "--lang", "fr"))
        .withMessage(
            "CheckYourOwnFile takes no --lang: it prints the data module's reports, which are in English only");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DiffDatasets.run(discard, "--lang=nl", copy.toString()))
        .withMessageStartingWith("DiffDatasets takes no --lang");
  }

  /** The text with the first {@code from} replaced by {@code to}, both taken literally. */
  private static String replaceFirst(String text, String from, String to) {
    int at = text.indexOf(from);
    assertThat(at).as(from).isNotNegative();
    return text.substring(0, at) + to + text.substring(at + from.length());
  }

  /** A copy of the bundled dataset with one field changed: the NCC network's member count, 27 to 28. */
  private static Path editedCopy(Path dir) throws IOException {
    Path edited = dir.resolve("edited.json");
    Files.writeString(edited,
        replaceFirst(Files.readString(bundledCopy(dir)), "\"memberCount\": 27", "\"memberCount\": 28"));
    return edited;
  }

  /** What CheckYourOwnFile prints of the bundled file, edited and written as broken.json; it must fail. */
  private static String checkBrokenCopy(Path dir, UnaryOperator<String> edit) throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.json"), edit.apply(Files.readString(bundledCopy(dir))));
    int[] status = new int[1];
    String out = capture(o -> status[0] = CheckYourOwnFile.run(o, broken.toString()));
    assertThat(status[0]).isEqualTo(1);
    return out;
  }

  private static Path bundledCopy(Path dir) throws IOException {
    Path copy = dir.resolve("copy.json");
    try (InputStream in = CcbRelations.class.getResourceAsStream(CcbRelations.BUNDLED_RESOURCE)) {
      Files.write(copy, in.readAllBytes());
    }
    return copy;
  }

  private static String capture(Consumer<PrintStream> program) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      program.accept(out);
    }
    return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }
}
