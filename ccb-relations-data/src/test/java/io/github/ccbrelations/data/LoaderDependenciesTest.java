package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ccbrelations.model.Body;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The data module needs jackson-core only: records are bound by the library's own binder, never through databind,
 * whose start-up cost (bean introspection of every model type) short-lived processes would pay (BENCHMARKS.md, cold
 * start), and the diff is written with jackson-core's generator. Checked in a class loader that has neither
 * jackson-databind nor jackson-annotations to offer.
 */
class LoaderDependenciesTest {
  /** The data and model classes with jackson-core, and nothing else (no parent). */
  private static URLClassLoader withoutDatabind() {
    URL[] urls = Stream.of(CcbRelations.class, Body.class, JsonFactory.class)
        .map(c -> c.getProtectionDomain().getCodeSource().getLocation())
        .distinct()
        .toArray(URL[]::new);
    return new URLClassLoader("no-databind", urls, null);
  }

  @Test
  void theBundledDatasetLoadsAndAnswersWithoutDatabind() throws Exception {
    try (URLClassLoader loader = withoutDatabind()) {
      assertThatThrownBy(() -> Class.forName(ObjectMapper.class.getName(), false, loader))
          .as("the loader under test must not see databind")
          .isInstanceOf(ClassNotFoundException.class);
      assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.annotation.JsonInclude", false, loader))
          .as("the loader under test must not see jackson-annotations")
          .isInstanceOf(ClassNotFoundException.class);
      Class<?> entry = Class.forName(CcbRelations.class.getName(), true, loader);

      Object data = entry.getMethod("bundled").invoke(null);
      Object ccb = data.getClass().getMethod("findBodyByName", String.class).invoke(data, "CCB");
      Object info = data.getClass().getMethod("info").invoke(data);

      assertThat(info).hasToString(CcbRelations.bundled().info().toString());
      assertThat(ccb).hasToString(CcbRelations.bundled().findBodyByName("CCB").toString());
    }
  }

  @Test
  void aBrokenFileIsReportedWithoutDatabind() throws Exception {
    try (URLClassLoader loader = withoutDatabind()) {
      Class<?> readers = Class.forName(DatasetReader.class.getName(), true, loader);
      Object reader = readers.getMethod("standard").invoke(null);
      byte[] broken = "{\"header\": {\"schemaVersion\": \"1.0.0\"}, \"bodies\": [{\"id\": 3}]}".getBytes();

      Object report = readers.getMethod("validate", byte[].class, String.class).invoke(reader, broken, "broken.json");
      List<?> errors = (List<?>) report.getClass().getMethod("errors").invoke(report);

      assertThat(errors).isNotEmpty();
      assertThat(errors.toString()).contains("$.bodies[0].id").contains("not a number (");
    } catch (InvocationTargetException e) {
      throw new AssertionError("validation failed without databind", e.getCause());
    }
  }

  @Test
  void aDiffIsWrittenWithoutDatabind() throws Exception {
    try (URLClassLoader loader = withoutDatabind()) {
      Object data = Class.forName(CcbRelations.class.getName(), true, loader).getMethod("bundled").invoke(null);
      Class<?> diffs = Class.forName(DatasetDiff.class.getName(), true, loader);
      Class<?> datasets = Class.forName(Dataset.class.getName(), true, loader);

      Object diff = diffs.getMethod("initial", datasets).invoke(null, data);

      assertThat(diffs.getMethod("toJson").invoke(diff))
          .isEqualTo(DatasetDiff.initial(CcbRelations.bundled()).toJson());
      assertThat(diffs.getMethod("toMarkdown").invoke(diff))
          .isEqualTo(DatasetDiff.initial(CcbRelations.bundled()).toMarkdown());
    } catch (InvocationTargetException e) {
      throw new AssertionError("the diff failed without databind", e.getCause());
    }
  }
}
