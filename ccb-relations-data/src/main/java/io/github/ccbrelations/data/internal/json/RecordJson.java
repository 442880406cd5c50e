package io.github.ccbrelations.data.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.Celex;
import io.github.ccbrelations.model.DatasetVersion;
import io.github.ccbrelations.model.Eli;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LocalizedText;
import io.github.ccbrelations.model.Numac;
import io.github.ccbrelations.model.OsceDecisionNumber;
import io.github.ccbrelations.model.PartialDate;
import io.github.ccbrelations.model.RoleId;
import io.github.ccbrelations.model.SchemaVersion;
import io.github.ccbrelations.model.SourceId;
import io.github.ccbrelations.model.WebUrl;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The model's records as JSON trees in the dataset format, and those trees as JSON text, with jackson-core only.
 *
 * <p>A tree is made of {@link Map} (fields in the order of {@link Fields}, the model's), {@link List}, {@link String},
 * {@link Integer}, {@link Boolean} and {@link Written} text. Absent optionals and empty lists are left out, as in the
 * files: the tree of a record read from a file is the tree of that record in the file. The diff compares these trees;
 * tests write whole documents with them to read back.
 */
public final class RecordJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** The accessors of a model type that {@link Fields} knows, by field, in its order; empty for any other class. */
  private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
    @Override
    protected Map<String, Method> computeValue(Class<?> implementation) {
      Map<String, Method> out = new LinkedHashMap<>();
      Fields.BY_TYPE.forEach((type, fields) -> {
        if (type.isAssignableFrom(implementation)) {
          Map<String, String> keywords = Fields.KEYWORDS.getOrDefault(type, Map.of());
          for (String name : fields.names()) {
            if (!Fields.READ_INTO_OTHERS.getOrDefault(type, List.of()).contains(name)) {
              out.put(name, accessor(type, keywords.getOrDefault(name, name)));
            }
          }
        }
      });
      return out;
    }
  };

  private RecordJson() {}

  /** A value of the model as the files write it: an object by its fields, a wrapper by its text. */
  static Object json(Object value) {
    if (value instanceof String || value instanceof Integer) {
      return value;
    } else if (value instanceof Language l) {
      return l.code();
    } else if (value instanceof Enum<?> e) {
      return e.name();
    } else if (value instanceof LocalDate || value instanceof Period) {
      return value.toString();
    } else if (value instanceof PartialDate d) {
      return d.text();
    } else if (value instanceof DatasetVersion v) {
      return v.text();
    } else if (value instanceof SchemaVersion v) {
      return v.text();
    } else if (value instanceof BodyId || value instanceof RoleId || value instanceof InstrumentId
        || value instanceof SourceId) {
      return IdMaps.text(value);
    } else if (value instanceof Celex c) {
      return c.value();
    } else if (value instanceof Eli e) {
      return e.value();
    } else if (value instanceof Numac n) {
      return n.value();
    } else if (value instanceof OsceDecisionNumber n) {
      return n.value();
    } else if (value instanceof WebUrl u) {
      return u.value();
    } else if (value instanceof LocalizedText t) {
      Map<String, Object> out = new LinkedHashMap<>();
      t.values().forEach((language, text) -> out.put(language.code(), text));
      return out;
    }
    return tree(value);
  }

  /**
   * The tree of a record (a header, source, body, instrument, role or redirect) or of a part of one, by its fields,
   * leaving out what the files leave out; any other value is refused.
   */
  public static Map<String, Object> tree(Object value) {
    Map<String, Method> accessors = ACCESSORS.get(value.getClass());
    if (accessors.isEmpty()) {
      throw new IllegalArgumentException("not a value of the dataset format: " + value.getClass().getName());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    accessors.forEach((name, accessor) -> {
      Object v = invoke(accessor, value);
      if (v instanceof Optional<?> o) {
        o.ifPresent(present -> out.put(name, json(present)));
      } else if (v instanceof List<?> list) {
        if (!list.isEmpty()) {
          out.put(name, list.stream().map(RecordJson::json).toList());
        }
      } else {
        out.put(name, json(v));
      }
    });
    return out;
  }

  private static Method accessor(Class<?> type, String attribute) {
    try {
      return type.getMethod(attribute);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type.getSimpleName() + " has no attribute " + attribute, e);
    }
  }

  private static Object invoke(Method accessor, Object value) {
    try {
      return accessor.invoke(value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + accessor, e);
    }
  }

  // ---------------------------------------------------------------------------------------------------- text

  /** JSON text {@link #compact} wrote, to stand as a value in a tree as it is. */
  public record Written(String json) {}

  /** A tree (or a list, string, number or boolean) as compact JSON text, as in the diff: {@code {"from":"2020-06"}}. */
  public static String compact(Object tree) {
    return text(tree, false);
  }

  /** A tree as JSON text indented by Jackson's default pretty printer, as the diff's JSON is. */
  public static String pretty(Object tree) {
    return text(tree, true);
  }

  private static String text(Object tree, boolean pretty) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      write(g, tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void write(JsonGenerator g, Object tree) throws IOException {
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
    } else if (tree instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (tree instanceof Written w) {
      g.writeRawValue(w.json());
    } else {
      throw new IllegalArgumentException("not a JSON tree: " + tree.getClass().getName());
    }
  }
}
