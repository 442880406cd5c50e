package io.github.ccbrelations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidityTest {
  private static PartialDate date(String text) {
    return PartialDate.parse(text);
  }

  @Test
  void startingInAMonthIncludesItsFirstDayButNotTheDayBefore() {
    Validity validity = Validity.from(date("2020-06"));

    assertThat(validity.includes(LocalDate.of(2020, 6, 1))).isTrue();
    assertThat(validity.includes(LocalDate.of(2020, 5, 31))).isFalse();
    assertThat(validity.includes(LocalDate.of(2999, 1, 1))).isTrue();
  }

  @Test
  void endingOnADayIncludesThatDayButNotTheNext() {
    Validity validity = Validity.until(date("2024-10-17"));

    assertThat(validity.includes(LocalDate.of(2024, 10, 17))).isTrue();
    assertThat(validity.includes(LocalDate.of(2024, 10, 18))).isFalse();
    assertThat(validity.includes(LocalDate.of(1900, 1, 1))).isTrue();
  }

  @Test
  void endingInAYearIncludesItsLastDay() {
    Validity validity = Validity.between(date("2020"), date("2020"));

    assertThat(validity.includes(LocalDate.of(2020, 1, 1))).isTrue();
    assertThat(validity.includes(LocalDate.of(2020, 12, 31))).isTrue();
    assertThat(validity.includes(LocalDate.of(2021, 1, 1))).isFalse();
    assertThat(validity.includes(LocalDate.of(2019, 12, 31))).isFalse();
  }

  @Test
  void withNeitherBoundIncludesEveryDay() {
    Validity open = Validity.of(Optional.empty(), Optional.empty());

    assertThat(open.from()).isEmpty();
    assertThat(open.to()).isEmpty();
    assertThat(open.includes(LocalDate.of(1000, 1, 1))).isTrue();
    assertThat(open.includes(LocalDate.of(9999, 12, 31))).isTrue();
  }

  @Test
  void keepsTheBoundsItIsGiven() {
    Validity validity = Validity.between(date("2020-06"), date("2024-10-17"));

    assertThat(validity.from()).contains(date("2020-06"));
    assertThat(validity.to()).contains(date("2024-10-17"));
    assertThat(Validity.from(date("2020")).to()).isEmpty();
    assertThat(Validity.until(date("2020")).from()).isEmpty();
  }

  @Test
  void rejectsAnEndBeforeTheStartNamingBothDates() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Validity.between(date("2024-10-17"), date("2020-06")))
        .withMessageContaining("2024-10-17")
        .withMessageContaining("2020-06");
  }

  @Test
  void acceptsAStartAndEndOnTheSameDayOrInOverlappingSpans() {
    assertThat(Validity.between(date("2020-06-15"), date("2020-06-15")).includes(LocalDate.of(2020, 6, 15))).isTrue();
    assertThat(Validity.between(date("2020-06-15"), date("2020-06")).includes(LocalDate.of(2020, 6, 20))).isTrue();
  }

  @Test
  void ofTakesEitherBoundOrNeitherAndStillChecksTheirOrder() {
    Validity open = Validity.of(Optional.empty(), Optional.empty());
    Validity from = Validity.of(Optional.of(date("2020-06")), Optional.empty());

    assertThat(open.includes(LocalDate.of(1900, 1, 1))).isTrue();
    assertThat(open.from()).isEmpty();
    assertThat(from).isEqualTo(Validity.from(date("2020-06")));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Validity.of(Optional.of(date("2025")), Optional.of(date("2024"))))
        .withMessageContaining("ends before it starts");
  }
}
