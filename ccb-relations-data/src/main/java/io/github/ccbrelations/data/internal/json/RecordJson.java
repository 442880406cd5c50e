package io.github.ccbrelations.data.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ccbrelations.model.BasesEnded;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyRelation;
import io.github.ccbrelations.model.DatasetHeader;
import io.github.ccbrelations.model.DerivedUrl;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.LocalizedText;
import io.github.ccbrelations.model.NoOfficialName;
import io.github.ccbrelations.model.Redirect;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleSubject;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceReference;
import io.github.ccbrelations.model.SourceSection;
import io.github.ccbrelations.model.Validity;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The model's records as JSON trees in the dataset format, and those trees as JSON text, with jackson-core only.
 *
 * <p>A tree is made of {@link Map} (fields in the order of the model's accessors), {@link List}, {@link String},
 * {@link Number} and {@link Boolean}. Absent optionals and empty lists are left out, as in the files: the tree of a
 * record read from a file is the tree of that record in the file. The diff compares these trees; tests write whole
 * documents with them to read back.
 */
public final class RecordJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private RecordJson() {}

  /** The tree of a header, source, body, instrument, role or redirect; any other value is refused. */
  public static Map<String, Object> tree(Object value) {
    if (value instanceof DatasetHeader h) {
      return header(h);
    } else if (value instanceof Source s) {
      return source(s);
    } else if (value instanceof Body b) {
      return body(b);
    } else if (value instanceof LegalInstrument i) {
      return instrument(i);
    } else if (value instanceof Role r) {
      return role(r);
    } else if (value instanceof Redirect r) {
      return redirect(r);
    }
    throw new IllegalArgumentException("not a record of the dataset format: " + value.getClass().getName());
  }

  private static Map<String, Object> header(DatasetHeader h) {
    Fields f = new Fields();
    f.put("datasetVersion", h.datasetVersion().text());
    f.put("schemaVersion", h.schemaVersion().text());
    f.put("released", h.released().toString());
    f.list("primarySources", h.primarySources(), id -> id.value());
    return f.map;
  }

  private static Map<String, Object> source(Source s) {
    Fields f = new Fields();
    f.put("id", s.id().value());
    f.put("kind", s.kind().name());
    f.put("title", s.title());
    f.opt("language", s.language().map(l -> l.code()));
    f.opt("publisher", s.publisher());
    f.opt("url", s.url().map(u -> u.value()));
    f.opt("urlDerived", s.urlDerived().map(RecordJson::derivedUrl));
    f.opt("consulted", s.consulted().map(Object::toString));
    f.list("sections", s.sections(), RecordJson::section);
    return f.map;
  }

  private static Map<String, Object> section(SourceSection s) {
    Fields f = new Fields();
    f.put("id", s.id());
    f.put("heading", s.heading());
    f.put("paragraphs", s.paragraphs());
    return f.map;
  }

  private static Map<String, Object> body(Body b) {
    Fields f = new Fields();
    f.put("id", b.id().value());
    f.put("kind", b.kind().name());
    f.list("labels", b.labels(), RecordJson::label);
    f.list("noOfficialName", b.noOfficialName(), RecordJson::noOfficialName);
    f.opt("partOf", b.partOf().map(id -> id.value()));
    f.list("convenedBy", b.convenedBy(), id -> id.value());
    f.opt("seat", b.seat().map(RecordJson::text));
    f.opt("website", b.website().map(u -> u.value()));
    f.opt("establishedBy", b.establishedBy().map(RecordJson::basis));
    f.opt("designatedBy", b.designatedBy().map(RecordJson::basis));
    f.list("relations", b.relations(), RecordJson::relation);
    f.opt("founded", b.founded().map(d -> d.text()));
    f.opt("recurrence", b.recurrence().map(Object::toString));
    f.opt("memberCount", b.memberCount());
    f.opt("validity", b.validity().map(RecordJson::validity));
    f.opt("replacedBy", b.replacedBy().map(id -> id.value()));
    f.opt("description", b.description().map(RecordJson::text));
    f.list("sources", b.sources(), RecordJson::reference);
    return f.map;
  }

  private static Map<String, Object> instrument(LegalInstrument i) {
    Fields f = new Fields();
    f.put("id", i.id().value());
    f.put("kind", i.kind().name());
    f.list("labels", i.labels(), RecordJson::label);
    f.list("noOfficialName", i.noOfficialName(), RecordJson::noOfficialName);
    f.opt("celex", i.celex().map(c -> c.value()));
    f.opt("eli", i.eli().map(e -> e.value()));
    f.opt("numac", i.numac().map(n -> n.value()));
    f.opt("osceDecision", i.osceDecision().map(d -> d.value()));
    f.opt("adopted", i.adopted().map(d -> d.text()));
    f.opt("published", i.published().map(d -> d.text()));
    f.opt("inForce", i.inForce().map(d -> d.text()));
    f.opt("appliesFrom", i.appliesFrom().map(d -> d.text()));
    f.opt("endOfValidity", i.endOfValidity().map(d -> d.text()));
    f.list("repeals", i.repeals(), id -> id.value());
    f.opt("replacedBy", i.replacedBy().map(id -> id.value()));
    f.list("transposes", i.transposes(), id -> id.value());
    f.list("extends", i.extendsInstruments(), id -> id.value());
    f.list("implements", i.implementsInstruments(), id -> id.value());
    f.list("executes", i.executes(), RecordJson::basis);
    f.opt("description", i.description().map(RecordJson::text));
    f.list("sources", i.sources(), RecordJson::reference);
    return f.map;
  }

  private static Map<String, Object> role(Role r) {
    Fields f = new Fields();
    f.put("id", r.id().value());
    f.put("holder", r.holder().value());
    f.opt("body", r.body().map(id -> id.value()));
    f.put("function", r.function().name());
    f.opt("onBehalfOf", r.onBehalfOf().map(id -> id.value()));
    f.opt("via", r.via().map(id -> id.value()));
    f.opt("supports", r.supports().map(id -> id.value()));
    f.opt("inCapacityOf", r.inCapacityOf().map(id -> id.value()));
    f.put("level", r.level().name());
    f.opt("condition", r.condition().map(Enum::name));
    f.put("legalBasisStatus", r.legalBasisStatus().name());
    f.list("legalBases", r.legalBases(), RecordJson::basis);
    f.opt("basesEnded", r.basesEnded().map(RecordJson::basesEnded));
    f.list("subjects", r.subjects(), RecordJson::subject);
    f.opt("about", r.about().map(id -> id.value()));
    f.opt("validity", r.validity().map(RecordJson::validity));
    f.opt("replacedBy", r.replacedBy().map(id -> id.value()));
    f.opt("description", r.description().map(RecordJson::text));
    f.list("sources", r.sources(), RecordJson::reference);
    return f.map;
  }

  private static Map<String, Object> redirect(Redirect r) {
    Fields f = new Fields();
    f.put("recordType", r.recordType().name());
    f.put("from", r.from());
    f.put("to", r.to());
    f.put("reason", r.reason().name());
    f.opt("since", r.since().map(v -> v.text()));
    return f.map;
  }

  private static Map<String, Object> label(Label l) {
    Fields f = new Fields();
    f.put("language", l.language().code());
    f.put("kind", l.kind().name());
    f.put("text", l.text());
    f.list("sources", l.sources(), RecordJson::reference);
    return f.map;
  }

  private static Map<String, Object> basis(LegalBasis b) {
    Fields f = new Fields();
    f.put("instrument", b.instrument().value());
    f.opt("provision", b.provision());
    f.opt("validity", b.validity().map(RecordJson::validity));
    f.list("sources", b.sources(), RecordJson::reference);
    return f.map;
  }

  private static Map<String, Object> derivedUrl(DerivedUrl d) {
    Fields f = new Fields();
    f.put("pattern", d.pattern().name());
    f.put("identifier", d.identifier());
    return f.map;
  }

  private static Map<String, Object> subject(RoleSubject s) {
    Fields f = new Fields();
    f.put("instrument", s.instrument().value());
    f.put("kind", s.kind().name());
    f.opt("provision", s.provision());
    f.list("sources", s.sources(), RecordJson::reference);
    return f.map;
  }

  private static Map<String, Object> noOfficialName(NoOfficialName n) {
    Fields f = new Fields();
    f.list("languages", n.languages(), Language::code);
    f.put("kind", n.kind().name());
    f.put("reason", n.reason());
    f.list("sources", n.sources(), RecordJson::reference);
    return f.map;
  }

  private static Map<String, Object> relation(BodyRelation r) {
    Fields f = new Fields();
    f.put("kind", r.kind().name());
    f.put("body", r.body().value());
    f.opt("within", r.within().map(id -> id.value()));
    f.list("sources", r.sources(), RecordJson::reference);
    return f.map;
  }

  private static Map<String, Object> basesEnded(BasesEnded e) {
    Fields f = new Fields();
    f.put("since", e.since().toString());
    f.put("continues", e.continues().name());
    f.list("sources", e.sources(), RecordJson::reference);
    return f.map;
  }

  private static Map<String, Object> reference(SourceReference r) {
    Fields f = new Fields();
    f.put("source", r.source().value());
    f.opt("section", r.section());
    f.opt("paragraph", r.paragraph());
    f.opt("locator", r.locator());
    f.list("supports", r.supports(), s -> s);
    return f.map;
  }

  private static Map<String, Object> validity(Validity v) {
    Fields f = new Fields();
    f.opt("from", v.from().map(d -> d.text()));
    f.opt("to", v.to().map(d -> d.text()));
    return f.map;
  }

  private static Map<String, Object> text(LocalizedText t) {
    Map<String, Object> out = new LinkedHashMap<>();
    t.values().forEach((language, text) -> out.put(language.code(), text));
    return out;
  }

  /** The fields of one object, leaving out what the files leave out. */
  private static final class Fields {
    final Map<String, Object> map = new LinkedHashMap<>();

    void put(String name, Object value) {
      map.put(name, value);
    }

    void opt(String name, Optional<?> value) {
      value.ifPresent(v -> map.put(name, v));
    }

    <T> void list(String name, List<T> values, Function<T, Object> each) {
      if (!values.isEmpty()) {
        map.put(name, values.stream().map(each).toList());
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------- text

  /** A tree (or a list, string, number or boolean) as compact JSON text, as in the diff: {@code {"from":"2020-06"}}. */
  public static String compact(Object tree) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(g, tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes a tree (or a list, string, number or boolean) to a generator, which may pretty-print it. */
  public static void write(JsonGenerator g, Object tree) throws IOException {
    if (tree instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeFieldName((String) e.getKey());
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (tree instanceof List<?> list) {
      g.writeStartArray();
      for (Object e : list) {
        write(g, e);
      }
      g.writeEndArray();
    } else if (tree instanceof String s) {
      g.writeString(s);
    } else if (tree instanceof Integer i) {
      g.writeNumber(i);
    } else if (tree instanceof Long l) {
      g.writeNumber(l);
    } else if (tree instanceof Boolean b) {
      g.writeBoolean(b);
    } else {
      throw new IllegalArgumentException("not a JSON tree: " + tree.getClass().getName());
    }
  }

  /** Reads JSON text written by {@link #compact(Object)} back into a tree. */
  public static Object parse(String json) {
    try (JsonParser p = FACTORY.createParser(json)) {
      p.nextToken();
      return read(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object read(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Map<String, Object> out = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        out.put(name, read(p));
      }
      return out;
    } else if (t == JsonToken.START_ARRAY) {
      List<Object> out = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        out.add(read(p));
      }
      return out;
    } else if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    } else if (t == JsonToken.VALUE_NUMBER_INT) {
      return p.getNumberValue();
    } else if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return p.getBooleanValue();
    }
    throw new IOException("unexpected " + t + " in JSON written by RecordJson");
  }
}
