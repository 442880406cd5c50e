package io.github.ccbrelations.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** The heap in use after full collections, the measure of what a program retains. */
final class Heap {
  private Heap() {}

  /**
   * Collects until the used heap stops shrinking, then returns it.
   *
   * @return the bytes of heap in use
   */
  static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      long now = memory.getHeapMemoryUsage().getUsed();
      if (now >= used - 4096) {
        return Math.min(now, used);
      }
      used = now;
    }
    return used;
  }
}
