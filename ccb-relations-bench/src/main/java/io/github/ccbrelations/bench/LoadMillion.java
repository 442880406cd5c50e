package io.github.ccbrelations.bench;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Body;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads the synthetic file of a million records (or of the size given as first argument) and answers queries on
 * it, printing the time and the heap used; run it under {@code -Xmx2g} to check the 2 GB budget (see
 * BENCHMARKS.md). The file is beyond the default limits, so it is read with raised ones
 * ({@link SyntheticDataset#reader()}).
 */
public final class LoadMillion {
  private LoadMillion() {}

  /**
   * Runs the check.
   *
   * @param args optionally the number of records (default 1,000,000)
   * @throws Exception if the file cannot be generated or read
   */
  public static void main(String[] args) throws Exception {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path file = SyntheticDataset.cached(records);
    long size = Files.size(file);
    System.out.printf("file: %s, %,d bytes, max heap %,d MB%n", file, size, Runtime.getRuntime().maxMemory() >> 20);
    long before = Heap.usedAfterGc();
    long t0 = System.nanoTime();
    Dataset data = SyntheticDataset.reader().read(file);
    long t1 = System.nanoTime();
    System.out.printf("loaded %s in %.2f s (%.1f MB/s)%n", data.info(), (t1 - t0) / 1e9,
        size / 1e6 / ((t1 - t0) / 1e9));
    long loaded = Heap.usedAfterGc();
    Dataset all = data.allTime();
    long t2 = System.nanoTime();
    Body someBody = all.bodies().get(all.bodies().size() / 2);
    System.out.printf("all-time view built in %.2f s; rolesIn(%s) = %d roles, bodiesNamed = %d%n", (t2 - t1) / 1e9,
        someBody.id().value(), all.rolesIn(someBody.id()).size(),
        all.bodiesNamed(someBody.labels().get(0).text()).size());
    long t3 = System.nanoTime();
    int today = data.roles().size();
    long t4 = System.nanoTime();
    System.out.printf("first plain query of the day (builds today's view): %.2f s, %d roles valid today%n",
        (t4 - t3) / 1e9, today);
    long withViews = Heap.usedAfterGc();
    System.out.printf("retained heap: dataset %,d MB; with the all-time and today views %,d MB%n",
        (loaded - before) >> 20, (withViews - before) >> 20);
    java.lang.ref.Reference.reachabilityFence(all);
    java.lang.ref.Reference.reachabilityFence(data);
    System.out.println("OK");
  }
}
