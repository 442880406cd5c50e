package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ccbrelations.data.internal.BuildCheck;
import io.github.ccbrelations.data.internal.Load;
import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules between records are skipped only for the exact bytes the build recorded, by their size and CRC-32C (#19):
 * any other file, a changed bundled file included, gets every check. For those bytes alone, the header can be read
 * without the records ({@code --version}).
 */
class CheckedDigestTest {
  /** A rule between records (a dangling reference) broken; binding alone cannot see it. */
  private static final byte[] BROKEN = Fixture.editRecord("centre-spoc", "\"holder\": \"example-centre\"",
      "\"holder\": \"nobody\"").getBytes(StandardCharsets.UTF_8);

  @TempDir Path folder;

  @Test
  void aFileThatDoesNotMatchTheRecordedDigestIsCheckedInFull() throws Exception {
    BuildCheck recordedForAnotherFile = check(Fixture.bytes());

    DatasetLoadException e = catchThrowableOfType(DatasetLoadException.class,
        () -> DatasetReader.standard().readChecked(file(BROKEN), "bad.json", recordedForAnotherFile));

    assertThat(e.violations()).extracting(Violation::code).containsExactly(ViolationCode.DANGLING_REFERENCE);
  }

  @Test
  void aFileOfTheRecordedSizeWithOneByteChangedIsCheckedInFull() throws Exception {
    // One letter of an id changed: the same size, told apart by the CRC-32C alone.
    byte[] changed = Fixture.editRecord(new String(BROKEN, StandardCharsets.UTF_8), "centre-spoc",
        "\"holder\": \"nobody\"", "\"holder\": \"nobodz\"").getBytes(StandardCharsets.UTF_8);
    BuildCheck recorded = check(BROKEN);

    DatasetLoadException e = catchThrowableOfType(DatasetLoadException.class,
        () -> DatasetReader.standard().readChecked(file(changed), "bad.json", recorded));

    assertThat(changed).hasSameSizeAs(BROKEN);
    assertThat(e.violations()).extracting(Violation::code).containsExactly(ViolationCode.DANGLING_REFERENCE);
  }

  @Test
  void theRecordedDigestIsWhatSkipsTheRules() throws Exception {
    Dataset trusted = DatasetReader.standard().readChecked(file(BROKEN), "bad.json", check(BROKEN));

    assertThat(trusted.info().sha256()).isEqualTo(sha256(BROKEN));
  }

  @Test
  void theSha256OfTheCheckedBytesIsTheBuildsNotComputedAgain() throws Exception {
    // A record whose digest is not the bytes' own, which a build never writes: it shows where the digest comes from.
    BuildCheck withAnotherDigest = new BuildCheck("0".repeat(64), check(BROKEN).crc32c(), BROKEN.length);

    Dataset trusted = DatasetReader.standard().readChecked(file(BROKEN), "bad.json", withAnotherDigest);

    assertThat(trusted.info().sha256()).isEqualTo("0".repeat(64));
  }

  @Test
  void aChangedFileThatIsNotJsonGetsItsOwnError() throws Exception {
    byte[] cut = Arrays.copyOf(BROKEN, BROKEN.length / 2);

    DatasetLoadException e = catchThrowableOfType(DatasetLoadException.class,
        () -> DatasetReader.standard().readChecked(file(cut), "bad.json", check(BROKEN)));

    assertThat(e.violations()).extracting(Violation::code).contains(ViolationCode.SYNTAX);
  }

  @Test
  void withoutARecordedDigestTheFileIsCheckedInFull() throws Exception {
    DatasetLoadException e = catchThrowableOfType(DatasetLoadException.class,
        () -> DatasetReader.standard().readChecked(file(BROKEN), "bad.json", null));

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

    assertThat(Load.checkedHeader(unbindable, check(unbindable))).contains(Fixture.dataset().info().header());
    assertThat(Load.checkedHeader(late, check(late))).contains(Fixture.dataset().info().header());
  }

  @Test
  void otherBytesGiveNoHeaderSoThatTheyAreLoadedInFull() throws Exception {
    byte[] noHeader = "{\"sources\": []}".getBytes(StandardCharsets.UTF_8);
    byte[] notJson = "{\"header\": {".getBytes(StandardCharsets.UTF_8);

    assertThat(Load.checkedHeader(BROKEN, check(Fixture.bytes()))).isEmpty();
    assertThat(Load.checkedHeader(Fixture.bytes(), null)).isEmpty();
    assertThat(Load.checkedHeader(noHeader, check(noHeader))).isEmpty();
    assertThat(Load.checkedHeader(notJson, check(notJson))).isEmpty();
  }

  @Test
  void theBundledHeaderBeforeAnyLoadIsTheBundledDatasetsAndParsesItOnlyWithoutARecordedDigest() throws Exception {
    // A fresh class loader, so that no test has loaded the bundled dataset yet and the header takes its own path.
    try (URLClassLoader loader = FreshClassLoader.create()) {
      Class<?> entry = Class.forName(CcbRelations.class.getName(), true, loader);
      boolean recorded = loader.getResource(CcbRelations.class.getPackageName().replace('.', '/') + "/"
          + CcbRelations.CHECKED_RESOURCE) != null;

      Object header = entry.getMethod("bundledHeader").invoke(null);

      assertThat(header).hasToString(CcbRelations.bundled().info().header().toString());
      assertThat(FreshClassLoader.bundledLoads(loader)).as("loads with a recorded digest: %s", recorded)
          .isEqualTo(recorded ? 0 : 1);
    }
  }

  /** A file of these bytes, as a resource is found. */
  private URL file(byte[] bytes) throws Exception {
    return Files.write(folder.resolve("bad.json"), bytes).toUri().toURL();
  }

  /** What the build records of some bytes. */
  static BuildCheck check(byte[] bytes) throws Exception {
    return BuildCheck.of(bytes, sha256(bytes));
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
