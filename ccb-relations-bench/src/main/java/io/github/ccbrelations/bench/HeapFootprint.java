package io.github.ccbrelations.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.DatasetReader;
import java.lang.ref.Reference;
import java.nio.file.Files;

/**
 * Retained heap after loading, against the same bytes as a Jackson {@code JsonNode} tree: the heap in use after full
 * collections while the object is held, minus the heap in use before it was made (the bytes are read beforehand and not
 * counted), the median of three rounds. Prints a Markdown table. Run with a heap large enough for the largest size and
 * the serial collector for exact numbers, one JVM per size (sizes measured one after another in one JVM disturbed each
 * other by up to 2x): {@code java -Xmx6g -XX:+UseSerialGC ... HeapFootprint 1000}, then {@code HeapFootprint -n 10000}
 * (no header).
 */
public final class HeapFootprint {
  private static final int ROUNDS = 3;

  private HeapFootprint() {}

  /**
   * Measures each size given.
   *
   * @param args the sizes (default 1k, 10k, 100k, 1M)
   * @throws Exception if a file cannot be generated or read
   */
  public static void main(String[] args) throws Exception {
    boolean header = args.length == 0 || !args[0].equals("-n");
    String[] sizes = !header ? java.util.Arrays.copyOfRange(args, 1, args.length)
        : args.length > 0 ? args : new String[] {"1000", "10000", "100000", "1000000"};
    if (header) {
      System.out.println("| records | file MB | dataset MB | + all-time view MB | JsonNode tree MB | dataset / tree |");
      System.out.println("|---:|---:|---:|---:|---:|---:|");
    }
    for (String s : sizes) {
      int records = Integer.parseInt(s);
      byte[] bytes = Files.readAllBytes(SyntheticDataset.cached(records));
      DatasetReader reader = SyntheticDataset.reader();
      reader.read(bytes, "warm-up");

      // Three rounds, the median of each: one measurement in a run once came out negative (a collection freed more
      // of the "before" heap than the dataset added), and a median of three does not print such a stray.
      long[] dataset = new long[ROUNDS];
      long[] withView = new long[ROUNDS];
      long[] treeBytes = new long[ROUNDS];
      for (int round = 0; round < ROUNDS; round++) {
        long base = Heap.usedAfterGc();
        Dataset data = reader.read(bytes, "synthetic-" + records);
        dataset[round] = Heap.usedAfterGc() - base;
        Dataset all = data.allTime();
        withView[round] = Heap.usedAfterGc() - base;
        Reference.reachabilityFence(data);
        Reference.reachabilityFence(all);
        data = null;
        all = null;

        long base2 = Heap.usedAfterGc();
        JsonNode tree = new ObjectMapper().readTree(bytes);
        treeBytes[round] = Heap.usedAfterGc() - base2;
        Reference.reachabilityFence(tree);
        tree = null;
      }
      long datasetMedian = median(dataset);
      long treeMedian = median(treeBytes);

      System.out.printf(java.util.Locale.ROOT, "| %,d | %.1f | %.1f | %.1f | %.1f | %.2fx |%n", records,
          bytes.length / 1e6, datasetMedian / 1e6, median(withView) / 1e6, treeMedian / 1e6,
          (double) datasetMedian / treeMedian);
    }
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
