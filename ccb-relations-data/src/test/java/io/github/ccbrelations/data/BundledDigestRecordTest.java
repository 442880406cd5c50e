package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The digest the build records beside the bundled file ({@link BundledDigestRecorder}, run before the tests whether
 * or not they run) lets {@link CcbRelations#bundled()} skip the rules between records for those bytes (#19): it must
 * be the bundled file's, and the file must pass every rule; any other file gets no record.
 */
class BundledDigestRecordTest {
  @Test
  void theRecordInTheClassesIsTheDigestOfTheBundledFileWhichPassesEveryRule() throws Exception {
    byte[] bytes = BundledDigestRecorder.bundledBytes();
    ValidationReport report = DatasetReader.standard().validate(bytes, CcbRelations.BUNDLED_RESOURCE);

    assertThat(report.errors()).as(report.toString()).isEmpty();
    try (InputStream record = CcbRelations.class.getResourceAsStream(CcbRelations.CHECKED_SHA256_RESOURCE)) {
      assertThat(record).as("the build's record, %s", CcbRelations.CHECKED_SHA256_RESOURCE).isNotNull();
      assertThat(new String(record.readAllBytes(), StandardCharsets.US_ASCII))
          .isEqualTo(CheckedDigestTest.sha256(bytes) + "\n");
    }
  }

  @Test
  void aFileThatPassesEveryRuleIsRecordedByItsDigest(@TempDir Path folder) throws Exception {
    Path record = folder.resolve(CcbRelations.CHECKED_SHA256_RESOURCE);

    ValidationReport report = BundledDigestRecorder.record(Fixture.bytes(), record);

    assertThat(report.errors()).isEmpty();
    assertThat(Files.readString(record, StandardCharsets.US_ASCII))
        .isEqualTo(CheckedDigestTest.sha256(Fixture.bytes()) + "\n");
  }

  @Test
  void aFileThatBreaksARuleGetsNoRecordAndLosesAnEarlierOne(@TempDir Path folder) throws Exception {
    Path record = Files.writeString(folder.resolve(CcbRelations.CHECKED_SHA256_RESOURCE),
        CheckedDigestTest.sha256(Fixture.bytes()) + "\n", StandardCharsets.US_ASCII);
    byte[] broken = Fixture.editRecord("centre-spoc", "\"holder\": \"example-centre\"", "\"holder\": \"nobody\"")
        .getBytes(StandardCharsets.UTF_8);

    ValidationReport report = BundledDigestRecorder.record(broken, record);

    assertThat(report.errors()).extracting(Violation::code).containsExactly(ViolationCode.DANGLING_REFERENCE);
    assertThat(record).doesNotExist();
  }
}
