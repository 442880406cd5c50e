package io.github.ccbrelations.data;

import static java.util.Objects.requireNonNull;

import io.github.ccbrelations.data.RecordChange.Kind;
import io.github.ccbrelations.data.internal.index.Records;
import io.github.ccbrelations.data.internal.json.IdMaps;
import io.github.ccbrelations.data.internal.json.RecordJson;
import io.github.ccbrelations.model.RecordType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The differences between two datasets in the same format: per record type, the records added, removed, redirected
 * (retired with a redirect) and changed, with field-level changes (labels, legal bases, dates, ...). Records are
 * compared whole, over all time, whatever day either dataset answers for.
 *
 * <pre>{@code
 * DatasetDiff diff = DatasetDiff.between(CcbRelations.bundled(), DatasetReader.standard().read(myFile));
 * System.out.println(diff.toMarkdown());
 * }</pre>
 */
public final class DatasetDiff {
  private final Optional<String> beforeVersion;
  private final String afterVersion;
  private final List<FieldChange> header;
  private final List<RecordChange> changes;

  private DatasetDiff(@Nullable Records before, Records after) {
    this.beforeVersion = Optional.ofNullable(before).map(b -> b.header.datasetVersion().text());
    this.afterVersion = after.header.datasetVersion().text();
    List<FieldChange> headerChanges = new ArrayList<>();
    if (before != null) {
      diff("", RecordJson.tree(before.header), RecordJson.tree(after.header), headerChanges);
    }
    this.header = List.copyOf(headerChanges);
    List<RecordChange> out = new ArrayList<>();
    for (RecordType type : RecordType.values()) {
      compare(type, before == null ? Map.of() : byId(before, type), byId(after, type), after, out);
    }
    this.changes = List.copyOf(out);
  }

  /** The differences from one dataset to another. */
  public static DatasetDiff between(Dataset before, Dataset after) {
    return new DatasetDiff(requireNonNull(before, "before").records, requireNonNull(after, "after").records);
  }

  /** The differences from nothing to a dataset, every record added: the changelog of a first release. */
  public static DatasetDiff initial(Dataset first) {
    return new DatasetDiff(null, requireNonNull(first, "first").records);
  }

  /**
   * Every record change, sources first, then bodies, instruments and roles, each in file order (removed records
   * in the older file's order, after the others); empty when the datasets hold the same records.
   */
  public List<RecordChange> changes() {
    return changes;
  }

  /** The record changes of one type. */
  public List<RecordChange> changes(RecordType type) {
    requireNonNull(type, "type");
    return changes.stream().filter(c -> c.type() == type).toList();
  }

  /**
   * The changes of the header (versions, release date, primary sources); empty when the headers are equal or this
   * is an {@link #initial} diff.
   */
  public List<FieldChange> headerChanges() {
    return header;
  }

  /** Whether the two datasets hold the same records (headers aside). */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * The differences as pretty-printed JSON: versions, header changes, and per record type the added, removed,
   * redirected and changed records with their field changes.
   */
  public String toJson() {
    Map<String, Object> root = new LinkedHashMap<>();
    beforeVersion.ifPresent(v -> root.put("from", v));
    root.put("to", afterVersion);
    root.put("header", json(header));
    for (RecordType type : RecordType.values()) {
      Map<String, Object> ofType = new LinkedHashMap<>();
      for (Kind kind : Kind.values()) {
        ofType.put(kind.name().toLowerCase(Locale.ROOT), ofKind(type, kind).stream().map(c -> switch (kind) {
          case CHANGED -> object("id", c.id(), "fields", json(c.fields()));
          case REDIRECTED -> object("id", c.id(), "to", c.redirectedTo().orElseThrow());
          case ADDED, REMOVED -> c.id();
        }).toList());
      }
      root.put(type.arrayName(), ofType);
    }
    return RecordJson.pretty(root) + "\n";
  }

