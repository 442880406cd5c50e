package io.github.ccbrelations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The four slug identifiers: {@link BodyId}, {@link RoleId}, {@link InstrumentId} and {@link SourceId}. */
class SlugIdTest {
  /** Each identifier type as a function from slug to the value of the identifier made from it. */
  private static final List<Named<Function<String, String>>> FACTORIES = List.of(
      Named.of("BodyId", s -> BodyId.of(s).value()),
      Named.of("RoleId", s -> RoleId.of(s).value()),
      Named.of("InstrumentId", s -> InstrumentId.of(s).value()),
      Named.of("SourceId", s -> SourceId.of(s).value()));

  static Stream<Arguments> goodSlugs() {
    return FACTORIES.stream()
        .flatMap(f -> Stream.of("enisa", "ccb-spoc-nis", "nis2", "a", "x".repeat(80), "2019-law")
            .map(slug -> Arguments.of(f, slug)));
  }

  static Stream<Arguments> badSlugs() {
    return FACTORIES.stream()
        .flatMap(f -> Stream.of(
                "ENISA", "Enisa", "ccb spoc", "ccb--spoc", "-ccb", "ccb-", "ccb_spoc", "ccb.be", "été", "x".repeat(81),
                "")
            .map(slug -> Arguments.of(f, slug)));
  }

  @ParameterizedTest
  @MethodSource("goodSlugs")
  void acceptsLowerCaseSlugs(Function<String, String> factory, String slug) {
    assertThat(factory.apply(slug)).isEqualTo(slug);
  }

  @ParameterizedTest
  @MethodSource("badSlugs")
  void rejectsAnythingButALowerCaseSlugNamingTheValue(Function<String, String> factory, String slug) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> factory.apply(slug))
        .withMessageContaining("slug")
        .withMessageContaining("'" + slug + "'");
  }

  @Test
  void namesTheKindOfIdentifierInTheMessage() {
    assertThatIllegalArgumentException().isThrownBy(() -> BodyId.of("X")).withMessageStartingWith("body id ");
    assertThatIllegalArgumentException().isThrownBy(() -> RoleId.of("X")).withMessageStartingWith("role id ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> InstrumentId.of("X"))
        .withMessageStartingWith("legal instrument id ");
    assertThatIllegalArgumentException().isThrownBy(() -> SourceId.of("X")).withMessageStartingWith("source id ");
  }

  @Test
  void equalSlugsMakeEqualIdsAndDifferentOnesDoNot() {
    assertThat(BodyId.of("enisa")).isEqualTo(BodyId.of("enisa")).hasSameHashCodeAs(BodyId.of("enisa"));
    assertThat(BodyId.of("enisa")).isNotEqualTo(BodyId.of("ccb"));
  }

  @Test
  void ordersIdsByTheirSlug() {
    assertThat(Stream.of("gfce", "ccb", "enisa").map(BodyId::of).sorted().map(BodyId::value))
        .containsExactly("ccb", "enisa", "gfce");
    assertThat(RoleId.of("a")).isLessThan(RoleId.of("b"));
    assertThat(InstrumentId.of("nis2-directive")).isGreaterThan(InstrumentId.of("nis-directive"));
    assertThat(SourceId.of("x")).isEqualByComparingTo(SourceId.of("x"));
  }
}
