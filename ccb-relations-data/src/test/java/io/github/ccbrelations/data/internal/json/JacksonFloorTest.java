package io.github.ccbrelations.data.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.json.PackageVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The jackson-core floor: the same in the code and the build, passed by this build's Jackson, and an older one
 * refused with a message naming both versions. (The build runs this module's tests once more on the floor version;
 * the consumer project runs the whole library on the floor version and on an older one.)
 */
class JacksonFloorTest {
  @Test
  void theFloorIsTheOneTheBuildStates() {
    assertThat(JacksonFloor.FLOOR).isEqualTo(System.getProperty("jackson.floor.version"));
  }

  @Test
  void theJacksonOfThisBuildPasses() {
    assertThat(PackageVersion.VERSION.compareTo(JacksonFloor.parse(JacksonFloor.FLOOR))).isNotNegative();
    assertThatCode(JacksonFloor::check).doesNotThrowAnyException();
  }

  /** The run at the floor runs on the floor's jackson-core, not on the one the build brings. */
  @Test
  void theJacksonOfThisRunIsTheOneItExpects() {
    assertThat(PackageVersion.VERSION.toString()).isEqualTo(System.getProperty("expect.jackson.core"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.17.0", "2.17.2", "2.20.1", "2.99.0"})
  void theFloorAndLaterPass(String version) {
    assertThat(JacksonFloor.problem(JacksonFloor.parse(version), null)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.16.2", "2.16.0", "2.15.4", "2.12.7", "2.0.0", "1.9.13"})
  void anOlderVersionIsRefusedNamingBothVersionsAndWhereItCameFrom(String version) {
    Version found = JacksonFloor.parse(version);

    assertThat(JacksonFloor.problem(found, "file:/app/lib/jackson-core-" + version + ".jar"))
        .startsWith("ccb-relations-data needs jackson-core 2.17.0 or a later 2.x, but jackson-core " + version
            + " is on the path (file:/app/lib/jackson-core-" + version + ".jar)")
        .contains("jackson-bom.version");
  }
}
