package io.github.ccbrelations.data.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ccbrelations.data.violation.ViolationCode;
import io.github.ccbrelations.model.InvalidFieldException;
import io.github.ccbrelations.model.SourceReference;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The walk of {@link RecordBinder} through the objects of a record, field by field: each name checked once against
 * its object's {@link Fields}, the failures of the record's values kept until it ends, and the refusals of the
 * objects' own checks placed. A binder reads a record as
 *
 * <pre>{@code
 * walk.record(Fields.BODY);
 * while (walk.next()) {
 *   try {
 *     switch (walk.name()) { case "id" -> ...; default -> walk.unknown(); }
 *   } catch (ValueFailure | IllegalArgumentException | IllegalStateException | DateTimeException e) {
 *     walk.failed(e);
 *   }
 * }
 * try {
 *   return walk.built(StandIns.forFailedFields(b, walk).build());
 * } catch (IllegalArgumentException | IllegalStateException e) {
 *   throw walk.refused(e);
 * }
 * }</pre>
 *
 * and a part of it the same way from {@link #part}, ending with {@code return walk.built(...)} (its refusals reach its
 * owner's {@link #failed}), and each entry of a list in a {@code try} that calls {@link #failedEntry}. A failed value
 * is noted and skipped, and the object or list goes on: a record fails with every value that failed in it, however
 * deep, and with what the objects' own checks find in the rest, each run on stand-ins for the failed and missing
 * fields ({@link StandIns}) and kept where it reads none of those. A part with a failed value ends with
 * {@link #NOTED}, so that its owner is not built and goes on with its next field or entry; a list with a failed entry
 * keeps the others, and its field counts as failed. A record built on stand-ins is thrown with its failures, for the
 * rules to judge what did not fail. A loop and a switch per type, not a reader per type: a cold start spins a class
 * for every lambda written (#19).
 */
final class ObjectWalk {
  /** Thrown at the end of a part or list whose failures are noted already: nothing to add, only not to build it. */
  static final ValueFailure NOTED = new ValueFailure(ViolationCode.INVALID_VALUE, JsonLocation.NA, "$", "noted");

  private final JsonParser p;
  private final Tokens tokens;
  private final RecordBinder.Listener listener;
  private final RecordNotes notes;

  /** The objects being read, one per level of nesting, reused from record to record. */
  private final List<Level> levels = new ArrayList<>();
  private int depth;
  /** The name of the field the parser stands on the value of. */
  private String name = "";
  /**
   * The names of the part read last. A part is built as soon as it is read, and only the checks of the objects of the
   * format name a field (those of single values, such as ids and dates, do not, and {@link Tokens#localizedText} places
   * its own), so a refusal that names a field and reaches {@link #failed} is about this part.
   */
  private @Nullable NameSet lastPart;
  /**
   * Whether an entry that repeats another was left out of a list of the part read last (or of a part within it): its
   * lists as bound are then not the file's, and an index its check names may not be the entry's in the file.
   */
  private boolean lastPartShortened;
  /**
   * The part read last, when a value of it failed or it lacks a field: it is built on stand-ins ({@link StandIns}), and
   * its owner notes the refusals of its own check that read no failed field ({@link #failed}), then goes on without it.
   */
  private @Nullable Level failedPart;
  /** Where the record being read starts. */
  private @Nullable JsonStreamContext record;
  /** The values that failed in the record being read. */
  private final List<ValueFailure> failures;

  /**
   * An object being read: its fields, its context, the names met in it, the field being read, how many failures its
   * record had before it, whether a value of it failed, and which.
   */
  private static final class Level {
    final NameSet names = new NameSet();
    /** The fields that its citations say they support, which it must give. */
    final List<Supported> supported = new ArrayList<>();
    Fields fields;
    @Nullable JsonStreamContext object;
    String field = "";
    int failuresBefore;
    boolean failed;
    /** The fields whose values failed or are missing, a bit each at its place in {@link #fields}. */
    long failedFields;

    Level(Fields fields) {
      this.fields = fields;
    }

    /** Notes that a field of the object failed; a name it does not have (an unknown field's) has no bit. */
    void fieldFailed(String field) {
      int index = fields.indexOf(field);
      if (index >= 0) {
        failedFields |= 1L << index;
      }
    }

    boolean failedIn(String field) {
      if (failedFields == 0) {
        // The way of every object that binds: no lookup of the field.
        return false;
      }
      int index = fields.indexOf(field);
      return index >= 0 && (failedFields & 1L << index) != 0;
    }
  }

  /**
   * A citation's {@code supports}: the citation's index in its object's {@code sources}, where the list starts, the
   * fields it names, and whether a repeat was left out of it (its entries' indexes are then not the file's).
   */
  private record Supported(int citationIndex, @Nullable JsonLocation at, List<String> fields, boolean shortened) {}

  ObjectWalk(JsonParser p, Tokens tokens, RecordBinder.Listener listener, RecordNotes notes,
      List<ValueFailure> failures) {
    this.p = p;
    this.tokens = tokens;
    this.listener = listener;
    this.notes = notes;
    this.failures = failures;
  }

  /** Starts a record, the parser on its opening brace: its values' failures are kept until it ends. */
  void record(Fields fields) {
    depth = 0;
    record = p.getParsingContext();
    failures.clear();
    notes.startRecord(record);
    lastPart = null;
    failedPart = null;
    enter(fields);
  }

  /** Starts a part of a record, the parser on its opening brace: the caller builds it as soon as it is read. */
  void part(Fields fields) throws IOException {
    mustNotHoldAFailedPart();
    tokens.beginObject();
    enter(fields);
  }

  /**
   * Moves the parser onto the value of the object's next field; false at its closing brace, where a missing field is
   * noted. An object with a failure is then built on stand-ins for its own check, and fails ({@link #built}).
   */
  boolean next() throws IOException {
    mustNotHoldAFailedPart();
    Level level = levels.get(depth - 1);
    Fields fields = level.fields;
    JsonToken t = p.nextToken();
    // A read that has its fill of violations keeps no more: the rest of the record is skipped to its end.
    while (t == JsonToken.FIELD_NAME && depth == 1 && tokens.full()) {
      p.nextToken();
      p.skipChildren();
      t = p.nextToken();
    }
    if (t != JsonToken.FIELD_NAME) {
      depth--;
      boolean unsupported = noteUnsupported(level);
      // A record skipped to its end at the cap did not give what it skipped.
      if (depth > 0 || !tokens.full()) {
        noteMissing(level);
      }
      if (depth > 0) {
        lastPart = level.names;
        lastPartShortened = failures.size() > level.failuresBefore;
        failedPart = level.failed || unsupported ? level : null;
      }
      return false;
    }
    name = p.currentName();
    level.field = name;
    level.names.add(p, fields, name);
    p.nextToken();
    level.names.valueStarts(tokens);
    return true;
  }

  /** The name of the field whose value the parser stands on. */
  String name() {
    return name;
  }

  /** Tells the listener of the unknown field, and skips its value. */
  void unknown() throws IOException {
    Level level = levels.get(depth - 1);
    listener.unknownField(p, level.names.unknownName(), name, level.fields);
    TextCheck.skip(p);
  }

  /**
   * Notes a value of the object being read that failed, or a part's own check that refused it (the parser on the
   * part's closing brace), and skips what is left of the value: the object goes on, and fails when it ends. Once the
   * read has {@link ReadLimits#MAX_VIOLATIONS} violations, the rest of the record is skipped, and the read ends with
   * it.
   */
  void failed(RuntimeException e) throws IOException {
    note(e);
    if (depth > 1 && tokens.full()) {
      depth--;
      throw NOTED;
    }
    Level level = levels.get(depth - 1);
    level.failed = true;
    level.fieldFailed(level.field);
    skipTo(level.object);
  }

  /**
   * Notes an entry of a list that failed, as {@link #failed} does, and skips what is left of it: the list goes on, and
   * its owner fails with it.
   *
   * @param list the list's context
   */
  void failedEntry(RuntimeException e, JsonStreamContext list) throws IOException {
    note(e);
    if (tokens.full()) {
      throw NOTED;
    }
    skipTo(list);
  }

  private void note(RuntimeException e) {
    if (e == NOTED) {
      return;
    }
    if (e instanceof ValueFailure f) {
      failures.add(f);
    } else if (e instanceof InvalidFieldException f && failedPart == null) {
      for (InvalidFieldException refusal : tokens.refusals(f)) {
        failures.add(refused(refusal, lastPart, lastPartShortened));
      }
    } else if (e instanceof InvalidFieldException f) {
      noteUnfailed(f, failedPart);
    } else if (failedPart == null) {
      // A value's own check refused it, the parser on the value.
      failures.add(tokens.failure(ViolationCode.INVALID_VALUE, String.valueOf(e.getMessage())));
    }
    // Anything else a part built on stand-ins throws is about a stand-in: a field it lacks, say.
    failedPart = null;
  }

  private void mustNotHoldAFailedPart() {
    if (failedPart != null) {
      // An Error, not a refused value: a part read without ObjectWalk.built is a defect of the binder.
      throw new AssertionError("a part that failed was not ended with ObjectWalk.built");
    }
  }

  /**
   * Whether the object just read failed in the given field, or lacks it: a stand-in then takes its place for the
   * object's own check ({@link StandIns}).
   */
  boolean valueFailed(String field) {
    return levels.get(depth).failedIn(field);
  }

  /**
   * The object just read, built at its closing brace: returned when none of its values failed. Else a record fails with
   * them all and with the refusals of its own check that it ran on the rest ({@link #refused}); a part ends with
   * {@link #NOTED}, its refusals noted by its owner ({@link #failed}).
   */
  <T> T built(T value) {
    if (depth > 0 && failedPart != null) {
      failedPart = null;
      throw NOTED;
    }
    if (depth == 0 && !failures.isEmpty()) {
      throw endWithFailures(value);
    }
    return value;
  }

  /**
   * A record's own check, run when it is built at its closing brace, refused it: placed at the value of the field it
   * names, as a part's refusal is, or at the record's start when it names none (wrong as a whole, as a record that
   * lacks a field). When some of its values failed, stand-ins took their place, and the record fails with them and
   * with each refusal that reads no failed field: the others may be about a stand-in, so they wait for the next read.
   *
   * <p>The record is then built again, its refused fields replaced by stand-ins ({@link RefusalStandIns}), so that
   * the rules between records judge the rest in the same read: the fields replaced count as failed. A stand-in that
   * another part of the check refuses is replaced in turn, a few times at most.
   *
   * @param builder the record's builder, holding what the file gives and the stand-ins of its failed fields
   * @param build builds it, running its own check: a method reference, linked only when a record is refused, so that
   *     a cold start spins no class for it
   */
  ValueFailure refused(RuntimeException e, Object builder, Supplier<?> build) {
    if (!(e instanceof InvalidFieldException f)) {
      return failures.isEmpty()
          ? new ValueFailure(ViolationCode.INVALID_VALUE, levels.get(0).names.start(), JsonPaths.of(p),
              String.valueOf(e.getMessage()))
          : endWithFailures(null);
    }
    if (failures.isEmpty()) {
      // None of its values failed: no repeat was left out of its lists.
      for (InvalidFieldException refusal : tokens.refusals(f)) {
        failures.add(refused(refusal, levels.get(0).names, false));
      }
    } else {
      noteUnfailed(f, levels.get(0));
    }
    // Built again only when the rules may judge it: not for a record whose id failed, nor past the cap.
    return endWithFailures(judgeable(levels.get(0)) ? RefusalStandIns.record(f, builder, build, this) : null);
  }

  /** Notes that a stand-in replaced a field of the record just read, which its own check refused: it is not intact. */
  void stoodIn(String field) {
    levels.get(0).fieldFailed(field);
  }

  /**
   * Notes the refusals of the own check of an object built on stand-ins that read none of its failed fields, up to the
   * cap. A list that lost an entry counts as failed ({@link #entries}), so a list a kept refusal names is the file's.
   */
  private void noteUnfailed(InvalidFieldException f, Level object) {
    List<InvalidFieldException> refusals = tokens.refusals(f);
    for (int i = 0; i < refusals.size() && !tokens.full(); i++) {
      if (readsNoFailedField(refusals.get(i), object)) {
        failures.add(refused(refusals.get(i), object.names, false));
      }
    }
  }

  /** Whether a refusal of an object's own check reads only fields that did not fail; none does when its id failed. */
  private static boolean readsNoFailedField(InvalidFieldException refusal, Level object) {
    if (object.failedIn("id") || object.failedIn(refusal.field())) {
      return false;
    }
    for (String other : refusal.otherFieldsRead()) {
      if (object.failedIn(other)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The failures of the record just read, as one; the record is thrown with them, so they are no longer unfinished.
   * With them goes the record as built on stand-ins, for the rules to judge the rest, when they may
   * ({@link #judgeable}).
   *
   * @param builtOnStandIns null when it could not be built so
   */
  private ValueFailure endWithFailures(@Nullable Object builtOnStandIns) {
    Level record = levels.get(0);
    boolean judged = builtOnStandIns != null && judgeable(record);
    ValueFailure all = judged
        ? new ValueFailure(failures, builtOnStandIns, record.fields.namesOf(record.failedFields))
        : new ValueFailure(failures);
    failures.clear();
    return all;
  }

  /**
   * Whether the rules may judge a record that failed: not when its id failed (every violation names its record by it),
   * nor when the read is full (the record was skipped to its end, so it lacks fields that are not noted).
   */
  private boolean judgeable(Level record) {
    return !record.failedIn("id") && !tokens.full();
  }

  /**
   * The entries of a list read to its end, the repeats left out. A list that left one out is not the file's, so its
   * field counts as failed for its object's own check, though the object is built.
   */
  <T> List<T> entries(Tokens.Entries<T> entries) {
    if (entries.leftOut()) {
      Level level = levels.get(depth - 1);
      level.fieldFailed(level.field);
    }
    return entries.values();
  }

  /** The values that failed in the record being read; empty between records. */
  List<ValueFailure> unfinished() {
    return failures;
  }

  /** Where the value of a field of the last record read starts; null when it does not give it. */
  @Nullable JsonLocation valueOf(String field) {
    return levels.isEmpty() ? null : levels.get(0).names.valueOf(field);
  }

  private void enter(Fields fields) {
    if (depth == levels.size()) {
      levels.add(new Level(fields));
    }
    Level level = levels.get(depth++);
    level.fields = fields;
    level.object = p.getParsingContext();
    level.failuresBefore = failures.size();
    level.failed = false;
    level.failedFields = 0;
    level.field = "";
    level.names.clear(fields, level.object);
    level.supported.clear();
  }

  /**
   * The citation read last (the parser on its closing brace), built as {@link #built} builds a part, and noted for the
   * rules: its source, section and paragraph, and the fields it says it supports, which the object that cites it must
   * give (known when that object closes). A citation that failed is noted too, without what failed in it or what its
   * own check refused ({@link RefusalStandIns#forCitation}), so that one read tells every mistake.
   *
   * @param object the citation's own context, which keeps where it starts
   */
  SourceReference cited(SourceReference.Builder b, JsonStreamContext object) {
    SourceReference citation;
    try {
      citation = StandIns.forFailedFields(b, this).build();
    } catch (InvalidFieldException e) {
      noteCitation(RefusalStandIns.forCitation(b, e), object);
      throw e;
    }
    noteCitation(citation, object);
    return built(citation);
  }

  private void noteCitation(@Nullable SourceReference citation, JsonStreamContext object) {
    if (citation == null) {
      return;
    }
    // A source that failed holds a stand-in: not checked.
    if (!valueFailed("source")) {
      notes.citation(p, citation, object);
    }
    if (!citation.supports().isEmpty() && lastPart != null) {
      // Kept as an index, not a path: a path is made only for a field the object turns out not to give. A list that
      // lost an entry (one that failed, a repeat) holds the file's others, but not at the file's indexes.
      levels.get(depth - 1).supported.add(new Supported(p.getParsingContext().getCurrentIndex(),
          lastPart.valueOf("supports"), citation.supports(), valueFailed("supports")));
    }
  }

  /**
   * At an object's closing brace: notes each field that one of its citations supports and it does not give, as a
   * reference to nothing (a typo such as {@code inforce} would leave the fact it meant uncited); true if there was one.
   * A field the format does not have but the object gives, as a newer file may, is given.
   */
  private boolean noteUnsupported(Level level) {
    boolean any = false;
    for (Supported s : level.supported) {
      for (int i = 0; i < s.fields().size() && !tokens.full(); i++) {
        String field = s.fields().get(i);
        if (!level.names.hasName(field)) {
          any = true;
          JsonLocation list = s.at() == null ? level.names.start() : s.at();
          // A closed object's context is its parent's, which names the object.
          String path = JsonPaths.of(p) + ".sources[" + s.citationIndex() + "].supports";
          String message = "a citation supports " + SyntaxWords.quoted(JsonPaths.abbreviate(field)) + ", a field this "
              + level.fields.type() + " does not give; a citation supports fields of the object that cites it, here "
              + String.join(", ", level.names.given());
          // At the entry, which a second walk finds; at the list when a repeat left out of it moved the entries.
          failures.add(s.shortened() ? new ValueFailure(ViolationCode.DANGLING_REFERENCE, list, path, message)
              : new ValueFailure(ViolationCode.DANGLING_REFERENCE, list, path + "[" + i + "]", message, true));
        }
      }
    }
    return any;
  }

  /** After a failed value: skips what is left of it, up to the object or list it is in. */
  private void skipTo(@Nullable JsonStreamContext container) throws IOException {
    while (p.getParsingContext() != container) {
      if (p.nextToken() == null) {
        throw new JsonParseException(p, "Unexpected end-of-input", p.currentLocation());
      }
    }
  }

  /**
   * At an object's closing brace: every field it requires was given (a field given and failed counts as given). An
   * object that lacks one fails, placed at its opening brace; a closed object's context is its parent's, which names
   * it.
   */
  private void noteMissing(Level object) {
    List<String> missing = object.fields.missing(object.names);
    if (!missing.isEmpty()) {
      failures.add(new ValueFailure(ViolationCode.SHAPE, object.names.start(), JsonPaths.of(p),
          "missing required field(s): " + String.join(", ", missing) + " (in " + object.fields.type() + ")"));
      object.failed = true;
      for (String field : missing) {
        object.fieldFailed(field);
      }
    }
  }

  /**
   * A refusal of an object's own check that names one of its fields, the parser standing on the object's closing
   * brace: placed at the start of that field's value, with its path. When the object does not give the field (no
   * {@code labels} at all, say), the object lacks it: placed at its opening brace, with its path. A refusal of a
   * single value (an id), the parser standing on it, is placed there. A refusal of one entry of a list has the entry's
   * path, and the list's place until a second walk finds the entry's; when the list as bound is not the file's (a
   * repeat left out of it, or {@code concerns} read into {@code subjects}), the index is not the file's either, and
   * the refusal is the list's.
   *
   * @param shortened whether a repeat was left out of a list of the object
   */
  private ValueFailure refused(InvalidFieldException e, @Nullable NameSet object, boolean shortened) {
    String message = String.valueOf(e.getMessage());
    if (object == null || p.currentToken() != JsonToken.END_OBJECT) {
      return tokens.failure(ViolationCode.INVALID_VALUE, message);
    }
    // A closed object's context is its parent's, which names the object: its path.
    JsonLocation at = object.valueOf(e.field());
    if (at == null) {
      return new ValueFailure(ViolationCode.INVALID_VALUE, object.start(), JsonPaths.of(p), message);
    }
    String path = JsonPaths.of(p) + "." + e.field();
    boolean fileIndex = !shortened && !(e.field().equals("subjects") && object.gives("concerns"));
    if (e.index().isPresent() && fileIndex) {
      return new ValueFailure(ViolationCode.INVALID_VALUE, at, path + "[" + e.index().getAsInt() + "]", message, true);
    }
    return new ValueFailure(ViolationCode.INVALID_VALUE, at, path, message);
  }
}
