package io.github.ccbrelations.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.DatasetReader;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.text.Terms;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A property test of every export: for datasets whose texts, ids and URLs are generated from hostile pieces
 * ({@link HostileSample}), each export parses back by an independent reader (Apache Jena for Turtle and JSON-LD,
 * Apache Commons CSV for CSV, the quoting rules of Mermaid and DOT in {@link GraphGrammar}) and carries the same
 * text; a CSV cell never starts a formula, a Mermaid label never opens a directive, an IRI never holds a character
 * its syntax forbids. Each seed is one case, so a failure names the seed that reproduces it.
 */
class HostileExportsTest {
  private static final int SAMPLES = 120;

  static Stream<HostileSample> samples() {
    return LongStream.rangeClosed(1, SAMPLES).mapToObj(HostileSample::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void turtleAndJsonLdParseInJenaAndCarryEveryTextAndUrl(HostileSample s) throws IOException, URISyntaxException {
    Model turtle = Exports.parse(RdfExport.turtle(s.data), Lang.TURTLE);
    String jsonLd = RdfExport.jsonLd(s.data);
    Model fromJsonLd = Exports.parse(jsonLd, Lang.JSONLD);

    assertThat(turtle.isIsomorphicWith(fromJsonLd)).as("Turtle and JSON-LD give the same graph").isTrue();
    assertThat(new ObjectMapper().readTree(jsonLd).get("@context").isObject())
        .as("the default JSON-LD embeds its context").isTrue();
    Set<String> literals = new HashSet<>();
    List<String> iris = new ArrayList<>();
    for (RDFNode o : turtle.listObjects().toList()) {
      if (o.isLiteral()) {
        literals.add(o.asLiteral().getLexicalForm());
      } else if (o.isURIResource()) {
        iris.add(o.asResource().getURI());
      }
    }
    assertThat(literals).containsAll(s.texts.values());
    for (String url : s.urls.values()) {
      // The same resource: equal as URIs once non-ASCII is encoded and dot segments removed, as RDF readers do.
      String ascii = new URI(url).normalize().toASCIIString();
      assertThat(iris).as("an IRI for %s", url)
          .anySatisfy(iri -> assertThat(URI.create(iri).normalize().toASCIIString()).isEqualTo(ascii));
    }
    assertThat(iris).allSatisfy(HostileExportsTest::assertIriHasNoForbiddenCharacter);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void csvParsesWithCommonsCsvCarriesTheTextAndStartsNoFormula(HostileSample s) throws IOException {
    Dataset data = s.data;
    List<Language> fr = Terms.preference(Language.FR);
    List<CSVRecord> bodies = csv(CsvExport.bodies(data, Language.FR), CsvExport.BODY_COLUMNS);
    List<CSVRecord> roles = csv(CsvExport.roles(data, Language.FR), CsvExport.ROLE_COLUMNS);

    CSVRecord holder = row(bodies, s.ids.get("holder"));
    assertThat(holder.get("name")).isEqualTo(inert(s.texts.get("holderNameFr")));
    assertThat(holder.get("acronyms")).isEqualTo(inert(s.texts.get("holderAcronym")));
    assertThat(holder.get("description")).isEqualTo(inert(s.texts.get("holderDescription")));
    assertThat(holder.get("website")).isEqualTo(inert(s.urls.get("website")));
    assertThat(holder.get("sources")).isEqualTo(inert(
        s.ids.get("source") + " § intro ¶ 1 (" + s.texts.get("locator") + ")"));
    CSVRecord member = row(roles, s.ids.get("role"));
    assertThat(member.get("holderName")).isEqualTo(inert(data.body(BodyId.of(s.ids.get("holder"))).displayName(fr)));
    assertThat(member.get("bodyName")).isEqualTo(inert(data.body(BodyId.of(s.ids.get("forum"))).displayName(fr)));
    assertThat(member.get("legalBasisNames")).isEqualTo(inert(s.texts.get("lawName")));
    assertThat(member.get("legalBasisProvisions")).isEqualTo(inert(s.texts.get("provision")));
    for (CSVRecord r : concat(bodies, roles)) {
      for (String cell : r) {
        assertThat(FORMULA_STARTS.indexOf(cell.isEmpty() ? 'x' : cell.charAt(0)))
            .as("where the first character of a cell of row %s is in the formula starts: %s", r.getRecordNumber(), cell)
            .isNegative();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void mermaidFollowsItsQuotingRulesAndCarriesEveryLabel(HostileSample s) {
    for (Language language : Language.values()) {
      String mermaid = GraphExport.mermaid(s.data, language);

      assertThat(mermaid).as("every shape is drawn").contains("subgraph instruments", " -.->|", " ==>|");
      assertThat(GraphGrammar.mermaidLabels(mermaid)).containsExactlyElementsOf(labels(s.data, language));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void dotFollowsItsQuotingRulesAndCarriesEveryLabel(HostileSample s) {
    for (Language language : Language.values()) {
      String dot = GraphExport.dot(s.data, language);

      assertThat(dot).as("every shape is drawn").contains("cluster_instruments", "style=dashed", "style=bold");
      assertThat(GraphGrammar.dotLabels(dot)).containsExactlyElementsOf(labels(s.data, language));
    }
  }

  /**
   * The Turtle's first comment names the file the dataset came from: a name with a terminal's escape, a line break
   * followed by Turtle, a C1 control and a bidirectional override stays one line of comment, shown escaped.
   */
  @Test
  void turtleNamesItsSourceInOneLineOfCommentShownEscaped() {
    String name = "a\u001b]0;x\u0007\r\n<urn:a> <urn:b> <urn:c> .\u0085\u202e.json";
    Dataset data = DatasetReader.standard().read(Exports.trickyText().getBytes(StandardCharsets.UTF_8), name);
    String turtle = RdfExport.turtle(data);

    assertThat(turtle.lines().findFirst().orElseThrow()).startsWith("# ccb-relations ")
        .endsWith(" exported from a\\u001b]0;x\\u0007\\r\\n<urn:a> <urn:b> <urn:c> .\\u0085\\u202e.json");
    assertThat(turtle.lines().skip(1).findFirst().orElseThrow()).startsWith("# IRIs under ");
    assertThat(Exports.turtle(data).isIsomorphicWith(Exports.turtle(Exports.tricky()))).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void explorerEmbedsItsDataWhereNoTextCanEndTheScriptAndCarriesEveryText(HostileSample s) throws IOException {
    String page = HtmlExport.explorer(s.data, Language.EN);

    // Only the page's own two scripts open and close, and no text opens a comment that would hide them.
    assertThat(page.toLowerCase(java.util.Locale.ROOT).split("<script", -1)).hasSize(3);
    assertThat(page.toLowerCase(java.util.Locale.ROOT).split("</script", -1)).hasSize(3);
    assertThat(page).doesNotContain("<!--");
    String open = "<script type=\"application/json\" id=\"explorer-data\">";
    int start = page.indexOf(open) + open.length();
    String json = page.substring(start, page.indexOf("</script>", start));
    Set<String> strings = new HashSet<>();
    new ObjectMapper().readTree(json).findValues("text").forEach(n -> strings.add(n.asText()));
    new ObjectMapper().readTree(json).findValues("name").forEach(n -> n.forEach(v -> strings.add(v.asText())));
    assertThat(strings).contains(s.texts.get("holderNameFr"), s.texts.get("holderNameNl"),
        s.texts.get("holderAcronym"), s.texts.get("forumName"), s.texts.get("forumShortName"),
        s.texts.get("partyName"), s.texts.get("lawName"));
    assertThat(json).contains(new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance()
        .quoteAsString(s.urls.get("website"))).replace("<", "\\u003c"));
  }

  /** The labels the pictures draw, in the order both write them: groups and nodes, then edges. */
  private static List<String> labels(Dataset data, Language language) {
    RelationsGraph g = new RelationsGraph(data, language);
    List<String> out = new ArrayList<>();
    if (!g.ccbGroup.isEmpty()) {
      out.add(g.ccbGroupLabel);
      g.ccbGroup.forEach(n -> out.add(n.label()));
    }
    g.standalone.forEach(n -> out.add(n.label()));
    for (Map.Entry<Level, List<RelationsGraph.Node>> e : g.levels.entrySet()) {
      out.add(Terms.level(e.getKey(), language));
      e.getValue().forEach(n -> out.add(n.label()));
    }
    if (!g.instruments.isEmpty()) {
      out.add(g.instrumentsLabel);
      g.instruments.forEach(n -> out.add(n.label()));
    }
    g.edges.forEach(e -> out.add(e.label()));
    return out;
  }

  /**
   * What starts a formula, as OWASP's CSV Injection page and its ASVS 1.2.10 name it, and the full-width forms of the
   * four signs.
   */
  private static final String FORMULA_STARTS = "=+-@\t\r\n\u0000\uff1d\uff0b\uff0d\uff20";

  /** A cell as OWASP's CSV-injection guidance wants it: a leading formula character made text by a quote. */
  private static String inert(String text) {
    return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  private static List<CSVRecord> csv(String text, List<String> columns) throws IOException {
    try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(text))) {
      assertThat(parser.getHeaderNames()).containsExactlyElementsOf(columns);
      List<CSVRecord> records = parser.getRecords();
      assertThat(records).isNotEmpty().allSatisfy(r -> assertThat(r.size()).isEqualTo(columns.size()));
      return records;
    }
  }

  private static CSVRecord row(List<CSVRecord> records, String id) {
    return records.stream().filter(r -> r.get("id").equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + id));
  }

  private static List<CSVRecord> concat(List<CSVRecord> a, List<CSVRecord> b) {
    List<CSVRecord> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * RFC 3987: an IRI holds unreserved and reserved ASCII characters, percent escapes and the non-ASCII characters
   * of {@code ucschar} (private-use characters only in a query), never a bidirectional formatting character.
   */
  private static void assertIriHasNoForbiddenCharacter(String iri) {
    iri.codePoints().forEach(c -> assertThat(c < 0x80
        ? c > 0x20 && "<>\"{}|\\^`".indexOf(c) < 0
        : isUcschar(c) && c != 0x200e && c != 0x200f && (c < 0x202a || c > 0x202e))
        .as("U+%04X in %s", c, iri).isTrue());
  }

  private static boolean isUcschar(int c) {
    return (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xf900 && c <= 0xfdcf) || (c >= 0xfdf0 && c <= 0xffef)
        || (c >= 0x10000 && c <= 0xefffd && (c & 0xfffe) != 0xfffe && (c < 0xe0000 || c > 0xe0fff));
  }
}
