package io.github.ccbrelations.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns JMH's JSON results ({@code -rf json}) into the Markdown tables of BENCHMARKS.md, with the ratios the targets
 * are stated in. Usage: {@code Report results1.json results2.json ...}.
 */
public final class Report {
  /** benchmark class.method -> records -> [score, error]. */
  private final Map<String, Map<Integer, double[]>> scores = new TreeMap<>();

  private Report() {}

  /**
   * Prints the tables.
   *
   * @param args the JMH result files
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Report r = new Report();
    for (String a : args) {
      Path p = Path.of(a);
      if (Files.isRegularFile(p)) {
        r.read(p);
      }
    }
    r.load();
    r.queries();
    r.sparql();
  }

  private void read(Path file) throws IOException {
    for (JsonNode run : new ObjectMapper().readTree(file.toFile())) {
      String name = run.get("benchmark").asText();
      name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      int records = run.path("params").path("records").asInt();
      JsonNode m = run.get("primaryMetric");
      double score = m.get("score").asDouble();
      double error = m.get("scoreError").isNumber() ? m.get("scoreError").asDouble() : Double.NaN;
      scores.computeIfAbsent(name, k -> new TreeMap<>()).put(records, new double[] {score, error});
    }
  }

  private double score(String name, int records) {
    double[] s = scores.getOrDefault(name, Map.of()).get(records);
    return s == null ? Double.NaN : s[0];
  }

  private void load() throws IOException {
    Map<Integer, double[]> ccb = scores.get("LoadBenchmark.ccbLoad");
    if (ccb == null) {
      return;
    }
    System.out.println("### Load: parse + validate + index, against plain databind and a JsonNode tree");
    System.out.println();
    System.out.println("| records | file MB | ccb load ms | ccb MB/s | ccb records/s | JsonNode ms | JsonNode MB/s "
        + "| ccb / JsonNode throughput | databind peer ms | ccb / databind peer | first plain query of a day ms "
        + "| allTime() view ms |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (int records : ccb.keySet()) {
      double mb = Files.size(SyntheticDataset.cached(records)) / 1e6;
      double ms = score("LoadBenchmark.ccbLoad", records);
      double peer = score("LoadBenchmark.databindPeer", records);
      double tree = score("LoadBenchmark.jacksonTree", records);
      System.out.printf(Locale.ROOT,
          "| %,d | %.1f | %.1f ± %.1f | %.1f | %,.0f | %.1f | %.1f | **%.2fx** | %.1f | %.2fx | %.2f | %.2f |%n",
          records, mb, ms, ccb.get(records)[1], mb / ms * 1000, records / ms * 1000, tree, mb / tree * 1000,
          tree / ms, peer, peer / ms, score("LoadBenchmark.firstPlainQueryOfADay", records),
          score("LoadBenchmark.allTimeView", records));
    }
    System.out.println();
    if (!scores.containsKey("LoadBenchmark.jacksonTokens")) {
      return;
    }
    System.out.println("### Where the load's time goes");
    System.out.println();
    System.out.println("| records | JsonNode tree ms | tokens only ms | SHA-256 ms | ccb load ms "
        + "| ccb beyond tokens + SHA-256 ms | tokens + SHA-256 / ccb |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
    for (int records : ccb.keySet()) {
      double ms = score("LoadBenchmark.ccbLoad", records);
      double tokens = score("LoadBenchmark.jacksonTokens", records);
      double sha = score("LoadBenchmark.sha256", records);
      System.out.printf(Locale.ROOT, "| %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f |%n", records,
          score("LoadBenchmark.jacksonTree", records), tokens, sha, ms, ms - tokens - sha, (tokens + sha) / ms);
    }
    System.out.println();
  }

  private void queries() {
    TreeSet<Integer> sizes = new TreeSet<>();
    scores.forEach((k, v) -> {
      if (k.startsWith("QueryBenchmark.")) {
        sizes.addAll(v.keySet());
      }
    });
    if (sizes.isEmpty()) {
      return;
    }
    System.out.println("### Query helpers on a kept all-time view, ns per call");
    System.out.println();
    StringBuilder head = new StringBuilder("| helper |");
    StringBuilder line = new StringBuilder("|---|");
    for (int s : sizes) {
      head.append(String.format(Locale.ROOT, " %,d |", s));
      line.append("---:|");
    }
    head.append(" largest / smallest |");
    line.append("---:|");
    System.out.println(head);
    System.out.println(line);
    scores.forEach((k, v) -> {
      if (!k.startsWith("QueryBenchmark.")) {
        return;
      }
      StringBuilder row = new StringBuilder("| " + k.substring("QueryBenchmark.".length()) + " |");
      for (int s : sizes) {
        double[] x = v.get(s);
        row.append(x == null ? " |" : String.format(Locale.ROOT, " %.1f |", x[0]));
      }
      double ratio = v.get(sizes.last()) == null || v.get(sizes.first()) == null ? Double.NaN
          : v.get(sizes.last())[0] / v.get(sizes.first())[0];
      row.append(String.format(Locale.ROOT, " %.2fx |", ratio));
      System.out.println(row);
    });
    System.out.println();
  }

  private void sparql() {
    Map<String, Map<Integer, double[]>> sparql = new TreeMap<>();
    scores.forEach((k, v) -> {
      if (k.startsWith("SparqlBenchmark.")) {
        sparql.put(k.substring("SparqlBenchmark.".length()), v);
      }
    });
    if (sparql.isEmpty()) {
      return;
    }
    System.out.println("### The same questions with Jena SPARQL over the Turtle export");
    System.out.println();
    System.out.println("| question | records | helper ns | SPARQL ns | helper speed-up |");
    System.out.println("|---|---:|---:|---:|---:|");
    sparql.forEach((q, v) -> v.forEach((records, x) -> {
      double helper = score("QueryBenchmark." + q, records);
      System.out.printf(Locale.ROOT, "| %s | %,d | %.1f | %,.0f | **%,.0fx** |%n", q, records, helper, x[0],
          x[0] / helper);
    }));
    System.out.println();
  }
}
