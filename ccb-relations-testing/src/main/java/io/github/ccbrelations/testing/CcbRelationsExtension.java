package io.github.ccbrelations.testing;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.DatasetLoadException;
import io.github.ccbrelations.data.DatasetReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContextException;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * A JUnit 5 extension that injects datasets into test method parameters of type {@link Dataset} (annotated with
 * {@link CcbDataset} or not) and into instance fields of type {@code Dataset} annotated with {@link CcbDataset}.
 * Without a resource or path, the bundled dataset is injected.
 *
 * <p>Each distinct source is loaded once per test run and shared (datasets are immutable), in the root
 * {@link ExtensionContext.Store}. A file that does not load fails the test with the loader's message, which lists
 * every error with its place.
 *
 * <pre>{@code
 * @ExtendWith(CcbRelationsExtension.class)
 * class MyTest {
 *   @Test
 *   void ccbIsThere(Dataset bundled) {
 *     assertThat(bundled).hasBody("ccb");
 *   }
 * }
 * }</pre>
 */
public final class CcbRelationsExtension implements ParameterResolver, TestInstancePostProcessor {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(CcbRelationsExtension.class);

  /** Made by JUnit. */
  public CcbRelationsExtension() {}

  /**
   * Supports parameters of type {@link Dataset}, and parameters marked {@link CcbDataset} of any type, so that one of
   * another type fails with a message that says so rather than JUnit's "no ParameterResolver registered".
   *
   * @param parameterContext the parameter
   * @param extensionContext the test
   * @return true for a {@code Dataset} parameter or one marked {@code @CcbDataset}
   */
  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.getParameter().getType() == Dataset.class || parameterContext.isAnnotated(CcbDataset.class);
  }

  /**
   * Loads (once) and returns the dataset the parameter names.
   *
   * @param parameterContext the parameter
   * @param extensionContext the test
   * @return the dataset; never null
   * @throws ParameterResolutionException if the parameter marked {@code @CcbDataset} is not a {@code Dataset}, or the
   *     dataset cannot be loaded; its message is then the loader's
   */
  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    Class<?> type = parameterContext.getParameter().getType();
    if (type != Dataset.class) {
      Executable method = parameterContext.getDeclaringExecutable();
      throw new ParameterResolutionException("@CcbDataset parameter " + (parameterContext.getIndex() + 1) + " of "
          + method.getDeclaringClass().getName() + "." + method.getName() + " is of type " + type.getName()
          + "; it must be of type " + Dataset.class.getName());
    }
    Optional<CcbDataset> annotation = parameterContext.findAnnotation(CcbDataset.class);
    try {
      return dataset(annotation.orElse(null), extensionContext.getRequiredTestClass(), extensionContext);
    } catch (DatasetLoadException | IllegalArgumentException | UncheckedIOException e) {
      throw new ParameterResolutionException(e.getMessage(), e);
    }
  }

  /**
   * Injects every instance field of type {@code Dataset} annotated with {@link CcbDataset}.
   *
   * @param testInstance the test instance
   * @param context the test class
   * @throws DatasetLoadException if a dataset cannot be loaded
   * @throws ExtensionContextException if an annotated field is not of type {@code Dataset}, is static or final
   */
  @Override
  public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
    for (Class<?> type = testInstance.getClass(); type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        CcbDataset annotation = field.getAnnotation(CcbDataset.class);
        if (annotation == null) {
          continue;
        }
        if (field.getType() != Dataset.class || Modifier.isStatic(field.getModifiers())
            || Modifier.isFinal(field.getModifiers())) {
          throw new ExtensionContextException("@CcbDataset field " + type.getName() + "." + field.getName()
              + " must be a non-static, non-final field of type Dataset");
        }
        Dataset value = dataset(annotation, testInstance.getClass(), context);
        try {
          field.setAccessible(true);
          field.set(testInstance, value);
        } catch (ReflectiveOperationException | RuntimeException e) {
          throw new ExtensionContextException("cannot set @CcbDataset field " + type.getName() + "." + field.getName()
              + " (on the module path, open the test package to io.github.ccbrelations.testing)", e);
        }
      }
    }
  }

  private static Dataset dataset(CcbDataset annotation, Class<?> testClass, ExtensionContext context) {
    String resource = annotation == null ? "" : annotation.resource();
    String path = annotation == null ? "" : annotation.path();
    if (!resource.isEmpty() && !path.isEmpty()) {
      throw new IllegalArgumentException("@CcbDataset names both a resource and a path; name one: resource='"
          + resource + "', path='" + path + "'");
    }
    String key;
    if (!resource.isEmpty()) {
      key = "resource:" + absolute(resource, testClass);
    } else if (!path.isEmpty()) {
      key = "path:" + Path.of(path).toAbsolutePath().normalize();
    } else {
      key = "bundled";
    }
    ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
    return store.getOrComputeIfAbsent(key, k -> load(resource, path, testClass), Dataset.class);
  }

  /**
   * The resource's name from the class-path root, as {@link Class#getResource} resolves a relative one against the
   * test class's package: one key, so a nested class and its outer class share one load, and one name in messages
   * that says which file it is.
   */
  private static String absolute(String resource, Class<?> testClass) {
    if (resource.startsWith("/")) {
      return resource;
    }
    String folder = testClass.getPackageName().replace('.', '/');
    return "/" + (folder.isEmpty() ? "" : folder + "/") + resource;
  }

  private static Dataset load(String resource, String path, Class<?> testClass) {
    if (!resource.isEmpty()) {
      String name = absolute(resource, testClass);
      try (InputStream in = testClass.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalArgumentException("@CcbDataset resource '" + resource + "' not found from "
              + testClass.getName() + " (looked for " + name + " on the class path)");
        }
        return DatasetReader.standard().read(in, "classpath:" + name);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close resource " + name, e);
      }
    }
    if (!path.isEmpty()) {
      Path file = Path.of(path);
      if (Files.notExists(file)) {
        // Name the folder it was looked for in: an IDE may run tests from another working directory than Maven.
        throw new IllegalArgumentException("@CcbDataset path '" + path + "' not found: there is no "
            + file.toAbsolutePath().normalize() + " (a relative path is read from the working directory)");
      }
      return DatasetReader.standard().read(file);
    }
    return CcbRelations.bundled();
  }
}
