package io.github.ccbrelations.export;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.DatasetInfo;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The relations explorer: one self-contained HTML page with the relations as a diagram, every role in a table, a
 * search by any name or acronym in any language, a date control that shows the relations as they stood on a day,
 * and a language switch (fr, nl, de, en) in place.
 *
 * <p>Data, styles and script are inline and the page makes no network request when opened (its Content Security
 * Policy allows nothing to be fetched): it works from a file, an intranet or an archive. The diagram is SVG drawn
 * here, in Java, with no script library. The page holds the whole history of the dataset and picks the records of
 * the chosen day by the rules of {@link Dataset#asOf}; it opens on today's date in Brussels. The footer states the
 * dataset version, release date and SHA-256, and the licences: the data's (CC BY 4.0) only for the bundled dataset,
 * since any other file's terms are its publisher's, and always the code's (Apache-2.0).
 *
 * <pre>{@code
 * Files.writeString(Path.of("explorer.html"), HtmlExport.explorer(CcbRelations.bundled(), Language.EN));
 * }</pre>
 */
public final class HtmlExport {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");

  private HtmlExport() {}

  /**
   * The explorer page.
   *
   * @param data the dataset; every record of its whole history is written, whatever day it answers for
   * @param language the language the page opens in; the reader can switch to any other
   * @return the HTML text, UTF-8 when written; never null
   */
  public static String explorer(Dataset data, Language language) {
    String css = resource("explorer.css");
    String script = resource("explorer.js");
    DatasetInfo info = data.info();
    ExplorerLicences licences = ExplorerLicences.of(data);
    Map<String, String> values = new HashMap<>();
    values.put("lang", language.code());
    values.put("title", Html.text(title(language)));
    values.put("css", css);
    values.put("script", script);
    values.put("styleHash", cspHash(css));
    values.put("scriptHash", cspHash(script));
    values.put("svg", ExplorerGraph.svg(data, language));
    values.put("data", Html.scriptData(ExplorerData.json(data, language, licences)));
    values.put("version", Html.text(info.datasetVersion().text()));
    values.put("released", info.header().released().toString());
    values.put("sha256", info.sha256());
    values.put("licences", Html.text(licences.in(language)));
    values.put("primarySource", info.header().primarySources().stream()
        .map(id -> link(data, id)).collect(Collectors.joining(", ")));
    Matcher m = PLACEHOLDER.matcher(resource("explorer.html"));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalStateException("explorer.html names an unknown placeholder: " + m.group());
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The page's title in a language. The page's one source of it: written here into the HTML, for the language the page
   * opens in, and into the script's data for the others.
   */
  static String title(Language language) {
    switch (language) {
      case FR:
        return "Les relations internationales du Centre pour la Cybersécurité Belgique";
      case NL:
        return "De internationale betrekkingen van het Centrum voor Cybersecurity België";
      case DE:
        return "Die internationalen Beziehungen des Zentrums für Cybersicherheit Belgien";
      default:
        return "The international relations of the Centre for Cybersecurity Belgium";
    }
  }

  private static String link(Dataset data, SourceId id) {
    Optional<Source> source = data.findSource(id);
    String title = Html.text(source.map(Source::title).orElse(id.value()));
    return source.flatMap(Source::url)
        .map(u -> "<a href=\"" + Html.attr(u.value()) + "\" rel=\"noreferrer\">" + title + "</a>")
        .orElse(title);
  }

  /** The CSP source that allows exactly this inline text: 'sha256-' and its digest in Base64. */
  static String cspHash(String inline) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlExport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource io/github/ccbrelations/export/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource io/github/ccbrelations/export/" + name, e);
    }
  }
}
