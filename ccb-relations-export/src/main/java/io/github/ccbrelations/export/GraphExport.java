package io.github.ccbrelations.export;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.text.Terms;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pictures of the relations as Mermaid ({@code flowchart LR}) and Graphviz DOT text.
 *
 * <p>An arrow per role goes from the part of the CCB that acts (CERT.be for the roles held through it, else the
 * holder) to the body the role is in, labelled with the function in the chosen language; a role in no body is a
 * dashed arrow to the body it is about (the Niger project), else to the party on whose behalf it is held (the single
 * point of contact, on behalf of Belgium); other roles in no body are not drawn. Dashed arrows also go from the
 * part that acts to the instruments a role implements, concerns or is guided by, labelled with the kind; bold
 * arrows draw the links between records: a body's relations to another (ECSO, counterpart of the Commission in the
 * cPPP), the act that designates a body, and the acts an instrument implements, executes, extends or amends. The CCB
 * and its parts are grouped; the bodies reached are grouped by the first level of a role that reaches them; the
 * instruments form a group of their own. Node labels are acronyms, else short names, else names, in the chosen
 * language first (for instruments: short names first). The text is the same for the same dataset and language.
 *
 * <pre>{@code
 * String mermaid = GraphExport.mermaid(CcbRelations.bundled(), Language.EN);
 * }</pre>
 */
public final class GraphExport {
  private GraphExport() {}

  /**
   * The relations as a Mermaid flowchart, without the surrounding Markdown fence.
   *
   * @param data the dataset; every record of its whole history is exported, whatever day it answers for
   * @param language the language of labels
   * @return the Mermaid text, ending with a line break; never null
   */
  public static String mermaid(Dataset data, Language language) {
    RelationsGraph g = new RelationsGraph(data, language);
    StringBuilder out = new StringBuilder("flowchart LR\n");
    // A file of the user's own may have no CCB: no empty box named after it.
    if (!g.ccbGroup.isEmpty()) {
      mermaidGroup(out, "ccb_parts", g.ccbGroupLabel, g.ccbGroup);
    }
    g.standalone.forEach(n -> mermaidNode(out, "  ", n));
    for (Map.Entry<Level, List<RelationsGraph.Node>> e : g.levels.entrySet()) {
      mermaidGroup(out, levelId(e.getKey()), Terms.level(e.getKey(), language), e.getValue());
    }
    if (!g.instruments.isEmpty()) {
      mermaidGroup(out, "instruments", g.instrumentsLabel, g.instruments);
    }
    for (RelationsGraph.Edge edge : g.edges) {
      out.append("  ").append(mermaidId(edge.from())).append(switch (edge.style()) {
        case SOLID -> " -->|\"";
        case DASHED -> " -.->|\"";
        case BOLD -> " ==>|\"";
      }).append(mermaidText(edge.label())).append("\"| ").append(mermaidId(edge.to())).append('\n');
    }
    return out.toString();
  }

  /**
   * The relations as a Graphviz DOT digraph, left to right, groups as clusters, dashed edges for roles on behalf
   * of a party.
   *
   * @param data the dataset; every record of its whole history is exported, whatever day it answers for
   * @param language the language of labels
   * @return the DOT text, ending with a line break; never null
   */
  public static String dot(Dataset data, Language language) {
    RelationsGraph g = new RelationsGraph(data, language);
    StringBuilder out = new StringBuilder("digraph relations {\n");
    out.append("  rankdir=LR;\n  node [shape=box];\n");
    if (!g.ccbGroup.isEmpty()) {
      dotGroup(out, "ccb_parts", g.ccbGroupLabel, g.ccbGroup);
    }
    g.standalone.forEach(n -> dotNode(out, "  ", n));
    for (Map.Entry<Level, List<RelationsGraph.Node>> e : g.levels.entrySet()) {
      dotGroup(out, levelId(e.getKey()), Terms.level(e.getKey(), language), e.getValue());
    }
    if (!g.instruments.isEmpty()) {
      dotGroup(out, "instruments", g.instrumentsLabel, g.instruments);
    }
    for (RelationsGraph.Edge edge : g.edges) {
      out.append("  ").append(dotString(dotId(edge.from()))).append(" -> ").append(dotString(dotId(edge.to())))
          .append(" [label=").append(dotString(edge.label())).append(switch (edge.style()) {
            case SOLID -> "";
            case DASHED -> ", style=dashed";
            case BOLD -> ", style=bold";
          }).append("];\n");
    }
    return out.append("}\n").toString();
  }

