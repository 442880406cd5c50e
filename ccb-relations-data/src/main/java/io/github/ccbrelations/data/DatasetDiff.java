package io.github.ccbrelations.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ccbrelations.data.internal.index.Records;
import io.github.ccbrelations.data.internal.json.RecordJson;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.Source;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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

  private DatasetDiff(
      Optional<String> beforeVersion, String afterVersion, List<FieldChange> header, List<RecordChange> changes) {
    this.beforeVersion = beforeVersion;
    this.afterVersion = afterVersion;
    this.header = List.copyOf(header);
    this.changes = List.copyOf(changes);
  }

  /**
   * The differences from one dataset to another.
   *
   * @param before the older dataset
   * @param after the newer dataset
   * @return the differences; never null
   */
  public static DatasetDiff between(Dataset before, Dataset after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Records b = before.records;
    Records a = after.records;
    List<RecordChange> changes = new ArrayList<>();
    compare(RecordType.SOURCE, b.sourceList, a.sourceList, s -> s.id().value(), a, changes);
    compare(RecordType.BODY, b.bodyList, a.bodyList, x -> x.id().value(), a, changes);
    compare(RecordType.INSTRUMENT, b.instrumentList, a.instrumentList, x -> x.id().value(), a, changes);
    compare(RecordType.ROLE, b.roleList, a.roleList, x -> x.id().value(), a, changes);
    List<FieldChange> header = new ArrayList<>();
    diff("", tree(b.header), tree(a.header), header);
    return new DatasetDiff(
        Optional.of(b.header.datasetVersion().text()), a.header.datasetVersion().text(), header, changes);
  }

  /**
   * The differences from nothing to a dataset: every record added. This is the changelog of a first release.
   *
   * @param first the dataset
   * @return the differences; never null
   */
  public static DatasetDiff initial(Dataset first) {
    Objects.requireNonNull(first, "first");
    Records a = first.records;
    List<RecordChange> changes = new ArrayList<>();
    compare(RecordType.SOURCE, List.<Source>of(), a.sourceList, s -> s.id().value(), a, changes);
    compare(RecordType.BODY, List.<Body>of(), a.bodyList, x -> x.id().value(), a, changes);
    compare(RecordType.INSTRUMENT, List.<LegalInstrument>of(), a.instrumentList, x -> x.id().value(), a, changes);
    compare(RecordType.ROLE, List.<Role>of(), a.roleList, x -> x.id().value(), a, changes);
    return new DatasetDiff(Optional.empty(), a.header.datasetVersion().text(), List.of(), changes);
  }

  /**
   * Every record change, sources first, then bodies, instruments and roles, each in file order (removed records
   * in the older file's order, after the others).
   *
   * @return the changes; empty when the datasets hold the same records
   */
  public List<RecordChange> changes() {
    return changes;
  }

  /**
   * The record changes of one type.
   *
   * @param type the record type
   * @return the changes; empty when there are none
   */
  public List<RecordChange> changes(RecordType type) {
    Objects.requireNonNull(type, "type");
    return changes.stream().filter(c -> c.type() == type).toList();
  }

  /**
   * The changes of the header (versions, release date, primary sources).
   *
   * @return the changes; empty when the headers are equal or this is an {@link #initial} diff
   */
  public List<FieldChange> headerChanges() {
    return header;
  }

  /**
   * Whether the two datasets hold the same records (headers aside).
   *
   * @return true when there is no record change
   */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * The differences as JSON: versions, header changes, and per record type the added, removed, redirected and
   * changed records with their field changes.
   *
   * @return pretty-printed JSON; never null
   */
  public String toJson() {
    Map<String, Object> root = new LinkedHashMap<>();
    beforeVersion.ifPresent(v -> root.put("from", v));
    root.put("to", afterVersion);
    root.put("header", fieldsJson(header));
    for (RecordType type : RecordType.values()) {
      Map<String, Object> ofType = new LinkedHashMap<>();
      for (RecordChange.Kind kind : RecordChange.Kind.values()) {
        List<Object> list = new ArrayList<>();
        for (RecordChange c : changes(type)) {
          if (c.kind() != kind) {
            continue;
          }
          if (kind == RecordChange.Kind.CHANGED) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", c.id());
            entry.put("fields", fieldsJson(c.fields()));
            list.add(entry);
          } else if (kind == RecordChange.Kind.REDIRECTED) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", c.id());
            entry.put("to", c.redirectedTo().orElseThrow());
            list.add(entry);
          } else {
            list.add(c.id());
          }
        }
        ofType.put(kind.name().toLowerCase(java.util.Locale.ROOT), list);
      }
      root.put(type.arrayName(), ofType);
    }
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      RecordJson.write(g, root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  /**
   * The differences as a Markdown changelog entry, headed by the new version.
   *
   * @return Markdown text ending with a new line; never null
   */
  public String toMarkdown() {
    StringBuilder s = new StringBuilder("## ").append(afterVersion);
    beforeVersion.ifPresent(v -> s.append(" (since ").append(v).append(')'));
    s.append("\n\n");
    if (beforeVersion.isEmpty()) {
      s.append("First release.\n\n");
    }
    if (!header.isEmpty()) {
      s.append("Header:\n\n");
      header.forEach(f -> s.append("- ").append(field(f)).append('\n'));
      s.append('\n');
    }
    if (changes.isEmpty()) {
      s.append("No record changed.\n");
      return s.toString();
    }
    for (RecordType type : RecordType.values()) {
      List<RecordChange> ofType = changes(type);
      if (ofType.isEmpty()) {
        continue;
      }
      s.append("### ").append(Character.toUpperCase(type.arrayName().charAt(0)))
          .append(type.arrayName().substring(1)).append("\n\n");
      for (RecordChange.Kind kind : RecordChange.Kind.values()) {
        List<RecordChange> ofKind = ofType.stream().filter(c -> c.kind() == kind).toList();
        if (ofKind.isEmpty()) {
          continue;
        }
        String word = kind.name().charAt(0) + kind.name().substring(1).toLowerCase(java.util.Locale.ROOT);
        if (kind == RecordChange.Kind.ADDED || kind == RecordChange.Kind.REMOVED) {
          s.append("- ").append(word).append(" (").append(ofKind.size()).append("): ")
              .append(ofKind.stream().map(c -> "`" + c.id() + "`").collect(Collectors.joining(", ")))
              .append('\n');
        } else if (kind == RecordChange.Kind.REDIRECTED) {
          ofKind.forEach(c -> s.append("- Redirected `").append(c.id()).append("` to `")
              .append(c.redirectedTo().orElseThrow()).append("`\n"));
        } else {
          for (RecordChange c : ofKind) {
            s.append("- Changed `").append(c.id()).append("`:\n");
            c.fields().forEach(f -> s.append("  - ").append(field(f)).append('\n'));
          }
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

  private static String field(FieldChange f) {
    if (f.before().isEmpty()) {
      return "`" + f.path() + "` added " + f.after().orElseThrow();
    }
    if (f.after().isEmpty()) {
      return "`" + f.path() + "` removed " + f.before().orElseThrow();
    }
    return "`" + f.path() + "` " + f.before().get() + " → " + f.after().get();
  }

  private static List<Object> fieldsJson(List<FieldChange> fields) {
    List<Object> out = new ArrayList<>();
    for (FieldChange f : fields) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("path", f.path());
      f.before().ifPresent(v -> o.put("before", RecordJson.parse(v)));
      f.after().ifPresent(v -> o.put("after", RecordJson.parse(v)));
      out.add(o);
    }
    return out;
  }

  private static <T> void compare(
      RecordType type, List<T> before, List<T> after, Function<T, String> id, Records newer, List<RecordChange> out) {
    Map<String, T> old = new LinkedHashMap<>();
    before.forEach(r -> old.put(id.apply(r), r));
    Set<String> seen = new LinkedHashSet<>();
    for (T r : after) {
      String key = id.apply(r);
      seen.add(key);
      T previous = old.get(key);
      if (previous == null) {
        out.add(new RecordChange(type, key, RecordChange.Kind.ADDED, Optional.empty(), List.of()));
      } else if (!previous.equals(r)) {
        List<FieldChange> fields = new ArrayList<>();
        diff("", tree(previous), tree(r), fields);
        out.add(new RecordChange(type, key, RecordChange.Kind.CHANGED, Optional.empty(), fields));
      }
    }
    for (String key : old.keySet()) {
      if (!seen.contains(key)) {
        Optional<String> to = Optional.ofNullable(newer.redirects.getOrDefault(type, Map.of()).get(key));
        out.add(new RecordChange(
            type, key, to.isPresent() ? RecordChange.Kind.REDIRECTED : RecordChange.Kind.REMOVED, to, List.of()));
      }
    }
  }

  /** Field-level differences: objects by field, lists by element (added and removed), other values whole. */
  private static void diff(String path, Object before, Object after, List<FieldChange> out) {
    if (before.equals(after)) {
      return;
    }
    if (before instanceof Map<?, ?> b && after instanceof Map<?, ?> a) {
      Set<String> names = new LinkedHashSet<>();
      b.keySet().forEach(k -> names.add((String) k));
      a.keySet().forEach(k -> names.add((String) k));
      for (String name : names) {
        String p = path.isEmpty() ? name : path + "." + name;
        Object bv = b.get(name);
        Object av = a.get(name);
        // An empty list is not written, so a missing list and an empty one are the same.
        if (bv == null && av instanceof List) {
          bv = List.of();
        } else if (av == null && bv instanceof List) {
          av = List.of();
        }
        if (bv == null) {
          out.add(new FieldChange(p, Optional.empty(), Optional.of(RecordJson.compact(av))));
        } else if (av == null) {
          out.add(new FieldChange(p, Optional.of(RecordJson.compact(bv)), Optional.empty()));
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

  private static Object tree(Object record) {
    return RecordJson.tree(record);
  }
}
