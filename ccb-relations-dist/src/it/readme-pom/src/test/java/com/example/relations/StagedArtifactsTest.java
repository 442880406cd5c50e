package com.example.relations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.testing.CcbAssertions;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Optional;
import java.util.jar.JarFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What a public repository and a user need of the staged artifacts: each jar and pom came from the staging
 * repository (not the reactor, not another local repository), each jar carries the licences, each pom the metadata.
 */
class StagedArtifactsTest {
  private static final List<Class<?>> ONE_CLASS_PER_JAR = List.of(Body.class, Dataset.class, CcbAssertions.class);

  @Test
  void everyJarCameFromTheStagingRepositoryAndCarriesTheLicences() throws Exception {
    for (Class<?> type : ONE_CLASS_PER_JAR) {
      Path jar = jarOf(type);
      assertThat(origin(jar)).as("origin of %s", jar).isEqualTo("staging");
      try (JarFile file = new JarFile(jar.toFile())) {
        assertThat(entry(file, "META-INF/LICENSE")).as("%s", jar).contains("Apache License", "Version 2.0");
        assertThat(entry(file, "META-INF/LICENSE-DATA")).as("%s", jar)
            .startsWith("Creative Commons Attribution 4.0 International");
        assertThat(entry(file, "META-INF/NOTICE")).as("%s", jar).contains("CC BY 4.0", "Apache License");
      }
    }
  }

  @Test
  void everyPomCameFromTheStagingRepositoryWithWhatARepositoryRequires() throws Exception {
    Path dataJar = jarOf(Dataset.class);
    Path group = dataJar.getParent().getParent().getParent();
    String version = dataJar.getParent().getFileName().toString();
    for (String artifact : List.of("ccb-relations-model", "ccb-relations-data", "ccb-relations-testing",
        "ccb-relations-bom")) {
      Path pom = group.resolve(artifact).resolve(version).resolve(artifact + "-" + version + ".pom");
      assertThat(origin(pom)).as("origin of %s", pom).isEqualTo("staging");
      List<Element> chain = withParents(pom, group);
      assertThat(own(chain, "name")).as("%s name", artifact).isNotBlank();
      assertThat(own(chain, "description")).as("%s description", artifact).isNotBlank();
      assertThat(inherited(chain, "url")).as("%s url", artifact).startsWith("https://");
      assertThat(inherited(chain, "scm/url")).as("%s scm", artifact).startsWith("https://");
      assertThat(inherited(chain, "scm/connection")).as("%s scm", artifact).startsWith("scm:git:");
      assertThat(inherited(chain, "issueManagement/url")).as("%s issues", artifact).startsWith("https://");
      assertThat(inherited(chain, "developers/developer/name")).as("%s developers", artifact).isNotBlank();
      assertThat(licences(chain)).as("%s licences", artifact).containsExactly("Apache-2.0", "CC-BY-4.0");
    }
  }

  /** The pom and its parents up the chain, each read from the same local repository. */
  private static List<Element> withParents(Path pom, Path group) throws Exception {
    List<Element> chain = new ArrayList<>();
    Optional<Path> next = Optional.of(pom);
    while (next.isPresent()) {
      assertThat(origin(next.get())).as("origin of %s", next.get()).isEqualTo("staging");
      Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(next.get().toFile()).getDocumentElement();
      chain.add(project);
      next = Optional.ofNullable(child(project, "parent"))
          .map(p -> group.resolve(text(p, "artifactId")).resolve(text(p, "version"))
              .resolve(text(p, "artifactId") + "-" + text(p, "version") + ".pom"));
    }
    return chain;
  }

  private static String own(List<Element> chain, String path) {
    return text(chain.get(0), path);
  }

  private static String inherited(List<Element> chain, String path) {
    return chain.stream().map(p -> text(p, path)).filter(t -> !t.isEmpty()).findFirst().orElse("");
  }

  private static List<String> licences(List<Element> chain) {
    for (Element project : chain) {
      Element licenses = child(project, "licenses");
      if (licenses != null) {
        List<String> names = new ArrayList<>();
        for (Node n = licenses.getFirstChild(); n != null; n = n.getNextSibling()) {
          if (n instanceof Element license) {
            names.add(text(license, "name"));
          }
        }
        return names;
      }
    }
    return List.of();
  }

  private static String text(Element element, String path) {
    Element e = element;
    for (String name : path.split("/")) {
      e = e == null ? null : child(e, name);
    }
    return e == null ? "" : e.getTextContent().strip();
  }

  private static Element child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    return null;
  }

  private static Path jarOf(Class<?> type) throws URISyntaxException {
    Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(jar.getFileName().toString()).as("%s comes from a jar, not a build folder", type).endsWith(".jar");
    return jar;
  }

  /**
   * The repository Maven downloaded a file from, as it recorded it beside the file; empty if none. A snapshot is
   * recorded under its timestamped name, of which the -SNAPSHOT file is a copy.
   */
  private static String origin(Path file) throws IOException {
    Path record = file.resolveSibling("_remote.repositories");
    assertThat(record).as("Maven's record of where %s came from", file).exists();
    String name = file.getFileName().toString();
    Pattern recorded = Pattern.compile(
        Pattern.quote(name).replace("-SNAPSHOT", "\\E-\\d{8}\\.\\d{6}-\\d+\\Q") + ">(.*)=");
    for (String line : Files.readAllLines(record, StandardCharsets.UTF_8)) {
      Matcher m = recorded.matcher(line);
      if (m.matches()) {
        Path downloaded = file.resolveSibling(line.substring(0, line.indexOf('>')));
        assertThat(Files.mismatch(downloaded, file)).as("%s is a copy of %s", file, downloaded).isEqualTo(-1L);
        return m.group(1);
      }
    }
    return "";
  }


  private static String entry(JarFile jar, String name) throws IOException {
    assertThat(jar.getEntry(name)).as("%s in %s", name, jar.getName()).isNotNull();
    try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
