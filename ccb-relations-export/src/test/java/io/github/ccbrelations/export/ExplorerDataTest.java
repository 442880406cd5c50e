package io.github.ccbrelations.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.InstrumentKind;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.LabelKind;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.text.Terms;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** How the explorer's table names a law: in the language asked for whenever the law has any label there. */
class ExplorerDataTest {
  private static final LegalInstrument ACT = LegalInstrument.builder()
      .id(InstrumentId.of("act")).kind(InstrumentKind.EU_REGULATION)
      .addLabels(Label.of(Language.EN, LabelKind.SHORT_NAME, "Cybersecurity Act"),
          Label.of(Language.DE, LabelKind.ACRONYM, "CSA"),
          Label.of(Language.FR, LabelKind.NAME, "Règlement (UE) 2019/881"),
          Label.of(Language.NL, LabelKind.ALTERNATIVE, "cyberbeveiligingsverordening"),
          Label.of(Language.NL, LabelKind.ALTERNATIVE, "CSA-verordening"))
      .build();

  @Test
  void namesALawByItsOnlyLabelInTheLanguageAskedForRatherThanAShortNameInAnother() {
    assertThat(ExplorerData.instrumentLabel(ACT, Terms.preference(Language.DE))).isEqualTo("CSA");
  }

  @Test
  void prefersAShortNameThenTheShortestOtherWordingThenTheTitle() {
    assertThat(ExplorerData.instrumentLabel(ACT, Terms.preference(Language.EN))).isEqualTo("Cybersecurity Act");
    assertThat(ExplorerData.instrumentLabel(ACT, Terms.preference(Language.NL))).isEqualTo("CSA-verordening");
    assertThat(ExplorerData.instrumentLabel(ACT, Terms.preference(Language.FR))).isEqualTo("Règlement (UE) 2019/881");
  }

  @Test
  void namesEveryBundledLawInTheLanguageAskedForWhenItHasALabelThere() {
    SoftAssertions softly = new SoftAssertions();
    for (LegalInstrument law : CcbRelations.bundled().allTime().instruments()) {
      for (Language language : Language.values()) {
        String shown = ExplorerData.instrumentLabel(law, Terms.preference(language));
        softly.assertThat(law.labels().stream().filter(l -> l.text().equals(shown)).map(Label::language))
            .as("%s in %s: '%s'", law.id().value(), language, shown)
            .contains(law.displayLanguage(Terms.preference(language)));
      }
    }
    softly.assertAll();
  }
}
