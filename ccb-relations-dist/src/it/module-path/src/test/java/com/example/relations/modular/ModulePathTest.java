package com.example.relations.modular;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.export.RdfExport;
import io.github.ccbrelations.model.Body;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The staged modules, on the module path, as a modular application sees them. */
class ModulePathTest {
  private static final List<Class<?>> ONE_CLASS_PER_MODULE =
      List.of(Body.class, Dataset.class, textClass(), RdfExport.class);

  @Test
  void runsAsNamedModules() {
    assertThat(ModulePathTest.class.getModule().getName()).isEqualTo("com.example.relations.modular");
    assertThat(ONE_CLASS_PER_MODULE).extracting(c -> c.getModule().getName()).containsExactly(
        "io.github.ccbrelations.model", "io.github.ccbrelations.data", "io.github.ccbrelations.text",
        "io.github.ccbrelations.export");
  }

  @Test
  void exportsTheBundledDatasetThroughTheModules() {
    assertThat(RelationsAsTurtle.turtle()).contains("<http://www.w3.org/ns/org#>", "org:Membership");
  }

  @Test
  void everyModuleCameFromTheStagingRepositoryAndCarriesTheLicences() throws Exception {
    for (Class<?> type : ONE_CLASS_PER_MODULE) {
      Module module = type.getModule();
      Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      assertThat(origin(jar)).as("origin of %s", jar).isEqualTo("staging");
      assertThat(resource(module, "META-INF/LICENSE")).as("%s", module).contains("Apache License");
      assertThat(resource(module, "META-INF/LICENSE-DATA")).as("%s", module)
          .startsWith("Creative Commons Attribution 4.0 International");
      assertThat(resource(module, "META-INF/NOTICE")).as("%s", module).contains("CC BY 4.0");
    }
  }

  /** A class of ccb-relations-text, which the export module requires and this project does not name. */
  private static Class<?> textClass() {
    Module text = ModuleLayer.boot().findModule("io.github.ccbrelations.text")
        .orElseThrow(() -> new AssertionError("io.github.ccbrelations.text is not on the module path"));
    Class<?> terms = Class.forName(text, "io.github.ccbrelations.text.Terms");
    if (terms == null) {
      throw new AssertionError("no Terms in " + text);
    }
    return terms;
  }

  private static String resource(Module module, String name) throws IOException {
    try (InputStream in = module.getResourceAsStream(name)) {
      assertThat(in).as("%s in %s", name, module).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * The repository Maven downloaded a file from, as it recorded it beside the file; empty if none. A snapshot is
   * recorded under its timestamped name, of which the -SNAPSHOT file is a copy.
   */
  private static String origin(Path file) throws IOException {
    Path record = file.resolveSibling("_remote.repositories");
    assertThat(record).as("Maven's record of where %s came from", file).exists();
    String name = file.getFileName().toString();
    Pattern recorded = Pattern.compile(
        Pattern.quote(name).replace("-SNAPSHOT", "\\E-\\d{8}\\.\\d{6}-\\d+\\Q") + ">(.*)=");
    for (String line : Files.readAllLines(record, StandardCharsets.UTF_8)) {
      Matcher m = recorded.matcher(line);
      if (m.matches()) {
        Path downloaded = file.resolveSibling(line.substring(0, line.indexOf('>')));
        assertThat(Files.mismatch(downloaded, file)).as("%s is a copy of %s", file, downloaded).isEqualTo(-1L);
        return m.group(1);
      }
    }
    return "";
  }

}
