package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compact form the build writes beside the bundled file ({@link CompactFormRecorder}, run before the tests whether
 * or not they run) lets {@link CcbRelations#bundled()} skip the parse for those bytes (#19): it must be made of the
 * bundled file, and the file must pass every rule; any other file gets no form.
 */
class CompactFormRecordTest {
  @Test
  void theFormInTheClassesIsMadeOfTheBundledFileWhichPassesEveryRule() throws Exception {
    byte[] bytes = CompactFormRecorder.bundledBytes();
    ValidationReport report = DatasetReader.standard().validate(bytes, CcbRelations.BUNDLED_RESOURCE);

    assertThat(report.errors()).as(report.toString()).isEmpty();
    try (InputStream form = CcbRelations.class.getResourceAsStream(CcbRelations.COMPACT_RESOURCE)) {
      assertThat(form).as("the build's compact form, %s", CcbRelations.COMPACT_RESOURCE).isNotNull();
      assertThat(form.readAllBytes()).isEqualTo(CompactWriter.write(bytes,
          DatasetReader.standard().read(bytes, CcbRelations.BUNDLED_RESOURCE).records));
    }
  }

  @Test
  void aFileThatPassesEveryRuleGetsItsForm(@TempDir Path folder) throws Exception {
    Path form = folder.resolve(CcbRelations.COMPACT_RESOURCE);

    ValidationReport report = CompactFormRecorder.record(Fixture.bytes(), form);

    assertThat(report.errors()).isEmpty();
    assertThat(form).hasBinaryContent(CompactWriter.write(Fixture.bytes(), Fixture.dataset().records));
  }

  @Test
  void aFileThatBreaksARuleGetsNoFormAndLosesAnEarlierOne(@TempDir Path folder) throws Exception {
    Path form = Files.write(folder.resolve(CcbRelations.COMPACT_RESOURCE),
        CompactWriter.write(Fixture.bytes(), Fixture.dataset().records));
    byte[] broken = Fixture.editRecord("centre-spoc", "\"holder\": \"example-centre\"", "\"holder\": \"nobody\"")
        .getBytes(StandardCharsets.UTF_8);

    ValidationReport report = CompactFormRecorder.record(broken, form);

    assertThat(report.errors()).extracting(Violation::code).containsExactly(ViolationCode.DANGLING_REFERENCE);
    assertThat(form).doesNotExist();
  }
}
