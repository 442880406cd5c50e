package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A first call of {@link CcbRelations#bundled()} that fails for a passing reason does not poison the class loader:
 * a later call loads the dataset. Each test uses a fresh class loader, so its first call is a real first call.
 */
class BundledFirstUseTest {
  @Test
  void aFirstCallOnATinyStackFailsAndALaterCallLoads() throws Exception {
    // Without the compact form, the file is parsed, which a tiny stack cannot hold.
    try (URLClassLoader loader = FreshClassLoader.withoutCompactForm()) {
      Method bundled = Class.forName(CcbRelations.class.getName(), true, loader).getMethod("bundled");

      // The JVM rounds a stack size of 1 byte up to its smallest stack, far too small to load the dataset.
      Throwable onTinyStack = onThread(1, bundled);
      Throwable onNormalStack = onThread(0, bundled);

      assertThat(onTinyStack).isInstanceOf(StackOverflowError.class);
      assertThat(onNormalStack).isNull();
      Object data = bundled.invoke(null);
      assertThat(data.getClass().getClassLoader()).isSameAs(loader);
      assertThat(data.getClass().getMethod("info").invoke(data)).hasToString(CcbRelations.bundled().info().toString());
      assertThat(bundled.invoke(null)).as("loaded once on success").isSameAs(data);
    }
  }

  /** Calls the method on a new thread of the given stack size (0: the default) and returns what it threw, or null. */
  private static Throwable onThread(long stackSize, Method method) throws InterruptedException {
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        method.invoke(null);
      } catch (InvocationTargetException e) {
        thrown.set(e.getCause());
      } catch (ReflectiveOperationException | RuntimeException | Error e) {
        thrown.set(e);
      }
    }, "bundled-first-use", stackSize);
    thread.start();
    thread.join();
    return thrown.get();
  }
}
