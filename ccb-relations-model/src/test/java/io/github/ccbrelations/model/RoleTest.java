package io.github.ccbrelations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoleTest {
  private static Role.Builder spoc() {
    Role.Builder builder = Role.builder();
    builder
        .id(RoleId.of("ccb-spoc-nis"))
        .holder(BodyId.of("ccb"))
        .function(RoleFunction.SINGLE_POINT_OF_CONTACT)
        .level(Level.EUROPEAN);
    return builder;
  }

  private static Role.Builder withoutLegalBasis() {
    Role.Builder builder = spoc();
    builder.legalBasisStatus(LegalBasisStatus.NONE_STATED);
    return builder;
  }

  private static LegalBasis basis(String instrument, Validity validity) {
    return LegalBasis.builder().instrument(InstrumentId.of(instrument)).validity(validity).build();
  }

  private static PartialDate date(String text) {
    return PartialDate.parse(text);
  }

  @Test
  void buildsARoleWithNoLegalBasisStated() {
    Role role = withoutLegalBasis().build();

    assertThat(role.legalBases()).isEmpty();
    assertThat(role.body()).isEmpty();
    assertThat(role.condition()).isEmpty();
  }

  @Test
  void rejectsLegalBasesWhenNoneIsStated() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> withoutLegalBasis().addLegalBases(LegalBasis.of(InstrumentId.of("nis-law"))).build())
        .withMessageContaining("role 'ccb-spoc-nis'")
        .withMessageContaining("NONE_STATED but 1 legal bases");
  }

  @ParameterizedTest
  @EnumSource(value = LegalBasisStatus.class, names = {"STATED_ON_PAGE", "FROM_OTHER_SOURCES"})
  void rejectsAStatedStatusWithoutLegalBases(LegalBasisStatus status) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> spoc().legalBasisStatus(status).build())
        .withMessageContaining("role 'ccb-spoc-nis'")
        .withMessageContaining(status + " but 0 legal bases");
  }

  @ParameterizedTest
  @EnumSource(value = LegalBasisStatus.class, names = {"STATED_ON_PAGE", "FROM_OTHER_SOURCES"})
  void acceptsAStatedStatusWithLegalBases(LegalBasisStatus status) {
    Role role = spoc().legalBasisStatus(status).addLegalBases(LegalBasis.of(InstrumentId.of("nis-law"))).build();

    assertThat(role.legalBases()).extracting(LegalBasis::instrument).containsExactly(InstrumentId.of("nis-law"));
  }

  @Test
  void rejectsActingViaItsOwnHolder() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> withoutLegalBasis().via(BodyId.of("ccb")).build())
        .withMessage("role 'ccb-spoc-nis' cannot act via its own holder 'ccb'");
  }

  @Test
  void acceptsActingViaAPartOfItsHolder() {
    assertThat(withoutLegalBasis().via(BodyId.of("cert-be")).build().via()).contains(BodyId.of("cert-be"));
  }

  @Test
  void rejectsBeingHeldInItsOwnCapacity() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> withoutLegalBasis().inCapacityOf(RoleId.of("ccb-spoc-nis")).build())
        .withMessage("role 'ccb-spoc-nis' cannot be held in its own capacity");
  }

  @Test
  void rejectsOneSubjectTwiceEvenWithOtherSources() {
    RoleSubject cited = RoleSubject.builder().instrument(InstrumentId.of("csa")).kind(SubjectKind.CONCERNS)
        .provision("Art. 62").addSources(SourceReference.builder().source(SourceId.of("eurlex")).build()).build();
    RoleSubject bare = RoleSubject.builder().instrument(InstrumentId.of("csa")).kind(SubjectKind.CONCERNS)
        .provision("Art. 62").build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> withoutLegalBasis().addSubjects(cited, bare).build())
        .withMessage("role 'ccb-spoc-nis' names the subject 'csa' CONCERNS Art. 62 twice");
  }

  @Test
  void acceptsOneInstrumentAsSubjectOfTwoKindsOrProvisions() {
    Role role = withoutLegalBasis()
        .addSubjects(RoleSubject.of(InstrumentId.of("csa"), SubjectKind.CONCERNS))
        .addSubjects(RoleSubject.of(InstrumentId.of("csa"), SubjectKind.IMPLEMENTS))
        .addSubjects(RoleSubject.builder().instrument(InstrumentId.of("csa")).kind(SubjectKind.CONCERNS)
            .provision("Art. 62").build())
        .addSubjects(RoleSubject.of(InstrumentId.of("strategy"), SubjectKind.GUIDED_BY))
        .build();

    assertThat(role.concerns()).containsExactly(InstrumentId.of("csa"));
    assertThat(role.subjects()).hasSize(4);
  }

  @Test
  void rejectsABlankProvisionOfASubject() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RoleSubject.builder().instrument(InstrumentId.of("csa")).kind(SubjectKind.CONCERNS)
            .provision(" ").build())
        .withMessageContaining("provision");
  }

  @Test
  void givesTheLegalBasesWhoseValidityIncludesTheDay() {
    LegalBasis nisLaw = basis("nis-law", Validity.until(date("2024-10-17")));
    LegalBasis nis2Law = basis("nis2-law", Validity.from(date("2024-10-18")));
    LegalBasis cybersecurityAct = LegalBasis.of(InstrumentId.of("cybersecurity-act"));
    Role role = spoc()
        .legalBasisStatus(LegalBasisStatus.FROM_OTHER_SOURCES)
        .addLegalBases(nisLaw, nis2Law, cybersecurityAct)
        .build();

    assertThat(role.legalBasesOn(LocalDate.of(2024, 10, 17))).containsExactly(nisLaw, cybersecurityAct);
    assertThat(role.legalBasesOn(LocalDate.of(2024, 10, 18))).containsExactly(nis2Law, cybersecurityAct);
  }

  @Test
  void givesNoLegalBasesOnADayNoneCovers() {
    Role role = spoc()
        .legalBasisStatus(LegalBasisStatus.STATED_ON_PAGE)
        .addLegalBases(basis("nis-law", Validity.between(date("2019-05"), date("2024-10-17"))))
        .build();

    assertThat(role.legalBasesOn(LocalDate.of(2019, 4, 30))).isEmpty();
    assertThat(role.legalBasesOn(LocalDate.of(2019, 5, 1))).hasSize(1);
  }

  @Test
  void isValidOnEveryDayWithoutAValidity() {
    Role role = withoutLegalBasis().build();

    assertThat(role.isValidOn(LocalDate.of(1900, 1, 1))).isTrue();
    assertThat(role.isValidOn(LocalDate.of(2999, 12, 31))).isTrue();
  }

  @Test
  void isValidOnlyWithinItsValidity() {
    Role role = withoutLegalBasis().validity(Validity.between(date("2020-06"), date("2024-10-17"))).build();

    assertThat(role.isValidOn(LocalDate.of(2020, 5, 31))).isFalse();
    assertThat(role.isValidOn(LocalDate.of(2020, 6, 1))).isTrue();
    assertThat(role.isValidOn(LocalDate.of(2024, 10, 17))).isTrue();
    assertThat(role.isValidOn(LocalDate.of(2024, 10, 18))).isFalse();
  }

  private static BasesEnded endedOn(String since) {
    return BasesEnded.builder().since(LocalDate.parse(since)).continues(Continuation.UNKNOWN).build();
  }

  @Test
  void acceptsBasesEndedOnTheDayAfterTheLatestEndOfItsBases() {
    Role role = spoc().legalBasisStatus(LegalBasisStatus.STATED_ON_PAGE)
        .addLegalBases(basis("nis-law", Validity.until(date("2024-10-17"))))
        .addLegalBases(basis("nis-directive", Validity.until(date("2024-09"))))
        .basesEnded(endedOn("2024-10-18"))
        .build();

    assertThat(role.basesEnded()).map(BasesEnded::since).contains(LocalDate.of(2024, 10, 18));
  }

  @Test
  void readsTheEndOfAPartialDateAsItsLastDay() {
    Role role = spoc().legalBasisStatus(LegalBasisStatus.STATED_ON_PAGE)
        .addLegalBases(basis("nis-law", Validity.until(date("2024-10"))))
        .basesEnded(endedOn("2024-11-01"))
        .build();

    assertThat(role.basesEnded()).isPresent();
  }

  @Test
  void rejectsBasesEndedOnAnotherDayThanTheDayAfterTheLatestEnd() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> spoc().legalBasisStatus(LegalBasisStatus.STATED_ON_PAGE)
            .addLegalBases(basis("nis-law", Validity.until(date("2024-10-17"))))
            .basesEnded(endedOn("2024-10-17"))
            .build())
        .withMessageContaining("role 'ccb-spoc-nis' has basesEnded.since 2024-10-17")
        .withMessageContaining("since is the day after, 2024-10-18");
  }

  @Test
  void rejectsBasesEndedWhileABasisHasNoEnd() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> spoc().legalBasisStatus(LegalBasisStatus.STATED_ON_PAGE)
            .addLegalBases(basis("nis-law", Validity.until(date("2024-10-17"))))
            .addLegalBases(LegalBasis.of(InstrumentId.of("nis2-law")))
            .basesEnded(endedOn("2024-10-18"))
            .build())
        .withMessageContaining("its basis on 'nis2-law' has no end");
  }

  @Test
  void rejectsBasesEndedWithoutLegalBases() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> withoutLegalBasis().basesEnded(endedOn("2024-10-18")).build())
        .withMessageContaining("has basesEnded but no legal basis");
  }
}
