package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ccbrelations.model.DerivedUrl;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceId;
import io.github.ccbrelations.model.UrlPattern;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Addresses built from an identifier by a documented pattern, marked as derived, not read: on the small fixture, and
 * over the bundled sources that DATA-NOTES.md §6 lists as derived.
 */
class DerivedUrlsTest {
  @Test
  void readsAndWritesADerivedAddress() {
    Dataset data = load("\"urlDerived\": {\"pattern\": \"EUR_LEX_CELEX\", \"identifier\": \"32016L1148\"}");

    assertThat(data.source(SourceId.of("example-journal")).urlDerived())
        .contains(DerivedUrl.of(UrlPattern.EUR_LEX_CELEX, "32016L1148"));
  }

  @Test
  void refusesADerivedAddressThatIsNotTheOneThePatternBuilds() {
    assertThatThrownBy(() -> load("\"urlDerived\": {\"pattern\": \"EUR_LEX_CELEX\", \"identifier\": \"32022L2555\"}"))
        .isInstanceOf(DatasetLoadException.class)
        .hasMessageContaining("example-journal")
        .hasMessageContaining("the one the pattern builds from the identifier");
  }

  @Test
  void refusesAnIdentifierThePatternDoesNotTake() {
    assertThatThrownBy(() -> load("\"urlDerived\": {\"pattern\": \"EUR_LEX_CELEX\", \"identifier\": \"2016/1148\"}"))
        .isInstanceOf(DatasetLoadException.class)
        .hasMessageContaining("CELEX");
  }

  @Test
  void readsABelgianEliBuiltFromThePathAJournalCopyShows() {
    String text = Fixture.editRecord("example-journal", "\"url\": \"https://journal.example.org/\"",
        "\"url\": \"http://www.ejustice.just.fgov.be/eli/loi/2019/04/07/2019011507/moniteur\", \"urlDerived\": "
            + "{\"pattern\": \"BELGIAN_ELI\", \"identifier\": \"loi/2019/04/07/2019011507/moniteur\"}");
    Dataset data = Fixture.load(text);

    assertThat(data.source(SourceId.of("example-journal")).urlDerived())
        .contains(DerivedUrl.of(UrlPattern.BELGIAN_ELI, "loi/2019/04/07/2019011507/moniteur"));
  }

  @Test
  void refusesABelgianEliPathWithoutDateNumacAndVersion() {
    assertThatThrownBy(() -> DerivedUrl.of(UrlPattern.BELGIAN_ELI, "loi/2019/2019011507"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("loi/2019/04/07/2019011507/moniteur").hasMessageContaining("'loi/2019/2019011507'");
  }

  @Test
  void refusesABelgianEliWhoseAddressIsNotBuiltFromThePath() {
    String text = Fixture.editRecord("example-journal", "\"url\": \"https://journal.example.org/\"",
        "\"url\": \"https://www.ejustice.just.fgov.be/eli/loi/2019/04/07/2019011507/justel\", \"urlDerived\": "
            + "{\"pattern\": \"BELGIAN_ELI\", \"identifier\": \"loi/2019/04/07/2019011507/moniteur\"}");

    assertThatThrownBy(() -> Fixture.load(text))
        .isInstanceOf(DatasetLoadException.class)
        .hasMessageContaining("the one the pattern builds from the identifier");
  }

  @Test
  void bundledDerivedAddressesAreThoseOfDataNotesAndNoneWasConsulted() {
    List<Source> derived = CcbRelations.bundled().sources().stream().filter(s -> s.urlDerived().isPresent()).toList();

    assertThat(derived).extracting(s -> s.id().value()).containsExactlyInAnyOrder("eurlex-32016l1148",
        "eurlex-32016l1148-fr", "eurlex-32016l1148-nl", "eurlex-32022l2555", "eurlex-32022l2555-fr",
        "eurlex-32022l2555-de", "eurlex-32019r0881", "eurlex-32019r0881-de", "eurlex-32024r2847",
        "eurlex-32024r2847-fr", "eurlex-32024r2847-de", "eurlex-32024r1689", "eurlex-32024r1689-fr",
        "eurlex-32024r1689-de", "eurlex-32021r0887", "eurlex-32021r0887-fr", "eurlex-32022d2481",
        "eurlex-32004r0460", "justel-2019011507");
    assertThat(derived).allSatisfy(s -> assertThat(s.consulted()).isEmpty());
  }

  /** The fixture's journal, given an EUR-Lex address of the NIS Directive and the extra fields. */
  private static Dataset load(String extra) {
    String text = Fixture.editRecord("example-journal", "\"url\": \"https://journal.example.org/\"",
        "\"url\": \"https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016L1148\", " + extra);
    return Fixture.load(text);
  }
}
