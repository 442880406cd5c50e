package io.github.ccbrelations.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the compact form of the bundled file ({@link CompactWriter}) beside it in the build's classes once every rule
 * has passed on it, so that {@link CcbRelations#bundled()} reads these exact bytes without parsing them (#19). The
 * module's pom runs it once the test classes are compiled, before the tests and whether or not they run, so that a jar
 * built with {@code -DskipTests} carries the form too; {@link CompactFormRecordTest} checks what it wrote. A file that
 * breaks a rule gets no form, and any earlier one is removed: such a file is checked in full at run time, and the tests
 * list its faults. Public only because exec-maven-plugin looks its {@code main} up from outside the package.
 */
public final class CompactFormRecorder {
  private CompactFormRecorder() {}

  /**
   * Writes the compact form of the bundled file as the main classes hold it.
   *
   * @param args the main classes directory, which the jar is packaged from after this runs
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CompactFormRecorder <main classes directory>");
    }
    Path form = Path.of(args[0], CcbRelations.class.getPackageName().replace('.', '/'),
        CcbRelations.COMPACT_RESOURCE);
    ValidationReport report = record(bundledBytes(), form);
    if (!report.errors().isEmpty()) {
      System.err.printf("ccb-relations-data: no compact form written to %s: the bundled file breaks %d rule(s), so it"
          + " is checked in full at run time.%n%s%n", form, report.errors().size(), report);
    }
  }

  /**
   * Writes the compact form of {@code bytes} to {@code form} when they pass every rule, and deletes {@code form}
   * otherwise, so that a form never outlives the file it was made of.
   *
   * @return what the rules found; the form was written exactly when it holds no error
   */
  static ValidationReport record(byte[] bytes, Path form) throws IOException {
    ValidationReport report = DatasetReader.standard().validate(bytes, CcbRelations.BUNDLED_RESOURCE);
    if (report.errors().isEmpty()) {
      Dataset data = DatasetReader.standard().read(bytes, CcbRelations.BUNDLED_RESOURCE);
      Files.write(form, CompactWriter.write(bytes, data.records));
    } else {
      Files.deleteIfExists(form);
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
