package io.github.ccbrelations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceTest {
  private static Source.Builder source() {
    Source.Builder builder = Source.builder();
    builder.id(SourceId.of("eur-lex")).kind(SourceKind.OFFICIAL_JOURNAL).title("EUR-Lex");
    return builder;
  }

  @Test
  void findsASectionById() {
    Source page = TestValues.source();

    assertThat(page.section("international-level")).map(SourceSection::heading).contains("Au niveau international");
    assertThat(page.section("operational-level")).isEmpty();
  }

  @Test
  void keepsItsUrlAsWritten() {
    String url = "https://eur-lex.europa.eu/eli/dir/2016/1148/oj";

    assertThat(source().url(WebUrl.of(url)).build().url()).map(WebUrl::value).contains(url);
  }

  @Test
  void rejectsTwoSectionsWithOneId() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> source()
            .addSections(SourceSection.of("intro", "Introduction", 1), SourceSection.of("intro", "Einleitung", 2))
            .build())
        .withMessageContaining("'eur-lex'")
        .withMessageContaining("'intro' twice");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", " EUR-Lex"})
  void rejectsABlankOrUntrimmedTitle(String title) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> source().title(title).build())
        .withMessageStartingWith("source title ");
  }

  @Test
  void rejectsABlankPublisher() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> source().publisher("").build())
        .withMessageStartingWith("publisher ");
  }

  private static final String NIS_EN = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016L1148";
  private static final DerivedUrl NIS = DerivedUrl.of(UrlPattern.EUR_LEX_CELEX, "32016L1148");

  @Test
  void acceptsAnAddressDerivedFromItsCelexNumberInAnyLanguage() {
    assertThat(source().url(WebUrl.of(NIS_EN)).urlDerived(NIS).build().urlDerived()).contains(NIS);
    assertThat(source().url(WebUrl.of(NIS_EN.replace("/EN/", "/DE/"))).urlDerived(NIS).build().urlDerived())
        .contains(NIS);
  }

  @Test
  void rejectsADerivedAddressThatThePatternDoesNotBuild() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> source().url(WebUrl.of(NIS_EN + "0")).urlDerived(NIS).build())
        .withMessageContaining("source 'eur-lex' has urlDerived EUR_LEX_CELEX 32016L1148 but its url");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> source().urlDerived(NIS).build())
        .withMessageContaining("but its url is absent");
  }

  @Test
  void rejectsAConsultedDayOnADerivedAddress() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> source().url(WebUrl.of(NIS_EN)).urlDerived(NIS)
            .consulted(java.time.LocalDate.of(2026, 12, 2)).build())
        .withMessageContaining("a derived url was not read");
  }

  @Test
  void rejectsAnIdentifierThatIsNoCelexNumber() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DerivedUrl.of(UrlPattern.EUR_LEX_CELEX, "2016/1148"))
        .withMessageContaining("2016/1148");
  }
}
