package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one-line summary of a dataset, which a user's small file can make with one record of a type, or none. */
class DatasetInfoTest {
  private static final String SHA256 = "0".repeat(64);

  @Test
  void countsOneRecordOfATypeInTheSingular() {
    DatasetInfo info = new DatasetInfo(Fixture.dataset().info().header(), "one.json", SHA256, 1, 1, 1, 1);

    assertThat(info).hasToString(
        "ccb-relations 2030.01.0 (schema 1.1.0): 1 body, 1 instrument, 1 role, 1 source; sha256 " + SHA256);
  }

  @Test
  void countsNoneAndSeveralInThePlural() {
    DatasetInfo info = new DatasetInfo(Fixture.dataset().info().header(), "some.json", SHA256, 2, 0, 3, 0);

    assertThat(info.toString()).contains("): 0 bodies, 3 instruments, 0 roles, 2 sources; ");
  }
}
