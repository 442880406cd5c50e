package io.github.ccbrelations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code explain} in this JVM: a record named twice, by the same name or by two, is explained once. */
class ExplainCommandTest {
  @Test
  void explainsABodyNamedByTwoOfItsNamesOnce() {
    Run once = Run.of("explain", "hwpci");
    Run twice = Run.of("explain", "hwpci", "gthqc", "Horizontal Working Party on Cyber Issues");

    assertThat(once.status()).as("%s", once).isZero();
    assertThat(once.out()).startsWith("== Horizontal Working Party on Cyber Issues\n- CCB: expert support in the");
    assertThat(twice.status()).as("%s", twice).isZero();
    assertThat(twice.out()).isEqualTo(once.out());
    assertThat(twice.err()).isEmpty();
  }

  @Test
  void keepsTheOrderInWhichEachBodyWasFirstNamed() {
    Run hwpci = Run.of("explain", "--lang", "fr", "hwpci");
    Run enisa = Run.of("explain", "--lang", "fr", "enisa");
    Run both = Run.of("explain", "--lang", "fr", "gthqc", "ENISA", "hwpci", "enisa");

    assertThat(both.status()).as("%s", both).isZero();
    assertThat(both.out()).isEqualTo(hwpci.out() + enisa.out());
  }

  @Test
  void explainsARoleNamedTwiceOnce() {
    Run once = Run.of("explain", "ccb-csirt");
    Run twice = Run.of("explain", "ccb-csirt", "ccb-csirt");

    assertThat(once.out().lines()).singleElement().asString().startsWith("CCB: CSIRT through CERT.be;");
    assertThat(twice.out()).isEqualTo(once.out());
  }

  @Test
  void stillReportsANameThatMatchesNothingAfterOneThatWasShown() {
    Run run = Run.of("explain", "hwpci", "hwpci", "no-such-body");

    assertThat(run.status()).isEqualTo(ExitStatus.FAILED);
    assertThat(run.out()).isEqualTo(Run.of("explain", "hwpci").out());
    assertThat(run.err().lines()).containsExactly("ccb-relations: no role or body \"no-such-body\"");
  }
}
