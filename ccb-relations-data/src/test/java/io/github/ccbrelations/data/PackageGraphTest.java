package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The import picture of the data module, drawn from the import lines of its sources (issue #14): no arrow runs back
 * up. The public package uses the others; below it, each package imports only packages lower than itself, lowest
 * first: {@code internal.index} (records, views, name keys), the exported {@code violation} (what a read or a check
 * reports, whose escaping drops what {@code index} calls invisible), {@code internal.json} (parse and bind),
 * {@code internal.rules}, the compact form of the bundled file ({@code internal.compact}, records alone) and the load
 * ({@code internal}). So no step of a load names the public package that runs it.
 * The words for the data live above, in ccb-relations-text, which the module system keeps to the public package. The
 * graph is printed, so that a reader sees it without drawing it.
 */
class PackageGraphTest {
  private static final Path SOURCES = Path.of("src/main/java/io/github/ccbrelations/data");
  private static final String ROOT = "io.github.ccbrelations.data";
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?" + Pattern.quote(ROOT) + "((?:\\.[a-z]+)*)\\.([A-Z*]\\w*)",
          Pattern.MULTILINE);

  /** For each package below the public one, the packages it may import: only lower ones. */
  private static final Map<String, Set<String>> ALLOWED = Map.of(
      "internal.index", Set.of(),
      "violation", Set.of("internal.index"),
      "internal.json", Set.of("violation"),
      "internal.rules", Set.of("violation", "internal.json", "internal.index"),
      "internal.compact", Set.of("internal.index"),
      "internal", Set.of("violation", "internal.json", "internal.rules", "internal.index", "internal.compact"));

  @Test
  void noArrowRunsBackUpAndTheInternalLayersGoOneWay() throws IOException {
    Map<String, Set<String>> graph = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String from = packageOf(file);
        graph.computeIfAbsent(from, k -> new TreeSet<>());
        Matcher m = IMPORT.matcher(Files.readString(file));
        while (m.find()) {
          String to = m.group(1).isEmpty() ? "(api)" : m.group(1).substring(1);
          String type = m.group(2);
          if (!to.equals(from)) {
            graph.get(from).add(to.equals("(api)") ? "(api) " + type : to);
          }
          if (from.equals("(api)")) {
            continue;
          }
          if (type.equals("*")) {
            problems.add(file + ": a wildcard import hides what it uses");
          } else if (to.equals("(api)")) {
            problems.add(file + ": imports the public " + type + " (an arrow back up)");
          } else if (!to.equals(from) && !ALLOWED.getOrDefault(from, Set.of()).contains(to)) {
            problems.add(file + ": " + from + " imports " + to + ", which its layer may not");
          }
        }
      }
    }
    StringBuilder picture = new StringBuilder("Import graph of ccb-relations-data (main):\n");
    graph.forEach((from, to) -> picture.append("  ").append(from).append(" -> ").append(to).append('\n'));
    System.out.print(picture);

    assertThat(graph.keySet()).as("every internal package has its place in ALLOWED\n%s", picture)
        .allMatch(p -> p.equals("(api)") || ALLOWED.containsKey(p));
    assertThat(problems).as("imports that break the layers\n%s", picture).isEmpty();
  }

  private static String packageOf(Path file) {
    Path folder = SOURCES.relativize(file).getParent();
    return folder == null ? "(api)" : folder.toString().replace(java.io.File.separatorChar, '.');
  }
}