  /** The differences as a Markdown changelog entry, headed by the new version, ending with a new line. */
  public String toMarkdown() {
    StringBuilder s = new StringBuilder("## ").append(afterVersion);
    beforeVersion.ifPresent(v -> s.append(" (since ").append(v).append(')'));
    s.append(beforeVersion.isEmpty() ? "\n\nFirst release.\n\n" : "\n\n");
    if (!header.isEmpty()) {
      s.append("Header:\n\n");
      header.forEach(f -> s.append("- ").append(markdown(f)).append('\n'));
      s.append('\n');
    }
    if (changes.isEmpty()) {
      return s.append("No record changed.\n").toString();
    }
    for (RecordType type : RecordType.values()) {
      if (changes(type).isEmpty()) {
        continue;
      }
      String title = type.arrayName();
      s.append("### ").append(Character.toUpperCase(title.charAt(0))).append(title.substring(1)).append("\n\n");
      for (Kind kind : Kind.values()) {
        List<RecordChange> ofKind = ofKind(type, kind);
        if (ofKind.isEmpty()) {
          continue;
        }
        switch (kind) {
          case ADDED, REMOVED -> s.append("- ").append(kind == Kind.ADDED ? "Added" : "Removed")
              .append(" (").append(ofKind.size()).append("): ")
              .append(ofKind.stream().map(c -> "`" + c.id() + "`").collect(Collectors.joining(", "))).append('\n');
          case REDIRECTED -> ofKind.forEach(c -> s.append("- Redirected `").append(c.id()).append("` to `")
              .append(c.redirectedTo().orElseThrow()).append("`\n"));
          case CHANGED -> ofKind.forEach(c -> {
            s.append("- Changed `").append(c.id()).append("`:\n");
            c.fields().forEach(f -> s.append("  - ").append(markdown(f)).append('\n'));
          });
        }
      }
      s.append('\n');
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return toMarkdown();
  }

  private List<RecordChange> ofKind(RecordType type, Kind kind) {
    return changes.stream().filter(c -> c.type() == type && c.kind() == kind).toList();
  }

  private static String markdown(FieldChange f) {
    String path = "`" + f.path() + "` ";
    if (f.before().isEmpty()) {
      return path + "added " + code(f.after().orElseThrow());
    }
    return f.after().isEmpty() ? path + "removed " + code(f.before().get())
        : path + code(f.before().get()) + " → " + code(f.after().get());
  }

  /**
   * A value as a Markdown code span: a name that holds HTML, a link, an entity such as {@code &#x202e;} or emphasis is
   * shown as written, never rendered. The fence is one backtick longer than the longest run of them in the value.
   */
  static String code(String value) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < value.length(); i++) {
      run = value.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    // A value that starts or ends with a backtick would run into the fence: a space between, which Markdown drops.
    String pad = value.startsWith("`") || value.endsWith("`") ? " " : "";
    return fence + pad + value + pad + fence;
  }

  private static List<Object> json(List<FieldChange> fields) {
    List<Object> out = new ArrayList<>();
    for (FieldChange f : fields) {
      Map<String, Object> o = object("path", f.path());
      f.before().ifPresent(v -> o.put("before", new RecordJson.Written(v)));
      f.after().ifPresent(v -> o.put("after", new RecordJson.Written(v)));
      out.add(o);
    }
    return out;
  }

  /** A JSON object of the given names and values, in that order. */
  private static Map<String, Object> object(Object... namesAndValues) {
    Map<String, Object> o = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      o.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return o;
  }

  /** The records of a type by id, in file order. */
  private static Map<?, ?> byId(Records records, RecordType type) {
    return switch (type) {
      case SOURCE -> records.sources;
      case BODY -> records.bodies;
      case INSTRUMENT -> records.instruments;
      case ROLE -> records.roles;
    };
  }

  private static void compare(RecordType type, Map<?, ?> before, Map<?, ?> after, Records newer,
      List<RecordChange> out) {
    after.forEach((id, r) -> {
      Object previous = before.get(id);
      if (previous == null) {
        out.add(new RecordChange(type, IdMaps.text(id), Kind.ADDED, Optional.empty(), List.of()));
      } else if (!previous.equals(r)) {
        List<FieldChange> fields = new ArrayList<>();
        diff("", RecordJson.tree(previous), RecordJson.tree(r), fields);
        out.add(new RecordChange(type, IdMaps.text(id), Kind.CHANGED, Optional.empty(), fields));
      }
    });
    for (Object id : before.keySet()) {
      if (!after.containsKey(id)) {
        String key = IdMaps.text(id);
        Optional<String> to = Optional.ofNullable(newer.redirects.getOrDefault(type, Map.of()).get(key));
        out.add(new RecordChange(type, key, to.isPresent() ? Kind.REDIRECTED : Kind.REMOVED, to, List.of()));
      }
    }
  }

  /** Field-level differences: objects by field, lists by element (added and removed), other values whole. */
  private static void diff(String path, Object before, Object after, List<FieldChange> out) {
    if (before.equals(after)) {
      return;
    }
    if (before instanceof Map<?, ?> b && after instanceof Map<?, ?> a) {
      Set<Object> names = new LinkedHashSet<>(b.keySet());
      names.addAll(a.keySet());
      for (Object name : names) {
        String p = path.isEmpty() ? (String) name : path + "." + name;
        // An empty list is not written, so a missing list and an empty one are the same.
        Object bv = b.get(name) == null && a.get(name) instanceof List ? List.of() : b.get(name);
        Object av = a.get(name) == null && b.get(name) instanceof List ? List.of() : a.get(name);
        if (bv == null || av == null) {
          out.add(new FieldChange(p, Optional.ofNullable(bv).map(RecordJson::compact),
              Optional.ofNullable(av).map(RecordJson::compact)));
        } else {
          diff(p, bv, av, out);
        }
      }
    } else if (before instanceof List<?> b && after instanceof List<?> a) {
      b.stream().filter(e -> !a.contains(e))
          .forEach(e -> out.add(new FieldChange(path, Optional.of(RecordJson.compact(e)), Optional.empty())));
      a.stream().filter(e -> !b.contains(e))
          .forEach(e -> out.add(new FieldChange(path, Optional.empty(), Optional.of(RecordJson.compact(e)))));
    } else {
      out.add(new FieldChange(path, Optional.of(RecordJson.compact(before)), Optional.of(RecordJson.compact(after))));
    }
  }
}
