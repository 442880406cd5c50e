package io.github.ccbrelations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JSON round trips of the model types, compared as trees, and the mapper's strictness on input. {@link Body},
 * {@link Role} and {@link LegalInstrument} have theirs, against hand-written JSON, in their own tests.
 */
class ModelJsonTest {
  static Stream<Arguments> values() {
    return Stream.of(
        Arguments.of(BodyId.of("enisa"), BodyId.class, "\"enisa\""),
        Arguments.of(RoleId.of("ccb-spoc-nis"), RoleId.class, "\"ccb-spoc-nis\""),
        Arguments.of(InstrumentId.of("nis-directive"), InstrumentId.class, "\"nis-directive\""),
        Arguments.of(SourceId.of("ccb-page-fr"), SourceId.class, "\"ccb-page-fr\""),
        Arguments.of(Celex.of("32016L1148"), Celex.class, "\"32016L1148\""),
        Arguments.of(
            Eli.of("http://data.europa.eu/eli/dir/2016/1148/oj"), Eli.class,
            "\"http://data.europa.eu/eli/dir/2016/1148/oj\""),
        Arguments.of(Numac.of("2019011507"), Numac.class, "\"2019011507\""),
        Arguments.of(OsceDecisionNumber.of("PC.DEC/1202"), OsceDecisionNumber.class, "\"PC.DEC/1202\""),
        Arguments.of(PartialDate.parse("2020"), PartialDate.class, "\"2020\""),
        Arguments.of(PartialDate.parse("2020-06"), PartialDate.class, "\"2020-06\""),
        Arguments.of(PartialDate.parse("2021-05-20"), PartialDate.class, "\"2021-05-20\""),
        Arguments.of(DatasetVersion.parse("2026.11.0"), DatasetVersion.class, "\"2026.11.0\""),
        Arguments.of(SchemaVersion.parse("1.2.3"), SchemaVersion.class, "\"1.2.3\""),
        Arguments.of(TestValues.validity(), Validity.class, "{\"from\": \"2020-06\", \"to\": \"2024-10-17\"}"),
        Arguments.of(Validity.until(PartialDate.parse("2024")), Validity.class, "{\"to\": \"2024\"}"),
        Arguments.of(TestValues.localizedText(), LocalizedText.class, "{\"fr\": \"Athènes\", \"en\": \"Athens\"}"),
        Arguments.of(
            TestValues.label(), Label.class,
            """
            {"language": "fr", "kind": "NAME", "text": "Agence de l'Union européenne pour la cybersécurité",
             "sources": [{"source": "eur-lex-cybersecurity-act", "locator": "Art. 3"}]}
            """),
        Arguments.of(
            TestValues.pageReference(), SourceReference.class,
            """
            {"source": "ccb-international-relations-fr", "section": "european-level", "paragraph": 2,
             "locator": "second bullet", "supports": ["kind", "memberCount"]}
            """),
        Arguments.of(
            TestValues.legalBasis(), LegalBasis.class,
            """
            {"instrument": "cybersecurity-act", "provision": "Art. 3", "validity": {"from": "2019-06-27"},
             "sources": [{"source": "eur-lex-cybersecurity-act", "locator": "Art. 3"}]}
            """),
        Arguments.of(
            SourceSection.of("european-level", "Au niveau européen", 7), SourceSection.class,
            "{\"id\": \"european-level\", \"heading\": \"Au niveau européen\", \"paragraphs\": 7}"),
        Arguments.of(
            TestValues.source(), Source.class,
            """
            {"id": "ccb-international-relations-fr", "kind": "CCB_PAGE", "title": "Relations internationales",
             "language": "fr", "publisher": "Centre for Cybersecurity Belgium",
             "url": "https://ccb.belgium.be/fr/relations-internationales", "consulted": "2026-11-20",
             "sections": [
               {"id": "european-level", "heading": "Au niveau européen", "paragraphs": 7},
               {"id": "international-level", "heading": "Au niveau international", "paragraphs": 5}]}
            """),
        Arguments.of(
            TestValues.header(), DatasetHeader.class,
            """
            {"datasetVersion": "2026.11.0", "schemaVersion": "1.0.0", "released": "2026-11-29",
             "primarySources": ["ccb-international-relations-fr", "ccb-international-relations-en"]}
            """));
  }

