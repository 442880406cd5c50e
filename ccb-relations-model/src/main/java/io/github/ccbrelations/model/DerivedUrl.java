package io.github.ccbrelations.model;

import java.util.Objects;
import org.immutables.value.Value;

/**
 * Says that a source's address was built from an identifier by a documented pattern and was not read: the address
 * should lead to the document, but no one recorded opening it. A source with a derived address has no
 * {@link Source#consulted()} date.
 *
 * <pre>{@code
 * DerivedUrl derived = DerivedUrl.of(UrlPattern.EUR_LEX_CELEX, "32016L1148");
 * }</pre>
 */
@Value.Immutable
public interface DerivedUrl {

  /**
   * The pattern the address was built by.
   *
   * @return the pattern; never null
   */
  UrlPattern pattern();

  /**
   * The identifier the address was built from, as the pattern writes it: a CELEX number for
   * {@link UrlPattern#EUR_LEX_CELEX}, the ELI path after {@code /eli/} such as
   * {@code loi/2019/04/07/2019011507/moniteur} for {@link UrlPattern#BELGIAN_ELI}.
   *
   * @return the identifier; never null
   */
  String identifier();

  /**
   * An address built by a pattern from an identifier.
   *
   * @param pattern the pattern
   * @param identifier the identifier
   * @return the derived address; never null
   * @throws IllegalArgumentException if the identifier is not one the pattern takes
   */
  static DerivedUrl of(UrlPattern pattern, String identifier) {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(identifier, "identifier");
    return ImmutableDerivedUrl.builder().pattern(pattern).identifier(identifier).build();
  }

  /**
   * Whether an address is the one the pattern builds from the identifier (in any language, for EUR-Lex).
   *
   * @param url an address
   * @return true when the address ends with the identifier in the pattern's form
   */
  default boolean matches(WebUrl url) {
    Objects.requireNonNull(url, "url");
    return switch (pattern()) {
      case EUR_LEX_CELEX -> url.value().startsWith("https://eur-lex.europa.eu/")
          && url.value().endsWith("?uri=CELEX:" + identifier());
      case BELGIAN_ELI -> url.value().equals(Checks.BELGIAN_ELI_BASE + identifier());
    };
  }

  @Value.Check
  default void check() {
    switch (pattern()) {
      case EUR_LEX_CELEX -> {
        try {
          Celex.of(identifier());
        } catch (IllegalArgumentException e) {
          throw new InvalidFieldException("identifier", String.valueOf(e.getMessage()), "pattern");
        }
      }
      case BELGIAN_ELI -> {
        if (!Checks.BELGIAN_ELI_PATH.matcher(identifier()).matches()) {
          throw new InvalidFieldException("identifier",
              "a Belgian ELI path must look like loi/2019/04/07/2019011507/moniteur: '"
              + Checks.abbreviate(identifier()) + "'", "pattern");
        }
      }
    }
  }
}
