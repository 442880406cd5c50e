package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.model.Celex;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.InstrumentKind;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.LabelKind;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.OsceDecisionNumber;
import org.junit.jupiter.api.Test;

/** The names that follow from an instrument's identifiers. */
class DerivedNamesTest {
  private static LegalInstrument.Builder instrument(InstrumentKind kind) {
    return LegalInstrument.builder().id(InstrumentId.of("x")).kind(kind)
        .addLabels(Label.of(Language.EN, LabelKind.NAME, "X"));
  }

  @Test
  void citesAnEuActNumberedSince2015InEachLanguage() {
    LegalInstrument regulation = instrument(InstrumentKind.EU_REGULATION).celex(Celex.of("32021R0887")).build();
    LegalInstrument directive = instrument(InstrumentKind.EU_DIRECTIVE).celex(Celex.of("32016L1148")).build();
    LegalInstrument decision = instrument(InstrumentKind.EU_DECISION).celex(Celex.of("32022D2481")).build();

    assertThat(DerivedNames.of(regulation)).containsExactly("2021/887", "Regulation (EU) 2021/887",
        "Règlement (UE) 2021/887", "Verordening (EU) 2021/887", "Verordnung (EU) 2021/887");
    assertThat(DerivedNames.of(directive)).contains("2016/1148", "Directive (UE) 2016/1148", "Richtlijn (EU) 2016/1148");
    assertThat(DerivedNames.of(decision)).contains("Décision (UE) 2022/2481", "Beschluss (EU) 2022/2481");
  }

  @Test
  void leavesOutActsNumberedBefore2015AndOtherSectors() {
    assertThat(DerivedNames.of(instrument(InstrumentKind.EU_REGULATION).celex(Celex.of("32013R0526")).build()))
        .isEmpty();
    assertThat(DerivedNames.of(instrument(InstrumentKind.EU_DECISION).celex(Celex.of("52020DC0823")).build()))
        .isEmpty();
    assertThat(DerivedNames.of(instrument(InstrumentKind.BELGIAN_LAW).build())).isEmpty();
  }

  @Test
  void namesAnOsceDecisionByItsSymbol() {
    assertThat(DerivedNames.of(instrument(InstrumentKind.OSCE_DECISION)
        .osceDecision(OsceDecisionNumber.of("PC.DEC/1202")).build())).containsExactly("PC.DEC/1202");
  }
}
