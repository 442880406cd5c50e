package com.example.relations;

import static io.github.ccbrelations.testing.CcbAssertions.assertThat;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.testing.CcbRelationsTest;
import org.junit.jupiter.api.Test;

/** The test use of the README's smallest pom: the extension injects the bundled dataset, the assertions check it. */
@CcbRelationsTest
class BundledDataTest {
  @Test
  void theBodiesWeReferToExist(Dataset bundled) {
    assertThat(bundled).knowsBodies("ccb", "enisa", "nis-cooperation-group");
    assertThat(bundled).hasRole("ccb-single-point-of-contact-nis").isHeldBy("ccb").isOnBehalfOf("belgium");
  }
}
