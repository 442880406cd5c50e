package com.example.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.testing.CcbRelationsTest;
import io.github.ccbrelations.testing.CcbSoftAssertions;
import org.junit.jupiter.api.Test;

/** What this project proves about how it uses ccb-relations. */
@CcbRelationsTest
class ConsumerSetupTest {
  @Test
  void runsOnThePathThisSurefireExecutionChose() {
    boolean modulePath = Boolean.parseBoolean(System.getProperty("expect.module.path"));

    assertThat(Dataset.class.getModule().isNamed()).isEqualTo(modulePath);
    assertThat(ConsumerSetupTest.class.getModule().isNamed()).isEqualTo(modulePath);
    if (modulePath) {
      assertThat(Dataset.class.getModule().getName()).isEqualTo("io.github.ccbrelations.data");
    }
  }

  /** The jackson-core of this run: the one ccb-relations brings, or the one a profile pinned (invoker.properties). */
  @Test
  void runsOnTheJacksonCoreThisRunAskedFor() throws ReflectiveOperationException {
    Object version = Class.forName("com.fasterxml.jackson.core.json.PackageVersion").getField("VERSION").get(null);

    assertThat(version).hasToString(System.getProperty("expect.jackson.core"));
  }

  /** AssertJ's soft assertions subclass the assertions at run time, which a named module could forbid. */
  @Test
  void softAssertionsCollectOnThisPath(Dataset bundled) {
    CcbSoftAssertions softly = new CcbSoftAssertions();

    softly.assertThat(bundled).hasBody("ccb").isPartOf("enisa");
    softly.assertThat(bundled).hasRole("ccb-csirt").isHeldBy("ccb");

    assertThat(softly.errorsCollected()).singleElement().extracting(Throwable::getMessage).asString()
        .startsWith("Expected body 'ccb' to be part of 'enisa'");
  }

  @Test
  void databindIsOnNoPath() {
    assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.databind.ObjectMapper"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void immutablesIsOnNoPath() {
    assertThatThrownBy(() -> Class.forName("org.immutables.value.Value"))
        .isInstanceOf(ClassNotFoundException.class);
  }
}
