package io.github.ccbrelations.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTest {
  @Test
  void firstRepeatedGivesTheFirstElementEqualToAnEarlierOne() {
    assertThat(Checks.<String>firstRepeated(List.of())).isNull();
    assertThat(Checks.firstRepeated(List.of("a", "b", "c"))).isNull();
    assertThat(Checks.firstRepeated(List.of("a", "b", "c", "b", "a"))).isEqualTo("b");
    assertThat(Checks.firstRepeated(List.of(BodyId.of("x"), BodyId.of("x")))).isEqualTo(BodyId.of("x"));
  }

  /** Past sixteen elements the search uses a hash set; the answer is the same. */
  @Test
  void firstRepeatedGivesTheSameAnswerInLongLists() {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      values.add("v" + i);
    }
    assertThat(Checks.firstRepeated(values)).isNull();
    values.add("v31");
    values.add("v2");
    assertThat(Checks.firstRepeated(values)).isEqualTo("v31");
  }

  @Test
  void allDigitsAcceptsAsciiDigitsOnly() {
    assertThat(Checks.allDigits("a2020b", 1, 5)).isTrue();
    assertThat(Checks.allDigits("2O20", 0, 4)).isFalse();
    assertThat(Checks.allDigits("\u0662\u0660", 0, 2)).isFalse();
    assertThat(Checks.allDigits("", 0, 0)).isTrue();
  }
}
