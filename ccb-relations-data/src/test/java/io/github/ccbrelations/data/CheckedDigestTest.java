package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The rules between records are skipped only for the exact bytes whose digest the build recorded (#19): any other
 * file, a changed bundled file included, gets every check.
 */
class CheckedDigestTest {
  /** A rule between records (a dangling reference) broken; binding alone cannot see it. */
  private static final byte[] BROKEN = Fixture.editRecord("centre-spoc", "\"holder\": \"example-centre\"",
      "\"holder\": \"nobody\"").getBytes(StandardCharsets.UTF_8);

  @Test
  void aFileThatDoesNotMatchTheRecordedDigestIsCheckedInFull() throws Exception {
    String recordedForAnotherFile = sha256(Fixture.bytes());

    DatasetLoadException e = catchThrowableOfType(DatasetLoadException.class,
        () -> DatasetReader.standard().read(new ByteArrayInputStream(BROKEN), "bad.json", recordedForAnotherFile));

    assertThat(e.violations()).extracting(Violation::code).containsExactly(ViolationCode.DANGLING_REFERENCE);
  }

  @Test
  void theRecordedDigestIsWhatSkipsTheRules() throws Exception {
    Dataset trusted = DatasetReader.standard().read(new ByteArrayInputStream(BROKEN), "bad.json", sha256(BROKEN));

    assertThat(trusted.info().sha256()).isEqualTo(sha256(BROKEN));
  }

  @Test
  void withoutARecordedDigestTheFileIsCheckedInFull() {
    DatasetLoadException e = catchThrowableOfType(DatasetLoadException.class,
        () -> DatasetReader.standard().read(new ByteArrayInputStream(BROKEN), "bad.json", null));

    assertThat(e.violations()).extracting(Violation::code).containsExactly(ViolationCode.DANGLING_REFERENCE);
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
