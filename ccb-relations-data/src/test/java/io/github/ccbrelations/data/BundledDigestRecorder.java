package io.github.ccbrelations.data;

import io.github.ccbrelations.data.internal.BuildCheck;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Records the bundled file's SHA-256, CRC-32C and size beside it in the build's classes once every rule has passed on
 * it, so that {@link CcbRelations#bundled()} may skip the rules for these exact bytes (#19). The module's pom runs it
 * once the test classes are compiled, before the tests and whether or not they run, so that a jar built with {@code
 * -DskipTests} carries the record too; {@link BundledDigestRecordTest} checks what it wrote. A file that breaks a rule
 * gets no record, and any earlier one is removed: such a file is checked in full at run time, and the tests list its
 * faults. Public only because exec-maven-plugin looks its {@code main} up from outside the package.
 */
public final class BundledDigestRecorder {
  private BundledDigestRecorder() {}

  /**
   * Records the digest of the bundled file as the main classes hold it.
   *
   * @param args the main classes directory, which the jar is packaged from after this runs
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: BundledDigestRecorder <main classes directory>");
    }
    Path record = Path.of(args[0], CcbRelations.class.getPackageName().replace('.', '/'),
        CcbRelations.CHECKED_RESOURCE);
    ValidationReport report = record(bundledBytes(), record);
    if (!report.errors().isEmpty()) {
      System.err.printf("ccb-relations-data: no digest recorded in %s: the bundled file breaks %d rule(s), so it is"
          + " checked in full at run time.%n%s%n", record, report.errors().size(), report);
    }
  }

  /**
   * Writes the record of {@code bytes} ({@link BuildCheck}) to {@code record} when they pass every rule, and deletes
   * {@code record} otherwise, so that a record never outlives the file it was made for.
   *
   * @return what the rules found; the record was written exactly when it holds no error
   */
  static ValidationReport record(byte[] bytes, Path record) throws Exception {
    ValidationReport report = DatasetReader.standard().validate(bytes, CcbRelations.BUNDLED_RESOURCE);
    if (report.errors().isEmpty()) {
      String text = BuildCheck.of(bytes, CheckedDigestTest.sha256(bytes)).text();
      Files.writeString(record, text, StandardCharsets.US_ASCII);
    } else {
      Files.deleteIfExists(record);
    }
    return report;
  }

  /** The bundled file's bytes, read as {@link CcbRelations} reads them: relative to its class. */
  static byte[] bundledBytes() throws IOException {
    try (InputStream in = CcbRelations.class.getResourceAsStream(CcbRelations.BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled dataset is missing from the main classes: "
            + CcbRelations.BUNDLED_RESOURCE);
      }
      return in.readAllBytes();
    }
  }
}
