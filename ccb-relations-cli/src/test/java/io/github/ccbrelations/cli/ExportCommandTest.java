package io.github.ccbrelations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.export.ContextMode;
import io.github.ccbrelations.export.RdfExport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} writes the forms the ExportAll example writes. */
class ExportCommandTest {
  @TempDir Path folder;

  @Test
  void jsonLdIsWrittenWithItsContextEmbeddedAndReferencedWithTheContextBesideIt() throws IOException {
    Run run = Run.of("export", "--format", "jsonld", "--out", folder.toString());

    assertThat(run.status()).as("%s", run).isZero();
    assertThat(run.out().lines()).containsExactly(folder.resolve("ccb-relations.jsonld").toString(),
        folder.resolve("ccb-relations-reference.jsonld").toString(), folder.resolve("context.jsonld").toString());
    assertThat(Files.readString(folder.resolve("ccb-relations-reference.jsonld")))
        .isEqualTo(RdfExport.jsonLd(CcbRelations.bundled(), ContextMode.REFERENCE));
    assertThat(Files.readString(folder.resolve("ccb-relations.jsonld")))
        .isEqualTo(RdfExport.jsonLd(CcbRelations.bundled(), ContextMode.EMBEDDED));
  }
}
