package io.github.ccbrelations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No list of the format holds an entry twice, whatever the repeat's sources: every value type refuses one, naming the
 * list and the second entry in the loader's words, as a file holding it would not load.
 */
class ListRepeatsTest {
  /** A value whose list repeats an entry, the same value with that entry changed, and the refusal of the first. */
  record Case(String list, Supplier<Object> repeated, Supplier<Object> distinct, String field, int index,
      String message) {
    @Override
    public String toString() {
      return list;
    }
  }

  private static final BodyId NETWORK = BodyId.of("network");
  private static final InstrumentId LAW = InstrumentId.of("law");
  private static final SourceReference ART_1 = cite("Art. 1");
  private static final SourceReference ART_2 = cite("Art. 2");
  private static final SourceReference ART_3 = cite("Art. 3");
  private static final String ONCE = "; a list holds each entry once";

  static Stream<Case> lists() {
    return Stream.of(
        sources("body", "body 'network' ", l -> body().sources(l).build()),
        sources("role", "role 'member' ", l -> role().sources(l).build()),
        sources("legal instrument", "legal instrument 'law' ", l -> instrument().sources(l).build()),
        sources("label", "", l -> Label.builder().language(Language.EN).kind(LabelKind.NAME).text("Network")
            .sources(l).build()),
        sources("legal basis", "", l -> LegalBasis.builder().instrument(LAW).sources(l).build()),
        sources("role subject", "", l -> RoleSubject.builder().instrument(LAW).kind(SubjectKind.CONCERNS)
            .sources(l).build()),
        sources("body relation", "", l -> relation("land").sources(l).build()),
        sources("no official name", "", l -> NoOfficialName.builder().addLanguages(Language.EN)
            .kind(NoNameKind.NO_NAME_OF_ITS_OWN).reason("none").sources(l).build()),
        sources("bases ended", "", l -> BasesEnded.builder().since(LocalDate.of(2024, 10, 18))
            .continues(Continuation.UNKNOWN).sources(l).build()),
        new Case("body relations",
            () -> body().addRelations(relation("land").addSources(ART_1).build(), relation("sea").build(),
                relation("land").addSources(ART_2).build()).build(),
            () -> body().addRelations(relation("land").addSources(ART_1).build(), relation("sea").build(),
                relation("land").within(BodyId.of("sea")).build()).build(),
            "relations", 2, "body 'network' relations[2] repeats relations[0] (the same kind, body and within,"
                + " whatever its sources)" + ONCE),
        new Case("role legal bases",
            () -> role().legalBasisStatus(LegalBasisStatus.STATED_ON_PAGE)
                .addLegalBases(basis(LAW, ART_1), article(LAW, "Art. 2"), basis(LAW, ART_2)).build(),
            () -> role().legalBasisStatus(LegalBasisStatus.STATED_ON_PAGE)
                .addLegalBases(basis(LAW, ART_1), article(LAW, "Art. 2"), article(LAW, "Art. 3")).build(),
            "legalBases", 2, "role 'member' legalBases[2] repeats legalBases[0] (the same instrument, provision"
                + " and validity, whatever its sources)" + ONCE),
        new Case("role subjects",
            () -> role().addSubjects(subject(SubjectKind.CONCERNS, ART_1), subject(SubjectKind.IMPLEMENTS, ART_1),
                subject(SubjectKind.CONCERNS, ART_2)).build(),
            () -> role().addSubjects(subject(SubjectKind.CONCERNS, ART_1), subject(SubjectKind.IMPLEMENTS, ART_1),
                RoleSubject.builder().instrument(LAW).kind(SubjectKind.CONCERNS).provision("Art. 62").build()).build(),
            "subjects", 2, "role 'member' names the subject 'law' CONCERNS twice"),
        new Case("legal instrument executes",
            () -> instrument().addExecutes(basis(InstrumentId.of("act"), ART_1), basis(InstrumentId.of("act"), ART_2))
                .build(),
            () -> instrument().addExecutes(basis(InstrumentId.of("act"), ART_1), article(InstrumentId.of("act"),
                "Art. 2")).build(),
            "executes", 1, "legal instrument 'law' executes[1] repeats executes[0] (the same instrument, provision"
                + " and validity, whatever its sources)" + ONCE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void aRepeatedEntryIsRefusedAtItsSecondPlace(Case c) {
    InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class, c.repeated()::get);

    assertThat(e).as("the repeat must be refused").isNotNull();
    assertThat(e.field()).isEqualTo(c.field());
    assertThat(e.index()).isEqualTo(OptionalInt.of(c.index()));
    assertThat(e).hasMessage(c.message());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void theListWithoutTheRepeatBuilds(Case c) {
    assertThatCode(c.distinct()::get).doesNotThrowAnyException();
  }

  /** The case of a list of citations: the third repeats the first. */
  private static Case sources(String owner, String record, Function<List<SourceReference>, Object> build) {
    return new Case(owner + " sources", () -> build.apply(List.of(ART_1, ART_2, ART_1)),
        () -> build.apply(List.of(ART_1, ART_2, ART_3)), "sources", 2,
        record + "sources[2] repeats sources[0] (the same citation)" + ONCE);
  }

  private static SourceReference cite(String locator) {
    return SourceReference.builder().source(SourceId.of("page")).locator(locator).build();
  }

  private static LegalBasis basis(InstrumentId instrument, SourceReference source) {
    return LegalBasis.builder().instrument(instrument).addSources(source).build();
  }

  private static LegalBasis article(InstrumentId instrument, String provision) {
    return LegalBasis.builder().instrument(instrument).provision(provision).build();
  }

  private static RoleSubject subject(SubjectKind kind, SourceReference source) {
    return RoleSubject.builder().instrument(LAW).kind(kind).addSources(source).build();
  }

  private static BodyRelation.Builder relation(String body) {
    BodyRelation.Builder b = BodyRelation.builder();
    b.kind(BodyRelationKind.COUNTERPART_OF).body(BodyId.of(body));
    return b;
  }

  private static Body.Builder body() {
    Body.Builder b = Body.builder();
    b.id(NETWORK).kind(BodyKind.EU_NETWORK_OR_GROUP).addLabels(Label.of(Language.EN, LabelKind.NAME, "Network"));
    return b;
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
}
