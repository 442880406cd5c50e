package io.github.ccbrelations.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.Celex;
import io.github.ccbrelations.model.Eli;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.LabelKind;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Numac;
import io.github.ccbrelations.model.OsceDecisionNumber;
import io.github.ccbrelations.model.PartialDate;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.SourceReference;
import io.github.ccbrelations.text.RoleExplainer;
import io.github.ccbrelations.text.Terms;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The CSV tables read back, through a standard CSV parser, to the values of the dataset. */
class CsvExportTest {
  private static final Dataset DATA = CcbRelations.bundled().allTime();

  @ParameterizedTest
  @EnumSource(Language.class)
  void readsBackOneRoleRowPerRoleWithItsFields(Language language) throws IOException {
    List<Map<String, String>> rows = read(CsvExport.roles(DATA, language));
    assertThat(rows).hasSize(DATA.roles().size());
    for (int i = 0; i < rows.size(); i++) {
      Role r = DATA.roles().get(i);
      Map<String, String> row = rows.get(i);
      assertThat(row.keySet()).containsExactlyElementsOf(CsvExport.ROLE_COLUMNS);
      assertThat(row.get("id")).isEqualTo(r.id().value());
      assertThat(row.get("holder")).isEqualTo(r.holder().value());
      assertThat(row.get("body")).isEqualTo(r.body().map(BodyId::value).orElse(""));
      assertThat(row.get("onBehalfOf")).isEqualTo(r.onBehalfOf().map(BodyId::value).orElse(""));
      assertThat(row.get("via")).isEqualTo(r.via().map(BodyId::value).orElse(""));
      assertThat(row.get("function")).isEqualTo(r.function().name());
      assertThat(row.get("level")).isEqualTo(r.level().name());
      assertThat(row.get("condition")).isEqualTo(r.condition().map(Enum::name).orElse(""));
      int bases = r.legalBases().size();
      assertThat(split(row.get("legalBases"), bases))
          .isEqualTo(r.legalBases().stream().map(b -> b.instrument().value()).toList());
      assertThat(split(row.get("legalBasisProvisions"), bases))
          .isEqualTo(r.legalBases().stream().map(b -> b.provision().orElse("")).toList());
      assertThat(row.get("basesEndedSince")).isEqualTo(r.basesEnded().map(e -> e.since().toString()).orElse(""));
      assertThat(row.get("basesEndedContinues")).isEqualTo(r.basesEnded().map(e -> e.continues().name()).orElse(""));
      assertThat(row.get("description")).isEqualTo(r.description().flatMap(d -> d.in(language)).orElse(""));
      assertThat(row.get("explanation")).isEqualTo(RoleExplainer.explain(DATA, r, language));
      int subjects = r.subjects().size();
      assertThat(split(row.get("subjects"), subjects))
          .isEqualTo(r.subjects().stream().map(x -> x.instrument().value()).toList());
      assertThat(split(row.get("subjectKinds"), subjects))
          .isEqualTo(r.subjects().stream().map(x -> x.kind().name()).toList());
      assertThat(split(row.get("subjectProvisions"), subjects))
          .isEqualTo(r.subjects().stream().map(x -> x.provision().orElse("")).toList());
      assertThat(row.get("about")).isEqualTo(r.about().map(BodyId::value).orElse(""));
    }
  }

  @Test
  void showsEveryKindOfSubjectAndWhatARoleIsAbout() throws IOException {
    List<Map<String, String>> rows = read(CsvExport.roles(DATA, Language.EN));
    Map<String, String> monitoring = rows.stream().filter(r -> r.get("id").equals("ccb-monitoring-eu-laws")).findFirst()
        .orElseThrow();
    Map<String, String> cbm = rows.stream().filter(r -> r.get("id").equals("ccb-technical-support-osce-cbm-14"))
        .findFirst().orElseThrow();
    Map<String, String> enabel = rows.stream().filter(r -> r.get("id").equals("ccb-technical-support-enabel-niger"))
        .findFirst().orElseThrow();

    assertThat(monitoring.get("subjectKinds")).contains("CONCERNS").contains("GUIDED_BY");
    assertThat(cbm.get("subjectKinds")).isEqualTo("IMPLEMENTS");
    assertThat(cbm.get("subjectProvisions")).isEqualTo("CBM 14");
    assertThat(enabel.get("about")).isEqualTo("niger-cooperation-project");
    assertThat(enabel.get("aboutName")).isEqualTo("coopération avec le Niger");
  }

