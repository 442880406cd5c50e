/**
 * Test support for projects that use ccb-relations: AssertJ assertions ({@code CcbAssertions}), a JUnit 5
 * extension that injects datasets ({@code CcbRelationsExtension}, {@code @CcbDataset}) and checks of a project's
 * own references against a dataset ({@code ReferenceCheck}).
 */
module io.github.ccbrelations.testing {
  requires transitive io.github.ccbrelations.data;
  requires transitive org.assertj.core;
  requires transitive org.junit.jupiter.api;
  requires static org.jspecify;

  exports io.github.ccbrelations.testing;
}
