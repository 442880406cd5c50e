package io.github.ccbrelations.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.Labelled;
import io.github.ccbrelations.model.LabelKind;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.PartialDate;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.SourceReference;
import io.github.ccbrelations.model.Validity;
import io.github.ccbrelations.model.WebUrl;
import io.github.ccbrelations.text.RoleExplainer;
import io.github.ccbrelations.text.Terms;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The roles, the bodies and the legal instruments as CSV tables (RFC 4180): a header row, then one row per record in
 * dataset order, comma-separated, fields quoted when they hold a comma, a quote or a line break, rows ended by CRLF,
 * UTF-8 without byte order mark.
 *
 * <p>Ids and enum constants are written as in the JSON dataset. Names and words are in the language the caller
 * chooses: a {@code ...Name} column gives the record's display name in that language, falling back to English,
 * French, Dutch and German; {@code name}, {@code description} and {@code seat} hold only the text in that
 * language and are empty when there is none. A cell with several values joins them with {@link #SEPARATOR}; the
 * {@code legalBasis...} columns of a role are parallel lists, the n-th entry of each belonging to its n-th legal
 * basis, an absent provision or date being an empty entry. A source reference is written
 * {@code source-id § section ¶ paragraph (locator)}, each part after the id only when present. Column lists:
 * {@link #ROLE_COLUMNS}, {@link #BODY_COLUMNS}, {@link #INSTRUMENT_COLUMNS}. For spreadsheet programs,
 * {@link #withByteOrderMark(String)} puts a byte order mark in front.
 *
 * <p>By default a cell that a spreadsheet program would read as a formula (it starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab, a line break, a null character or a full-width {@code =}, {@code +}, {@code -} or
 * {@code @}) gets a single quote in front ({@link FormulaGuard#NEUTRALISE});
 * pass {@link FormulaGuard#OFF} for every cell as the data has it.
 *
 * <pre>{@code
 * String roles = CsvExport.roles(CcbRelations.bundled(), Language.FR);
 * }</pre>
 */
public final class CsvExport {
  /** What joins several values in one cell: space, vertical bar, space. */
  public static final String SEPARATOR = " | ";

  /** The columns of {@link #roles(Dataset, Language)}, in order. */
  public static final List<String> ROLE_COLUMNS = List.of(
      "id", "holder", "holderName", "via", "viaName", "body", "bodyName", "function", "functionLabel",
      "onBehalfOf", "onBehalfOfName", "supports", "supportsName", "inCapacityOf", "replacedBy", "level",
      "levelLabel", "condition", "conditionLabel", "legalBasisStatus", "legalBases", "legalBasisNames",
      "legalBasisProvisions", "legalBasisValidFrom", "legalBasisValidTo", "basesEndedSince", "basesEndedContinues",
      "concerns", "concernsNames", "subjects",
      "subjectKinds", "subjectNames", "subjectProvisions", "about", "aboutName", "validFrom", "validTo",
      "description", "explanation", "sources");

  /** The columns of {@link #bodies(Dataset, Language)}, in order. */
  public static final List<String> BODY_COLUMNS = List.of(
      "id", "kind", "name", "displayName", "shortNames", "acronyms", "alternativeNames", "formerNames", "partOf",
      "partOfName", "convenedBy", "replacedBy", "seat", "website", "establishedBy", "establishedByName",
      "establishedByProvision", "designatedBy", "designatedByName", "designatedByProvision", "relationKinds",
      "relationBodies", "relationBodyNames", "relationWithin", "relationWithinNames", "noOfficialName", "founded",
      "recurrence", "memberCount", "validFrom", "validTo", "description", "sources");

  /** The columns of {@link #instruments(Dataset, Language)}, in order. */
  public static final List<String> INSTRUMENT_COLUMNS = List.of(
      "id", "kind", "name", "displayName", "shortNames", "acronyms", "celex", "eli", "numac", "osceDecision",
      "adopted", "published", "inForce", "appliesFrom", "endOfValidity", "repeals", "replacedBy", "transposes",
      "implements", "implementsNames", "extends", "extendsNames", "amends", "amendsNames", "executes", "executesNames",
      "executesProvisions", "noOfficialName", "description", "sources");

  /** The byte order mark, U+FEFF; at the start of a UTF-8 file it tells spreadsheet programs the encoding. */
  public static final String BYTE_ORDER_MARK = "\uFEFF";

  private static final CsvMapper MAPPER = new CsvMapper();

  private CsvExport() {}

  /**
   * One row per role, formulas neutralised ({@link FormulaGuard#NEUTRALISE}).
   *
   * @param dataset the dataset; every record of its whole history is written, whatever day it answers for
   * @param language the language of names and words
   * @return the CSV text with a header row; never null
   */
  public static String roles(Dataset dataset, Language language) {
    return roles(dataset, language, FormulaGuard.NEUTRALISE);
  }

  /**
   * One row per role.
   *
   * @param dataset the dataset; every record of its whole history is written, whatever day it answers for
   * @param language the language of names and words
   * @param guard whether cells that would start a spreadsheet formula are neutralised
   * @return the CSV text with a header row; never null
   */
  public static String roles(Dataset dataset, Language language, FormulaGuard guard) {
    Dataset data = dataset.allTime();
    List<Language> order = Terms.preference(language);
    Function<BodyId, String> bodyName = id -> data.body(id).displayName(order);
    return write(ROLE_COLUMNS, guard, data.roles().stream().map(r -> {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("id", r.id().value());
      row.put("holder", r.holder().value());
      row.put("holderName", bodyName.apply(r.holder()));
      row.put("via", opt(r.via().map(BodyId::value)));
      row.put("viaName", opt(r.via().map(bodyName)));
      row.put("body", opt(r.body().map(BodyId::value)));
      row.put("bodyName", opt(r.body().map(bodyName)));
      row.put("function", r.function().name());
      row.put("functionLabel", Terms.function(r.function(), language));
      row.put("onBehalfOf", opt(r.onBehalfOf().map(BodyId::value)));
      row.put("onBehalfOfName", opt(r.onBehalfOf().map(bodyName)));
      row.put("supports", opt(r.supports().map(BodyId::value)));
      row.put("supportsName", opt(r.supports().map(bodyName)));
      row.put("inCapacityOf", opt(r.inCapacityOf().map(i -> i.value())));
      row.put("replacedBy", opt(r.replacedBy().map(i -> i.value())));
      row.put("level", r.level().name());
      row.put("levelLabel", Terms.level(r.level(), language));
      row.put("condition", opt(r.condition().map(Enum::name)));
      row.put("conditionLabel", opt(r.condition().map(c -> Terms.condition(c, language))));
      row.put("legalBasisStatus", r.legalBasisStatus().name());
      List<LegalBasis> bases = r.legalBases();
      row.put("legalBases", join(bases, b -> b.instrument().value()));
      row.put("legalBasisNames", join(bases, b -> data.instrument(b.instrument()).displayName(order)));
      row.put("legalBasisProvisions", join(bases, b -> opt(b.provision())));
      row.put("legalBasisValidFrom",
          join(bases, b -> opt(b.validity().flatMap(Validity::from).map(PartialDate::text))));
      row.put("legalBasisValidTo", join(bases, b -> opt(b.validity().flatMap(Validity::to).map(PartialDate::text))));
      row.put("basesEndedSince", opt(r.basesEnded().map(e -> e.since().toString())));
      row.put("basesEndedContinues", opt(r.basesEnded().map(e -> e.continues().name())));
      row.put("concerns", join(r.concerns(), i -> i.value()));
      row.put("concernsNames", join(r.concerns(), i -> data.instrument(i).displayName(order)));
      row.put("subjects", join(r.subjects(), x -> x.instrument().value()));
      row.put("subjectKinds", join(r.subjects(), x -> x.kind().name()));
      row.put("subjectNames", join(r.subjects(), x -> data.instrument(x.instrument()).displayName(order)));
      row.put("subjectProvisions", join(r.subjects(), x -> opt(x.provision())));
      row.put("about", opt(r.about().map(BodyId::value)));
      row.put("aboutName", opt(r.about().map(bodyName)));
      row.put("validFrom", opt(r.validity().flatMap(Validity::from).map(PartialDate::text)));
      row.put("validTo", opt(r.validity().flatMap(Validity::to).map(PartialDate::text)));
      row.put("description", opt(r.description().flatMap(d -> d.in(language))));
      row.put("explanation", RoleExplainer.explain(data, r, language));
      row.put("sources", join(r.sources(), CsvExport::reference));
      return row;
    }).toList());
  }

  /**
   * One row per body, formulas neutralised ({@link FormulaGuard#NEUTRALISE}).
   *
   * @param dataset the dataset; every record of its whole history is written, whatever day it answers for
   * @param language the language of names, seat and description
   * @return the CSV text with a header row; never null
   */
  public static String bodies(Dataset dataset, Language language) {
    return bodies(dataset, language, FormulaGuard.NEUTRALISE);
  }

  /**
   * One row per body.
   *
   * @param dataset the dataset; every record of its whole history is written, whatever day it answers for
   * @param language the language of names, seat and description
   * @param guard whether cells that would start a spreadsheet formula are neutralised
   * @return the CSV text with a header row; never null
   */
  public static String bodies(Dataset dataset, Language language, FormulaGuard guard) {
    Dataset data = dataset.allTime();
    List<Language> order = Terms.preference(language);
    return write(BODY_COLUMNS, guard, data.bodies().stream().map(b -> {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("id", b.id().value());
      row.put("kind", b.kind().name());
      names(row, b, language, order);
      row.put("alternativeNames", labels(b, language, LabelKind.ALTERNATIVE));
      row.put("formerNames", labels(b, language, LabelKind.FORMER_NAME));
      row.put("partOf", opt(b.partOf().map(BodyId::value)));
      row.put("partOfName", opt(b.partOf().map(p -> data.body(p).displayName(order))));
      row.put("convenedBy", join(b.convenedBy(), BodyId::value));
      row.put("replacedBy", opt(b.replacedBy().map(BodyId::value)));
      row.put("seat", opt(b.seat().flatMap(s -> s.in(language))));
      row.put("website", opt(b.website().map(WebUrl::value)));
      row.put("establishedBy", opt(b.establishedBy().map(e -> e.instrument().value())));
      row.put("establishedByName",
          opt(b.establishedBy().map(e -> data.instrument(e.instrument()).displayName(order))));
      row.put("establishedByProvision", opt(b.establishedBy().flatMap(LegalBasis::provision)));
      row.put("designatedBy", opt(b.designatedBy().map(e -> e.instrument().value())));
      row.put("designatedByName",
          opt(b.designatedBy().map(e -> data.instrument(e.instrument()).displayName(order))));
      row.put("designatedByProvision", opt(b.designatedBy().flatMap(LegalBasis::provision)));
      row.put("relationKinds", join(b.relations(), x -> x.kind().name()));
      row.put("relationBodies", join(b.relations(), x -> x.body().value()));
      row.put("relationBodyNames", join(b.relations(), x -> data.body(x.body()).displayName(order)));
      row.put("relationWithin", join(b.relations(), x -> opt(x.within().map(BodyId::value))));
      row.put("relationWithinNames",
          join(b.relations(), x -> opt(x.within().map(w -> data.body(w).displayName(order)))));
      row.put("founded", opt(b.founded().map(PartialDate::text)));
      row.put("recurrence", opt(b.recurrence().map(Object::toString)));
      row.put("memberCount", opt(b.memberCount().map(String::valueOf)));
      row.put("validFrom", opt(b.validity().flatMap(Validity::from).map(PartialDate::text)));
      row.put("validTo", opt(b.validity().flatMap(Validity::to).map(PartialDate::text)));
      row.put("description", opt(b.description().flatMap(d -> d.in(language))));
      row.put("sources", join(b.sources(), CsvExport::reference));
      return row;
    }).toList());
  }

  /**
   * One row per legal instrument, formulas neutralised ({@link FormulaGuard#NEUTRALISE}).
   *
   * @param dataset the dataset; every record of its whole history is written, whatever day it answers for
   * @param language the language of names and description
   * @return the CSV text with a header row; never null
   */
  public static String instruments(Dataset dataset, Language language) {
    return instruments(dataset, language, FormulaGuard.NEUTRALISE);
  }

  /**
   * One row per legal instrument, with its links to other instruments: those it repeals, transposes, implements,
   * extends, amends and executes (the {@code executes...} columns are parallel lists, one entry per executed
   * provision).
   *
   * @param dataset the dataset; every record of its whole history is written, whatever day it answers for
   * @param language the language of names and description
   * @param guard whether cells that would start a spreadsheet formula are neutralised
   * @return the CSV text with a header row; never null
   */
  public static String instruments(Dataset dataset, Language language, FormulaGuard guard) {
    Dataset data = dataset.allTime();
    List<Language> order = Terms.preference(language);
    Function<InstrumentId, String> name = id -> data.instrument(id).displayName(order);
    return write(INSTRUMENT_COLUMNS, guard, data.instruments().stream().map(i -> {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("id", i.id().value());
      row.put("kind", i.kind().name());
      names(row, i, language, order);
      row.put("celex", opt(i.celex().map(c -> c.value())));
      row.put("eli", opt(i.eli().map(e -> e.value())));
      row.put("numac", opt(i.numac().map(n -> n.value())));
      row.put("osceDecision", opt(i.osceDecision().map(d -> d.value())));
      row.put("adopted", opt(i.adopted().map(PartialDate::text)));
      row.put("published", opt(i.published().map(PartialDate::text)));
      row.put("inForce", opt(i.inForce().map(PartialDate::text)));
      row.put("appliesFrom", opt(i.appliesFrom().map(PartialDate::text)));
      row.put("endOfValidity", opt(i.endOfValidity().map(PartialDate::text)));
      row.put("repeals", join(i.repeals(), InstrumentId::value));
      row.put("replacedBy", opt(i.replacedBy().map(InstrumentId::value)));
      row.put("transposes", join(i.transposes(), InstrumentId::value));
      row.put("implements", join(i.implementsInstruments(), InstrumentId::value));
      row.put("implementsNames", join(i.implementsInstruments(), name));
      row.put("extends", join(i.extendsInstruments(), InstrumentId::value));
      row.put("extendsNames", join(i.extendsInstruments(), name));
      row.put("amends", join(i.amends(), InstrumentId::value));
      row.put("amendsNames", join(i.amends(), name));
      row.put("executes", join(i.executes(), e -> e.instrument().value()));
      row.put("executesNames", join(i.executes(), e -> name.apply(e.instrument())));
      row.put("executesProvisions", join(i.executes(), e -> opt(e.provision())));
      row.put("description", opt(i.description().flatMap(d -> d.in(language))));
      row.put("sources", join(i.sources(), CsvExport::reference));
      return row;
    }).toList());
  }

  /**
   * The CSV text with a byte order mark in front, to be written as UTF-8: spreadsheet programs such as Excel read a
   * CSV file without one in a legacy encoding and garble accented names.
   *
   * <pre>{@code
   * Files.writeString(path, CsvExport.withByteOrderMark(CsvExport.roles(data, Language.FR)), StandardCharsets.UTF_8);
   * }</pre>
   *
   * @param csv the text of {@link #roles(Dataset, Language)}, {@link #bodies(Dataset, Language)} or
   *     {@link #instruments(Dataset, Language)}
   * @return the text starting with {@link #BYTE_ORDER_MARK}, once (unchanged if it already starts with one); never null
   */
  public static String withByteOrderMark(String csv) {
    return csv.startsWith(BYTE_ORDER_MARK) ? csv : BYTE_ORDER_MARK + csv;
  }

  static String reference(SourceReference ref) {
    StringBuilder s = new StringBuilder(ref.source().value());
    ref.section().ifPresent(x -> s.append(" § ").append(x));
    ref.paragraph().ifPresent(p -> s.append(" ¶ ").append(p));
    ref.locator().ifPresent(l -> s.append(" (").append(l).append(')'));
    return s.toString();
  }

  /**
   * The name cells that bodies and instruments share: the name in the language, the display name, the short names
   * and acronyms in the language, and the languages in which the record says it has no official name, such as
   * {@code fr | nl | de}. The schema, not the order of the cells, orders the columns.
   */
  private static void names(Map<String, String> row, Labelled record, Language language, List<Language> order) {
    row.put("name", opt(record.name(language)));
    row.put("displayName", record.displayName(order));
    row.put("shortNames", labels(record, language, LabelKind.SHORT_NAME));
    row.put("acronyms", labels(record, language, LabelKind.ACRONYM));
    row.put("noOfficialName", record.noOfficialName().stream().flatMap(n -> n.languages().stream())
        .map(Language::code).collect(Collectors.joining(SEPARATOR)));
  }

  private static String labels(Labelled record, Language language, LabelKind kind) {
    return String.join(SEPARATOR, record.labels(language, kind));
  }

  private static <T> String join(List<T> values, Function<T, String> text) {
    return values.stream().map(text).collect(Collectors.joining(SEPARATOR));
  }

  private static String opt(Optional<String> value) {
    return value.orElse("");
  }

  private static String write(List<String> columns, FormulaGuard guard, List<Map<String, String>> rows) {
    CsvSchema.Builder schema = CsvSchema.builder();
    columns.forEach(schema::addColumn);
    StringWriter out = new StringWriter();
    try (SequenceWriter w = MAPPER.writer(schema.build().withHeader().withLineSeparator("\r\n")).writeValues(out)) {
      for (Map<String, String> row : rows) {
        row.replaceAll((column, cell) -> guard.apply(cell));
        w.write(row);
      }
    } catch (IOException e) {
      // A StringWriter does not fail; this only satisfies the checked signature.
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
