package io.github.ccbrelations.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ccbrelations.cli.Cli.Result;
import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.DatasetDiff;
import io.github.ccbrelations.data.DatasetReader;
import io.github.ccbrelations.data.ValidationReport;
import io.github.ccbrelations.data.Validator;
import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import io.github.ccbrelations.export.CsvExport;
import io.github.ccbrelations.export.RdfExport;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.text.RoleExplainer;
import io.github.ccbrelations.text.Terms;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built jar run as a separate process, as a user or a CI pipeline runs it: outputs and exit statuses, compared
 * with what the library answers in this JVM.
 */
class CliIT {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir static Path folder;

  /** The bundled dataset as a file of the user's. */
  private static Path valid;
  /** The bundled dataset with three errors and one warning (see the testing module's consumer project). */
  private static Path broken;

  @BeforeAll
  static void files() throws IOException {
    valid = folder.resolve("valid.json");
    broken = folder.resolve("broken.json");
    try (InputStream in = CcbRelations.class.getResourceAsStream(CcbRelations.BUNDLED_RESOURCE)) {
      Files.write(valid, in.readAllBytes());
    }
    try (InputStream in = CliIT.class.getResourceAsStream("broken-relations.json")) {
      Files.write(broken, in.readAllBytes());
    }
  }