  @ParameterizedTest(name = "{1}: {2}")
  @MethodSource("values")
  void writesTheExpectedJson(Object value, Class<?> type, String expectedJson) {
    assertThat(TestMappers.tree(TestMappers.write(value))).isEqualTo(TestMappers.tree(expectedJson));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("values")
  void readsBackAnEqualValue(Object value, Class<?> type, String expectedJson) {
    Object read = TestMappers.read(TestMappers.write(value), type);

    assertThat(read).isEqualTo(value).hasSameHashCodeAs(value);
    assertThat(TestMappers.tree(TestMappers.write(read))).isEqualTo(TestMappers.tree(expectedJson));
  }

  @Test
  void writesEnumsByConstantNameAndLanguagesByCode() {
    Label label = Label.of(Language.NL, LabelKind.SHORT_NAME, "CCB");

    assertThat(TestMappers.tree(TestMappers.write(label)).get("kind").textValue()).isEqualTo("SHORT_NAME");
    assertThat(TestMappers.tree(TestMappers.write(label)).get("language").textValue()).isEqualTo("nl");
  }

  @Test
  void keysLocalizedTextsByLanguageCode() {
    LocalizedText text = TestMappers.read("{\"nl\": \"Brussel\", \"de\": \"Brüssel\"}", LocalizedText.class);

    assertThat(text.in(Language.NL)).contains("Brussel");
    assertThat(text.in(Language.DE)).contains("Brüssel");
    assertThat(TestMappers.write(LocalizedText.of(Language.FR, "Bruxelles"))).isEqualTo("{\"fr\":\"Bruxelles\"}");
  }

  @Test
  void rejectsAnUnknownField() {
    String json = "{\"source\": \"ccb-page-fr\", \"page\": 3}";

    assertThatThrownBy(() -> TestMappers.read(json, SourceReference.class))
        .hasCauseInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("\"page\"");
  }

  @Test
  void rejectsAnUnknownFieldInANestedValue() {
    String json = """
        {"id": "gfce", "kind": "COMMUNITY",
         "labels": [{"language": "en", "kind": "NAME", "text": "GFCE", "script": "Latn"}]}
        """;

    assertThatThrownBy(() -> TestMappers.read(json, Body.class))
        .hasCauseInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("\"script\"");
  }

  @Test
  void rejectsAnEnumConstantInAnotherCase() {
    String json = "{\"language\": \"en\", \"kind\": \"name\", \"text\": \"GFCE\"}";

    assertThatThrownBy(() -> TestMappers.read(json, Label.class)).hasCauseInstanceOf(InvalidFormatException.class);
  }

  @Test
  void rejectsALanguageOutsideTheDataset() {
    assertThatThrownBy(() -> TestMappers.read("{\"es\": \"Bruselas\"}", LocalizedText.class))
        .hasMessageContaining("es");
  }

  @Test
  void rejectsJsonWithoutARequiredField() {
    assertThatThrownBy(() -> TestMappers.read("{\"language\": \"en\", \"kind\": \"NAME\"}", Label.class))
        .hasMessageContaining("text");
  }

  @Test
  void rejectsAnInvalidValueInJsonWithTheModelsMessage() {
    String json = "{\"id\": \"GFCE\", \"kind\": \"COMMUNITY\", \"labels\": [{\"language\": \"en\", \"kind\": \"NAME\", \"text\": \"GFCE\"}]}";

    assertThatThrownBy(() -> TestMappers.read(json, Body.class))
        .hasRootCauseInstanceOf(IllegalArgumentException.class)
        .rootCause()
        .hasMessageContaining("body id")
        .hasMessageContaining("'GFCE'");
  }
}
