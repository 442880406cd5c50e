package io.github.ccbrelations.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
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
  @JsonValue
  @Value.Parameter
  String value();

  /**
   * Makes the identifier, checking its format.
   *
   * @param value the URI text
   * @return the identifier; never null
   * @throws IllegalArgumentException if the text is not an ELI URI
   */
  @JsonCreator
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
    String rule = "ELI must be an http(s) URI with a path /eli/<type>/<year>/..., like http://data.europa.eu/eli/dir/2016/1148/oj";
    URI uri;
    try {
      uri = new URI(value());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(rule + ": '" + Checks.abbreviate(value()) + "'", e);
    }
    String path = uri.getPath();
    boolean shape = uri.isAbsolute()
        && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
        && uri.getHost() != null
        && uri.getQuery() == null
        && uri.getFragment() == null
        && path != null
        && Checks.ELI_PATH.matcher(path).matches();
    boolean euShape = !"data.europa.eu".equals(uri.getHost())
        || Checks.EU_ELI_PATH.matcher(path).matches();
    if (!shape || !euShape) {
      throw new IllegalArgumentException(rule + ": '" + Checks.abbreviate(value()) + "'");
    }
  }
}
