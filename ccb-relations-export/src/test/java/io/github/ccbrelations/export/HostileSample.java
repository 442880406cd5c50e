package io.github.ccbrelations.export;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.DatasetLoadException;
import io.github.ccbrelations.data.DatasetReader;
import io.github.ccbrelations.model.WebUrl;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * A small dataset whose texts, ids and URLs are generated from a seed out of pieces that other formats treat
 * specially: quotes, backslashes, line breaks, control characters, Mermaid directives and arrows, DOT escapes,
 * entity codes and the marker characters Mermaid writes in their place, spreadsheet formulas, bidirectional controls,
 * line separators and characters outside the BMP.
 * Lone surrogates are left out: the loader refuses them.
 *
 * <p>When the loader refuses a sample (its rules on control characters in names may be stricter than the
 * generator), the sample is made again with those characters removed, so every seed gives a dataset to export.
 */
final class HostileSample {
  /** Pieces of hostile text; a text is a few of them, maybe led by a formula character. */
  private static final List<String> PIECES = List.of(
      "\"", "\\", "\n", "\r", "\r\n", "\t", "\u0001", "\u001b[2J", "\u007f", "\u0085", "\u009b",
      "%%{init: {\"theme\": \"forest\"}}%%", "%%", "%", "100%", "-->", "-.->", "==>", "]]", "[[", "\"]", "[\"", "(",
      ")", "((", "{}", "{", "}", "<>", "<script>alert(1)</script>", "<br>", "|", ";", ":::", "#quot;", "#35;", "#",
      "&amp;", "&#60;", "&", "\\N", "\\G", "\\n", "\\\"", "'''", "\"\"\"", "@", "=", "+", "-", "=HYPERLINK(\"x\")",
      "=1+2\";=1+2", "@SUM(1)", "\u2028", "\u2029", "\u202e", "\u200f", "\u2066", "\ufeff", "😀", "𝔘", "🇧🇪", "é",
      "Œuvre", ",", " ", "^^", "@en", "`", "`**bold**`", "end", "subgraph", "style", "click", "digraph", "node",
      "--", "/*", "*/", "//", "<<", ">>", "\u00a0", "x", "ﬂ°", "ﬂ°°", "¶ß", "style:", "classDef:");

  /** What may lead a text: nothing, or a character a spreadsheet reads as the start of a formula. */
  private static final List<String> LEADS = List.of("", "", "", "=", "+", "-", "@", "＝", "＋", "－", "＠", "\n");

  /** Pieces of URL paths, the ones {@link WebUrl} accepts kept. */
  private static final List<String> URL_PIECES = List.of(
      "a", "b-c", "é", "😀", "\u202e", "\u200f", "%20", "%C3%A9", "'", "(", ")", "*", "!", "$", ",", ";", "=", "+", "@",
      ":", "~", "_", ".", "\u00a0", "\ufeff", "\u0301", "\ue000", "\ufdd0", "中文", "?q=1", "#frag");

  private static final String[] WORDS = {"end", "graph", "subgraph", "node", "edge", "digraph", "style", "class",
      "click", "default", "flowchart", "o", "x", "strict", "a", "e1", "0", "123"};

  final long seed;
  final Map<String, String> texts = new LinkedHashMap<>();
  final Map<String, String> ids = new LinkedHashMap<>();
  final Map<String, String> urls = new LinkedHashMap<>();
  /** Whether the texts had to lose their control characters for the loader to accept them. */
  boolean cleaned;
  Dataset data;

  private HostileSample(long seed) {
    this.seed = seed;
  }

  static HostileSample of(long seed) {
    HostileSample s = new HostileSample(seed);
    Random random = new Random(seed);
    for (String key : List.of("title", "heading", "holderNameFr", "holderNameNl", "holderAcronym",
        "holderDescription", "forumName", "forumShortName", "partyName", "lawName", "provision", "locator",
        "roleDescription", "publisher")) {
      s.texts.put(key, text(random));
    }
    for (String key : List.of("source", "holder", "forum", "party", "law", "role", "spoc")) {
      s.ids.put(key, id(random, s.ids.values()));
    }
    for (String key : List.of("sourceUrl", "website")) {
      s.urls.put(key, url(random));
    }
    try {
      s.data = s.load(UnaryOperator.identity());
    } catch (DatasetLoadException e) {
      s.cleaned = true;
      s.texts.replaceAll((k, v) -> clean(v));
      s.urls.replaceAll((k, v) -> WebUrl.of(CONTROLS.matcher(v).replaceAll("")).value());
      s.data = s.load(UnaryOperator.identity());
    }
    return s;
  }

  @Override
  public String toString() {
    return "seed " + seed;
  }

  private Dataset load(UnaryOperator<String> edit) {
    byte[] json = edit.apply(json()).getBytes(StandardCharsets.UTF_8);
    return DatasetReader.standard().read(json, "hostile-" + seed + ".json");
  }

