package io.github.ccbrelations.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Writes an {@link Rdf} graph as Turtle 1.1, subjects and predicates in insertion order. */
final class TurtleWriter {
  private final Map<String, String> prefixes = new LinkedHashMap<>();

  private TurtleWriter() {
    prefixes.putAll(Rdf.PREFIXES);
    prefixes.putAll(Rdf.DATA_PREFIXES);
  }

  static String write(Rdf rdf, String comment) {
    return new TurtleWriter().render(rdf, comment);
  }

  private String render(Rdf rdf, String comment) {
    StringBuilder out = new StringBuilder();
    for (String line : comment.split("\n", -1)) {
      out.append("# ").append(line.replace('\r', ' ')).append('\n');
    }
    prefixes.forEach((p, ns) -> out.append("@prefix ").append(p).append(": ").append(iriRef(ns)).append(" .\n"));
    for (Map.Entry<String, Map<String, Set<Rdf.Term>>> s : rdf.subjects().entrySet()) {
      out.append('\n').append(iri(s.getKey()));
      String separator = "\n    ";
      for (Map.Entry<String, Set<Rdf.Term>> p : s.getValue().entrySet()) {
        out.append(separator);
        separator = " ;\n    ";
        out.append(p.getKey().equals(Rdf.TYPE) ? "a" : iri(p.getKey())).append(' ');
        String comma = "";
        for (Rdf.Term o : p.getValue()) {
          out.append(comma).append(term(o));
          comma = ", ";
        }
      }
      out.append(" .\n");
    }
    return out.toString();
  }

  private String term(Rdf.Term term) {
    if (term instanceof Rdf.Iri i) {
      return iri(i.value());
    }
    Rdf.Literal l = (Rdf.Literal) term;
    String quoted = quote(l.lexical());
    if (!l.language().isEmpty()) {
      return quoted + "@" + l.language();
    }
    if (l.datatype().equals(Rdf.XSD + "string")) {
      return quoted;
    }
    return quoted + "^^" + iri(l.datatype());
  }

  private String iri(String iri) {
    String compact = Rdf.compact(iri, prefixes);
    return compact != null ? compact : iriRef(iri);
  }

  /**
   * An IRIREF. Characters Turtle forbids there are percent-encoded ({@link Iris#encode}), not written as
   * backslash-u escapes: an escape stands for the same forbidden character, which readers refuse.
   */
  static String iriRef(String iri) {
    return "<" + Iris.encode(iri) + ">";
  }

  /**
   * A STRING_LITERAL_QUOTE: backslash, quote and line breaks escaped, other control characters as \\u escapes;
   * every other character, including non-ASCII, as itself (the output is UTF-8).
   */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == 0x7F) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
          } else if (Character.isSurrogate(c) && !pairedAt(text, i)) {
            // A lone surrogate has no UTF-8 form; the replacement character keeps the document well formed.
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static boolean pairedAt(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }
}
