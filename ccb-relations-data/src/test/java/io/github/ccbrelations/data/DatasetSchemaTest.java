package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ccbrelations.data.internal.Mappers;
import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.model.BodyKind;
import io.github.ccbrelations.model.BodyRelationKind;
import io.github.ccbrelations.model.Condition;
import io.github.ccbrelations.model.Continuation;
import io.github.ccbrelations.model.InstrumentKind;
import io.github.ccbrelations.model.LabelKind;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalBasisStatus;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.NoNameKind;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.RedirectReason;
import io.github.ccbrelations.model.RoleFunction;
import io.github.ccbrelations.model.SourceKind;
import io.github.ccbrelations.model.SubjectKind;
import io.github.ccbrelations.model.UrlPattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped JSON Schema, run by a real JSON Schema validator (networknt, draft 2020-12) with its {@code $id}
 * mapped to the class-path resource: it accepts the bundled dataset and every fixture, it rejects bad files where
 * the {@link Validator} does (at the same place), and its enums are exactly the model's.
 */
class DatasetSchemaTest {
  /** The schema by its {@code $id}, which resolves offline: the registry maps it to the class-path resource. */
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
          builder -> builder.schemas(id -> id.equals(DatasetSchema.ID) ? resource("/" + DatasetSchema.RESOURCE) : null))
      .getSchema(SchemaLocation.of(DatasetSchema.ID));

  private static List<Error> schemaErrors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  private static String resource(String name) {
    try (InputStream in = DatasetSchemaTest.class.getResourceAsStream(name)) {
      assertThat(in).as("resource %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void schemaDeclaresItsIdAndDraftAndOpensFromTheJar() throws IOException {
    JsonNode schema;
    try (InputStream in = DatasetSchema.open()) {
      schema = Mappers.mapper().readTree(in);
    }
    assertThat(schema.path("$id").asText()).isEqualTo(DatasetSchema.ID);
    assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(DatasetSchemaTest.class.getResource("/" + DatasetSchema.RESOURCE)).isNotNull();
  }

  @Test
  void bundledDatasetIsValidByTheSchema() {
    List<Error> errors = schemaErrors(resource(CcbRelations.BUNDLED_RESOURCE));

    assertThat(errors).as(describe(errors)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"fixture/small.json", "diff/before.json", "diff/after.json"})
  void everyFixtureIsValidByTheSchema(String fixture) {
    List<Error> errors = schemaErrors(resource(fixture));

    assertThat(errors).as(describe(errors)).isEmpty();
  }

  /** A bad file made from the fixture, and whether the schema can see what is wrong with it. */
  record Bad(String name, String input, boolean schemaCatches) {
    @Override
    public String toString() {
      return name + (schemaCatches ? "" : " (validator only)");
    }
  }

  private static Bad both(String name, String input) {
    return new Bad(name, input, true);
  }

  /** Rules between records, or values the schema's patterns cannot tell from good ones. */
  private static Bad validatorOnly(String name, String input) {
    return new Bad(name, input, false);
  }

  static Stream<Bad> badFiles() {
    return Stream.of(
        both("unknown field in a role",
            Fixture.editRecord("centre-spoc", "\"level\": \"EUROPEAN\",", "\"level\": \"EUROPEAN\", \"chair\": true,")),
        both("unknown top-level field", Fixture.editOnce("\n  \"sources\": [", "\n  \"extra\": 1, \"sources\": [")),
        both("role without function", Fixture.editRecord(
            "centre-spoc", "\"function\": \"SINGLE_POINT_OF_CONTACT\",", "")),
        both("header without release date", Fixture.editOnce("\"released\": \"2030-01-15\",", "")),
        both("id that is no slug", Fixture.editRecord("centre-spoc", "\"centre-spoc\"", "\"Centre SPOC\"")),
        both("bad CELEX", Fixture.editRecord("example-directive", "\"32020L9999\"", "\"2020L9999\"")),
        both("bad numac", Fixture.editRecord(
            "ruritanian-example-law", "\"numac\": \"2021099999\"", "\"numac\": \"21099999\"")),
        both("bad OSCE decision symbol", Fixture.editRecord(
            "example-forum-decision", "\"PC.DEC/9999\"", "\"PC-DEC-9999\"")),
        both("EU ELI without /oj", Fixture.editRecord("example-directive", "/dir/2020/9999/oj\"", "/dir/2020/9999\"")),
        both("date with slashes", Fixture.editRecord("example-directive", "\"2020-03-02\"", "\"2020/03/02\"")),
        both("unknown function", Fixture.editRecord("centre-spoc", "\"SINGLE_POINT_OF_CONTACT\"", "\"CHAIR\"")),
        both("unknown language code", Fixture.editRecord(
            "ruritania", "{\"language\": \"de\"", "{\"language\": \"it\"")),
        both("schema major version 2", Fixture.editOnce("\"1.1.0\"", "\"2.0.0\"")),
        both("dataset version month 13", Fixture.editOnce("\"2030.01.0\"", "\"2030.13.0\"")),
        both("paragraph 0", Fixture.editRecord("centre-spoc", "\"paragraph\": 1", "\"paragraph\": 0")),
        both("paragraph without section",
            Fixture.editRecord("centre-spoc", "\"section\": \"european-level\", \"paragraph\": 1", "\"paragraph\": 1")),
        both("role with no sources", Fixture.editRecord("centre-monitoring",
            "\"sources\": [{\"source\": \"example-page-fr\", \"section\": \"international-level\", \"paragraph\": 2}]",
            "\"sources\": []")),
        both("NONE_STATED with legal bases",
            Fixture.editRecord("centre-spoc", "\"STATED_ON_PAGE\"", "\"NONE_STATED\"")),
        both("blank label", Fixture.editRecord("example-forum", "\"GFEE\"", "\"  \"")),
        both("member count 0", Fixture.editRecord("example-network", "\"memberCount\": 12", "\"memberCount\": 0")),
        both("website not http", Fixture.editRecord(
            "example-centre", "\"https://centre.example.org/\"", "\"ftp://centre.example.org/\"")),
        both("body without labels", Fixture.editRecord("example-cert-lab",
            "{\"language\": \"en\", \"kind\": \"NAME\", \"text\": \"Example Forensics Lab\"}", "")),
        both("seat in an unknown language", Fixture.editRecord(
            "example-agency", "{\"en\": \"Sampleton\"}", "{\"it\": \"Sampleton\"}")),
        both("no primary source", Fixture.editOnce("[\"example-page-fr\"]", "[]")),
        both("legal basis listed twice", Fixture.editRecord("centre-spoc", "\"provision\": \"Art. 7\"}]",
            "\"provision\": \"Art. 7\"}, {\"instrument\": \"ruritanian-example-law\", \"provision\": \"Art. 7\"}]")),
        validatorOnly("impossible date", Fixture.editRecord("director-board-member", "\"2025-06\"", "\"2021-02-30\"")),
        validatorOnly("validity ending before it starts",
            Fixture.editRecord("centre-council-expert", "\"to\": \"2029-12\"", "\"to\": \"2025-12\"")),
        validatorOnly("recurrence of zero days", Fixture.editRecord("example-exercise", "\"P2Y\"", "\"P0D\"")),
        validatorOnly("unknown holder",
            Fixture.editRecord("centre-spoc", "\"holder\": \"example-centre\"", "\"holder\": \"nobody\"")),
        validatorOnly("duplicate role id",
            Fixture.editRecord("ruritania-commitment", "\"ruritania-commitment\"", "\"centre-spoc\"")),
        validatorOnly("paragraph beyond the section", Fixture.editRecord(
            "centre-spoc", "\"paragraph\": 1", "\"paragraph\": 5")),
        validatorOnly("body hierarchy cycle", Fixture.editRecord("example-centre", "\"kind\": \"NATIONAL_AUTHORITY\",",
            "\"kind\": \"NATIONAL_AUTHORITY\", \"partOf\": \"example-cert-lab\",")),
        validatorOnly("adopted before 1800", Fixture.editRecord(
            "example-strategy", "\"adopted\": \"2023\"", "\"adopted\": \"1750\"")),
        validatorOnly("applies before entry into force",
            Fixture.editRecord("example-directive-2", "\"appliesFrom\": \"2027-10-18\"",
                "\"appliesFrom\": \"2026-01-20\"")),
        validatorOnly("CELEX on a strategy",
            Fixture.editRecord("example-strategy", "\"adopted\": \"2023\"",
                "\"adopted\": \"2023\", \"celex\": \"52023DC0001\"")),
        // The same basis twice, whatever its sources: unequal as JSON, the same statement.
        validatorOnly("legal basis repeated with a source of its own", Fixture.editRecord("centre-spoc",
            "\"provision\": \"Art. 7\"}]", "\"provision\": \"Art. 7\"}, {\"instrument\": \"ruritanian-example-law\","
                + " \"provision\": \"Art. 7\", \"sources\": [{\"source\": \"example-journal\"}]}]")),
        validatorOnly("acronym shared by two bodies", Fixture.editRecord("example-forum", "\"GFEE\"", "\"EUXA\"")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void schemaAndValidatorAgreeOnBadFiles(Bad bad) {
    ValidationReport report = Validator.standard().validate(bad.input().getBytes(StandardCharsets.UTF_8), "bad.json");
    List<Error> errors = schemaErrors(bad.input());

    assertThat(report.isValid()).as("the validator rejects it:\n%s", report).isFalse();
    if (!bad.schemaCatches()) {
      assertThat(errors).as("the schema cannot express this rule; if it now can, move the row").isEmpty();
      return;
    }
    List<String> schemaPaths = errors.stream().flatMap(DatasetSchemaTest::paths).toList();
    List<String> validatorPaths = report.errors().stream().map(Violation::jsonPath).toList();
    assertThat(errors).as("the schema rejects it").isNotEmpty();
    assertThat(validatorPaths)
        .as("a validator error at the place of a schema error\nschema: %s\nvalidator:\n%s", schemaPaths, report)
        .anyMatch(v -> schemaPaths.stream().anyMatch(s -> samePlace(s, v)));
  }

  /** The instance location of a schema error, and with the property it names (a missing or unknown field). */
  private static Stream<String> paths(Error e) {
    String at = jsonPath(e.getInstanceLocation().toString());
    return e.getProperty() == null ? Stream.of(at) : Stream.of(at, at + "." + e.getProperty());
  }

  /** The schema's instance location as the validator writes paths: {@code $.roles[0].id}. */
  private static String jsonPath(String location) {
    if (location.startsWith("$")) {
      return location;
    }
    // A JSON pointer such as /roles/0/id.
    StringBuilder out = new StringBuilder("$");
    for (String part : location.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      out.append(part.chars().allMatch(Character::isDigit) ? "[" + part + "]" : "." + part);
    }
    return out.toString();
  }

  /** The same place, or one inside the other, but never just the document root for a deeper place. */
  private static boolean samePlace(String schema, String validator) {
    if (schema.equals(validator)) {
      return true;
    }
    if (schema.equals("$") || validator.equals("$")) {
      return false;
    }
    return validator.startsWith(schema + ".") || validator.startsWith(schema + "[")
        || schema.startsWith(validator + ".") || schema.startsWith(validator + "[");
  }

  static Stream<Class<? extends Enum<?>>> modelEnums() {
    return Stream.of(BodyKind.class, BodyRelationKind.class, NoNameKind.class, Condition.class, Continuation.class,
        InstrumentKind.class, LabelKind.class, Language.class, LegalBasisStatus.class, Level.class, RecordType.class,
        RedirectReason.class, RoleFunction.class, SourceKind.class, SubjectKind.class, UrlPattern.class);
  }

  @ParameterizedTest
  @MethodSource("modelEnums")
  void schemaEnumListsEveryConstantOfTheModelEnumAndNoOther(Class<? extends Enum<?>> type) throws IOException {
    JsonNode defined = schemaTree().path("$defs").path(type.getSimpleName()).path("enum");
    Function<Enum<?>, String> json = type == Language.class ? c -> ((Language) c).code() : Enum::name;

    assertThat(texts(defined))
        .as("$defs/%s/enum", type.getSimpleName())
        .containsExactlyElementsOf(Arrays.stream(type.getEnumConstants()).map(json).toList());
  }

  @Test
  void everyEnumInTheSchemaIsOneOfTheModelEnums() throws IOException {
    Map<String, JsonNode> enums = new LinkedHashMap<>();
    collectEnums(schemaTree(), "#", enums);
    Set<String> modelDefs = modelEnums()
        .map(t -> "#/$defs/" + t.getSimpleName() + "/enum")
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(new TreeSet<>(enums.keySet())).isEqualTo(modelDefs);
  }

  private static void collectEnums(JsonNode node, String at, Map<String, JsonNode> into) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String here = at + "/" + field.getKey();
        if (field.getKey().equals("enum")) {
          into.put(here, field.getValue());
        } else {
          collectEnums(field.getValue(), here, into);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectEnums(node.get(i), at + "/" + i, into);
      }
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static JsonNode schemaTree() throws IOException {
    try (InputStream in = DatasetSchema.open()) {
      return Mappers.mapper().readTree(in);
    }
  }

  private static String describe(List<Error> errors) {
    return errors.stream().map(Error::toString).collect(Collectors.joining("\n"));
  }
}
