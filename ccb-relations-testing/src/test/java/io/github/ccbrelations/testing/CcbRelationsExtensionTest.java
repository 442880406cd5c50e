package io.github.ccbrelations.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The extension run by the JUnit platform itself on example test classes: what it injects, that it loads each
 * source once per run, and that a bad file fails the test with the loader's message.
 */
class CcbRelationsExtensionTest {
  /** What the examples saw, for this test to look at after they ran. */
  static final List<Dataset> SEEN = new ArrayList<>();

  @CcbRelationsTest
  @TestMethodOrder(MethodOrderer.MethodName.class)
  static class InjectionExample {
    @CcbDataset Dataset bundledField;
    @CcbDataset(resource = "/refs.json") Dataset refsField;
    @CcbDataset(path = "src/test/resources/refs.json") Dataset refsByPath;

    @Test
    void first(Dataset bundled, @CcbDataset(resource = "/refs.json") Dataset refs) {
      SEEN.addAll(List.of(bundled, refs, bundledField, refsField, refsByPath));
    }

    @Test
    void second(@CcbDataset(resource = "/refs.json") Dataset refs) {
      SEEN.add(refs);
    }
  }

  @ExtendWith(CcbRelationsExtension.class)
  static class BrokenFileExample {
    @Test
    void usesABrokenFile(@CcbDataset(resource = "broken-refs.json") Dataset broken) {
      SEEN.add(broken);
    }
  }

  static class BrokenFieldExample {
    @CcbDataset(resource = "broken-refs.json") Dataset broken;

    @Test
    @ExtendWith(CcbRelationsExtension.class)
    void neverRuns() {
      SEEN.add(broken);
    }
  }

  @CcbRelationsTest
  static class NestedExample {
    @CcbDataset(resource = "same-package-refs.json") Dataset outer;

    @Nested
    class Inner {
      @Test
      void seesTheOuterField(@CcbDataset(resource = "same-package-refs.json") Dataset inner) {
        SEEN.addAll(List.of(outer, inner));
      }
    }
  }

  @CcbRelationsTest
  static class MissingResourceExample {
    @Test
    void usesAMissingResource(@CcbDataset(resource = "missing.json") Dataset missing) {
      SEEN.add(missing);
    }
  }

  @CcbRelationsTest
  static class MissingPathExample {
    @Test
    void usesAMissingFile(@CcbDataset(path = "src/test/resources/missing.json") Dataset missing) {
      SEEN.add(missing);
    }
  }

  @CcbRelationsTest
  static class WrongTypeExample {
    @Test
    void marksAString(@CcbDataset(resource = "/refs.json") String text) {
      SEEN.add(CcbRelations.bundled());
    }
  }

  private static Events run(Class<?> example) {
    SEEN.clear();
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(example)).execute().testEvents();
  }

  @Test
  void injectsTheBundledDatasetAndNamedOnesIntoFieldsAndParametersLoadingEachOnce() {
    run(InjectionExample.class).assertStatistics(s -> s.succeeded(2).failed(0));

    assertThat(SEEN).hasSize(6);
    assertThat(SEEN.get(0)).isSameAs(CcbRelations.bundled()).isSameAs(SEEN.get(2));
    assertThat(SEEN.get(1).info().sourceName()).isEqualTo("classpath:/refs.json");
    assertThat(SEEN.get(1)).as("one load per source and run, across fields, parameters and tests")
        .isSameAs(SEEN.get(3)).isSameAs(SEEN.get(5));
    assertThat(SEEN.get(4)).isNotSameAs(SEEN.get(1));
    assertThat(SEEN.get(4).info().sourceName()).endsWith("refs.json");
    assertThat(SEEN.get(4).info().sha256()).isEqualTo(SEEN.get(1).info().sha256());
  }

  @Test
  void badFileInAParameterFailsTheTestWithTheLoadersMessage() {
    run(BrokenFileExample.class).assertThatEvents().haveExactly(1, event(test("usesABrokenFile"),
        finishedWithFailure(message(m -> m.startsWith("cannot load dataset, 2 errors:")
            && m.contains("classpath:/io/github/ccbrelations/testing/broken-refs.json:8:33:")
            && m.contains("$.bodies[1].kind (record 'old-forum')")
            && m.contains(
                "DANGLING_REFERENCE at $.roles[0].holder (record 'centre-member'): unknown body 'nobody'")))));
    assertThat(SEEN).isEmpty();
  }

  @Test
  void relativeResourceIsLoadedOnceForANestedClassAndItsOuterClassAndNamedFromTheRoot() {
    run(NestedExample.class).assertStatistics(s -> s.succeeded(1).failed(0));

    assertThat(SEEN).hasSize(2);
    assertThat(SEEN.get(1)).isSameAs(SEEN.get(0));
    assertThat(SEEN.get(0).info().sourceName())
        .isEqualTo("classpath:/io/github/ccbrelations/testing/same-package-refs.json");
  }

  @Test
  void missingResourceFailsTheTestSayingWhereItWasLookedFor() {
    run(MissingResourceExample.class).assertThatEvents().haveExactly(1, event(test("usesAMissingResource"),
        finishedWithFailure(message("@CcbDataset resource 'missing.json' not found from "
            + MissingResourceExample.class.getName()
            + " (looked for /io/github/ccbrelations/testing/missing.json on the class path)"))));
  }

  @Test
  void missingFileFailsTheTestNamingTheFolderItWasLookedFor() {
    run(MissingPathExample.class).assertThatEvents().haveExactly(1, event(test("usesAMissingFile"),
        finishedWithFailure(message("@CcbDataset path 'src/test/resources/missing.json' not found: there is no "
            + Path.of("src/test/resources/missing.json").toAbsolutePath().normalize()
            + " (a relative path is read from the working directory)"))));
  }

  @Test
  void markedParameterOfAnotherTypeFailsTheTestSayingItMustBeADataset() {
    run(WrongTypeExample.class).assertThatEvents().haveExactly(1, event(test("marksAString"),
        finishedWithFailure(message("@CcbDataset parameter 1 of " + WrongTypeExample.class.getName()
            + ".marksAString is of type java.lang.String; it must be of type io.github.ccbrelations.data.Dataset"))));
    assertThat(SEEN).isEmpty();
  }

  @Test
  void badFileInAFieldFailsTheTestWithTheLoadersMessage() {
    run(BrokenFieldExample.class).assertThatEvents().haveExactly(1, event(test("neverRuns"),
        finishedWithFailure(message(m -> m.startsWith("cannot load dataset, 2 errors:")))));
    assertThat(SEEN).isEmpty();
  }
}
