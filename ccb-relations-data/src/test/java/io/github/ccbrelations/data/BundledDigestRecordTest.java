package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Records the bundled file's SHA-256 in the build's classes, beside the file, once every rule has passed on it, so
 * that {@link CcbRelations#bundled()} may skip the rules for these exact bytes (#19). A build that skips the tests
 * records nothing, and the bundled file is then checked in full at run time; a stale record matches no other file.
 */
class BundledDigestRecordTest {
  @Test
  void recordsTheDigestOfTheBundledFileOnceItPassesEveryRule() throws Exception {
    byte[] bytes;
    try (InputStream in = CcbRelations.class.getResourceAsStream(CcbRelations.BUNDLED_RESOURCE)) {
      bytes = in.readAllBytes();
    }
    ValidationReport report = DatasetReader.standard().validate(bytes, CcbRelations.BUNDLED_RESOURCE);
    assertThat(report.errors()).as(report.toString()).isEmpty();

    // Set by the pom to the main classes directory, which the jar is packaged from after the tests.
    Path record = Path.of(Objects.requireNonNull(System.getProperty("ccb.bundled.sha256.file"),
        "the system property ccb.bundled.sha256.file, set by the module's pom for surefire"));
    Files.writeString(record, CheckedDigestTest.sha256(bytes) + "\n", StandardCharsets.US_ASCII);
  }
}
