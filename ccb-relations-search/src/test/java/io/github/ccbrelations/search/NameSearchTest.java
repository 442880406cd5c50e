package io.github.ccbrelations.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.model.Language;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ranked search with suggestions, on the bundled dataset. */
class NameSearchTest {
  private static final NameSearch SEARCH = NameSearch.of(CcbRelations.bundled());

  @ParameterizedTest(name = "''{0}'': did you mean {2}?")
  @CsvSource(
      delimiter = '|',
      value = {
        "ENSIA                      | body enisa                            | ENISA",
        "l'ENSIA                    | body enisa                            | ENISA",
        "die ENSIA                  | body enisa                            | ENISA",
        "de OTAM                    | body nato                             | OTAN",
        "the Cybersecurty Act       | legal instrument cybersecurity-act    | Cybersecurity Act",
        "enisaa                     | body enisa                            | ENISA",
        "Cybersecurty Act           | legal instrument cybersecurity-act    | Cybersecurity Act",
        "Cyber Resilence Act        | legal instrument cyber-resilience-act | Cyber Resilience Act",
        "OTAM                       | body nato                             | OTAN",
        "Global Forum on Cyber Expertize | body gfce                        | Global Forum on Cyber Expertise",
      })
  void suggestsTheClosestRecordForATypo(String typed, String record, String label) {
    List<Match> found = SEARCH.find(typed, 3);

    assertThat(found).isNotEmpty();
    assertThat(found.get(0).describe()).isEqualTo(record);
    assertThat(found.get(0).label()).isEqualTo(label);
    assertThat(found.get(0).isExact()).isFalse();
    assertThat(found).extracting(Match::similarity).isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void putsExactMatchesFirstAsTheDatasetFindsThem() {
    List<Match> found = SEARCH.find("l'ENISA", 5);

    assertThat(found.get(0).describe()).isEqualTo("body enisa");
    assertThat(found.get(0).isExact()).isTrue();
    assertThat(found.get(0).similarity()).isEqualTo(1.0);
    assertThat(found.stream().skip(1)).allMatch(m -> !m.isExact() && m.similarity() < 1.0);
    assertThat(SEARCH.find("2021/887", 1)).extracting(Match::describe)
        .containsExactly("legal instrument eccc-regulation");
  }

  @Test
  void findsNothingForTextFarFromEveryName() {
    assertThat(SEARCH.find("zzqxv", 5)).isEmpty();
    assertThat(SEARCH.find("", 5)).isEmpty();
    assertThat(SEARCH.find("CSA", 5)).extracting(Match::describe).first()
        .isEqualTo("legal instrument cybersecurity-act");
    assertThat(SEARCH.find("ENSIA", 0)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | body enisa        | legal instrument cybersecurity-act",
        "FR | entité enisa      | instrument juridique cybersecurity-act",
        "NL | instantie enisa   | rechtsinstrument cybersecurity-act",
        "DE | Einrichtung enisa | Rechtsinstrument cybersecurity-act",
      })
  void describesARecordWithTheWordsOfFindInEachLanguage(Language language, String body, String instrument) {
    assertThat(SEARCH.find("ENISA", 1).get(0).describe(language)).isEqualTo(body);
    assertThat(SEARCH.find("Cybersecurity Act", 1).get(0).describe(language)).isEqualTo(instrument);
  }

  @Test
  void refusesNullAndANegativeLimitNamingTheParameter() {
    assertThatNullPointerException().isThrownBy(() -> SEARCH.find("ENISA", 1).get(0).describe(null))
        .withMessage("language");
    assertThatNullPointerException().isThrownBy(() -> SEARCH.find(null, 1)).withMessage("typed");
    assertThatNullPointerException().isThrownBy(() -> NameSearch.of(null)).withMessage("data");
    assertThatIllegalArgumentException().isThrownBy(() -> SEARCH.find("x", -1))
        .withMessage("limit must not be negative: -1");
  }
}