  @Test
  void validFileExitsZeroAndSaysSo() {
    Result result = Cli.run(folder, "validate", "valid.json");

    assertThat(result.status()).as("%s", result).isZero();
    assertThat(result.out()).startsWith("valid.json: valid");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void aDashValidatesStandardInput() throws IOException {
    Result result = Cli.withInput(folder, Files.readAllBytes(valid), "validate", "-");

    assertThat(result.status()).as("%s", result).isZero();
    assertThat(result.out()).isEqualTo("<stdin>: valid, no violations" + System.lineSeparator());
    assertThat(result.err()).isEmpty();
  }

  @Test
  void brokenFileExitsOneWithEveryViolationInPlace() {
    Result result = Cli.run(folder, "validate", "valid.json", "broken.json");
    ValidationReport expected = Validator.standard().validate(folder.resolve("broken.json"));

    assertThat(result.status()).as("%s", result).isEqualTo(1);
    assertThat(expected.violations())
        .extracting(Violation::code, Violation::jsonPath)
        .contains(
            tuple(ViolationCode.INVALID_VALUE, "$.instruments[2].celex"),
            tuple(ViolationCode.DANGLING_REFERENCE, "$.roles[8].holder"),
            tuple(ViolationCode.SHAPE, "$.roles[25].level"));
    for (Violation v : expected.violations()) {
      String place = "broken.json:" + v.line() + ":" + v.column() + ": ";
      assertThat(result.out()).contains(place).contains(v.jsonPath()).contains(v.message());
    }
    assertThat(result.out()).contains("(record 'ncca-be-representative-eccg')").startsWith("valid.json: valid");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void missingFileExitsTwoAndSaysSoOnStandardError() {
    Result result = Cli.run(folder, "validate", "valid.json", "no-such-file.json");

    assertThat(result.status()).as("%s", result).isEqualTo(2);
    assertThat(result.err()).contains("no-such-file.json").contains("UNREADABLE");
    assertThat(result.out()).doesNotContain("no-such-file.json").startsWith("valid.json: valid");
  }

  @Test
  void sarifOfBrokenFileIsValidSarifAtTheOffendingLines() throws IOException {
    Result result = Cli.run(folder, "validate", "--format", "sarif", "broken.json");
    List<Violation> expected = Validator.standard().validate(folder.resolve("broken.json")).violations();

    assertThat(result.status()).as("%s", result).isEqualTo(1);
    assertThat(SarifSchema.errors(result.out())).isEmpty();
    JsonNode results = MAPPER.readTree(result.out()).path("runs").path(0).path("results");
    assertThat(results).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      JsonNode physical = results.path(i).path("locations").path(0).path("physicalLocation");
      assertThat(physical.path("artifactLocation").path("uri").asText()).isEqualTo("broken.json");
      assertThat(physical.path("region").path("startLine").asInt()).isEqualTo(expected.get(i).line());
      assertThat(physical.path("region").path("startColumn").asInt()).isEqualTo(expected.get(i).column());
      assertThat(results.path(i).path("ruleId").asText()).isEqualTo(expected.get(i).code().name());
    }
  }

  @Test
  void jsonFormatListsFilesAndViolations() throws IOException {
    Result result = Cli.run(folder, "validate", "--format", "json", "valid.json", "broken.json");
    ValidationReport expected = Validator.standard().validate(folder.resolve("broken.json"));

    assertThat(result.status()).as("%s", result).isEqualTo(1);
    JsonNode root = MAPPER.readTree(result.out());
    assertThat(root.path("valid").asBoolean(true)).isFalse();
    assertThat(root.path("files").path(0).path("valid").asBoolean()).isTrue();
    JsonNode violations = root.path("files").path(1).path("violations");
    assertThat(violations).hasSize(expected.violations().size());
    assertThat(violations.path(0).path("line").asInt()).isEqualTo(expected.violations().get(0).line());
    assertThat(root.path("files").path(1).path("errors").asInt()).isEqualTo(expected.errors().size());
  }

  @Test
  void findNavoFindsNatoAndWhatTheCcbDoesThere() {
    Result result = Cli.run(folder, "find", "NAVO");
    Dataset data = CcbRelations.bundled();
    List<Role> roles = data.rolesInAnyPartOf(BodyId.of("nato"));

    assertThat(result.status()).as("%s", result).isZero();
    assertThat(result.out()).contains("body nato: North Atlantic Treaty Organization").contains("nl acronym: NAVO");
    assertThat(roles).isNotEmpty();
    roles.forEach(r -> assertThat(result.out()).contains(RoleExplainer.explain(data, r, Language.EN)));
  }

  @Test
  void findOfAnUnknownNameExitsOneOnStandardError() {
    Result result = Cli.run(folder, "find", "no such body anywhere");

    assertThat(result.status()).as("%s", result).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("nothing found for \"no such body anywhere\"");
  }

  @Test
  void findOfATypoSuggestsTheClosestNames() {
    Result result = Cli.run(folder, "find", "ENSIA");

    assertThat(result.status()).as("%s", result).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("nothing found for \"ENSIA\"; did you mean ENISA (body enisa)");
  }

  @Test
  void explainInDutchGivesEveryRoleUnderItsLevel() {
    Result result = Cli.run(folder, "explain", "--lang", "nl");
    Dataset data = CcbRelations.bundled();

    assertThat(result.status()).as("%s", result).isZero();
    List<String> lines = result.outLines();
    for (Level level : Level.values()) {
      List<Role> roles = data.rolesAt(level);
      if (roles.isEmpty()) {
        continue;
      }
      int heading = lines.indexOf("== " + Terms.level(level, Language.NL));
      assertThat(heading).as("heading of %s", level).isNotNegative();
      assertThat(lines.subList(heading + 1, heading + 1 + roles.size()))
          .containsExactlyElementsOf(
              roles.stream().map(r -> "- " + RoleExplainer.explain(data, r, Language.NL)).toList());
    }
    assertThat(lines).filteredOn(l -> l.startsWith("- ")).hasSize(data.roles().size());
  }

  @Test
  void explainAsOfADayUsesTheLawOfThatDay() {
    Result result = Cli.run(folder, "explain", "--as-of", "2020-06-01", "--lang", "fr",
        "ccb-single-point-of-contact-nis");
    Dataset then = CcbRelations.bundled().asOf(LocalDate.of(2020, 6, 1));
    Role role = then.resolveRole("ccb-single-point-of-contact-nis").orElseThrow().record();

    assertThat(result.status()).as("%s", result).isZero();
    assertThat(result.outLines()).containsExactly(RoleExplainer.explain(then, role, Language.FR));
  }

  @Test
  void versionPrintsCodeAndDatasetVersions() {
    Result result = Cli.run(folder, "--version");

    assertThat(result.status()).as("%s", result).isZero();
    assertThat(result.outLines()).hasSize(2);
    assertThat(result.outLines().get(0)).isEqualTo("ccb-relations " + System.getProperty("project.version"));
    assertThat(result.outLines().get(1))
        .startsWith("dataset " + CcbRelations.bundled().info().datasetVersion().text() + " (schema ");
  }

  @Test
  void versionLoadsNoCommandsClassAndNoRecord() {
    // The tool's help lists every command, so building it would load each command's class (#19). The dataset's
    // version is its header's, read alone from the compact form of the bundled file: no record is built or indexed.
    Result result = Cli.run(folder, List.of("-Xlog:class+load=info"), "--version");

    assertThat(result.status()).as("%s", result).isZero();
    assertThat(result.out()).contains("io.github.ccbrelations.cli.Main ", "io.github.ccbrelations.cli.Versions ",
            "io.github.ccbrelations.data.internal.compact.CompactReader ")
        .doesNotContainPattern("io\\.github\\.ccbrelations\\.cli\\.\\w+Command ")
        .doesNotContain("io.github.ccbrelations.data.Dataset ", "io.github.ccbrelations.data.internal.index.Records ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "find", "explain", "export", "diff", "info"})
  void everyCommandHasHelp(String command) {
    Result result = Cli.run(folder, command, "--help");

    assertThat(result.status()).as("%s", result).isZero();
    assertThat(result.out()).startsWith("Usage: ccb-relations " + command);
    assertThat(result.err()).isEmpty();
  }

  @Test
  void helpListsTheCommandsAndExitStatuses() {
    Result result = Cli.run(folder, "--help");

    assertThat(result.status()).as("%s", result).isZero();
    assertThat(result.out()).contains("validate", "find", "explain", "export", "diff", "info", "Exit status:");
  }

  @Test
  void usageErrorsExitTwoWithUsageOnStandardError() {
    Result noFile = Cli.run(folder, "validate");
    Result badFormat = Cli.run(folder, "validate", "--format", "xml", "valid.json");
    Result noCommand = Cli.run(folder);

    for (Result result : List.of(noFile, badFormat, noCommand)) {
      assertThat(result.status()).as("%s", result).isEqualTo(2);
      assertThat(result.out()).isEmpty();
      assertThat(result.err()).contains("Usage: ccb-relations");
    }
    assertThat(noFile.err()).contains("Missing required parameter");
  }

  @Test
  void exportWritesWhatTheExportModuleWrites() throws IOException {
    Result result = Cli.run(folder, "export", "--format", "ttl,csv,html", "--lang", "fr", "--out", "exports");
    Dataset data = CcbRelations.bundled();
    Path exports = folder.resolve("exports");

    assertThat(result.status()).as("%s", result).isZero();
    assertThat(result.outLines()).containsExactly(
        Path.of("exports", "ccb-relations.ttl").toString(), Path.of("exports", "vocab.ttl").toString(),
        Path.of("exports", "roles.csv").toString(), Path.of("exports", "bodies.csv").toString(),
        Path.of("exports", "instruments.csv").toString(), Path.of("exports", "explorer.html").toString());
    assertThat(Files.readString(exports.resolve("ccb-relations.ttl"))).isEqualTo(RdfExport.turtle(data));
    assertThat(Files.readString(exports.resolve("explorer.html")))
        .isEqualTo(io.github.ccbrelations.export.HtmlExport.explorer(data, Language.FR));
    assertThat(Files.readString(exports.resolve("roles.csv"))).isEqualTo(CsvExport.roles(data, Language.FR));
    assertThat(Files.readString(exports.resolve("instruments.csv")))
        .isEqualTo(CsvExport.instruments(data, Language.FR));
  }

  /** The data's licence is this project's to state for its own dataset only, a copy of the file included. */
  @Test
  void explorerPageOfAUsersFileStatesNoDataLicence() throws IOException {
    // The same records in other bytes: a file of the user's, no longer the bundled one.
    Files.writeString(folder.resolve("own.json"), Files.readString(valid) + "\n");

    Result own = Cli.run(folder, "export", "--data", "own.json", "--format", "html", "--out", "own-page");
    Result copy = Cli.run(folder, "export", "--data", "valid.json", "--format", "html", "--out", "copy-page");

    assertThat(own.status()).as("%s", own).isZero();
    assertThat(Files.readString(folder.resolve("own-page").resolve("explorer.html")))
        .doesNotContain("CC BY").contains("Licence: code Apache-2.0");
    assertThat(copy.status()).as("%s", copy).isZero();
    assertThat(Files.readString(folder.resolve("copy-page").resolve("explorer.html")))
        .contains("Licences: data CC BY 4.0, code Apache-2.0");
  }

  @Test
  void exportOfABrokenUsersFileExitsOneAndIntoAFileExitsTwo() {
    Result brokenData = Cli.run(folder, "export", "--data", "broken.json", "--out", "never");
    Result notAFolder = Cli.run(folder, "export", "--format", "dot", "--out", "valid.json");

    assertThat(brokenData.status()).as("%s", brokenData).isEqualTo(1);
    assertThat(brokenData.err()).contains("broken.json:4799:17: DANGLING_REFERENCE");
    assertThat(folder.resolve("never")).doesNotExist();
    assertThat(notAFolder.status()).as("%s", notAFolder).isEqualTo(2);
    assertThat(notAFolder.err()).contains("cannot read or write").contains("valid.json");
    assertThat(notAFolder.out()).isEmpty();
  }

  @Test
  void diffPrintsWhatDatasetDiffFinds() throws IOException {
    Path edited = folder.resolve("edited.json");
    String text = Files.readString(valid);
    String before = "\"Belgium's national cybersecurity authority, under";
    assertThat(text).contains(before);
    Files.writeString(edited, text.replace(before, "\"Belgium's national cybersecurity authority (edited), under"));
    DatasetReader reader = DatasetReader.standard();

    Result md = Cli.run(folder, "diff", "valid.json", "edited.json");
    Result json = Cli.run(folder, "diff", "--format", "json", "valid.json", "edited.json");
    Result invalid = Cli.run(folder, "diff", "valid.json", "broken.json");

    DatasetDiff expected = DatasetDiff.between(reader.read(valid), reader.read(edited));
    assertThat(expected.isEmpty()).isFalse();
    assertThat(md.status()).as("%s", md).isZero();
    assertThat(md.out()).isEqualTo(expected.toMarkdown());
    assertThat(json.out()).isEqualTo(expected.toJson());
    assertThat(invalid.status()).as("%s", invalid).isEqualTo(1);
    assertThat(invalid.out()).isEmpty();
    assertThat(invalid.err()).contains("DANGLING_REFERENCE at $.roles[8].holder");
  }

  @Test
  void diffComparesTheLastReleaseOfSchema12WithTheBundledRelease() throws Exception {
    // target/test-classes of this module, so the path holds whatever the working directory.
    Path module = Path.of(CliIT.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent()
        .getParent();
    Files.copy(module.resolveSibling("ccb-relations-data").resolve("releases").resolve("2026.12.0.json"),
        folder.resolve("release-1.2.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    try (InputStream in = CcbRelations.class.getResourceAsStream("ccb-relations.json")) {
      Files.copy(in, folder.resolve("bundled.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    Result md = Cli.run(folder, "diff", "release-1.2.json", "bundled.json");

    DatasetReader reader = DatasetReader.standard();
    DatasetDiff expected = DatasetDiff.between(reader.read(folder.resolve("release-1.2.json")),
        reader.read(folder.resolve("bundled.json")));
    assertThat(md.status()).as("%s", md).isZero();
    assertThat(md.out()).isEqualTo(expected.toMarkdown())
        .contains("`schemaVersion` `\"1.2.0\"` → `\"1.3.0\"`", "`noOfficialName` added", "`implements` added");
  }

  @Test
  void infoOnTheUsersFileReadsItsData() {
    Result result = Cli.run(folder, "info", "--data", "valid.json");
    Dataset data = DatasetReader.standard().read(valid);

    assertThat(result.status()).as("%s", result).isZero();
    assertThat(result.out()).contains("sha256:          " + data.info().sha256())
        .contains("dataset version: " + data.info().datasetVersion().text())
        .contains(data.info().roleCount() + " roles");
  }

  @Test
  void jarCarriesLicencesAndNoticesButNoModuleDescriptorOrSignature() throws IOException {
    try (JarFile jar = new JarFile(Cli.JAR.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo(Main.class.getName());
      // Every bundled jar's licence is there, and the Apache License 2.0 that most of them share is there once.
      String licence = new String(jar.getInputStream(jar.getEntry("META-INF/LICENSE")).readAllBytes(),
          StandardCharsets.UTF_8);
      assertThat(licence).containsOnlyOnce("Version 2.0, January 2004").contains("Jackson JSON processor CSV");
      assertThat(jar.getEntry("META-INF/LICENSE.txt")).isNull();
      assertThat(new String(jar.getInputStream(jar.getEntry("META-INF/LICENSE-DATA")).readAllBytes(),
          StandardCharsets.UTF_8)).startsWith("Creative Commons Attribution 4.0 International");
      String notice = new String(jar.getInputStream(jar.getEntry("META-INF/NOTICE")).readAllBytes(),
          StandardCharsets.UTF_8);
      assertThat(notice).contains("Jackson");
      assertThat(jar.stream().map(ZipEntry::getName))
          .noneMatch(n -> n.endsWith("module-info.class"))
          .noneMatch(n -> n.matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)"));
    }
  }
}
