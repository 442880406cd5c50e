package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.violation.ViolationCode;
import io.github.ccbrelations.model.Body;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.AnnotatedElement;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The security notes of docs/loading.md, each backed here: no class name is taken from the data (the binder knows the
 * format's fields only and the model carries no Jackson annotation),
 * no URL in the data is opened (no network access), and the bundled resource loads under a plain class loader (the
 * module path is covered by the consumer project in {@code ccb-relations-testing/src/it/consumer}).
 */
class SecurityTest {
  /** No type information can be taken from the data when the model carries no Jackson annotation at all. */
  @Test
  void noModelTypeCarriesAJacksonAnnotation() throws IOException, URISyntaxException {
    List<Class<?>> types = modelClasses();

    assertThat(types).hasSizeGreaterThan(40).contains(Body.class);
    for (Class<?> type : types) {
      List<AnnotatedElement> elements = new ArrayList<>(List.of(type));
      Collections.addAll(elements, type.getDeclaredMethods());
      Collections.addAll(elements, type.getDeclaredFields());
      Collections.addAll(elements, type.getDeclaredConstructors());
      assertThat(elements).as(type.getName()).allSatisfy(e -> assertThat(e.getAnnotations())
          .noneMatch(a -> a.annotationType().getName().startsWith("com.fasterxml.jackson.")));
    }
  }

  @Test
  void aClassNameInTheDataIsAnUnknownFieldNeverAType() {
    ValidationReport report = Validator.standard().validate(
        HostileInputCatalogueTest.file("78-class-name-as-type-hint"));

    assertThat(report.errors()).singleElement()
        .satisfies(v -> assertThat(v.code()).isEqualTo(ViolationCode.UNKNOWN_FIELD));
  }

  /**
   * A loader that fetched a URL of the data would ask the default proxy selector how to reach it; the recording
   * selector would see it. The addresses are unroutable (TEST-NET, RFC 5737), so a fetch would also hang, not pass.
   */
  @Test
  void urlsInTheDataAreNeverOpened() throws IOException {
    String text = Files.readString(HostileInputCatalogueTest.file("00-valid-base"), StandardCharsets.UTF_8)
        .replace("https://relations.example.org/fr", "http://192.0.2.1/relations")
        .replace("https://journal.example.org/", "http://198.51.100.7:81/journal")
        .replace("http://data.europa.eu/eli/dir/2020/9999/oj", "http://203.0.113.9/eli/dir/2020/9999/oj");
    List<URI> asked = Collections.synchronizedList(new ArrayList<>());
    ProxySelector previous = ProxySelector.getDefault();
    ProxySelector.setDefault(new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        asked.add(uri);
        return List.of(Proxy.NO_PROXY);
      }

      @Override
      public void connectFailed(URI uri, SocketAddress sa, IOException e) {
        asked.add(uri);
      }
    });
    try {
      Dataset data = DatasetReader.standard().read(text.getBytes(StandardCharsets.UTF_8), "unroutable.json");
      ValidationReport report = Validator.standard().validate(data);

      assertThat(data.allTime().sources()).extracting(s -> s.url().orElseThrow().value())
          .contains("http://192.0.2.1/relations", "http://198.51.100.7:81/journal");
      assertThat(report.isValid()).isTrue();
      assertThat(asked).as("URLs the loader tried to reach").isEmpty();
    } finally {
      ProxySelector.setDefault(previous);
    }
  }

  @Test
  void bundledDatasetLoadsUnderAPlainClassLoaderWithNoApplicationParent() throws Exception {
    try (URLClassLoader loader = FreshClassLoader.create()) {
      Class<?> entry = Class.forName(CcbRelations.class.getName(), true, loader);

      Object data = entry.getMethod("bundled").invoke(null);
      Object info = data.getClass().getMethod("info").invoke(data);

      assertThat(loader.getParent()).isNull();
      assertThat(data.getClass().getClassLoader()).isSameAs(loader);
      assertThat(info).hasToString(CcbRelations.bundled().info().toString());
      try (InputStream schema = (InputStream) Class.forName(DatasetSchema.class.getName(), true, loader)
          .getMethod("open").invoke(null)) {
        assertThat(schema.readAllBytes()).isNotEmpty();
      }
    }
  }

  /** Every class of the model, read from its class-path entry (a directory or a jar). */
  private static List<Class<?>> modelClasses() throws IOException, URISyntaxException {
    Path root = Path.of(Body.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    String pkg = Body.class.getPackageName().replace('.', '/');
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(root)) {
      try (Stream<Path> files = Files.walk(root.resolve(pkg))) {
        files.map(p -> root.relativize(p).toString().replace('\\', '/')).forEach(names::add);
      }
    } else {
      try (java.util.jar.JarFile jar = new java.util.jar.JarFile(root.toFile())) {
        jar.stream().map(java.util.jar.JarEntry::getName).filter(n -> n.startsWith(pkg + "/")).forEach(names::add);
      }
    }
    List<Class<?>> out = new ArrayList<>();
    for (String name : names) {
      if (name.endsWith(".class") && !name.endsWith("package-info.class") && !name.endsWith("module-info.class")) {
        try {
          out.add(Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false,
              Body.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return out;
  }
}
