package io.github.ccbrelations.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ccbrelations.data.DatasetReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load's throughput measured in pairs, for machines whose speed drifts (shared hosts, busy neighbours): in one JVM,
 * after a warm-up, each round times a load, the databind peer ({@link DatabindPeer}: the same file bound into the same
 * model types with no rule and no index), a {@code JsonNode} tree and, when given, the loader of an earlier build,
 * back to back, each after a full collection, and keeps the ratios of that round. The median of the rounds' ratios is
 * robust to a slow moment, which falls on both sides of one pair.
 *
 * <p>It is not robust to the JIT: a peer's own time varies from one JVM to the next as the compiler's choices differ.
 * {@code -forks N} runs the measurement in N fresh JVMs one after the other (same JVM options, same class path),
 * prints each JVM's row, and ends with the median of the JVMs' ratios.
 *
 * <p>{@code -before JARS} (a path list of an earlier build's data and model jars) times that loader too, in its own
 * class loader beside this one's, on the same bytes: the "before / now" column is its time over this load's.
 *
 * <p>{@code -cpu} times the calling thread's CPU instead of the wall clock: on a machine busy with other work, the
 * time a load waits for a core is left out (every loader timed runs on the calling thread alone).
 *
 * <p>Usage: {@code LoadRatio [-n] [-cpu] [-forks N] [-before JARS] records [rounds] [warm-up seconds]}; {@code -n}
 * prints the table rows only.
 */
public final class LoadRatio {
  private LoadRatio() {}

  /**
   * Runs it.
   *
   * @param args see the class comment
   * @throws Exception if the synthetic file cannot be made or read, or the earlier loader cannot be called
   */
  public static void main(String[] args) throws Exception {
    List<String> rest = new ArrayList<>(List.of(args));
    boolean rowOnly = rest.remove("-n");
    boolean cpu = rest.remove("-cpu");
    int forks = option(rest, "-forks") == null ? 0 : Integer.parseInt(option(rest, "-forks"));
    if (forks > 0) {
      rest.subList(rest.indexOf("-forks"), rest.indexOf("-forks") + 2).clear();
      forks(forks, rowOnly, cpu, rest);
      return;
    }
    String beforeJars = option(rest, "-before");
    if (beforeJars != null) {
      rest.subList(rest.indexOf("-before"), rest.indexOf("-before") + 2).clear();
    }
    int records = Integer.parseInt(rest.get(0));
    int rounds = rest.size() > 1 ? Integer.parseInt(rest.get(1)) : 30;
    int warmUpSeconds = rest.size() > 2 ? Integer.parseInt(rest.get(2)) : 20;

    byte[] bytes = Files.readAllBytes(SyntheticDataset.cached(records));
    DatasetReader reader = SyntheticDataset.reader();
    DatabindPeer peer = new DatabindPeer();
    ObjectMapper mapper = new ObjectMapper();
    Loader before = beforeJars == null ? null : earlier(beforeJars);
    Stopwatch stopwatch = new Stopwatch(cpu);

    long warmUpEnd = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
    while (System.nanoTime() < warmUpEnd) {
      sink(reader.read(bytes, "synthetic"));
      sink(peer.read(bytes));
      sink(mapper.readTree(bytes));
      if (before != null) {
        sink(before.load(bytes));
      }
    }

    List<Double> ccb = new ArrayList<>();
    List<Double> peerMs = new ArrayList<>();
    List<Double> tree = new ArrayList<>();
    List<Double> peerRatios = new ArrayList<>();
    List<Double> treeRatios = new ArrayList<>();
    List<Double> beforeRatios = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      double load = stopwatch.time(() -> reader.read(bytes, "synthetic"));
      double bound = stopwatch.time(() -> peer.read(bytes));
      double nodes = stopwatch.time(() -> mapper.readTree(bytes));
      ccb.add(load);
      peerMs.add(bound);
      tree.add(nodes);
      peerRatios.add(bound / load);
      treeRatios.add(nodes / load);
      if (before != null) {
        beforeRatios.add(stopwatch.time(() -> before.load(bytes)) / load);
      }
    }
    double mb = bytes.length / 1e6;
    if (!rowOnly) {
      System.out.println(HEADER);
    }
    System.out.printf(Locale.ROOT,
        "| %,d | %.1f | %d | %.1f | %.1f | %.1f | **%.2fx** | %.2fx-%.2fx | %.2fx | %s |%n",
        records, mb, rounds, median(ccb), median(peerMs), median(tree),
        median(peerRatios), quantile(peerRatios, 0.25), quantile(peerRatios, 0.75), median(treeRatios),
        before == null ? "-" : String.format(Locale.ROOT, "**%.2fx** (%.2fx-%.2fx)", median(beforeRatios),
            quantile(beforeRatios, 0.25), quantile(beforeRatios, 0.75)));
    if (blackhole == Long.MIN_VALUE) {
      System.out.println(blackhole); // never: keeps the results alive for the JIT
    }
  }

  /** A loader's read of bytes. */
  private interface Loader {
    Object load(byte[] bytes) throws Exception;
  }

  /** The standard reader of an earlier build, on the calling thread, in a class loader of its own. */
  private static Loader earlier(String jars) throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String jar : jars.split(java.io.File.pathSeparator)) {
      urls.add(Path.of(jar).toUri().toURL());
    }
    // Jackson from this class path; the model and the data module from the earlier build only.
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (Path.of(entry).getFileName().toString().startsWith("jackson-")) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    Class<?> type = loader.loadClass("io.github.ccbrelations.data.DatasetReader");
    Object reader = type.getMethod("standard").invoke(null);
    Class<?> limits = loader.loadClass("io.github.ccbrelations.data.Limits");
    Object big = limits.getMethod("withMaxDocumentBytes", long.class).invoke(limits.getMethod("defaults").invoke(null),
        1L << 30);
    reader = type.getMethod("withLimits", limits).invoke(reader, big);
    try {
      reader = type.getMethod("withoutExecutor").invoke(reader);
    } catch (NoSuchMethodException e) {
      // A build from before the second thread, or after it was removed: one thread already.
    }
    Object oneThread = reader;
    Method read = type.getMethod("read", byte[].class, String.class);
    return bytes -> read.invoke(oneThread, bytes, "synthetic");
  }

  private static String option(List<String> args, String name) {
    int at = args.indexOf(name);
    return at < 0 || at + 1 >= args.size() ? null : args.get(at + 1);
  }

  /** One timed call. */
  private interface Call {
    Object call() throws Exception;
  }

  /**
   * Times calls by the wall clock, or by the calling thread's CPU time.
   *
   * @param cpu whether calls are timed by the calling thread's CPU time rather than the wall clock
   */
  private record Stopwatch(boolean cpu) {
    /** Milliseconds of one call, after a full collection. */
    double time(Call call) throws Exception {
      System.gc();
      long t0 = now();
      sink(call.call());
      return (now() - t0) / 1e6;
    }

    private long now() {
      return cpu ? ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() : System.nanoTime();
    }
  }

  private static final String HEADER = "| records | file MB | rounds | ccb load ms | databind peer ms | JsonNode ms "
      + "| ccb / databind peer throughput, median of rounds | middle half of rounds | ccb / JsonNode "
      + "| before / now time (middle half) |\n"
      + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

  /** The bold ratios of a row: against the peer, then against the earlier build when measured. */
  private static final Pattern RATIO = Pattern.compile("\\*\\*([0-9.]+)x\\*\\*");

  private static void forks(int forks, boolean rowOnly, boolean cpu, List<String> rest)
      throws IOException, InterruptedException {
    String launcher = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>();
    command.add(launcher);
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(LoadRatio.class.getName());
    command.add("-n");
    if (cpu) {
      command.add("-cpu");
    }
    command.addAll(rest);
    if (!rowOnly) {
      System.out.println(HEADER);
    }
    List<Double> ratios = new ArrayList<>();
    List<Double> beforeRatios = new ArrayList<>();
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
      if (m.find()) {
        beforeRatios.add(Double.parseDouble(m.group(1)));
      }
    }
    List<String> sizes = rest.stream().filter(a -> a.matches("[0-9]+")).toList();
    System.out.printf(Locale.ROOT,
        "| %s records, %d JVMs | | | | | | **%.2fx** median of the JVMs | %.2fx-%.2fx | | %s |%n",
        sizes.isEmpty() ? "?" : sizes.get(0), forks, median(ratios), Collections.min(ratios), Collections.max(ratios),
        beforeRatios.isEmpty() ? "-" : String.format(Locale.ROOT, "**%.2fx** median (%.2fx-%.2fx)",
            median(beforeRatios), Collections.min(beforeRatios), Collections.max(beforeRatios)));
  }

  private static long blackhole;

  private static void sink(Object o) {
    blackhole += System.identityHashCode(o) & 1;
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