  @Test
  void saysSinceWhenNoRecordedBasisIsInForceAndWhetherTheRoleGoesOn() throws IOException {
    Map<String, String> spoc = read(CsvExport.roles(DATA, Language.EN)).stream()
        .filter(r -> r.get("id").equals("ccb-single-point-of-contact-nis")).findFirst().orElseThrow();

    assertThat(spoc.get("basesEndedSince")).isEqualTo("2024-10-18");
    assertThat(spoc.get("basesEndedContinues")).isEqualTo("UNKNOWN");
  }

  @Test
  void showsTheTypedLinksOfBodiesAndInstruments() throws IOException {
    Map<String, Map<String, String>> bodies = byId(read(CsvExport.bodies(DATA, Language.EN)));
    Map<String, Map<String, String>> instruments = byId(read(CsvExport.instruments(DATA, Language.EN)));

    assertThat(bodies.get("ecso")).containsEntry("relationKinds", "COUNTERPART_OF")
        .containsEntry("relationBodies", "european-commission").containsEntry("relationWithin", "cybersecurity-cppp")
        .containsEntry("relationBodyNames", "European Commission").containsEntry("noOfficialName", "fr | nl | de");
    assertThat(bodies.get("ncca-be")).containsEntry("designatedBy", "be-royal-decree-certification-2022");
    assertThat(instruments).hasSize(DATA.instruments().size());
    assertThat(instruments.get("be-cybersecurity-certification-law-2022"))
        .containsEntry("implements", "cybersecurity-act").containsEntry("transposes", "");
    assertThat(instruments.get("osce-pc-decision-1202")).containsEntry("extends", "osce-pc-decision-1106");
    Map<String, String> decree = instruments.get("be-royal-decree-nis2-2024");
    int executed = DATA.instrument(InstrumentId.of("be-royal-decree-nis2-2024"))
        .executes().size();
    assertThat(split(decree.get("executes"), executed)).containsOnly("be-nis2-law-2024");
    assertThat(split(decree.get("executesProvisions"), executed)).startsWith("Art. 15 §§ 1–2");
    assertThat(decree.get("noOfficialName")).isEqualTo("en");
  }

