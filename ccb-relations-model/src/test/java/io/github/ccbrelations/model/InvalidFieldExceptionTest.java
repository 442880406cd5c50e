package io.github.ccbrelations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every check of an object that is about one of its fields names that field (as the dataset format spells it) and,
 * for one entry of a list, the entry; the message is the one the check gave before. Checks of a wrapper value, whose
 * one value is the whole, and of a value wrong as a whole still throw a plain {@link IllegalArgumentException}.
 */
class InvalidFieldExceptionTest {
  /** A value that a check refuses, and the field (and entry, or -1) it must name. */
  record Case(String check, Supplier<Object> build, String field, int index, String message) {
    @Override
    public String toString() {
      return check;
    }
  }

  private static final Label NAME = Label.of(Language.EN, LabelKind.NAME, "Network");
  private static final BodyId NETWORK = BodyId.of("network");
  private static final InstrumentId LAW = InstrumentId.of("law");
  private static final SourceId PAGE = SourceId.of("page");

  /**
   * The other fields that a check reads to refuse its field, by the name of its {@link Case}; a check not listed reads
   * its field alone (and names its record by its id).
   */
  private static final Map<String, List<String>> OTHER_FIELDS_READ = Map.ofEntries(
      Map.entry("body without a name it has", List.of("labels")),
      Map.entry("body replaced by itself", List.of("id")),
      Map.entry("body related to itself", List.of("id")),
      Map.entry("body part of itself", List.of("id")),
      Map.entry("role with bases and none stated", List.of("legalBasisStatus")),
      Map.entry("role via its holder", List.of("holder")),
      Map.entry("role replaced by itself", List.of("id")),
      Map.entry("role in its own capacity", List.of("id")),
      Map.entry("role whose bases ended the wrong day", List.of("legalBases")),
      Map.entry("instrument published before adoption", List.of("adopted")),
      // Refused in the stead of an earlier date only when that one is not before the adoption: it reads it.
      Map.entry("instrument in force before adoption", List.of("adopted", "published")),
      Map.entry("instrument ending before it is in force", List.of("inForce")),
      Map.entry("instrument repealing itself", List.of("id")),
      Map.entry("instrument executing itself", List.of("id")),
      Map.entry("source consulted at a derived url", List.of("urlDerived")),
      Map.entry("citation of a paragraph without its section", List.of("section", "source")),
      Map.entry("relation within its own body", List.of("body")),
      Map.entry("validity ending before it starts", List.of("from")),
      Map.entry("derived url of no CELEX number", List.of("pattern")),
      Map.entry("redirect to itself", List.of("from")));

