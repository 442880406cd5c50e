package io.github.ccbrelations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebUrlTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "https://eur-lex.europa.eu/eli/dir/2016/1148/oj", "http://www.ejustice.just.fgov.be/",
      "http://192.0.2.1/relations", "http://198.51.100.7:81/journal", "https://example.org/a%20b",
      "https://example.org/r%C3%A9seau?q=1#top", "https://example.org./"
  })
  void keepsAnAbsoluteHttpUrlAsWritten(String url) {
    WebUrl web = WebUrl.of(url);

    assertThat(web.value()).isEqualTo(url);
    assertThat(web.uri()).isEqualTo(URI.create(url));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "ftp://eur-lex.europa.eu/", "mailto:info@ccb.belgium.be", "/fr/relations", "eur-lex.europa.eu",
      "http:///path", "file:///tmp/page.html", "HTTPS://eur-lex.europa.eu/", "https://example.123/", ""
  })
  void rejectsWhatIsNotAnAbsoluteHttpUrlWithAHostNamingIt(String url) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WebUrl.of(url))
        .withMessage("'" + url + "' is not a web address: it must be an absolute http or https URL with a host");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://exa mple.org/", "https://example.org/a#b#c", "https://example.org/[x]"})
  void rejectsTextThatIsNoUriSayingWhere(String url) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WebUrl.of(url))
        .withMessageStartingWith("'" + url + "' is not a web address: it is not a URI (")
        .withMessageContaining(" at index ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://user:secret@example.org/", "https://user@example.org/a", "http://:pw@example.org/"})
  void rejectsAUserOrPasswordInTheAddress(String url) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WebUrl.of(url))
        .withMessage("'" + url + "' is not a web address: it names a user or a password, which a published address"
            + " never holds");
  }
}
