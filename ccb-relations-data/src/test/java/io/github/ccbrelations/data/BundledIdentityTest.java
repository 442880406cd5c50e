package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * {@link CcbRelations#isBundled} tells the project's own dataset, whose licence it may state, from any other file: by
 * the digest of the bytes read, not by the name they were read under.
 */
class BundledIdentityTest {
  @Test
  void theBundledDatasetAndItsViewsAreBundled() {
    Dataset data = CcbRelations.bundled();

    assertThat(CcbRelations.isBundled(data)).isTrue();
    assertThat(CcbRelations.isBundled(data.asOf(LocalDate.of(2020, 6, 1)))).isTrue();
    assertThat(CcbRelations.isBundled(data.allTime())).isTrue();
  }

  @Test
  void aCopyOfTheBundledFileIsBundledAndAnEditedCopyIsNot() throws IOException {
    byte[] bytes = bundledBytes();
    byte[] edited = (new String(bytes, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);

    assertThat(CcbRelations.isBundled(DatasetReader.standard().read(bytes, "copy.json"))).isTrue();
    assertThat(CcbRelations.isBundled(
        DatasetReader.standard().read(edited, "classpath:" + CcbRelations.BUNDLED_RESOURCE)))
        .as("named as the bundled file, but not its bytes").isFalse();
  }

  @Test
  void anotherFileIsNotBundled() {
    assertThat(CcbRelations.isBundled(Fixture.dataset())).isFalse();
  }

  @Test
  void answersBeforeTheBundledDatasetIsLoadedWithoutLoadingIt() throws Exception {
    try (URLClassLoader loader = FreshClassLoader.create()) {
      Class<?> reader = Class.forName(DatasetReader.class.getName(), true, loader);
      Object standard = reader.getMethod("standard").invoke(null);
      Object copy = reader.getMethod("read", byte[].class, String.class).invoke(standard, bundledBytes(), "copy.json");
      Object other = reader.getMethod("read", byte[].class, String.class).invoke(
          standard, Fixture.bytes(), "other.json");
      var isBundled = Class.forName(CcbRelations.class.getName(), true, loader)
          .getMethod("isBundled", Class.forName(Dataset.class.getName(), true, loader));

      assertThat(isBundled.invoke(null, copy)).isEqualTo(true);
      assertThat(isBundled.invoke(null, other)).isEqualTo(false);
      assertThat(FreshClassLoader.bundledLoads(loader)).isZero();
    }
  }

  private static byte[] bundledBytes() throws IOException {
    try (InputStream in = CcbRelations.class.getResourceAsStream(CcbRelations.BUNDLED_RESOURCE)) {
      return in.readAllBytes();
    }
  }
}