  private static Map<String, Map<String, String>> byId(List<Map<String, String>> rows) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    rows.forEach(r -> out.put(r.get("id"), r));
    return out;
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void readsBackOneBodyRowPerBodyWithNamesInTheChosenLanguage(Language language) throws IOException {
    List<Map<String, String>> rows = read(CsvExport.bodies(DATA, language));
    assertThat(rows).hasSize(DATA.bodies().size());
    for (int i = 0; i < rows.size(); i++) {
      Body b = DATA.bodies().get(i);
      Map<String, String> row = rows.get(i);
      assertThat(row.keySet()).containsExactlyElementsOf(CsvExport.BODY_COLUMNS);
      assertThat(row.get("id")).isEqualTo(b.id().value());
      assertThat(row.get("kind")).isEqualTo(b.kind().name());
      assertThat(row.get("name")).isEqualTo(b.name(language).orElse(""));
      assertThat(split(row.get("acronyms"), b.acronyms(language).size())).isEqualTo(b.acronyms(language));
      assertThat(row.get("partOf")).isEqualTo(b.partOf().map(BodyId::value).orElse(""));
      assertThat(row.get("establishedBy"))
          .isEqualTo(b.establishedBy().map(e -> e.instrument().value()).orElse(""));
      assertThat(row.get("website")).isEqualTo(b.website().map(w -> w.value()).orElse(""));
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void readsBackOneInstrumentRowPerInstrumentWithEveryColumn(Language language) throws IOException {
    List<Map<String, String>> rows = read(CsvExport.instruments(DATA, language));
    List<Language> order = Terms.preference(language);
    Function<InstrumentId, String> name = id -> DATA.instrument(id).displayName(order);
    assertThat(rows).hasSize(DATA.instruments().size());
    for (int i = 0; i < rows.size(); i++) {
      LegalInstrument in = DATA.instruments().get(i);
      Map<String, String> expected = new LinkedHashMap<>();
      expected.put("id", in.id().value());
      expected.put("kind", in.kind().name());
      expected.put("name", in.name(language).orElse(""));
      expected.put("displayName", in.displayName(order));
      expected.put("shortNames", joined(in.labels(language, LabelKind.SHORT_NAME), s -> s));
      expected.put("acronyms", joined(in.acronyms(language), s -> s));
      expected.put("celex", in.celex().map(Celex::value).orElse(""));
      expected.put("eli", in.eli().map(Eli::value).orElse(""));
      expected.put("numac", in.numac().map(Numac::value).orElse(""));
      expected.put("osceDecision", in.osceDecision().map(OsceDecisionNumber::value).orElse(""));
      expected.put("adopted", date(in.adopted()));
      expected.put("published", date(in.published()));
      expected.put("inForce", date(in.inForce()));
      expected.put("appliesFrom", date(in.appliesFrom()));
      expected.put("endOfValidity", date(in.endOfValidity()));
      expected.put("repeals", joined(in.repeals(), InstrumentId::value));
      expected.put("replacedBy", in.replacedBy().map(InstrumentId::value).orElse(""));
      expected.put("transposes", joined(in.transposes(), InstrumentId::value));
      expected.put("implements", joined(in.implementsInstruments(), InstrumentId::value));
      expected.put("implementsNames", joined(in.implementsInstruments(), name));
      expected.put("extends", joined(in.extendsInstruments(), InstrumentId::value));
      expected.put("extendsNames", joined(in.extendsInstruments(), name));
      expected.put("amends", joined(in.amends(), InstrumentId::value));
      expected.put("amendsNames", joined(in.amends(), name));
      expected.put("executes", joined(in.executes(), e -> e.instrument().value()));
      expected.put("executesNames", joined(in.executes(), e -> name.apply(e.instrument())));
      expected.put("executesProvisions", joined(in.executes(), e -> e.provision().orElse("")));
      expected.put("noOfficialName",
          joined(in.noOfficialName().stream().flatMap(n -> n.languages().stream()).toList(), Language::code));
      expected.put("description", in.description().flatMap(d -> d.in(language)).orElse(""));
      expected.put("sources", joined(in.sources(), CsvExportTest::reference));
      // The default export guards formula starts; its own test covers that rule.
      expected.replaceAll((column, cell) -> FormulaGuard.NEUTRALISE.apply(cell));
      assertThat(expected.keySet()).containsExactlyElementsOf(CsvExport.INSTRUMENT_COLUMNS);
      assertThat(rows.get(i)).as("row of %s", in.id().value()).containsExactlyEntriesOf(expected);
    }
  }

  @Test
  void quotesCommasQuotesLineBreaksAndKeepsAccents() throws IOException {
    Dataset tricky = Exports.tricky();
    String csv = CsvExport.bodies(tricky, Language.FR);
    assertThat(csv).contains("\r\n").startsWith(String.join(",", CsvExport.BODY_COLUMNS) + "\r\n");
    List<Map<String, String>> bodies = read(csv);
    assertThat(bodies.get(0).get("name")).isEqualTo(tricky.body(BodyId.of("holder")).name(Language.FR).get());
    assertThat(bodies.get(0).get("description")).isEqualTo("Tab\there, crlf\r\nend, émoji 😀");
    assertThat(bodies.get(0).get("acronyms")).isEqualTo("C#1");
    List<Map<String, String>> roles = read(CsvExport.roles(tricky, Language.EN));
    Role role = tricky.roles().get(0);
    assertThat(roles.get(0).get("description")).isEqualTo(role.description().get().in(Language.EN).get());
    assertThat(roles.get(0).get("legalBasisProvisions")).isEqualTo("Art. 1, \"§ 2\"");
    assertThat(roles.get(0).get("legalBasisValidFrom")).isEqualTo("2019-05-03");
    assertThat(roles.get(0).get("sources")).isEqualTo("page § intro ¶ 2");
  }

  @Test
  void neutralisesACellThatWouldStartAFormulaUnlessTurnedOff() throws IOException {
    String text = Exports.trickyText().replace("\"C#1\"", "\"=HYPERLINK(\\\"x\\\")\"")
        .replace("\"Forum <x> | \\\"y\\\"\"", "\"@SUM(1)\"")
        .replace("\"Art. 1, \\\"§ 2\\\"\"", "\"-1+2\"");
    Dataset formulas = io.github.ccbrelations.data.DatasetReader.standard()
        .read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "formulas.json");

    Map<String, String> holder = read(CsvExport.bodies(formulas, Language.FR)).get(0);
    Map<String, String> forum = read(CsvExport.bodies(formulas, Language.EN)).get(1);
    Map<String, String> role = read(CsvExport.roles(formulas, Language.EN)).get(0);
    Map<String, String> raw = read(CsvExport.bodies(formulas, Language.FR, FormulaGuard.OFF)).get(0);

    assertThat(holder.get("acronyms")).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(forum.get("name")).isEqualTo("'@SUM(1)");
    assertThat(role.get("legalBasisProvisions")).isEqualTo("'-1+2");
    assertThat(role.get("bodyName")).isEqualTo("'@SUM(1)");
    assertThat(raw.get("acronyms")).isEqualTo("=HYPERLINK(\"x\")");
    assertThat(raw.get("name")).isEqualTo(holder.get("name"));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void theGuardChangesNoCellOfTheBundledData(Language language) {
    // So the bundled data's default CSV is the data as it is, as docs/exports.md says.
    assertThat(CsvExport.roles(DATA, language)).isEqualTo(CsvExport.roles(DATA, language, FormulaGuard.OFF));
    assertThat(CsvExport.bodies(DATA, language)).isEqualTo(CsvExport.bodies(DATA, language, FormulaGuard.OFF));
    assertThat(CsvExport.instruments(DATA, language))
        .isEqualTo(CsvExport.instruments(DATA, language, FormulaGuard.OFF));
  }

  /** Reads with a header and a strict schema, as a spreadsheet would: every row must have every column. */
  private static List<Map<String, String>> read(String csv) throws IOException {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS);
    try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
      return it.readAll();
    }
  }

  /** The cell of several values, in the documented form. */
  private static <T> String joined(List<T> values, Function<T, String> text) {
    return values.stream().map(text).collect(Collectors.joining(CsvExport.SEPARATOR));
  }

  private static String date(Optional<PartialDate> date) {
    return date.map(PartialDate::text).orElse("");
  }

  /** A source reference as the class Javadoc documents it: {@code source-id § section ¶ paragraph (locator)}. */
  private static String reference(SourceReference ref) {
    return ref.source().value() + ref.section().map(s -> " § " + s).orElse("")
        + ref.paragraph().map(p -> " ¶ " + p).orElse("") + ref.locator().map(l -> " (" + l + ")").orElse("");
  }

  /** A multi-valued cell as its entries; the count comes from the record, as "" is both none and one empty. */
  private static List<String> split(String cell, int entries) {
    return entries == 0 ? List.of() : Arrays.asList(cell.split(" \\| ", -1));
  }
}