  /** The id of a level's group, shared by the Mermaid and the DOT text: "level_european". */
  private static String levelId(Level level) {
    return "level_" + level.name().toLowerCase(Locale.ROOT);
  }

  private static void mermaidGroup(StringBuilder out, String id, String label, List<RelationsGraph.Node> nodes) {
    out.append("  subgraph ").append(id).append("[\"").append(mermaidText(label)).append("\"]\n");
    nodes.forEach(n -> mermaidNode(out, "    ", n));
    out.append("  end\n");
  }

  private static void mermaidNode(StringBuilder out, String indent, RelationsGraph.Node n) {
    out.append(indent).append(mermaidId(n.ref())).append("[\"").append(mermaidText(n.label())).append("\"]\n");
  }

  /**
   * A node id Mermaid cannot mistake for a keyword or an arrow: the body "cert-be" becomes "b_cert_be", the
   * instrument "nis-directive" "i_nis_directive".
   */
  static String mermaidId(RelationsGraph.Ref ref) {
    return (ref.instrument() ? "i_" : "b_") + ref.id().replace('-', '_');
  }

  /** A DOT node id: a body by its id, an instrument as {@code instrument/<id>}, so the two never meet. */
  private static String dotId(RelationsGraph.Ref ref) {
    return ref.instrument() ? "instrument/" + ref.id() : ref.id();
  }

  /**
   * Text for a quoted Mermaid label, inert whatever it holds. Every character Mermaid reads specially is written as
   * one of its entity codes ({@code #37;}, Mermaid's way to escape, in decimal): {@code %} (so no {@code %%} can
   * open a directive or a comment), {@code #} (which starts an entity code), {@code "} (which ends the label),
   * {@code <}, {@code >} and {@code &} (read as HTML), the backtick (which makes a label Markdown), and line breaks,
   * control characters, line separators and invisible formatting characters (bidirectional controls). Mermaid's own
   * entity pass asks for three more: {@code :} (on a line that also says {@code style} or {@code classDef}, as a
   * node id may, a colon before an entity code makes Mermaid drop the line's last {@code ;}), and {@code ﬂ} and
   * {@code ¶} (Mermaid writes entity codes with the markers {@code ﬂ°°}, {@code ﬂ°} and {@code ¶ß}, and turns those
   * into {@code &#}, {@code &} and {@code ;} wherever they stand).
   */
  static String mermaidText(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    text.codePoints().forEach(c -> {
      if ("%#\"<>&`:ﬂ¶".indexOf(c) >= 0 || isInvisible(c)) {
        out.append('#').append(c).append(';');
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  /** Control characters, line and paragraph separators, and formatting characters such as bidi overrides. */
  private static boolean isInvisible(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  /** A group as a DOT cluster: Graphviz draws a subgraph as a box only when its id starts with "cluster". */
  private static void dotGroup(StringBuilder out, String id, String label, List<RelationsGraph.Node> nodes) {
    out.append("  subgraph cluster_").append(id).append(" {\n    label=").append(dotString(label)).append(";\n");
    nodes.forEach(n -> dotNode(out, "    ", n));
    out.append("  }\n");
  }

  private static void dotNode(StringBuilder out, String indent, RelationsGraph.Node n) {
    out.append(indent).append(dotString(dotId(n.ref()))).append(" [label=").append(dotString(n.label()))
        .append("];\n");
  }

  /**
   * A DOT quoted string for a label, showing the text as it is. In the DOT language only a backslash before a
   * quote or before a backslash is an escape; Graphviz then decodes HTML entities in a label and reads a doubled
   * backslash, {@code \n} and {@code \r} as a backslash and line breaks, {@code \N} and {@code \G} as names. So
   * {@code &} becomes {@code &amp;}, control, separator and formatting characters numeric entities, a backslash two,
   * a quote {@code \"}, a line feed {@code \n} and a carriage return {@code \r}.
   */
  static String dotString(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8).append('"');
    text.codePoints().forEach(c -> {
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '&' -> out.append("&amp;");
        default -> {
          if (isInvisible(c)) {
            out.append("&#").append(c).append(';');
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.append('"').toString();
  }
}
