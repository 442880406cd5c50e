package io.github.ccbrelations.model;

import java.net.URI;
import org.immutables.value.Value;

/**
 * The address of a web page: an absolute {@code http} or {@code https} URL with a host, such as
 * {@code https://www.enisa.europa.eu/}. It keeps the text as written and makes a {@link URI} only when asked, so a
 * dataset of many sources does not parse and keep a {@code URI} for each.
 *
 * <pre>{@code
 * WebUrl enisa = WebUrl.of("https://www.enisa.europa.eu/");
 * URI uri = enisa.uri();
 * }</pre>
 */
@Value.Immutable
public interface WebUrl {
  /**
   * The URL as written.
   *
   * @return the text; never null
   */
  @Value.Parameter
  String value();

  /**
   * Makes the address, checking that it is an absolute http or https URL with a host.
   *
   * @param value the URL text
   * @return the address; never null
   * @throws IllegalArgumentException if the text is not such a URL; the message says why
   */
  static WebUrl of(String value) {
    return ImmutableWebUrl.of(value);
  }

  /**
   * The address as a URI, parsed on each call.
   *
   * @return the URI; never null
   */
  default URI uri() {
    return URI.create(value());
  }

  @Value.Check
  default void check() {
    String problem = Checks.webUrlProblem(value());
    if (problem != null) {
      throw new IllegalArgumentException(
          "'" + Checks.abbreviate(value()) + "' is not a web address: " + problem);
    }
  }
}
