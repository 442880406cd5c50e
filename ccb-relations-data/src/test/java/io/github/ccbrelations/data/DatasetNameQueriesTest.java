package io.github.ccbrelations.data;

import static io.github.ccbrelations.data.DatasetQueriesTest.bodyIds;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Finding bodies and instruments by what people call them, on the small fixture. */
class DatasetNameQueriesTest {
  private final Dataset data = Fixture.dataset();

  @ParameterizedTest(name = "''{0}'' is {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "EUXA                                            | example-agency",
        "euxa                                            | example-agency",
        "Example Union Agency for Examples               | example-agency",
        "EXAMPLE UNION AGENCY FOR EXAMPLES               | example-agency",
        "Agence de l'Union d'exemple pour les exemples   | example-agency",
        "agentur der beispielunion fur beispiele         | example-agency",
        "Agentur der Beispielunion für Beispiele         | example-agency",
        "Verwaltungsrat der Beispielagentur              | example-agency-board",
        "HWPEI                                           | example-council-party",
        "GHQÉ                                            | example-council-party",
        "ghqe                                            | example-council-party",
        "Groupe horizontal « Questions d'exemple »       | example-council-party",
        "groupe horizontal: questions d’exemple!         | example-council-party",
        "  Groupe   horizontal - Questions d exemple     | example-council-party",
        "réseau d'exemple                                | example-network",
        "RESEAU D EXEMPLE                                | example-network",
        "Ruritanië                                       | ruritania",
        "RURITANIE                                       | ruritania",
        "ruritanien                                      | ruritania",
        "CERT.ex                                         | example-cert",
        "cert ex                                         | example-cert",
        "Cert-Ex                                         | example-cert",
        "Example Expertise Initiative                    | example-forum",
        "Regionale Voorbeeldoefening                     | example-exercise",
        "example-cert-lab                                | example-cert-lab",
        "Example Cert Lab                                | example-cert-lab",
      })
  void findsBodyByNameOrAcronymInAnyLanguageIgnoringCaseAccentsAndPunctuation(String name, String id) {
    assertThat(data.findBodyByName(name)).map(b -> b.id().value()).contains(id);
    assertThat(bodyIds(data.bodiesNamed(name))).containsExactly(id);
  }

  @Test
  void findsBodyByAcronymTypedWithoutItsPunctuation() {
    assertThat(data.findBodyByName("certex")).map(b -> b.id().value()).contains("example-cert");
    assertThat(data.findBodyByName("G.H.Q.E.")).map(b -> b.id().value()).contains("example-council-party");
  }

  @Test
  void acronymSharedByTwoBodiesInDifferentLanguagesFindsBothButNoSingleOne() {
    // REX is the French acronym of the network and the English acronym of the exercise.
    assertThat(bodyIds(data.bodiesNamed("REX"))).containsExactly("example-network", "example-exercise");
    assertThat(bodyIds(data.bodiesNamed("rex"))).containsExactly("example-network", "example-exercise");
    assertThat(data.findBodyByName("REX")).isEmpty();
  }

  @Test
  void bodyWithTheSameNameInTwoLanguagesIsListedOnce() {
    // "Ruritanie" (fr) and "Ruritanië" (nl) have the same search key.
    assertThat(bodyIds(data.bodiesNamed("ruritanie"))).containsExactly("ruritania");
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"", "   ", "!?", "Atlantis", "EUX", "Example Union Agency",
      "Example Union Agency for Examples 2"})
  void findsNoBodyForTextThatIsNoLabel(String name) {
    assertThat(data.bodiesNamed(name)).isEmpty();
    assertThat(data.findBodyByName(name)).isEmpty();
  }

  @ParameterizedTest(name = "''{0}'' is {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "Example Directive                 | example-directive",
        "DIRECTIVE EXEMPLE                 | example-directive",
        "example directive 2               | example-directive-2",
        "ED2                               | example-directive-2",
        "Beispielagenturverordnung         | example-agency-regulation",
        "Loi exemple                       | ruritanian-example-law",
        "loi ruritanienne du 5 mai 2021 relative a la securite d exemple | ruritanian-example-law",
        "Example CBM decision              | example-forum-decision",
        "example-strategy                  | example-strategy",
        "32020L9999                        | example-directive",
        "32025r9997                        | example-agency-regulation",
        "2021099999                        | ruritanian-example-law",
      })
  void findsInstrumentByTitleShortNameAcronymOrId(String name, String id) {
    assertThat(data.findInstrumentByName(name)).map(i -> i.id().value()).contains(id);
    assertThat(data.instrumentsNamed(name)).extracting(i -> i.id().value()).containsExactly(id);
  }

  @Test
  void findsNoInstrumentForTextThatIsNoLabel() {
    assertThat(data.instrumentsNamed("Example Directive 3")).isEmpty();
    assertThat(data.findInstrumentByName("ECC")).isEmpty();
  }

  @ParameterizedTest(name = "''{0}'' and ''{1}''")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "ENSIA                                          | l'ENSIA",
        "ENSIA                                          | l’ensia",
        "ENSIA                                          | die Ensia",
        "Agence de l'Union d'exemple pour les exemples  | l'Agence de l'Union d'exemple pour les exemples",
        "Raad                                           | de raad",
      })
  void nameKeyDropsALeadingArticleAsTheLookupsDo(String name, String withArticle) {
    assertThat(Dataset.nameKey(withArticle)).isEqualTo(Dataset.nameKey(name)).isNotEmpty();
  }

  @Test
  void nameKeyKeepsAnArticleThatIsTheWholeNameOrInsideItAndIsEmptyWithoutLetterOrDigit() {
    // The example of nameKey's Javadoc.
    assertThat(Dataset.nameKey("l'Agence de l'Union européenne")).isEqualTo("agencedelunioneuropeenne");
    assertThat(Dataset.nameKey("De")).isEqualTo("de");
    assertThat(Dataset.nameKey("!?")).isEmpty();
  }

  @Test
  void namesOfBodiesAndInstrumentsAreSeparate() {
    assertThat(data.bodiesNamed("ED2")).isEmpty();
    assertThat(data.instrumentsNamed("EUXA")).isEqualTo(List.of());
  }
}
