package io.github.ccbrelations.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.DatasetReader;
import java.lang.ref.Reference;
import java.nio.file.Files;

/**
 * Retained heap after loading, against the same bytes as a Jackson {@code JsonNode} tree: the heap in use after full
 * collections while the object is held, minus the heap in use before it was made (the bytes are read beforehand and
 * not counted). Prints a Markdown table. Run with a heap large enough for the largest size and the serial collector
 * for exact numbers, one JVM per size (sizes measured one after another in one JVM disturbed each other by up to
 * 2x): {@code java -Xmx6g -XX:+UseSerialGC ... HeapFootprint 1000}, then {@code HeapFootprint -n 10000} (no header).
 */
public final class HeapFootprint {
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
      DatasetReader reader = DatasetReader.standard().withMaxBytes(1L << 30);
      reader.read(bytes, "warm-up");

      long base = Heap.usedAfterGc();
      Dataset data = reader.read(bytes, "synthetic-" + records);
      long dataset = Heap.usedAfterGc() - base;
      Dataset all = data.allTime();
      long withView = Heap.usedAfterGc() - base;
      Reference.reachabilityFence(data);
      Reference.reachabilityFence(all);
      data = null;
      all = null;

      long base2 = Heap.usedAfterGc();
      JsonNode tree = new ObjectMapper().readTree(bytes);
      long treeBytes = Heap.usedAfterGc() - base2;
      Reference.reachabilityFence(tree);
      tree = null;

      System.out.printf(java.util.Locale.ROOT, "| %,d | %.1f | %.1f | %.1f | %.1f | %.2fx |%n", records, bytes.length / 1e6,
          dataset / 1e6, withView / 1e6, treeBytes / 1e6, (double) dataset / treeBytes);
    }
  }
}
