package io.github.ccbrelations.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Language;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The byte order mark option of the CSV export, as the bytes a spreadsheet program reads. */
class CsvByteOrderMarkTest {
  private static final Dataset DATA = CcbRelations.bundled();

  @Test
  void putsTheUtf8ByteOrderMarkBeforeTheSameText() {
    String plain = CsvExport.roles(DATA, Language.FR);
    byte[] marked = CsvExport.withByteOrderMark(plain).getBytes(StandardCharsets.UTF_8);

    assertThat(Arrays.copyOf(marked, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(new String(marked, 3, marked.length - 3, StandardCharsets.UTF_8)).isEqualTo(plain);
  }

  @Test
  void plainExportHasNoMarkAndMarkingTwiceAddsOne() {
    String plain = CsvExport.bodies(DATA, Language.NL);
    String marked = CsvExport.withByteOrderMark(plain);

    assertThat(plain).doesNotStartWith(CsvExport.BYTE_ORDER_MARK);
    assertThat(CsvExport.withByteOrderMark(marked)).isEqualTo(marked);
  }
}
