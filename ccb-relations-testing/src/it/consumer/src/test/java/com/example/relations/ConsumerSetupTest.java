package com.example.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ccbrelations.data.Dataset;
import org.junit.jupiter.api.Test;

/** What this project proves about how it uses ccb-relations. */
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

  @Test
  void immutablesIsOnNoPath() {
    assertThatThrownBy(() -> Class.forName("org.immutables.value.Value"))
        .isInstanceOf(ClassNotFoundException.class);
  }
}
