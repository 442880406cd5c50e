package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.Role;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Many threads loading the bundled dataset and querying it at once: the file is loaded exactly once, and every thread
 * gets the same instance and the same answers. No timing is asserted: the threads are released together by a latch.
 */
class ConcurrentUseTest {
  private static final int THREADS = 16;

  /** What one thread saw: the instance and the answers to a few queries. */
  record Seen(Dataset data, List<Role> rolesOfTheCcb, List<Body> named, List<Role> underNis) {}

  @Test
  void threadsThatLoadTheBundledDatasetTogetherShareOneLoadAndGetTheSameAnswers() throws Exception {
    List<Seen> seen = together(() -> {
      Dataset data = CcbRelations.bundled();
      return new Seen(data, data.rolesHeldByAnyPartOf(CcbRelations.CCB), data.bodiesNamed("ENISA"),
          data.rolesBasedOnTransitively(InstrumentId.of("nis2-directive")));
    });

    assertThat(CcbRelations.BUNDLED_LOADS.get()).isEqualTo(1);
    Seen first = seen.get(0);
    assertThat(first.rolesOfTheCcb()).isNotEmpty();
    assertThat(first.named()).isNotEmpty();
    assertThat(seen).allSatisfy(s -> {
      assertThat(s.data()).isSameAs(first.data());
      assertThat(s).isEqualTo(first);
    });
  }

  @Test
  void firstLoadRacedByManyThreadsInAFreshClassLoaderHappensOnce() throws Exception {
    try (URLClassLoader loader = FreshClassLoader.create()) {
      Class<?> entry = Class.forName(CcbRelations.class.getName(), true, loader);
      assertThat(FreshClassLoader.bundledLoads(loader)).isZero();

      List<Object> datasets = together(() -> entry.getMethod("bundled").invoke(null));

      assertThat(FreshClassLoader.bundledLoads(loader)).isEqualTo(1);
      assertThat(datasets).allSatisfy(d -> assertThat(d).isSameAs(datasets.get(0)));
      assertThat(datasets.get(0).getClass().getClassLoader()).isSameAs(loader);
      assertThat(datasets.get(0).getClass().getMethod("info").invoke(datasets.get(0)))
          .hasToString(CcbRelations.bundled().info().toString());
    }
  }

  /** Runs the task on {@link #THREADS} threads released at the same moment, and returns what each returned. */
  private static <T> List<T> together(Callable<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch ready = new CountDownLatch(THREADS);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        futures.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return task.call();
        }));
      }
      ready.await();
      go.countDown();
      List<T> out = new ArrayList<>();
      for (Future<T> f : futures) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }
}
