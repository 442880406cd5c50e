package io.github.ccbrelations.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads back the Mermaid and DOT text {@link GraphExport} writes, by the quoting rules of each language, and
 * returns the label texts in the order they appear. No Java parser of either language is on Maven Central, so this
 * checks the shapes the export uses, line by line, and fails on anything else.
 *
 * <p>Mermaid: a label is {@code "..."} with no raw {@code "}; Mermaid turns {@code #name;} and {@code #123;} into
 * HTML entities (its "entity codes"), and reads {@code %%} anywhere as the start of a directive or comment, a
 * backtick-quoted label as Markdown, and {@code <} and {@code &} as HTML. So a safe label holds none of {@code %},
 * {@code <}, {@code >}, {@code &}, a backtick, a raw line break or control character, and no {@code #} that does not
 * start an entity code. Before parsing, Mermaid's {@code encodeEntities} also drops the last {@code ;} of a line
 * that matches {@code style.*:\S*#.*;} or {@code classDef.*:\S*#.*;}, and writes each entity code with marker
 * characters ({@code #60;} as {@code ﬂ°°60¶ß}) that {@code decodeEntities} turns into {@code &#}, {@code &} and
 * {@code ;} wherever they stand in the drawing; this reader does both, as Mermaid does.
 *
 * <p>DOT: in a quoted string only {@code \"} (a quote) and {@code \\} (kept as two backslashes) are escapes of the
 * language; a label then has HTML entities ({@code &amp;}, {@code &#123;}) decoded and, last, the escString
 * sequences {@code \\}, {@code \n}, {@code \l}, {@code \r} turned into a backslash and line breaks, while
 * {@code \N}, {@code \G} and the like would name the node or graph.
 */
final class GraphGrammar {
  private static final String ID = "[bi]_[a-z0-9_]+";
  private static final String LABEL = "\"(?<label>[^\"]*)\"";
  private static final List<Pattern> MERMAID_LINES = List.of(
      Pattern.compile("flowchart LR"),
      Pattern.compile(" {2}subgraph (?:ccb_parts|level_[a-z]+|instruments)\\[" + LABEL + "]"),
      Pattern.compile(" {2}end"),
      Pattern.compile(" {2,4}" + ID + "\\[" + LABEL + "]"),
      Pattern.compile(" {2}" + ID + " (?:-->|-\\.->|==>)\\|" + LABEL + "\\| " + ID));
  private static final Pattern MERMAID_SAFE = Pattern.compile(
      "(?:[^\"%<>&`#\\p{Cc}\\u2028\\u2029]|#[0-9]+;|#[a-z]+;)*");
  private static final Pattern MERMAID_ENTITY = Pattern.compile("#(\\w+);");
  /** Mermaid's encodeEntities: on such a line, the last semicolon is dropped. */
  private static final List<Pattern> MERMAID_STYLE_LINES =
      List.of(Pattern.compile("style.*:\\S*#.*;"), Pattern.compile("classDef.*:\\S*#.*;"));
  private static final Pattern HTML_ENTITY = Pattern.compile("&(#[0-9]+|[a-z]+);");
  private static final Map<String, String> NAMED = Map.of("quot", "\"", "amp", "&", "lt", "<", "gt", ">");

  private static final String QUOTED = "\"(?:[^\"\\\\\\n]|\\\\[^\\n])*\"";
  private static final String QUOTED_LABEL = "\"(?<label>(?:[^\"\\\\\\n]|\\\\[^\\n])*)\"";
  private static final List<Pattern> DOT_LINES = List.of(
      Pattern.compile("digraph relations \\{"),
      Pattern.compile(" {2}rankdir=LR;"),
      Pattern.compile(" {2}node \\[shape=box];"),
      Pattern.compile(" {2}subgraph (cluster_ccb_parts|cluster_level_[a-z]+|cluster_instruments) \\{"),
      Pattern.compile(" {4}label=" + QUOTED_LABEL + ";"),
      Pattern.compile(" {2,4}" + QUOTED + " \\[label=" + QUOTED_LABEL + "];"),
      Pattern.compile(" {2}" + QUOTED + " -> " + QUOTED + " \\[label=" + QUOTED_LABEL
          + "(?:, style=(?:dashed|bold))?];"),
      Pattern.compile(" {2}}"),
      Pattern.compile("}"));
  private static final Pattern DOT_ENTITY = Pattern.compile("&(#[0-9]+|#x[0-9a-fA-F]+|[a-z]+);");

  private GraphGrammar() {}

  /** The labels of a Mermaid flowchart, decoded, in order; fails on a line or label outside the grammar. */
  static List<String> mermaidLabels(String mermaid) {
    if (mermaid.contains("%%")) {
      throw new AssertionError("Mermaid text holds %%, which opens a directive or a comment");
    }
    String text = mermaid;
    for (Pattern style : MERMAID_STYLE_LINES) {
      text = style.matcher(text).replaceAll(
          m -> Matcher.quoteReplacement(m.group().substring(0, m.group().length() - 1)));
    }
    List<String> labels = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      Matcher m = match(MERMAID_LINES, line);
      String label = label(m);
      if (label == null) {
        continue;
      }
      if (!MERMAID_SAFE.matcher(label).matches()) {
        throw new AssertionError("Mermaid label holds a character Mermaid reads specially: " + line);
      }
      labels.add(decodeMermaid(label));
    }
    return labels;
  }

  /** A label as Mermaid shows it: entity codes to markers, markers to HTML entities, entities decoded. */
  private static String decodeMermaid(String label) {
    String marked = MERMAID_ENTITY.matcher(label).replaceAll(e -> Matcher.quoteReplacement(
        (e.group(1).matches("\\+?\\d+") ? "ﬂ°°" : "ﬂ°") + e.group(1) + "¶ß"));
    String html = marked.replace("ﬂ°°", "&#").replace("ﬂ°", "&").replace("¶ß", ";");
    return HTML_ENTITY.matcher(html).replaceAll(e -> {
      String name = e.group(1);
      if (name.startsWith("#")) {
        return Matcher.quoteReplacement(Character.toString(Integer.parseInt(name.substring(1))));
      }
      String c = NAMED.get(name);
      if (c == null) {
        throw new AssertionError("unknown entity &" + name + ";");
      }
      return Matcher.quoteReplacement(c);
    });
  }

  /** The labels of a DOT digraph, decoded as Graphviz would show them, in order; ids are skipped. */
  static List<String> dotLabels(String dot) {
    List<String> labels = new ArrayList<>();
    for (String line : dot.split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      String label = label(match(DOT_LINES, line));
      if (label != null) {
        labels.add(decodeDotLabel(unquoteDot(label)));
      }
    }
    return labels;
  }

  /** The DOT language's own escapes in a quoted string: {@code \"} is a quote, {@code \\} stays two backslashes. */
  private static String unquoteDot(String quoted) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < quoted.length(); i++) {
      char c = quoted.charAt(i);
      if (c == '\\' && i + 1 < quoted.length() && quoted.charAt(i + 1) == '"') {
        out.append('"');
        i++;
      } else if (c == '\\' && i + 1 < quoted.length() && quoted.charAt(i + 1) == '\\') {
        out.append("\\\\");
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** A label as Graphviz shows it: entities decoded, then {@code \\}, {@code \n}, {@code \l}, {@code \r}. */
  private static String decodeDotLabel(String label) {
    String decoded = DOT_ENTITY.matcher(label).replaceAll(e -> {
      String name = e.group(1);
      if (name.startsWith("#x")) {
        return Matcher.quoteReplacement(Character.toString(Integer.parseInt(name.substring(2), 16)));
      }
      if (name.startsWith("#")) {
        return Matcher.quoteReplacement(Character.toString(Integer.parseInt(name.substring(1))));
      }
      String c = NAMED.get(name);
      if (c == null) {
        throw new AssertionError("unknown HTML entity &" + name + ";");
      }
      return Matcher.quoteReplacement(c);
    });
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char next = i + 1 < decoded.length() ? decoded.charAt(i + 1) : 0;
      switch (next) {
        case '\\' -> out.append('\\');
        case 'n', 'l' -> out.append('\n');
        case 'r' -> out.append('\r');
        default -> throw new AssertionError("DOT label holds \\" + next + ", which Graphviz would replace: " + label);
      }
      i++;
    }
    return out.toString();
  }

  /** The group named label, or null for a shape without one. */
  private static String label(Matcher m) {
    return m.pattern().pattern().contains("(?<label>") ? m.group("label") : null;
  }

  private static Matcher match(List<Pattern> shapes, String line) {
    for (Pattern p : shapes) {
      Matcher m = p.matcher(line);
      if (m.matches()) {
        return m;
      }
    }
    throw new AssertionError("line outside the grammar: " + line);
  }
}