  private String json() {
    return """
        {
          "header": {"datasetVersion": "2026.11.0", "schemaVersion": "1.0.0", "released": "2026-11-29",
            "primarySources": [%1$s]},
          "sources": [{"id": %1$s, "kind": "CCB_PAGE", "title": %2$s, "publisher": %3$s, "language": "fr",
            "url": %4$s, "consulted": "2026-11-20", "sections": [{"id": "intro", "heading": %5$s, "paragraphs": 2}]}],
          "bodies": [
            {"id": %6$s, "kind": "NATIONAL_AUTHORITY", "website": %7$s,
             "labels": [{"language": "fr", "kind": "NAME", "text": %8$s}, {"language": "nl", "kind": "NAME", "text": %9$s},
               {"language": "fr", "kind": "ACRONYM", "text": %10$s}],
             "description": {"fr": %11$s}, "relations": [{"kind": "COOPERATION_WITH", "body": %16$s}],
             "sources": [{"source": %1$s, "section": "intro", "paragraph": 1, "locator": %12$s}]},
            {"id": %13$s, "kind": "COMMUNITY", "partOf": %6$s,
             "labels": [{"language": "en", "kind": "NAME", "text": %14$s}, {"language": "en", "kind": "SHORT_NAME", "text": %15$s}],
             "sources": [{"source": %1$s}]},
            {"id": %16$s, "kind": "COUNTRY", "labels": [{"language": "de", "kind": "NAME", "text": %17$s}],
             "sources": [{"source": %1$s}]}
          ],
          "instruments": [{"id": %18$s, "kind": "BELGIAN_LAW", "labels": [{"language": "nl", "kind": "NAME", "text": %19$s}],
            "adopted": "2019", "sources": [{"source": %1$s}]}],
          "roles": [
            {"id": %20$s, "holder": %6$s, "body": %13$s, "function": "MEMBER", "level": "OPERATIONAL",
             "legalBasisStatus": "FROM_OTHER_SOURCES", "legalBases": [{"instrument": %18$s, "provision": %21$s}],
             "subjects": [{"instrument": %18$s, "kind": "CONCERNS", "provision": %21$s}],
             "description": {"en": %22$s}, "sources": [{"source": %1$s, "section": "intro", "paragraph": 2}]},
            {"id": %23$s, "holder": %6$s, "onBehalfOf": %16$s, "function": "SINGLE_POINT_OF_CONTACT", "level": "EUROPEAN",
             "legalBasisStatus": "NONE_STATED", "sources": [{"source": %1$s, "section": "intro", "paragraph": 1}]}
          ]
        }
        """.formatted(
        q(ids.get("source")), q(texts.get("title")), q(texts.get("publisher")), q(urls.get("sourceUrl")),
        q(texts.get("heading")), q(ids.get("holder")), q(urls.get("website")), q(texts.get("holderNameFr")),
        q(texts.get("holderNameNl")), q(texts.get("holderAcronym")), q(texts.get("holderDescription")),
        q(texts.get("locator")), q(ids.get("forum")), q(texts.get("forumName")), q(texts.get("forumShortName")),
        q(ids.get("party")), q(texts.get("partyName")), q(ids.get("law")), q(texts.get("lawName")), q(ids.get("role")),
        q(texts.get("provision")), q(texts.get("roleDescription")), q(ids.get("spoc")));
  }

  /** A JSON string literal. */
  private static String q(String text) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
  }

  private static String text(Random random) {
    StringBuilder s = new StringBuilder(LEADS.get(random.nextInt(LEADS.size())));
    int pieces = 1 + random.nextInt(6);
    for (int i = 0; i < pieces; i++) {
      s.append(PIECES.get(random.nextInt(PIECES.size())));
    }
    String text = s.toString();
    // A text of the format has no leading or trailing white space and is not blank.
    return text.isBlank() || !text.equals(text.strip()) ? "x" + text + "x" : text;
  }

  /** A slug unused so far: words Mermaid or DOT reserve, digits first, or random runs joined by hyphens. */
  private static String id(Random random, java.util.Collection<String> taken) {
    while (true) {
      List<String> runs = new ArrayList<>();
      int n = 1 + random.nextInt(4);
      for (int i = 0; i < n; i++) {
        runs.add(random.nextBoolean() ? WORDS[random.nextInt(WORDS.length)]
            : Long.toString(random.nextLong() & Long.MAX_VALUE | 1L << 60, 36).substring(0, 1 + random.nextInt(8)));
      }
      String id = String.join("-", runs);
      if (random.nextInt(10) == 0) {
        id = (id + "-" + "z".repeat(80)).substring(0, 80);
      }
      if (!taken.contains(id) && !id.endsWith("-")) {
        return id;
      }
    }
  }

  private static String url(Random random) {
    while (true) {
      StringBuilder s = new StringBuilder(random.nextBoolean() ? "https://example.org/" : "http://data.example/x/");
      int pieces = random.nextInt(6);
      for (int i = 0; i < pieces; i++) {
        s.append(URL_PIECES.get(random.nextInt(URL_PIECES.size())));
      }
      try {
        return WebUrl.of(s.toString()).value();
      } catch (IllegalArgumentException e) {
        // Not a URL the loader accepts: draw another.
      }
    }
  }

  /** The characters the loader refuses in names and URLs: controls, bidi controls, separators, BOM. */
  private static final java.util.regex.Pattern CONTROLS =
      java.util.regex.Pattern.compile("[\\p{Cc}\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ufeff]");

  /** The text without the characters a loader may refuse in names: controls, bidi controls, separators, BOM. */
  static String clean(String text) {
    String kept = CONTROLS.matcher(text).replaceAll("");
    return kept.isBlank() || !kept.equals(kept.strip()) ? "x" + kept.strip() + "x" : kept;
  }
}