  static Stream<Case> checks() {
    return Stream.of(
        new Case("body without labels", () -> body().labels(List.of()).build(), "labels", -1,
            "body 'network' needs at least one label"),
        new Case("body without a name it has", () -> body().addNoOfficialName(noName(Language.EN)).build(),
            "noOfficialName", -1, "says it has no official name in 'en'"),
        new Case("body replaced by itself", () -> body().replacedBy(NETWORK).build(), "replacedBy", -1,
            "body 'network' cannot be replaced by itself"),
        new Case("body related to itself", () -> body().addRelations(relation("land"), relation("network")).build(),
            "relations", 1, "body 'network' cannot be related to itself"),
        new Case("body part of itself", () -> body().partOf(NETWORK).build(), "partOf", -1,
            "body 'network' cannot be part of itself"),
        new Case("body convened twice by one body",
            () -> body().addConvenedBy(BodyId.of("a"), BodyId.of("b"), BodyId.of("a")).build(), "convenedBy", 2,
            "body 'network' convenedBy lists 'a' twice"),
        new Case("body with no members", () -> body().memberCount(0).build(), "memberCount", -1,
            "memberCount must be at least 1: 0"),
        new Case("role with bases and none stated", () -> role().addLegalBases(LegalBasis.of(LAW)).build(),
            "legalBases", -1, "has legalBasisStatus NONE_STATED but 1 legal bases"),
        new Case("role via its holder", () -> role().via(NETWORK).build(), "via", -1,
            "role 'member' cannot act via its own holder 'network'"),
        new Case("role replaced by itself", () -> role().replacedBy(RoleId.of("member")).build(), "replacedBy", -1,
            "role 'member' cannot be replaced by itself"),
        new Case("role in its own capacity", () -> role().inCapacityOf(RoleId.of("member")).build(), "inCapacityOf",
            -1, "role 'member' cannot be held in its own capacity"),
        new Case("role whose bases ended the wrong day", () -> role().legalBasisStatus(LegalBasisStatus.STATED_ON_PAGE)
            .addLegalBases(LegalBasis.builder().instrument(LAW)
                .validity(Validity.until(PartialDate.parse("2024-10-17"))).build())
            .basesEnded(BasesEnded.builder().since(LocalDate.of(2024, 10, 17)).continues(Continuation.UNKNOWN).build())
            .build(), "basesEnded", -1, "but its last legal basis ends on 2024-10-17"),
        new Case("role naming one subject twice", () -> role()
            .addSubjects(RoleSubject.of(LAW, SubjectKind.CONCERNS), RoleSubject.of(LAW, SubjectKind.CONCERNS)).build(),
            "subjects", 1, "names the subject 'law' CONCERNS twice"),
        new Case("instrument published before adoption", () -> instrument().adopted(PartialDate.parse("2020-05"))
            .published(PartialDate.parse("2020-04")).build(), "published", -1, "published 2020-04 is before adopted"),
        new Case("instrument in force before adoption", () -> instrument().adopted(PartialDate.parse("2020-05"))
            .inForce(PartialDate.parse("2020-04")).build(), "inForce", -1, "inForce 2020-04 is before adopted"),
        new Case("instrument ending before it is in force", () -> instrument().inForce(PartialDate.parse("2020-05"))
            .endOfValidity(PartialDate.parse("2020-04")).build(), "endOfValidity", -1,
            "endOfValidity 2020-04 is before inForce"),
        new Case("instrument repealing itself", () -> instrument().addRepeals(InstrumentId.of("old"), LAW).build(),
            "repeals", 1, "cannot repeal, replace, transpose, extend, amend, implement or execute itself"),
        new Case("instrument executing itself", () -> instrument()
            .addExecutes(LegalBasis.of(InstrumentId.of("act")), LegalBasis.of(LAW)).build(), "executes", 1,
            "execute itself"),
        new Case("instrument implementing one act twice", () -> instrument()
            .addImplementsInstruments(InstrumentId.of("act"), InstrumentId.of("act")).build(), "implements", 1,
            "legal instrument 'law' implements lists 'act' twice"),
        new Case("instrument extending one act twice", () -> instrument()
            .addExtendsInstruments(InstrumentId.of("act"), InstrumentId.of("act")).build(), "extends", 1,
            "legal instrument 'law' extends lists 'act' twice"),
        new Case("source with a blank title", () -> source().title(" ").build(), "title", -1,
            "source title must not be blank"),
        new Case("source consulted at a derived url", () -> source()
            .url(WebUrl.of("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32019R0881"))
            .urlDerived(DerivedUrl.of(UrlPattern.EUR_LEX_CELEX, "32019R0881")).consulted(LocalDate.of(2026, 1, 2))
            .build(), "consulted", -1, "has urlDerived and consulted 2026-01-02"),
        new Case("source with one section twice", () -> source().addSections(SourceSection.of("a", "A", 1),
            SourceSection.of("b", "B", 1), SourceSection.of("a", "A again", 2)).build(), "sections", 2,
            "sections of source 'page' lists 'a' twice"),
        new Case("citation of a paragraph without its section", () -> SourceReference.builder().source(PAGE)
            .paragraph(2).build(), "paragraph", -1, "a paragraph (2) needs the section it is in"),
        new Case("citation of a blank supported field", () -> SourceReference.builder().source(PAGE)
            .addSupports("labels", " ").build(), "supports", 1, "supported field must not be blank"),
        new Case("citation supporting one field twice", () -> SourceReference.builder().source(PAGE)
            .addSupports("labels", "labels").build(), "supports", 1, "supports lists 'labels' twice"),
        new Case("section without paragraphs", () -> SourceSection.of("a", "A", 0), "paragraphs", -1,
            "section 'a' must have at least one paragraph: 0"),
        new Case("label with blank text", () -> Label.of(Language.EN, LabelKind.NAME, ""), "text", -1,
            "label must not be blank: ''"),
        new Case("legal basis with a padded provision", () -> LegalBasis.builder().instrument(LAW)
            .provision(" Art. 7").build(), "provision", -1, "provision must not start or end with white space"),
        new Case("statement of no name in no language", () -> NoOfficialName.builder()
            .kind(NoNameKind.NO_NAME_OF_ITS_OWN).reason("none").build(), "languages", -1,
            "noOfficialName needs at least one language"),
        new Case("relation within its own body", () -> BodyRelation.builder().kind(BodyRelationKind.COUNTERPART_OF)
            .body(NETWORK).within(NETWORK).build(), "within", -1, "cannot hold within that same body"),
        new Case("validity ending before it starts", () -> Validity.between(PartialDate.parse("2025-06"),
            PartialDate.parse("2024-01")), "to", -1, "validity ends before it starts: from 2025-06 to 2024-01"),
        new Case("derived url of no CELEX number", () -> DerivedUrl.of(UrlPattern.EUR_LEX_CELEX, "2019/881"),
            "identifier", -1, "CELEX number must look like"),
        new Case("header without primary sources", () -> header().build(), "primarySources", -1,
            "the dataset header must name at least one primary source"),
        new Case("header with a primary source twice", () -> header().addPrimarySources(PAGE, PAGE).build(),
            "primarySources", 1, "primarySources lists 'page' twice"),
        new Case("localized text with a blank translation", () -> LocalizedText.of(Map.of(Language.EN, "Seat",
            Language.FR, " ")), "fr", -1, "text in fr must not be blank: ' '"),
        new Case("redirect to itself", () -> Redirect.builder().recordType(RecordType.BODY).from("old").to("old")
            .reason(RedirectReason.RENAMED).build(), "to", -1, "a redirect cannot point to itself: 'old'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("checks")
  void aCheckAboutOneFieldNamesItAndKeepsItsMessage(Case c) {
    InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class, c.build()::get);

    assertThat(e).as("the check must refuse with the field it is about").isNotNull();
    assertThat(e).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(c.message());
    assertThat(e.field()).isEqualTo(c.field());
    assertThat(e.index()).isEqualTo(c.index() < 0 ? OptionalInt.empty() : OptionalInt.of(c.index()));
    // A reader that could not read one of these fields drops the refusal (#14): a field left out lets a wrong one by.
    assertThat(e.otherFieldsRead()).isEqualTo(OTHER_FIELDS_READ.getOrDefault(c.check(), List.of()));
  }

  @Test
  void everyCheckSaidToReadOtherFieldsIsACase() {
    assertThat(checks().map(Case::check)).containsAll(OTHER_FIELDS_READ.keySet());
  }

  /**
   * A value wrong in several fields names each at once (#14): the first refusal is thrown, and the others are
   * suppressed in it, in the order of the check. One wrong date is named once, not once for every date after it.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("severalFields")
  void aValueWrongInSeveralFieldsNamesEach(String check, Supplier<Object> build, List<String> fields) {
    InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class, build::get);

    assertThat(e).as("the check must refuse with the fields it is about").isNotNull();
    assertThat(Stream.concat(Stream.of(e), Stream.of(e.getSuppressed())))
        .map(refusal -> ((InvalidFieldException) refusal).field())
        .containsExactlyElementsOf(fields);
  }

  static Stream<Object[]> severalFields() {
    return Stream.of(
        new Object[] {"role via its holder, replaced by and in the capacity of itself",
            (Supplier<Object>) () -> role().via(NETWORK).replacedBy(RoleId.of("member"))
                .inCapacityOf(RoleId.of("member")).build(),
            List.of("via", "replacedBy", "inCapacityOf")},
        new Object[] {"body part of itself with no members",
            (Supplier<Object>) () -> body().partOf(NETWORK).memberCount(0).build(), List.of("partOf", "memberCount")},
        new Object[] {"text with two blank translations",
            (Supplier<Object>) () -> LocalizedText.of(Map.of(Language.NL, "", Language.EN, "Seat", Language.FR, " ")),
            List.of("fr", "nl")},
        new Object[] {"citation of a paragraph without its section, at a blank locator",
            (Supplier<Object>) () -> SourceReference.builder().source(PAGE).paragraph(2).locator(" ").build(),
            List.of("paragraph", "locator")},
        new Object[] {"instrument adopted after its publication and entry into force, replaced by itself",
            (Supplier<Object>) () -> instrument().adopted(PartialDate.parse("2020-05"))
                .published(PartialDate.parse("2020-04")).inForce(PartialDate.parse("2020-04")).replacedBy(LAW).build(),
            List.of("published", "replacedBy")},
        new Object[] {"instrument published before its adoption, ending before its entry into force",
            (Supplier<Object>) () -> instrument().adopted(PartialDate.parse("2020-05"))
                .published(PartialDate.parse("2020-04")).inForce(PartialDate.parse("2020-06"))
                .endOfValidity(PartialDate.parse("2020-05-15")).build(),
            List.of("published", "endOfValidity")},
        new Object[] {"instrument ending before its adoption and its entry into force, refused once",
            (Supplier<Object>) () -> instrument().adopted(PartialDate.parse("2020-05"))
                .inForce(PartialDate.parse("2020-06")).endOfValidity(PartialDate.parse("2020-01")).build(),
            List.of("endOfValidity")});
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wholeValues")
  void aCheckOfAWholeValueNamesNoField(String check, Supplier<Object> build) {
    assertThatThrownBy(build::get).isExactlyInstanceOf(IllegalArgumentException.class);
  }

  static Stream<Object[]> wholeValues() {
    return Stream.of(
        new Object[] {"an id that is no slug", (Supplier<Object>) () -> BodyId.of("Network")},
        new Object[] {"a date that is none", (Supplier<Object>) () -> PartialDate.parse("2024-13")},
        new Object[] {"a text in no language", (Supplier<Object>) () -> LocalizedText.of(Map.of())});
  }

  private static Body.Builder body() {
    Body.Builder b = Body.builder();
    b.id(NETWORK).kind(BodyKind.EU_NETWORK_OR_GROUP).addLabels(NAME);
    return b;
  }

  private static NoOfficialName noName(Language language) {
    return NoOfficialName.builder().addLanguages(language).kind(NoNameKind.NO_NAME_OF_ITS_OWN).reason("none").build();
  }

  private static BodyRelation relation(String body) {
    return BodyRelation.builder().kind(BodyRelationKind.COUNTERPART_OF).body(BodyId.of(body)).build();
  }

  private static Role.Builder role() {
    Role.Builder b = Role.builder();
    b.id(RoleId.of("member")).holder(NETWORK).function(RoleFunction.MEMBER).level(Level.EUROPEAN)
        .legalBasisStatus(LegalBasisStatus.NONE_STATED);
    return b;
  }

  private static LegalInstrument.Builder instrument() {
    LegalInstrument.Builder b = LegalInstrument.builder();
    b.id(LAW).kind(InstrumentKind.BELGIAN_LAW).addLabels(Label.of(Language.FR, LabelKind.NAME, "Loi"));
    return b;
  }

  private static Source.Builder source() {
    Source.Builder b = Source.builder();
    b.id(PAGE).kind(SourceKind.CCB_PAGE).title("Relations").language(Language.FR);
    return b;
  }

  private static DatasetHeader.Builder header() {
    DatasetHeader.Builder b = DatasetHeader.builder();
    b.datasetVersion(DatasetVersion.parse("2030.01.0")).schemaVersion(SchemaVersion.parse("1.2.0"))
        .released(LocalDate.of(2030, 1, 15));
    return b;
  }
}
