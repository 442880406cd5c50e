package io.github.ccbrelations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LegalInstrumentTest {
  private static LegalInstrument.Builder nisLaw() {
    LegalInstrument.Builder builder = LegalInstrument.builder();
    builder
        .id(InstrumentId.of("nis-law"))
        .kind(InstrumentKind.BELGIAN_LAW)
        .addLabels(Label.of(Language.FR, LabelKind.SHORT_NAME, "loi NIS"));
    return builder;
  }

  private static PartialDate date(String text) {
    return PartialDate.parse(text);
  }

  @Test
  void buildsWithOnlyIdKindAndALabel() {
    LegalInstrument law = nisLaw().build();

    assertThat(law.celex()).isEmpty();
    assertThat(law.adopted()).isEmpty();
    assertThat(law.repeals()).isEmpty();
    assertThat(law.displayName(List.of(Language.EN))).isEqualTo("loi NIS");
  }

  @Test
  void rejectsAnInstrumentWithoutLabels() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LegalInstrument.builder().id(InstrumentId.of("nis-law")).kind(InstrumentKind.BELGIAN_LAW)
            .build())
        .withMessage("legal instrument 'nis-law' needs at least one label");
  }

  static Stream<Arguments> datesInTheWrongOrder() {
    return Stream.of(
        Arguments.of("inForce before adopted", "adopted", "2019-04-07", "inForce", "2019-04-06"),
        Arguments.of("published before adopted", "adopted", "2019-04-07", "published", "2019-03"),
        Arguments.of("endOfValidity before inForce", "inForce", "2019-05-03", "endOfValidity", "2019-05-02"),
        Arguments.of("endOfValidity before adopted", "adopted", "2019", "endOfValidity", "2018"),
        Arguments.of("appliesFrom before adopted", "adopted", "2019-04-07", "appliesFrom", "2019-04-01"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("datesInTheWrongOrder")
  void rejectsDatesInTheWrongOrderNamingBoth(
      String description, String firstField, String firstDate, String laterField, String laterDate) {
    LegalInstrument.Builder builder = nisLaw();
    set(builder, firstField, firstDate);
    set(builder, laterField, laterDate);

    assertThatIllegalArgumentException()
        .isThrownBy(builder::build)
        .withMessage("legal instrument 'nis-law': %s %s is before %s %s", laterField, laterDate, firstField, firstDate);
  }

  private static void set(LegalInstrument.Builder builder, String field, String text) {
    switch (field) {
      case "adopted" -> builder.adopted(date(text));
      case "published" -> builder.published(date(text));
      case "inForce" -> builder.inForce(date(text));
      case "appliesFrom" -> builder.appliesFrom(date(text));
      case "endOfValidity" -> builder.endOfValidity(date(text));
      default -> throw new IllegalArgumentException(field);
    }
  }

  @Test
  void acceptsDatesOnTheSameDayOrInOverlappingSpans() {
    LegalInstrument law = nisLaw()
        .adopted(date("2019-04-07"))
        .published(date("2019-04"))
        .inForce(date("2019-04-07"))
        .endOfValidity(date("2019"))
        .build();

    assertThat(law.inForce()).contains(date("2019-04-07"));
  }

  static Stream<Arguments> selfReferences() {
    InstrumentId self = InstrumentId.of("nis-law");
    return Stream.of(
        Arguments.of("repeals", (UnaryOperator<LegalInstrument.Builder>) b -> { b.addRepeals(self); return b; }),
        Arguments.of("replacedBy", (UnaryOperator<LegalInstrument.Builder>) b -> { b.replacedBy(self); return b; }),
        Arguments.of("transposes", (UnaryOperator<LegalInstrument.Builder>) b -> { b.addTransposes(self); return b; }),
        Arguments.of("extends",
            (UnaryOperator<LegalInstrument.Builder>) b -> { b.addExtendsInstruments(self); return b; }),
        Arguments.of("amends", (UnaryOperator<LegalInstrument.Builder>) b -> { b.addAmends(self); return b; }),
        Arguments.of("implements",
            (UnaryOperator<LegalInstrument.Builder>) b -> { b.addImplementsInstruments(self); return b; }),
        Arguments.of("executes",
            (UnaryOperator<LegalInstrument.Builder>) b -> { b.addExecutes(LegalBasis.of(self)); return b; }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("selfReferences")
  void rejectsReferringToItself(String field, UnaryOperator<LegalInstrument.Builder> link) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> link.apply(nisLaw()).build())
        .withMessage("legal instrument 'nis-law' cannot repeal, replace, transpose, extend, amend, implement or execute"
            + " itself");
  }

  @Test
  void rejectsImplementingOneInstrumentTwice() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> nisLaw().addImplementsInstruments(InstrumentId.of("csa"), InstrumentId.of("csa")).build())
        .withMessage("legal instrument 'nis-law' implements lists 'csa' twice");
  }

  @Test
  void executesOneActUnderSeveralProvisions() {
    InstrumentId law = InstrumentId.of("nis2-law");
    LegalInstrument decree = nisLaw()
        .addExecutes(LegalBasis.builder().instrument(law).provision("Art. 15").build())
        .addExecutes(LegalBasis.builder().instrument(law).provision("Art. 17").build())
        .build();

    assertThat(decree.executes()).extracting(b -> b.provision().orElseThrow()).containsExactly("Art. 15", "Art. 17");
  }

  @Test
  void rejectsAnOfficialNameInALanguageItSaysHasNone() {
    NoOfficialName none = NoOfficialName.builder().addLanguages(Language.EN)
        .kind(NoNameKind.NOT_A_LANGUAGE_OF_THE_ISSUER).reason("Belgian acts have no official English version").build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> nisLaw().addNoOfficialName(none)
            .addLabels(Label.of(Language.EN, LabelKind.SHORT_NAME, "NIS Law")).build())
        .withMessage(
            "legal instrument 'nis-law' says it has no official name in 'en' but has the SHORT_NAME 'NIS Law'");
    assertThat(nisLaw().addNoOfficialName(none)
        .addLabels(Label.of(Language.EN, LabelKind.ALTERNATIVE, "NIS Law")).build().hasNoOfficialNameIn(Language.EN))
        .isTrue();
  }

  @Test
  void rejectsExtendingOneInstrumentTwice() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> nisLaw().addExtendsInstruments(InstrumentId.of("old"), InstrumentId.of("old")).build())
        .withMessage("legal instrument 'nis-law' extends lists 'old' twice");
  }

  @Test
  void rejectsAmendingOneInstrumentTwice() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> nisLaw().addAmends(InstrumentId.of("csa"), InstrumentId.of("csa")).build())
        .withMessage("legal instrument 'nis-law' amends lists 'csa' twice");
  }

  @Test
  void rejectsRepealingOrTransposingOneInstrumentTwice() {
    InstrumentId old = InstrumentId.of("old-law");
    InstrumentId nis = InstrumentId.of("nis-directive");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> nisLaw().addRepeals(old, old).build())
        .withMessageContaining("repeals lists ")
        .withMessageContaining("old-law");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> nisLaw().addTransposes(nis, nis).build())
        .withMessageContaining("transposes lists ")
        .withMessageContaining("nis-directive");
  }

  @Test
  void isInForceFromEntryIntoForceToTheEndOfValidity() {
    LegalInstrument law = nisLaw()
        .adopted(date("2016-07-06"))
        .inForce(date("2016-08-08"))
        .endOfValidity(date("2024-10-17"))
        .build();

    assertThat(law.isInForceOn(LocalDate.of(2016, 8, 7))).isFalse();
    assertThat(law.isInForceOn(LocalDate.of(2016, 8, 8))).isTrue();
    assertThat(law.isInForceOn(LocalDate.of(2024, 10, 17))).isTrue();
    assertThat(law.isInForceOn(LocalDate.of(2024, 10, 18))).isFalse();
  }

  @Test
  void isInForceFromAdoptionWhenEntryIntoForceIsNotRecorded() {
    LegalInstrument law = nisLaw().adopted(date("2016-07")).build();

    assertThat(law.isInForceOn(LocalDate.of(2016, 6, 30))).isFalse();
    assertThat(law.isInForceOn(LocalDate.of(2016, 7, 1))).isTrue();
    assertThat(law.isInForceOn(LocalDate.of(2099, 1, 1))).isTrue();
  }

  @Test
  void isInForceUntilTheLastDayOfAPartialEndOfValidity() {
    LegalInstrument law = nisLaw().endOfValidity(date("2024")).build();

    assertThat(law.isInForceOn(LocalDate.of(1831, 1, 1))).isTrue();
    assertThat(law.isInForceOn(LocalDate.of(2024, 12, 31))).isTrue();
    assertThat(law.isInForceOn(LocalDate.of(2025, 1, 1))).isFalse();
  }

  @Test
  void isInForceOnEveryDayWhenNoDateIsRecorded() {
    assertThat(nisLaw().build().isInForceOn(LocalDate.of(2000, 1, 1))).isTrue();
  }
}
