package io.github.ccbrelations.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksTest {
  @Test
  void aLongValueInAMessageIsCutAndSaysHowLongItWas() {
    String huge = "x".repeat(1_000_000);

    assertThat(Checks.abbreviate(huge)).isEqualTo("x".repeat(117) + "... (1000000 characters)");
    assertThat(Checks.abbreviate("x".repeat(120))).hasSize(120);
    assertThat(Checks.abbreviate("x".repeat(116) + "😀".repeat(10))).isEqualTo("x".repeat(116) + "... (136 characters)");
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> BodyId.of(huge))
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300).endsWith("... (1000000 characters)'"));
  }

  @Test
  void allDigitsAcceptsAsciiDigitsOnly() {
    assertThat(Checks.allDigits("a2020b", 1, 5)).isTrue();
    assertThat(Checks.allDigits("2O20", 0, 4)).isFalse();
    assertThat(Checks.allDigits("\u0662\u0660", 0, 2)).isFalse();
    assertThat(Checks.allDigits("", 0, 0)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
      "https://www.enisa.europa.eu/, 27",
      "https://www.enisa.europa.eu, 27",
      "http://data.europa.eu/eli/dir/2016/1148/oj, 21",
      "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32016L1148#d1e32, 25",
      "https://a-1.b2.example?q, 22",
      "http://1.2.3.4.example/, 22"
  })
  void plainWebUrlPathFindsWhereThePathStarts(String url, int path) {
    assertThat(Checks.plainWebUrlPath(url)).isEqualTo(path);
    assertThat(Checks.webUrlProblem(url)).isNull();
  }

  /** Not the plain shape: each goes to {@code java.net.URI}, which takes some of them. */
  @ParameterizedTest
  @ValueSource(strings = {
      "http://192.0.2.1/relations", "http://198.51.100.7:81/journal", "https://user@example.org/",
      "https://example.org/a%20b", "https://example.org./", "https://-a.example.org/", "https://a-.example.org/",
      "https://example.123/", "https://exa_mple.org/", "HTTPS://example.org/", "https://example.org/é",
      "https://example.org/a#b#c", "https://example.org/[x]", "https://example.org/a b", "https://",
      "https://.example.org/", "https://example..org/", "ftp://example.org/", "https:example.org"
  })
  void plainWebUrlPathLeavesAnythingElseToUri(String url) {
    assertThat(Checks.plainWebUrlPath(url)).isEqualTo(-1);
  }

  /**
   * Whatever the hand-read shape accepts, {@code java.net.URI} accepts with the same host, path, query and
   * fragment, on text generated near the shape's edges.
   */
  @Test
  void plainWebUrlPathAgreesWithUri() throws URISyntaxException {
    Random random = new Random(20261130L);
    String[] schemes = {"http://", "https://", "https://", "HTTP://", "ftp://", "http:/", ""};
    String hostChars = "abcXYZ019-._~%:@[]!é ";
    String restChars = "abzAZ09-_.!~*'();/?:@&=+$,#";
    String strayChars = "%[]|^`{}\\\"<> é\u0000#";
    int plain = 0;
    int otherwise = 0;
    for (int n = 0; n < 200_000; n++) {
      StringBuilder text = new StringBuilder(schemes[random.nextInt(schemes.length)]);
      int labels = 1 + random.nextInt(4);
      for (int l = 0; l < labels; l++) {
        if (l > 0) {
          text.append(random.nextInt(20) == 0 ? hostChars.charAt(random.nextInt(hostChars.length())) : '.');
        }
        int length = random.nextInt(5);
        for (int c = 0; c < length; c++) {
          text.append(random.nextInt(12) == 0 ? hostChars.charAt(random.nextInt(hostChars.length()))
              : (char) ('a' + random.nextInt(26)));
        }
      }
      if (random.nextInt(4) > 0) {
        text.append('/');
      }
      int rest = random.nextInt(12);
      for (int c = 0; c < rest; c++) {
        text.append(random.nextInt(10) == 0 ? strayChars.charAt(random.nextInt(strayChars.length()))
            : restChars.charAt(random.nextInt(restChars.length())));
      }
      String url = text.toString();
      int path = Checks.plainWebUrlPath(url);
      if (path < 0) {
        otherwise++;
        continue;
      }
      plain++;
      URI uri = new URI(url);
      int hostStart = url.indexOf("://") + 3;
      assertThat(Checks.isWebUrl(uri)).as(url).isTrue();
      assertThat(uri.getHost()).as(url).isEqualTo(url.substring(hostStart, path));
      assertThat(uri.getRawUserInfo()).as(url).isNull();
      assertThat(uri.getPort()).as(url).isEqualTo(-1);
      String after = uri.getRawPath()
          + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
          + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
      assertThat(after).as(url).isEqualTo(url.substring(path));
      assertThat(uri.getPath()).as(url).isEqualTo(uri.getRawPath());
    }
    assertThat(plain).as("generated texts of the plain shape").isGreaterThan(10_000);
    assertThat(otherwise).as("generated texts of another shape").isGreaterThan(10_000);
  }
}
