package io.github.ccbrelations.data.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import io.github.ccbrelations.model.BasesEnded;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.BodyKind;
import io.github.ccbrelations.model.BodyRelation;
import io.github.ccbrelations.model.BodyRelationKind;
import io.github.ccbrelations.model.Celex;
import io.github.ccbrelations.model.Condition;
import io.github.ccbrelations.model.Continuation;
import io.github.ccbrelations.model.DatasetHeader;
import io.github.ccbrelations.model.DatasetVersion;
import io.github.ccbrelations.model.DerivedUrl;
import io.github.ccbrelations.model.Eli;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.InstrumentKind;
import io.github.ccbrelations.model.InvalidFieldException;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.LabelKind;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalBasisStatus;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.NoNameKind;
import io.github.ccbrelations.model.NoOfficialName;
import io.github.ccbrelations.model.Numac;
import io.github.ccbrelations.model.OsceDecisionNumber;
import io.github.ccbrelations.model.PartialDate;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.Redirect;
import io.github.ccbrelations.model.RedirectReason;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleFunction;
import io.github.ccbrelations.model.RoleId;
import io.github.ccbrelations.model.RoleSubject;
import io.github.ccbrelations.model.SchemaVersion;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceId;
import io.github.ccbrelations.model.SourceKind;
import io.github.ccbrelations.model.SourceReference;
import io.github.ccbrelations.model.SourceSection;
import io.github.ccbrelations.model.SubjectKind;
import io.github.ccbrelations.model.UrlPattern;
import io.github.ccbrelations.model.Validity;
import io.github.ccbrelations.model.WebUrl;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Binds the records of a dataset file straight from the token stream into the model's public builders: one pass, no
 * reflection, no intermediate tree. The rules are those of the format, and strict: a field has one JSON type (a
 * string is never a number, a number never a string, and nothing is {@code null}: a field without a value is left
 * out), enum values are spelt exactly, dates have four-digit years, every value passes its type's own check, and no
 * list repeats an entry ({@link Repeats}). The fields of each object are those of {@link Fields}.
 *
 * <p>A value that breaks a rule is a {@link ValueFailure} with the violation code, the place (the value's first
 * character) and the JSON path, from the parser's location API. An object that fails its own check is placed at the
 * value of the field the check names ({@link InvalidFieldException}); one that lacks a field, or a record wrong as a
 * whole, at its opening brace, with its own path. A check about one entry of a list has the entry's path and the
 * list's place, which a second walk of the input refines ({@link ValueFailure#atItsList}). A failed value is skipped,
 * and the rest of its object and list are read: a record fails with every value that failed in it, however deep, with
 * what its own check finds in the rest ({@link StandIns}), and the references and citations it holds are kept
 * ({@link #notes()}) for the rules to check too, as is the record built on stand-ins
 * ({@link ValueFailure#builtOnStandIns}). An unknown field goes to the {@link Listener}, placed at its name, and is
 * skipped. Broken JSON and passed limits pass through. Each object is read in a loop with a switch on the field's
 * name; {@link ObjectWalk} checks the names and keeps the failures.
 */
final class RecordBinder {
  /** What the binder tells its reader as it reads; by default, nothing is heard. */
  interface Listener {
    /**
     * An unknown field of an object with the given fields, whose name starts at {@code name}; the parser stands on its
     * value, which the binder skips.
     */
    default void unknownField(JsonParser p, JsonLocation name, String field, Fields of) {}

    /** The text of a record's "id", read before it is checked, so that a record that fails can still be named. */
    default void recordIdRead(String id) {}
  }

  private final JsonParser p;
  private final Tokens tokens;
  private final RecordIds ids;

  // One builder per type, cleared before each use: a builder and its lists per record and per label made a tenth of
  // what a load allocates. No type nests inside itself, so a builder is never in use twice at once.
  private final Source.Builder sourceBuilder = Source.builder();
  private final Body.Builder bodyBuilder = Body.builder();
  private final LegalInstrument.Builder instrumentBuilder = LegalInstrument.builder();
  private final Role.Builder roleBuilder = Role.builder();
  private final Label.Builder labelBuilder = Label.builder();
  private final SourceReference.Builder referenceBuilder = SourceReference.builder();
  private final LegalBasis.Builder basisBuilder = LegalBasis.builder();

  // The values that failed in the record being bound, and its references and citations, kept in case it fails.
  private final List<ValueFailure> failures = new ArrayList<>();
  private final RecordNotes notes;
  private final ObjectWalk walk;

  /** A binder over a parser, whose records' references resolve among the records {@code known}, read before them. */
  RecordBinder(JsonParser p, IdMaps known, Listener listener) {
    this.p = p;
    this.notes = new RecordNotes(known);
    this.tokens = new Tokens(p, failures);
    this.ids = new RecordIds(p, tokens, notes, listener);
    this.walk = new ObjectWalk(p, tokens, listener, notes, failures);
  }

  /** Sets how many violations the read kept before the record about to be read, which count to the cap. */
  void keptBefore(int violations) {
    tokens.keptBefore(violations);
  }

  /** The notes of the last record read: its references and citations, with their places. */
  RecordNotes notes() {
    return notes;
  }

  /**
   * The values that failed in the record being read, when the read stopped in it (broken JSON, a passed limit): the
   * record did not end, so they were not thrown with it. Empty between records.
   */
  List<ValueFailure> unfinished() {
    return walk.unfinished();
  }

  /** Where the value of a field of the last record read starts; null when it does not give it. */
  @Nullable JsonLocation valueOf(String field) {
    return walk.valueOf(field);
  }

  // ---------------------------------------------------------------- records (the parser stands on their START_OBJECT)

  /**
   * A record of one of the dataset's arrays of records. One switch, not a reader per array: a cold start spins a class
   * for every lambda written (#19).
   */
  Object record(String array) throws IOException {
    return switch (array) {
      case "sources" -> source();
      case "bodies" -> body();
      case "instruments" -> instrument();
      case "roles" -> role();
      case "redirects" -> redirect();
      // An Error, not a refused value: an array of records without a case here is a defect of this class.
      default -> throw new AssertionError("no records known for the array " + array);
    };
  }

  DatasetHeader header() throws IOException {
    DatasetHeader.Builder b = DatasetHeader.builder();
    walk.record(Fields.HEADER);
    while (walk.next()) {
      try {
        switch (walk.name()) {
          case "datasetVersion" -> b.datasetVersion(DatasetVersion.parse(tokens.string()));
          case "schemaVersion" -> b.schemaVersion(SchemaVersion.parse(tokens.string()));
          case "released" -> b.released(tokens.date());
          case "primarySources" -> b.addAllPrimarySources(list(SourceId.class));
          default -> walk.unknown();
        }
      } catch (ValueFailure | IllegalArgumentException | IllegalStateException | DateTimeException e) {
        walk.failed(e);
      }
    }
    try {
      return walk.built(StandIns.forFailedFields(b, walk).build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw walk.refused(e, b, b::build);
    }
  }

  Source source() throws IOException {
    Source.Builder b = sourceBuilder.clear();
    walk.record(Fields.SOURCE);
    while (walk.next()) {
      try {
        switch (walk.name()) {
          case "id" -> b.id(SourceId.of(ids.recordId()));
          case "kind" -> b.kind(tokens.enumValue(SourceKind.class));
          case "title" -> b.title(tokens.string());
          case "language" -> b.language(tokens.language());
          case "publisher" -> b.publisher(tokens.string());
          case "url" -> b.url(WebUrl.of(tokens.string()));
          case "urlDerived" -> b.urlDerived(derivedUrl());
          case "consulted" -> b.consulted(tokens.date());
          case "sections" -> b.addAllSections(list(SourceSection.class));
          default -> walk.unknown();
        }
      } catch (ValueFailure | IllegalArgumentException | IllegalStateException | DateTimeException e) {
        walk.failed(e);
      }
    }
    try {
      return walk.built(StandIns.forFailedFields(b, walk).build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw walk.refused(e, b, b::build);
    }
  }

  Body body() throws IOException {
    Body.Builder b = bodyBuilder.clear();
    walk.record(Fields.BODY);
    while (walk.next()) {
      try {
        switch (walk.name()) {
          case "id" -> b.id(BodyId.of(ids.recordId()));
          case "kind" -> b.kind(tokens.enumValue(BodyKind.class));
          case "labels" -> b.addAllLabels(list(Label.class));
          case "partOf" -> b.partOf(ids.bodyId());
          case "convenedBy" -> b.addAllConvenedBy(list(BodyId.class));
          case "seat" -> b.seat(tokens.localizedText());
          case "website" -> b.website(WebUrl.of(tokens.string()));
          case "establishedBy" -> b.establishedBy(legalBasis());
          case "designatedBy" -> b.designatedBy(legalBasis());
          case "relations" -> b.addAllRelations(list(BodyRelation.class));
          case "noOfficialName" -> b.addAllNoOfficialName(list(NoOfficialName.class));
          case "founded" -> b.founded(tokens.partialDate());
          case "recurrence" -> b.recurrence(tokens.period());
          case "memberCount" -> b.memberCount(tokens.integerFromOne("memberCount must be at least 1"));
          case "validity" -> b.validity(validity());
          case "replacedBy" -> b.replacedBy(ids.bodyId());
          case "description" -> b.description(tokens.localizedText());
          case "sources" -> b.addAllSources(list(SourceReference.class));
          default -> walk.unknown();
        }
      } catch (ValueFailure | IllegalArgumentException | IllegalStateException | DateTimeException e) {
        walk.failed(e);
      }
    }
    try {
      return walk.built(StandIns.forFailedFields(b, walk).build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw walk.refused(e, b, b::build);
    }
  }

  LegalInstrument instrument() throws IOException {
    LegalInstrument.Builder b = instrumentBuilder.clear();
    walk.record(Fields.INSTRUMENT);
    while (walk.next()) {
      try {
        switch (walk.name()) {
          case "id" -> b.id(InstrumentId.of(ids.recordId()));
          case "kind" -> b.kind(tokens.enumValue(InstrumentKind.class));
          case "labels" -> b.addAllLabels(list(Label.class));
          case "celex" -> b.celex(Celex.of(tokens.string()));
          case "eli" -> b.eli(Eli.of(tokens.string()));
          case "numac" -> b.numac(Numac.of(tokens.string()));
          case "osceDecision" -> b.osceDecision(OsceDecisionNumber.of(tokens.string()));
          case "adopted" -> b.adopted(tokens.partialDate());
          case "published" -> b.published(tokens.partialDate());
          case "inForce" -> b.inForce(tokens.partialDate());
          case "appliesFrom" -> b.appliesFrom(tokens.partialDate());
          case "endOfValidity" -> b.endOfValidity(tokens.partialDate());
          case "repeals" -> b.addAllRepeals(list(InstrumentId.class));
          case "replacedBy" -> b.replacedBy(ids.instrumentId());
          case "transposes" -> b.addAllTransposes(list(InstrumentId.class));
          case "extends" -> b.addAllExtendsInstruments(list(InstrumentId.class));
          case "amends" -> b.addAllAmends(list(InstrumentId.class));
          case "implements" -> b.addAllImplementsInstruments(list(InstrumentId.class));
          case "executes" -> b.addAllExecutes(list(LegalBasis.class));
          case "noOfficialName" -> b.addAllNoOfficialName(list(NoOfficialName.class));
          case "description" -> b.description(tokens.localizedText());
          case "sources" -> b.addAllSources(list(SourceReference.class));
          default -> walk.unknown();
        }
      } catch (ValueFailure | IllegalArgumentException | IllegalStateException | DateTimeException e) {
        walk.failed(e);
      }
    }
    try {
      return walk.built(StandIns.forFailedFields(b, walk).build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw walk.refused(e, b, b::build);
    }
  }

  Role role() throws IOException {
    Role.Builder b = roleBuilder.clear();
    List<LegalBasis> bases = List.of(); // for the status that stands in for one that failed (StandIns)
    walk.record(Fields.ROLE);
    while (walk.next()) {
      try {
        switch (walk.name()) {
          case "id" -> b.id(RoleId.of(ids.recordId()));
          case "holder" -> b.holder(ids.bodyId());
          case "body" -> b.body(ids.bodyId());
          case "function" -> b.function(tokens.enumValue(RoleFunction.class));
          case "onBehalfOf" -> b.onBehalfOf(ids.bodyId());
          case "via" -> b.via(ids.bodyId());
          case "supports" -> b.supports(ids.bodyId());
          case "about" -> b.about(ids.bodyId());
          case "inCapacityOf" -> b.inCapacityOf(ids.roleId());
          case "level" -> b.level(tokens.enumValue(Level.class));
          case "condition" -> b.condition(tokens.enumValue(Condition.class));
          case "legalBasisStatus" -> b.legalBasisStatus(tokens.enumValue(LegalBasisStatus.class));
          case "legalBases" -> b.addAllLegalBases(bases = list(LegalBasis.class));
          case "basesEnded" -> b.basesEnded(basesEnded());
          // "concerns" (schema 1.0 and 1.1) is what schema 1.2 writes as subjects of kind CONCERNS.
          case "subjects", "concerns" -> b.addAllSubjects(list(RoleSubject.class));
          case "validity" -> b.validity(validity());
          case "replacedBy" -> b.replacedBy(ids.roleId());
          case "description" -> b.description(tokens.localizedText());
          case "sources" -> b.addAllSources(list(SourceReference.class));
          default -> walk.unknown();
        }
      } catch (ValueFailure | IllegalArgumentException | IllegalStateException | DateTimeException e) {
        walk.failed(e);
      }
    }
    try {
      return walk.built(StandIns.forFailedFields(b, walk, !bases.isEmpty()).build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw walk.refused(e, b, b::build);
    }
  }

  Redirect redirect() throws IOException {
    Redirect.Builder b = Redirect.builder();
    walk.record(Fields.REDIRECT);
    while (walk.next()) {
      try {
        switch (walk.name()) {
          case "recordType" -> b.recordType(tokens.enumValue(RecordType.class));
          case "from" -> b.from(tokens.string());
          case "to" -> b.to(tokens.string());
          case "reason" -> b.reason(tokens.enumValue(RedirectReason.class));
          case "since" -> b.since(DatasetVersion.parse(tokens.string()));
          default -> walk.unknown();
        }
      } catch (ValueFailure | IllegalArgumentException | IllegalStateException | DateTimeException e) {
        walk.failed(e);
      }
    }
    try {
      return walk.built(StandIns.forFailedFields(b, walk).build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw walk.refused(e, b, b::build);
    }
  }

  // ---------------------------------------------------------------- parts (built by the caller as soon as read)

  private SourceSection section() throws IOException {
    String id = "";
    String heading = "";
    int paragraphs = 0;
    walk.part(Fields.SECTION);
    while (walk.next()) {
      try {
        switch (walk.name()) {
          case "id" -> id = tokens.string();
          case "heading" -> heading = tokens.string();
          case "paragraphs" -> paragraphs = tokens.integerFromOne("a section has at least one paragraph");
          default -> walk.unknown();
        }
      } catch (ValueFailure | IllegalArgumentException | IllegalStateException | DateTimeException e) {
        walk.failed(e);
      }
    }
    // Each field is required: one not given or failed stands as its initial value.
    return walk.built(SourceSection.of(id, heading, paragraphs));
  }

  private Label label() throws IOException {
    Label.Builder b = labelBuilder.clear();
    walk.part(Fields.LABEL);
    while (walk.next()) {
      try {
        switch (walk.name()) {
          case "language" -> b.language(tokens.language());
          case "kind" -> b.kind(tokens.enumValue(LabelKind.class));
          case "text" -> b.text(tokens.string());
          case "sources" -> b.addAllSources(list(SourceReference.class));
          default -> walk.unknown();
        }
      } catch (ValueFailure | IllegalArgumentException | IllegalStateException | DateTimeException e) {
        walk.failed(e);
      }
    }
    return walk.built(StandIns.forFailedFields(b, walk).build());
  }

  private SourceReference sourceReference() throws IOException {
    SourceReference.Builder b = referenceBuilder.clear();
    walk.part(Fields.REFERENCE);
    // Its own context keeps where it starts, until the next object of its level opens: no location is made for it.
    JsonStreamContext citationObject = p.getParsingContext();
    while (walk.next()) {
      try {
        switch (walk.name()) {
          case "source" -> b.source(ids.sourceId());
          case "section" -> b.section(tokens.string());
          case "paragraph" -> b.paragraph(tokens.integerFromOne("paragraph numbers start at 1"));
          case "locator" -> b.locator(tokens.string());
          case "supports" -> b.addAllSupports(list(String.class));
          default -> walk.unknown();
        }
      } catch (ValueFailure | IllegalArgumentException | IllegalStateException | DateTimeException e) {
        walk.failed(e);
      }
    }
    return walk.cited(b, citationObject);
  }

  private LegalBasis legalBasis() throws IOException {
    LegalBasis.Builder b = basisBuilder.clear();
    walk.part(Fields.BASIS);
    while (walk.next()) {
      try {
        switch (walk.name()) {
          case "instrument" -> b.instrument(ids.instrumentId());
          case "provision" -> b.provision(tokens.string());
          case "validity" -> b.validity(validity());
          case "sources" -> b.addAllSources(list(SourceReference.class));
          default -> walk.unknown();
        }
      } catch (ValueFailure | IllegalArgumentException | IllegalStateException | DateTimeException e) {
        walk.failed(e);
      }
    }
    return walk.built(StandIns.forFailedFields(b, walk).build());
  }

  private DerivedUrl derivedUrl() throws IOException {
    @Nullable UrlPattern pattern = null;
    String identifier = "";
    walk.part(Fields.DERIVED_URL);
    while (walk.next()) {
      try {
        switch (walk.name()) {
          case "pattern" -> pattern = tokens.enumValue(UrlPattern.class);
          case "identifier" -> identifier = tokens.string();
          default -> walk.unknown();
        }
      } catch (ValueFailure | IllegalArgumentException | IllegalStateException | DateTimeException e) {
        walk.failed(e);
      }
    }
    // Both fields are required: one not given or failed takes a stand-in (StandIns).
    return walk.built(DerivedUrl.of(pattern == null ? UrlPattern.values()[0] : pattern, identifier));
  }

  private RoleSubject subject() throws IOException {
    RoleSubject.Builder b = RoleSubject.builder();
    walk.part(Fields.SUBJECT);
    while (walk.next()) {
      try {
        switch (walk.name()) {
          case "instrument" -> b.instrument(ids.instrumentId());
          case "kind" -> b.kind(tokens.enumValue(SubjectKind.class));
          case "provision" -> b.provision(tokens.string());
          case "sources" -> b.addAllSources(list(SourceReference.class));
          default -> walk.unknown();
        }
      } catch (ValueFailure | IllegalArgumentException | IllegalStateException | DateTimeException e) {
        walk.failed(e);
      }
    }
    return walk.built(StandIns.forFailedFields(b, walk).build());
  }

  private NoOfficialName noOfficialName() throws IOException {
    NoOfficialName.Builder b = NoOfficialName.builder();
    walk.part(Fields.NO_OFFICIAL_NAME);
    while (walk.next()) {
      try {
        switch (walk.name()) {
          case "languages" -> b.addAllLanguages(list(Language.class));
          case "kind" -> b.kind(tokens.enumValue(NoNameKind.class));
          case "reason" -> b.reason(tokens.string());
          case "sources" -> b.addAllSources(list(SourceReference.class));
          default -> walk.unknown();
        }
      } catch (ValueFailure | IllegalArgumentException | IllegalStateException | DateTimeException e) {
        walk.failed(e);
      }
    }
    return walk.built(StandIns.forFailedFields(b, walk).build());
  }

  private BodyRelation bodyRelation() throws IOException {
    BodyRelation.Builder b = BodyRelation.builder();
    walk.part(Fields.BODY_RELATION);
    while (walk.next()) {
      try {
        switch (walk.name()) {
          case "kind" -> b.kind(tokens.enumValue(BodyRelationKind.class));
          case "body" -> b.body(ids.bodyId());
          case "within" -> b.within(ids.bodyId());
          case "sources" -> b.addAllSources(list(SourceReference.class));
          default -> walk.unknown();
        }
      } catch (ValueFailure | IllegalArgumentException | IllegalStateException | DateTimeException e) {
        walk.failed(e);
      }
    }
    return walk.built(StandIns.forFailedFields(b, walk).build());
  }

  private BasesEnded basesEnded() throws IOException {
    BasesEnded.Builder b = BasesEnded.builder();
    walk.part(Fields.BASES_ENDED);
    while (walk.next()) {
      try {
        switch (walk.name()) {
          case "since" -> b.since(tokens.date());
          case "continues" -> b.continues(tokens.enumValue(Continuation.class));
          case "sources" -> b.addAllSources(list(SourceReference.class));
          default -> walk.unknown();
        }
      } catch (ValueFailure | IllegalArgumentException | IllegalStateException | DateTimeException e) {
        walk.failed(e);
      }
    }
    return walk.built(StandIns.forFailedFields(b, walk).build());
  }

  private Validity validity() throws IOException {
    Optional<PartialDate> from = Optional.empty();
    Optional<PartialDate> to = Optional.empty();
    walk.part(Fields.VALIDITY);
    while (walk.next()) {
      try {
        switch (walk.name()) {
          case "from" -> from = Optional.of(tokens.partialDate());
          case "to" -> to = Optional.of(tokens.partialDate());
          default -> walk.unknown();
        }
      } catch (ValueFailure | IllegalArgumentException | IllegalStateException | DateTimeException e) {
        walk.failed(e);
      }
    }
    return walk.built(Validity.of(from, to));
  }

  // ---------------------------------------------------------------- lists

  /**
   * The list the parser stands on, whose entries are of {@code type}: each read as {@link #entry} reads those of the
   * field whose value it is. A list with an entry that failed fails its object, but keeps the other entries for the
   * object built on stand-ins ({@link StandIns}): its field counts as failed, and what reads it waits.
   */
  private <T> List<T> list(Class<T> type) throws IOException {
    String field = walk.name();
    Tokens.Entries<T> entries = tokens.list();
    JsonStreamContext list = p.getParsingContext();
    boolean failed = false;
    while (entries.next()) {
      try {
        entries.add(type.cast(entry(field)));
      } catch (ValueFailure | IllegalArgumentException | IllegalStateException | DateTimeException e) {
        entries.failed();
        walk.failedEntry(e, list);
        failed = true;
      }
    }
    if (failed) {
      walk.failed(ObjectWalk.NOTED);
    }
    return walk.entries(entries);
  }

  /**
   * An entry of a list field, the parser standing on it. A list field of the format has one type of entry in whichever
   * object it stands. One switch, not a reader per list: a cold start spins a class for every lambda written (#19).
   */
  private Object entry(String listField) throws IOException {
    return switch (listField) {
      case "primarySources" -> ids.sourceId();
      case "sections" -> section();
      case "labels" -> label();
      case "noOfficialName" -> noOfficialName();
      case "convenedBy" -> ids.bodyId();
      case "relations" -> bodyRelation();
      case "repeals", "transposes", "extends", "amends", "implements" -> ids.instrumentId();
      case "executes", "legalBases" -> legalBasis();
      case "subjects" -> subject();
      case "concerns" -> RoleSubject.of(ids.instrumentId(), SubjectKind.CONCERNS);
      case "languages" -> tokens.language();
      case "supports" -> tokens.string();
      case "sources" -> sourceReference();
      // An Error, not a refused value: a list field without a case here is a defect of this class.
      default -> throw new AssertionError("no entries known for the list field " + listField);
    };
  }
}
