package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.internal.BuildCheck;
import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The record the build writes beside the bundled file ({@link BundledDigestRecorder}, run before the tests whether
 * or not they run) lets {@link CcbRelations#bundled()} skip the rules between records for those bytes (#19): it must
 * be the bundled file's, and the file must pass every rule; any other file gets no record.
 */
class BundledDigestRecordTest {
  @Test
  void theRecordInTheClassesIsTheDigestOfTheBundledFileWhichPassesEveryRule() throws Exception {
    byte[] bytes = BundledDigestRecorder.bundledBytes();
    ValidationReport report = DatasetReader.standard().validate(bytes, CcbRelations.BUNDLED_RESOURCE);

    assertThat(report.errors()).as(report.toString()).isEmpty();
    try (InputStream record = CcbRelations.class.getResourceAsStream(CcbRelations.CHECKED_RESOURCE)) {
      assertThat(record).as("the build's record, %s", CcbRelations.CHECKED_RESOURCE).isNotNull();
      BuildCheck recorded = BuildCheck.read(record);
      assertThat(recorded).isNotNull();
      assertThat(recorded.sha256()).isEqualTo(CheckedDigestTest.sha256(bytes));
      assertThat(recorded.size()).isEqualTo(bytes.length);
      assertThat(recorded.matches(bytes)).isTrue();
    }
  }

  @Test
  void aFileThatPassesEveryRuleIsRecordedByItsDigest(@TempDir Path folder) throws Exception {
    Path record = folder.resolve(CcbRelations.CHECKED_RESOURCE);

    ValidationReport report = BundledDigestRecorder.record(Fixture.bytes(), record);

    assertThat(report.errors()).isEmpty();
    try (InputStream in = Files.newInputStream(record)) {
      assertThat(BuildCheck.read(in)).isEqualTo(CheckedDigestTest.check(Fixture.bytes()));
    }
  }

  @Test
  void aFileThatBreaksARuleGetsNoRecordAndLosesAnEarlierOne(@TempDir Path folder) throws Exception {
    Path record = Files.writeString(folder.resolve(CcbRelations.CHECKED_RESOURCE),
        CheckedDigestTest.check(Fixture.bytes()).text(), StandardCharsets.US_ASCII);
    byte[] broken = Fixture.editRecord("centre-spoc", "\"holder\": \"example-centre\"", "\"holder\": \"nobody\"")
        .getBytes(StandardCharsets.UTF_8);

    ValidationReport report = BundledDigestRecorder.record(broken, record);

    assertThat(report.errors()).extracting(Violation::code).containsExactly(ViolationCode.DANGLING_REFERENCE);
    assertThat(record).doesNotExist();
  }
}
