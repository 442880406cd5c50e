package io.github.ccbrelations.data;

import com.fasterxml.jackson.core.JsonFactory;
import io.github.ccbrelations.model.Body;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A plain class loader over the data module's classes and its run-time dependencies only (model, jackson-core), whose
 * parent is the bootstrap class loader (null): no test classes, no surefire, no application class path or module
 * layer. (Not the platform class loader: when the tests run on the module path, it hands classes of the boot layer's
 * named modules, ours included, to the application class loader.) Each one loads its own copy of
 * {@link CcbRelations}, with its own holder, as a fresh JVM would.
 */
final class FreshClassLoader {
  private FreshClassLoader() {}

  static Fresh create() {
    return new Fresh(false);
  }

  /** A loader that finds no compact form of the bundled file, which it then parses, as a jar built without one. */
  static Fresh withoutCompactForm() {
    return new Fresh(true);
  }

  /** The loader, which tells which classes it has loaded. */
  static final class Fresh extends URLClassLoader {
    private final boolean withoutCompactForm;

    private Fresh(boolean withoutCompactForm) {
      super("fresh", Stream.of(CcbRelations.class, Body.class, JsonFactory.class)
          .map(c -> c.getProtectionDomain().getCodeSource().getLocation())
          .distinct()
          .toArray(URL[]::new), null);
      this.withoutCompactForm = withoutCompactForm;
    }

    @Override
    public URL findResource(String name) {
      return withoutCompactForm && name.endsWith(CcbRelations.COMPACT_RESOURCE) ? null : super.findResource(name);
    }

    /** Whether this loader has loaded a class of this name (not merely could). */
    boolean hasLoaded(String className) {
      return findLoadedClass(className) != null;
    }
  }

  /**
   * How many times the loader's own copy of {@link CcbRelations} has loaded the bundled dataset: its
   * {@code BUNDLED_LOADS}, read by reflection since the copy is not the class these tests were compiled against.
   */
  static int bundledLoads(ClassLoader loader) throws ReflectiveOperationException {
    Field loads = Class.forName(CcbRelations.class.getName(), true, loader).getDeclaredField("BUNDLED_LOADS");
    loads.setAccessible(true);
    // AtomicInteger comes from the boot layer, the same class in every loader.
    return ((AtomicInteger) loads.get(null)).get();
  }
}
