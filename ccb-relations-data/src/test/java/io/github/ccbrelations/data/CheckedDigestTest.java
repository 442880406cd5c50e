package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ccbrelations.data.internal.Load;
import java.io.ByteArrayInputStream;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The rules between records are skipped only for the exact bytes whose digest the build recorded (#19): any other
 * file, a changed bundled file included, gets every check. For those bytes alone, the header can be read without the
 * records ({@code --version}).
 */
class CheckedDigestTest {
  /** A rule between records (a dangling reference) broken; binding alone cannot see it. */
  private static final byte[] BROKEN = Fixture.editRecord("centre-spoc", "\"holder\": \"example-centre\"",
      "\"holder\": \"nobody\"").getBytes(StandardCharsets.UTF_8);

  @Test
  void aFileThatDoesNotMatchTheRecordedDigestIsCheckedInFull() throws Exception {
    String recordedForAnotherFile = sha256(Fixture.bytes());

    DatasetLoadException e = catchThrowableOfType(DatasetLoadException.class,
        () -> DatasetReader.standard()
            .readChecked(new ByteArrayInputStream(BROKEN), "bad.json", recordedForAnotherFile));

    assertThat(e.violations()).extracting(Violation::code).containsExactly(ViolationCode.DANGLING_REFERENCE);
  }

  @Test
  void theRecordedDigestIsWhatSkipsTheRules() throws Exception {
    Dataset trusted =
        DatasetReader.standard().readChecked(new ByteArrayInputStream(BROKEN), "bad.json", sha256(BROKEN));

    assertThat(trusted.info().sha256()).isEqualTo(sha256(BROKEN));
  }

  @Test
  void withoutARecordedDigestTheFileIsCheckedInFull() {
    DatasetLoadException e = catchThrowableOfType(DatasetLoadException.class,
        () -> DatasetReader.standard().readChecked(new ByteArrayInputStream(BROKEN), "bad.json", null));

    assertThat(e.violations()).extracting(Violation::code).containsExactly(ViolationCode.DANGLING_REFERENCE);
  }

  @Test
  void theHeaderOfTheCheckedBytesIsReadAloneWithoutBindingARecord() throws Exception {
    // A record that cannot bind (a number where the holder's id goes): only a full load would see it.
    byte[] unbindable = Fixture.editRecord("centre-spoc", "\"holder\": \"example-centre\"", "\"holder\": 42")
        .getBytes(StandardCharsets.UTF_8);
    // The header after another top-level field, whose value is skipped unread.
    String header = Fixture.text().substring(Fixture.text().indexOf("{", 1), Fixture.text().indexOf("}") + 1);
    byte[] late = ("{\"sources\": [{\"id\": [1, {\"x\": null}]}], \"header\": " + header + "}")
        .getBytes(StandardCharsets.UTF_8);

    assertThat(Load.checkedHeader(unbindable, sha256(unbindable))).contains(Fixture.dataset().info().header());
    assertThat(Load.checkedHeader(late, sha256(late))).contains(Fixture.dataset().info().header());
  }

  @Test
  void otherBytesGiveNoHeaderSoThatTheyAreLoadedInFull() throws Exception {
    byte[] noHeader = "{\"sources\": []}".getBytes(StandardCharsets.UTF_8);
    byte[] notJson = "{\"header\": {".getBytes(StandardCharsets.UTF_8);

    assertThat(Load.checkedHeader(BROKEN, sha256(Fixture.bytes()))).isEmpty();
    assertThat(Load.checkedHeader(Fixture.bytes(), null)).isEmpty();
    assertThat(Load.checkedHeader(noHeader, sha256(noHeader))).isEmpty();
    assertThat(Load.checkedHeader(notJson, sha256(notJson))).isEmpty();
  }

  @Test
  void theBundledHeaderBeforeAnyLoadIsTheBundledDatasetsAndParsesItOnlyWithoutARecordedDigest() throws Exception {
    // A fresh class loader, so that no test has loaded the bundled dataset yet and the header takes its own path.
    try (URLClassLoader loader = FreshClassLoader.create()) {
      Class<?> entry = Class.forName(CcbRelations.class.getName(), true, loader);
      boolean recorded = loader.getResource(CcbRelations.class.getPackageName().replace('.', '/') + "/"
          + CcbRelations.CHECKED_SHA256_RESOURCE) != null;

      Object header = entry.getMethod("bundledHeader").invoke(null);

      assertThat(header).hasToString(CcbRelations.bundled().info().header().toString());
      assertThat(FreshClassLoader.bundledLoads(loader)).as("loads with a recorded digest: %s", recorded)
          .isEqualTo(recorded ? 0 : 1);
    }
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
