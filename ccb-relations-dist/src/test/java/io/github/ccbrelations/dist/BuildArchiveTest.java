package io.github.ccbrelations.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive the build wrote in target/dist, read as a user unpacking it would. */
class BuildArchiveTest {
  private static final Dataset BUNDLED = CcbRelations.bundled();
  private static final String TOP = "ccb-relations-dataset-" + BUNDLED.info().datasetVersion().text() + "/";

  private static Path built;
  private static Map<String, byte[]> entries;

  @BeforeAll
  static void readTheBuiltArchive() throws IOException {
    built = Path.of(System.getProperty("dist.directory")).resolve(TOP.replace("/", ".zip"));
    entries = read(built);
  }

  @Test
  void sha256SumsListsEveryOtherFileWithItsDigest() {
    Map<String, String> listed = Sha256Sums.parse(text(Sha256Sums.FILE_NAME));

    Map<String, String> actual = new LinkedHashMap<>();
    entries.forEach((name, bytes) -> {
      if (!name.equals(Sha256Sums.FILE_NAME)) {
        actual.put(name, Sha256Sums.hex(bytes));
      }
    });
    assertThat(listed).isEqualTo(actual);
  }

  @Test
  void holdsTheExactBytesTheLibraryLoadsAndEveryExport() {
    assertThat(Sha256Sums.hex(entries.get("ccb-relations.json"))).isEqualTo(BUNDLED.info().sha256());
    assertThat(entries).containsKeys("ccb-relations-1.schema.json", "context.jsonld", "ccb-relations.ttl",
        "ccb-relations.jsonld", "vocab.ttl", "README.txt");
    for (String lang : new String[] {"fr", "nl", "en", "de"}) {
      assertThat(entries).containsKeys("csv/roles-" + lang + ".csv", "csv/bodies-" + lang + ".csv",
          "csv/instruments-" + lang + ".csv", "csv-bom/roles-" + lang + ".csv",
          "csv-bom/bodies-" + lang + ".csv", "csv-bom/instruments-" + lang + ".csv",
          "graph/relations-" + lang + ".mmd", "graph/relations-" + lang + ".dot");
    }
    assertThat(text("ccb-relations.jsonld")).doesNotContain("\"@context\" : \"http").contains("\"@context\"");
    assertThat(text("graph/relations-fr.mmd")).startsWith("flowchart");
  }

  @Test
  void csvForSpreadsheetsIsThePlainFileAfterAUtf8ByteOrderMark() {
    byte[] plain = entries.get("csv/roles-fr.csv");
    byte[] marked = entries.get("csv-bom/roles-fr.csv");

    assertThat(plain[0]).isNotEqualTo((byte) 0xEF);
    assertThat(Arrays.copyOf(marked, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(Arrays.copyOfRange(marked, 3, marked.length)).isEqualTo(plain);
  }

  @Test
  void carriesBothLicencesAndTheNotice() {
    assertThat(text("LICENSE")).contains("Apache License", "Version 2.0, January 2004");
    assertThat(text("LICENSE-DATA")).startsWith("Creative Commons Attribution 4.0 International");
    assertThat(text("NOTICE")).contains("2011/833/EU");
  }

  @Test
  void buildingAgainGivesTheSameBytes(@TempDir Path again) throws IOException {
    Path zip = BuildArchive.build(again, Path.of(System.getProperty("dist.root")),
        System.getProperty("dist.codeVersion"), Instant.parse(System.getProperty("dist.timestamp")));

    assertThat(zip.getFileName()).isEqualTo(built.getFileName());
    assertThat(Files.readAllBytes(zip)).isEqualTo(Files.readAllBytes(built));
  }

  @Test
  void aChangedFileNoLongerMatchesItsListedDigest() {
    Map<String, String> listed = Sha256Sums.parse(text(Sha256Sums.FILE_NAME));
    byte[] changed = entries.get("csv/roles-en.csv").clone();
    changed[changed.length - 3] ^= 1;

    assertThat(Sha256Sums.hex(changed)).isNotEqualTo(listed.get("csv/roles-en.csv"));
    assertThatThrownBy(() -> Sha256Sums.parse("abc  x\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SHA256SUMS line 1 is not '<digest>  <path>': 'abc  x'");
  }

  private static String text(String name) {
    return new String(entries.get(name), StandardCharsets.UTF_8);
  }

  private static Map<String, byte[]> read(Path zip) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry e : Collections.list(file.entries())) {
        assertThat(e.getName()).startsWith(TOP);
        files.put(e.getName().substring(TOP.length()), file.getInputStream(e).readAllBytes());
      }
    }
    assertThat(new ArrayList<>(files.keySet())).isSorted();
    return files;
  }
}
