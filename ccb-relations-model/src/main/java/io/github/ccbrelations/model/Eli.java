package io.github.ccbrelations.model;

import java.net.URI;
import java.net.URISyntaxException;
import org.immutables.value.Value;

/**
 * A European Legislation Identifier: an http(s) URI whose path starts with {@code /eli/}, such as
 * {@code http://data.europa.eu/eli/dir/2016/1148/oj} or the Belgian
 * {@code http://www.ejustice.just.fgov.be/eli/loi/2019/04/07/2019011507/moniteur}.
 *
 * <p>For {@code data.europa.eu} the path must be {@code /eli/<type>/<year>/<number>/oj...}.
 *
 * <pre>{@code
 * Eli nis = Eli.of("http://data.europa.eu/eli/dir/2016/1148/oj");
 * }</pre>
 */
@Value.Immutable
public interface Eli {
  /**
   * The URI as written.
   *
   * @return the text; never null
   */
  @Value.Parameter
  String value();

  /**
   * Makes the identifier, checking its format.
   *
   * @param value the URI text
   * @return the identifier; never null
   * @throws IllegalArgumentException if the text is not an ELI URI
   */
  static Eli of(String value) {
    return ImmutableEli.of(value);
  }

  /**
   * The identifier as a URI.
   *
   * @return the URI; never null
   */
  default URI uri() {
    return URI.create(value());
  }

  @Value.Check
  default void check() {
    String text = value();
    int pathStart = Checks.plainWebUrlPath(text);
    boolean europa;
    String path;
    if (pathStart >= 0 && text.indexOf('?') < 0 && text.indexOf('#') < 0) {
      // The plain shape, read without a URI: the host runs from the scheme to the path, and nothing is escaped.
      int hostStart = Checks.webUrlHost(text);
      europa = pathStart - hostStart == 14 && text.startsWith("data.europa.eu", hostStart);
      path = text.substring(pathStart);
    } else {
      URI uri;
      try {
        uri = new URI(text);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(eliRule(text), e);
      }
      if (!Checks.isWebUrl(uri) || uri.getQuery() != null || uri.getFragment() != null || uri.getPath() == null) {
        throw new IllegalArgumentException(eliRule(text));
      }
      europa = "data.europa.eu".equals(uri.getHost());
      path = uri.getPath();
    }
    if (!Checks.ELI_PATH.matcher(path).matches() || (europa && !Checks.EU_ELI_PATH.matcher(path).matches())) {
      throw new IllegalArgumentException(eliRule(text));
    }
  }

  private static String eliRule(String text) {
    return "ELI must be an http(s) URI with a path /eli/<type>/<year>/..., like"
        + " http://data.europa.eu/eli/dir/2016/1148/oj: '" + Checks.abbreviate(text) + "'";
  }
}
