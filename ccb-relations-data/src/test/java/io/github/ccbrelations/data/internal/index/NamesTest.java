package io.github.ccbrelations.data.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.model.Celex;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.InstrumentKind;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.LabelKind;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Numac;
import io.github.ccbrelations.model.OsceDecisionNumber;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fast paths of the name key give the key of its definition (leading article dropped, NFKD, letters and digits,
 * lower case); the articles dropped; the names that follow from an instrument's identifiers.
 */
class NamesTest {
  @Test
  void everyCharacterUpToU00FFHasTheKeyOfItsDecomposition() {
    for (char c = 0; c < 0x100; c++) {
      String text = "a" + c + "Z";
      assertThat(Names.key(text)).as("U+%04X", (int) c).isEqualTo(Names.decomposedKey(text));
      assertThat(Names.key(String.valueOf(c))).as("U+%04X alone", (int) c)
          .isEqualTo(Names.decomposedKey(String.valueOf(c)));
    }
  }

  @Test
  void generalPunctuationHasTheKeyOfItsDecomposition() {
    for (char c = 0x2000; c <= 0x206F; c++) {
      String text = "l" + c + "Agence";
      assertThat(Names.key(text)).as("U+%04X", (int) c).isEqualTo(Names.decomposedKey(text));
    }
  }

  @Test
  void mixedTextsHaveTheKeyOfTheirDecomposition() {
    Random random = new Random(20261129L);
    String others = "\u0152\u0153\u0160\u017d\u03a3\u03c3\u0130\u2013\u2019\u00df\u00b5\ufb01\u1e9e";
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(round % 100 == 0 ? 400 : 30);
      for (int i = 0; i < length; i++) {
        int kind = random.nextInt(10);
        text.append(kind < 6 ? (char) (0x20 + random.nextInt(0x5F))
            : kind < 9 ? (char) (0xA0 + random.nextInt(0x60))
            : others.charAt(random.nextInt(others.length())));
      }
      String t = text.toString();
      assertThat(Names.key(t)).as("'%s'", t).isEqualTo(Names.decomposedKey(t));
    }
  }

  @Test
  void keysMeetAcrossAccentsCaseAndPunctuation() {
    assertThat(Names.key("Cybernétiques")).isEqualTo("cybernetiques");
    assertThat(Names.key("CYBERNÉTIQUES ")).isEqualTo("cybernetiques");
    assertThat(Names.key("CERT.be")).isEqualTo("certbe");
    assertThat(Names.key("Straße")).isEqualTo("straße");
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "l'Agence de l'Union européenne        | Agence de l'Union européenne",
        "L’Agence                              | Agence",
        "de l'ENISA                            | ENISA",
        "de la Belgique                        | Belgique",
        "du Conseil                            | Conseil",
        "les sous-groupes                      | sous-groupes",
        "des groupes                           | groupes",
        "d'Enabel                              | Enabel",
        "de Permanente Vertegenwoordiging      | Permanente Vertegenwoordiging",
        "het netwerk                           | netwerk",
        "die Agentur der Europäischen Union    | Agentur der Europäischen Union",
        "Der Verwaltungsrat                    | Verwaltungsrat",
        "das Netz                              | Netz",
        "the Cooperation Group                 | Cooperation Group",
        "  THE   OSCE                          | OSCE",
        "De                                    | De",
        "ENISA                                 | ENISA",
        "Lead                                  | Lead",
        "Theta                                 | Theta",
        "Dear Sirs                             | Dear Sirs",
        "Agence de l'Union                     | Agence de l'Union",
      })
  void dropsALeadingArticle(String text, String expected) {
    assertThat(Names.withoutArticle(text)).isEqualTo(expected);
  }

  private static LegalInstrument.Builder instrument(InstrumentKind kind) {
    return LegalInstrument.builder().id(InstrumentId.of("x")).kind(kind)
        .addLabels(Label.of(Language.EN, LabelKind.NAME, "X"));
  }

  @Test
  void citesAnEuActNumberedSince2015InEachLanguage() {
    LegalInstrument regulation = instrument(InstrumentKind.EU_REGULATION).celex(Celex.of("32021R0887")).build();
    LegalInstrument directive = instrument(InstrumentKind.EU_DIRECTIVE).celex(Celex.of("32016L1148")).build();
    LegalInstrument decision = instrument(InstrumentKind.EU_DECISION).celex(Celex.of("32022D2481")).build();

    assertThat(Names.derivedNames(regulation)).containsExactly("32021R0887", "2021/887", "Regulation (EU) 2021/887",
        "Règlement (UE) 2021/887", "Verordening (EU) 2021/887", "Verordnung (EU) 2021/887");
    assertThat(Names.derivedNames(directive)).contains(
        "2016/1148", "Directive (UE) 2016/1148", "Richtlijn (EU) 2016/1148");
    assertThat(Names.derivedNames(decision)).contains("Décision (UE) 2022/2481", "Beschluss (EU) 2022/2481");
  }

  @Test
  void leavesOutTheCitationsOfActsNumberedBefore2015AndOfOtherSectors() {
    assertThat(Names.derivedNames(instrument(InstrumentKind.EU_REGULATION).celex(Celex.of("32013R0526")).build()))
        .containsExactly("32013R0526");
    assertThat(Names.derivedNames(instrument(InstrumentKind.EU_DECISION).celex(Celex.of("52020DC0823")).build()))
        .containsExactly("52020DC0823");
    assertThat(Names.derivedNames(instrument(InstrumentKind.BELGIAN_LAW).build())).isEmpty();
  }

  @Test
  void namesAnInstrumentByItsCelexNumberAndItsNumac() {
    assertThat(Names.derivedNames(instrument(InstrumentKind.ROYAL_DECREE).numac(Numac.of("2024005260")).build()))
        .containsExactly("2024005260");
    assertThat(Names.derivedNames(instrument(InstrumentKind.BELGIAN_LAW).numac(Numac.of("2019011507")).build()))
        .containsExactly("2019011507");
  }

  @Test
  void namesAnOsceDecisionByItsSymbolAndItsNumber() {
    assertThat(Names.derivedNames(instrument(InstrumentKind.OSCE_DECISION)
        .osceDecision(OsceDecisionNumber.of("PC.DEC/1202")).build())).containsExactly("PC.DEC/1202", "1202");
    assertThat(Names.derivedNames(instrument(InstrumentKind.OSCE_DECISION)
        .osceDecision(OsceDecisionNumber.of("MC.DEC/5")).build())).containsExactly("MC.DEC/5", "5");
  }

  @Test
  void leavesTheNumberOfACorrigendumToTheDecisionItCorrects() {
    assertThat(Names.derivedNames(instrument(InstrumentKind.OSCE_DECISION)
        .osceDecision(OsceDecisionNumber.of("PC.DEC/1202/Corr.1")).build())).containsExactly("PC.DEC/1202/Corr.1");
  }
}
