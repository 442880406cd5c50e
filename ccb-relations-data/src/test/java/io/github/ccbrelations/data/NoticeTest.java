package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The NOTICE shipped in the jar names every publisher the bundled dataset cites, so that a reuser reads in one place
 * whose facts the data restates: a source added under a new publisher needs a line there.
 */
class NoticeTest {
  @Test
  void noticeNamesThePublisherOfEverySource() throws IOException {
    // The module's own notice: on the class path another jar's (the test runner's) may come first.
    String home = CcbRelations.class.getProtectionDomain().getCodeSource().getLocation().toString();
    URL own = Collections.list(CcbRelations.class.getClassLoader().getResources("META-INF/NOTICE")).stream()
        .filter(url -> url.toString().contains(home)).findFirst().orElse(null);
    assertThat(own).as("META-INF/NOTICE in the data module's resources").isNotNull();
    String notice;
    try (InputStream in = own.openStream()) {
      // The notice wraps its lines; a publisher's name may run over two.
      notice = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    }
    List<String> unnamed = new ArrayList<>();
    for (Source source : CcbRelations.bundled().sources()) {
      String publisher = source.publisher()
          .orElseGet(() -> source.url().map(url -> url.uri().getHost()).orElse(null));
      if (publisher != null && !notice.contains(publisher)) {
        unnamed.add(source.id().value() + " (" + publisher + ")");
      }
    }
    assertThat(unnamed).as("sources whose publisher (or, without one, host) NOTICE does not name").isEmpty();
  }
}
