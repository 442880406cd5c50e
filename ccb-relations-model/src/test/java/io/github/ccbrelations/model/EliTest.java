package io.github.ccbrelations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EliTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "http://data.europa.eu/eli/dir/2016/1148/oj",
      "https://data.europa.eu/eli/reg/2019/881/oj",
      "http://data.europa.eu/eli/reg_impl/2024/2690/oj/eng",
      "http://www.ejustice.just.fgov.be/eli/loi/2019/04/07/2019011507/moniteur",
      "https://www.ejustice.just.fgov.be/eli/loi/2024/11/26/2024010765/justel",
      "http://data.europa.eu:80/eli/dir/2016/1148/oj",
      "http://www.ejustice.just.fgov.be/eli/loi/2019/04/07/2019011507/moniteur%C3%A9"
  })
  void acceptsEliUris(String text) {
    assertThat(Eli.of(text).value()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "http://data.europa.eu/eli/dir/2016/1148/oj?lang=en",
      "http://data.europa.eu/eli/dir/2016/1148/oj#art1",
      "ftp://data.europa.eu/eli/dir/2016/1148/oj",
      "urn:eli:dir:2016:1148",
      "/eli/dir/2016/1148/oj",
      "http://data.europa.eu/eli/dir/2016/1148",
      "http://data.europa.eu/eli/dir/2016/1148/consil",
      "http://data.europa.eu/eli/dir/2016/abc/oj",
      "http://data.europa.eu/eli/dir/16/1148/oj",
      "http://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016L1148",
      "http://www.ejustice.just.fgov.be/eli/loi",
      "http://www.ejustice.just.fgov.be/eli/LOI/2019/04/07/2019011507",
      "http://data.europa.eu:80/eli/dir/2016/1148",
      "http://data.europa.eu/eli/dir/2016/1148/oj?",
      "http://data.europa.eu/eli/dir/2016/1148/oj#",
      "HTTP://data.europa.eu/eli/dir/2016/1148/oj",
      ""
  })
  void rejectsOtherTextNamingIt(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Eli.of(text))
        .withMessageStartingWith("ELI must be an http(s) URI")
        .withMessageEndingWith("'" + text + "'");
  }

  @Test
  void rejectsTextThatIsNoUriNamingIt() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Eli.of("http://data.europa.eu/eli/dir/2016/1148/oj with spaces"))
        .withMessageContaining("http://data.europa.eu/eli/dir/2016/1148/oj with spaces");
  }

  @Test
  void givesItsValueAsAUri() {
    assertThat(Eli.of("http://data.europa.eu/eli/dir/2016/1148/oj").uri())
        .isEqualTo(URI.create("http://data.europa.eu/eli/dir/2016/1148/oj"));
  }
}
