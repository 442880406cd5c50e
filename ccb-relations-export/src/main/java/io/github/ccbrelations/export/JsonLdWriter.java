package io.github.ccbrelations.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes an {@link Rdf} graph as a JSON-LD 1.1 document: one node object per subject in a {@code @graph}, keys as
 * compact IRIs of the context's prefixes, every value an explicit value or node object, so that the meaning never
 * depends on term coercion.
 */
final class JsonLdWriter {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private JsonLdWriter() {}

  static String write(Rdf rdf, ContextMode mode) {
    return generate(g -> {
      g.writeStartObject();
      g.writeFieldName("@context");
      if (mode == ContextMode.EMBEDDED) {
        contextObject(g);
      } else {
        g.writeString(RdfExport.CONTEXT);
      }
      g.writeArrayFieldStart("@graph");
      for (Map.Entry<String, Map<String, Set<Rdf.Term>>> s : rdf.subjects().entrySet()) {
        g.writeStartObject();
        g.writeStringField("@id", Iris.encode(s.getKey()));
        for (Map.Entry<String, Set<Rdf.Term>> p : s.getValue().entrySet()) {
          if (p.getKey().equals(Rdf.TYPE)) {
            List<String> types = new ArrayList<>();
            p.getValue().forEach(t -> types.add(name(((Rdf.Iri) t).value())));
            g.writeFieldName("@type");
            if (types.size() == 1) {
              g.writeString(types.get(0));
            } else {
              g.writeStartArray();
              for (String t : types) {
                g.writeString(t);
              }
              g.writeEndArray();
            }
            continue;
          }
          g.writeFieldName(name(p.getKey()));
          if (p.getValue().size() == 1) {
            value(g, p.getValue().iterator().next());
          } else {
            g.writeStartArray();
            for (Rdf.Term o : p.getValue()) {
              value(g, o);
            }
            g.writeEndArray();
          }
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  /** The context document: {@code {"@context": {prefix: namespace, ...}}}. */
  static String context() {
    return generate(g -> {
      g.writeStartObject();
      g.writeFieldName("@context");
      contextObject(g);
      g.writeEndObject();
    });
  }

  private static void contextObject(JsonGenerator g) throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, String> e : Rdf.PREFIXES.entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  private static void value(JsonGenerator g, Rdf.Term term) throws IOException {
    g.writeStartObject();
    if (term instanceof Rdf.Iri i) {
      g.writeStringField("@id", Iris.encode(i.value()));
    } else {
      Rdf.Literal l = (Rdf.Literal) term;
      g.writeStringField("@value", l.lexical());
      if (!l.language().isEmpty()) {
        g.writeStringField("@language", l.language());
      } else if (!l.datatype().equals(Rdf.XSD + "string")) {
        g.writeStringField("@type", name(l.datatype()));
      }
    }
    g.writeEndObject();
  }

  private static String name(String iri) {
    String compact = Rdf.compact(iri, Rdf.PREFIXES);
    return compact != null ? compact : iri;
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String generate(Body body) {
    StringWriter out = new StringWriter();
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(pretty);
      body.write(g);
    } catch (IOException e) {
      // A StringWriter does not fail; this only satisfies the checked signature.
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }
}
