package io.github.ccbrelations.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ccbrelations.data.DatasetReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load-throughput ratio measured in pairs, for machines whose speed drifts (shared hosts, busy neighbours): in
 * one JVM, after a warm-up, each round times a load, a {@code JsonNode} tree of the same bytes and a token-only pass
 * back to back, each after a full collection, and keeps the ratio of that round. The median of the rounds' ratios
 * is robust to a slow moment, which falls on both sides of one pair instead of on one benchmark of a JMH run.
 *
 * <p>It is not robust to the JIT: the tree's own time varies by up to 2x from one JVM to the next on the same
 * machine (17, 25 and 34 ms for the 10k file in three JVMs that ran the tree alone), as the compiler's choices
 * differ. {@code -forks N} therefore runs the measurement in N fresh JVMs one after the other (same JVM options, same
 * class path), prints each JVM's row, and ends with the median of the JVMs' ratios.
 *
 * <p>Each round times the standard reader as it comes (on a machine with more than one processor it takes a second
 * thread from the common pool: {@code DatasetReader.withExecutor}) and, last, the same reader on the calling thread
 * alone ({@code withoutExecutor()}), so the two meet the same moments of the machine.
 *
 * <p>Usage: {@code LoadRatio [-n] [-forks N] records [rounds] [warm-up seconds]}; {@code -n} prints the table rows
 * only.
 */
public final class LoadRatio {
  private LoadRatio() {}

  /**
   * Runs it.
   *
   * @param args see the class comment
   * @throws IOException if the synthetic file cannot be made or read
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    boolean rowOnly = args.length > 0 && args[0].equals("-n");
    int at = rowOnly ? 1 : 0;
    if (args.length > at + 1 && args[at].equals("-forks")) {
      forks(Integer.parseInt(args[at + 1]), rowOnly, List.of(args).subList(at + 2, args.length));
      return;
    }
    int records = Integer.parseInt(args[at]);
    int rounds = args.length > at + 1 ? Integer.parseInt(args[at + 1]) : 30;
    int warmUpSeconds = args.length > at + 2 ? Integer.parseInt(args[at + 2]) : 20;

    byte[] bytes = Files.readAllBytes(SyntheticDataset.cached(records));
    DatasetReader reader = DatasetReader.standard().withMaxBytes(1L << 30);
    DatasetReader oneThread = reader.withoutExecutor();
    ObjectMapper mapper = new ObjectMapper();

    long warmUpEnd = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
    while (System.nanoTime() < warmUpEnd) {
      sink(reader.read(bytes, "synthetic"));
      sink(oneThread.read(bytes, "synthetic"));
      sink(mapper.readTree(bytes));
      sink(LoadBenchmark.tokens(mapper, bytes));
    }

    List<Double> ccb = new ArrayList<>();
    List<Double> tree = new ArrayList<>();
    List<Double> tokens = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    List<Double> oneThreadMs = new ArrayList<>();
    List<Double> oneThreadRatios = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      System.gc();
      long t0 = System.nanoTime();
      sink(reader.read(bytes, "synthetic"));
      long t1 = System.nanoTime();
      System.gc();
      long t2 = System.nanoTime();
      sink(mapper.readTree(bytes));
      long t3 = System.nanoTime();
      System.gc();
      long t4 = System.nanoTime();
      sink(LoadBenchmark.tokens(mapper, bytes));
      long t5 = System.nanoTime();
      System.gc();
      long t6 = System.nanoTime();
      sink(oneThread.read(bytes, "synthetic"));
      long t7 = System.nanoTime();
      oneThreadMs.add((t7 - t6) / 1e6);
      oneThreadRatios.add((double) (t3 - t2) / (t7 - t6));
      ccb.add((t1 - t0) / 1e6);
      tree.add((t3 - t2) / 1e6);
      tokens.add((t5 - t4) / 1e6);
      ratios.add((double) (t3 - t2) / (t1 - t0));
    }
    double mb = bytes.length / 1e6;
    if (!rowOnly) {
      System.out.println(HEADER);
    }
    System.out.printf(Locale.ROOT,
        "| %,d | %.1f | %d | %.1f | %.1f | %.1f | %.1f | %.1f | **%.2fx** | %.2fx-%.2fx | **%.2fx** | %.2fx-%.2fx |%n",
        records, mb, rounds, median(ccb), mb / median(ccb) * 1000, median(tree), median(tokens), median(oneThreadMs),
        median(ratios), quantile(ratios, 0.25), quantile(ratios, 0.75),
        median(oneThreadRatios), quantile(oneThreadRatios, 0.25), quantile(oneThreadRatios, 0.75));
    if (blackhole == Long.MIN_VALUE) {
      System.out.println(blackhole); // never: keeps the results alive for the JIT
    }
  }

  private static final String HEADER = "| records | file MB | rounds | ccb load ms | ccb MB/s | JsonNode ms "
      + "| tokens only ms | ccb one thread ms | ccb / JsonNode throughput, median of rounds | middle half of rounds "
      + "| one thread / JsonNode | middle half of rounds |\n"
      + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

  /** The bold ratios of a row: the standard reader, then on one thread. */
  private static final Pattern RATIO = Pattern.compile("\\*\\*([0-9.]+)x\\*\\*");

  private static void forks(int forks, boolean rowOnly, List<String> rest) throws IOException, InterruptedException {
    String launcher = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>();
    command.add(launcher);
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(LoadRatio.class.getName());
    command.add("-n");
    command.addAll(rest);
    if (!rowOnly) {
      System.out.println(HEADER);
    }
    List<Double> ratios = new ArrayList<>();
    List<Double> oneThreadRatios = new ArrayList<>();
    for (int f = 0; f < forks; f++) {
      Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (child.waitFor() != 0) {
        throw new IOException("fork " + (f + 1) + " failed: " + out);
      }
      System.out.println(out);
      Matcher m = RATIO.matcher(out);
      if (!m.find()) {
        throw new IOException("fork " + (f + 1) + " printed no ratio: " + out);
      }
      ratios.add(Double.parseDouble(m.group(1)));
      if (!m.find()) {
        throw new IOException("fork " + (f + 1) + " printed no one-thread ratio: " + out);
      }
      oneThreadRatios.add(Double.parseDouble(m.group(1)));
    }
    System.out.printf(Locale.ROOT,
        "| %,d records, %d JVMs | | | | | | | | **%.2fx** median of the JVMs | %.2fx-%.2fx "
            + "| **%.2fx** median | %.2fx-%.2fx |%n",
        Integer.parseInt(rest.get(0)), forks, median(ratios), Collections.min(ratios), Collections.max(ratios),
        median(oneThreadRatios), Collections.min(oneThreadRatios), Collections.max(oneThreadRatios));
  }

  private static long blackhole;

  private static void sink(Object o) {
    blackhole += System.identityHashCode(o) & 1;
  }

  private static void sink(long n) {
    blackhole += n & 1;
  }

  private static double median(List<Double> values) {
    return quantile(values, 0.5);
  }

  private static double quantile(List<Double> values, double q) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    double index = q * (sorted.size() - 1);
    int low = (int) Math.floor(index);
    int high = (int) Math.ceil(index);
    return sorted.get(low) + (sorted.get(high) - sorted.get(low)) * (index - low);
  }
}
