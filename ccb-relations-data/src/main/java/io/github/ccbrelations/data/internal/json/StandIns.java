package io.github.ccbrelations.data.internal.json;

import io.github.ccbrelations.model.BasesEnded;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.BodyKind;
import io.github.ccbrelations.model.BodyRelation;
import io.github.ccbrelations.model.BodyRelationKind;
import io.github.ccbrelations.model.Continuation;
import io.github.ccbrelations.model.DatasetHeader;
import io.github.ccbrelations.model.DatasetVersion;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.InstrumentKind;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.LabelKind;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalBasisStatus;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.NoNameKind;
import io.github.ccbrelations.model.NoOfficialName;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.Redirect;
import io.github.ccbrelations.model.RedirectReason;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleFunction;
import io.github.ccbrelations.model.RoleSubject;
import io.github.ccbrelations.model.SchemaVersion;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceId;
import io.github.ccbrelations.model.SourceKind;
import io.github.ccbrelations.model.SourceReference;
import io.github.ccbrelations.model.SubjectKind;
import java.time.LocalDate;

/**
 * Values that stand in for the required fields of an object (a record or a part of one) that failed there or lacks
 * them, so that the object's own check still runs on the rest: an object wrong in a value and in how its fields fit
 * together is told both in one read (#14). A refusal that reads a failed field is dropped ({@link ObjectWalk}), so a
 * stand-in is never judged and any valid value serves; one that fits the rest lets the record pass its own check, so
 * that the rules between records judge what did not fail. The {@code id} has none: every refusal names its record by
 * it, so a record whose id failed is not checked. Sections and validities keep their binder's initial values, and a
 * derived address's binder stands in for its pattern.
 */
final class StandIns {
  /** A text, and an id, that any check of one passes: a stand-in is never judged. */
  static final String TEXT = "stand-in";

  private StandIns() {}

  static DatasetHeader.Builder forFailedFields(DatasetHeader.Builder b, ObjectWalk walk) {
    if (walk.valueFailed("datasetVersion")) {
      b.datasetVersion(DatasetVersion.parse("2000.01.0"));
    }
    if (walk.valueFailed("schemaVersion")) {
      b.schemaVersion(SchemaVersion.parse("1.0.0"));
    }
    if (walk.valueFailed("released")) {
      b.released(LocalDate.EPOCH);
    }
    return b;
  }

  static Source.Builder forFailedFields(Source.Builder b, ObjectWalk walk) {
    if (walk.valueFailed("kind")) {
      b.kind(SourceKind.values()[0]);
    }
    if (walk.valueFailed("title")) {
      b.title(TEXT);
    }
    return b;
  }

  static Body.Builder forFailedFields(Body.Builder b, ObjectWalk walk) {
    if (walk.valueFailed("kind")) {
      b.kind(BodyKind.values()[0]);
    }
    return b;
  }

  static LegalInstrument.Builder forFailedFields(LegalInstrument.Builder b, ObjectWalk walk) {
    if (walk.valueFailed("kind")) {
      b.kind(InstrumentKind.values()[0]);
    }
    return b;
  }

  /** {@code givesBases}: whether the builder holds a legal basis, for the status that stands in for one that failed. */
  static Role.Builder forFailedFields(Role.Builder b, ObjectWalk walk, boolean givesBases) {
    if (walk.valueFailed("holder")) {
      b.holder(BodyId.of(TEXT));
    }
    if (walk.valueFailed("function")) {
      b.function(RoleFunction.values()[0]);
    }
    if (walk.valueFailed("level")) {
      b.level(Level.values()[0]);
    }
    if (walk.valueFailed("legalBasisStatus")) {
      // NONE_STATED goes with no legal bases, and only then: none given, an empty list, or a list that failed whole.
      b.legalBasisStatus(givesBases ? LegalBasisStatus.FROM_OTHER_SOURCES : LegalBasisStatus.NONE_STATED);
    }
    return b;
  }

  static Redirect.Builder forFailedFields(Redirect.Builder b, ObjectWalk walk) {
    if (walk.valueFailed("recordType")) {
      b.recordType(RecordType.values()[0]);
    }
    if (walk.valueFailed("from")) {
      b.from(TEXT);
    }
    if (walk.valueFailed("to")) {
      b.to(TEXT);
    }
    if (walk.valueFailed("reason")) {
      b.reason(RedirectReason.values()[0]);
    }
    return b;
  }

  static Label.Builder forFailedFields(Label.Builder b, ObjectWalk walk) {
    if (walk.valueFailed("language")) {
      b.language(Language.values()[0]);
    }
    if (walk.valueFailed("kind")) {
      b.kind(LabelKind.values()[0]);
    }
    if (walk.valueFailed("text")) {
      b.text(TEXT);
    }
    return b;
  }

  static SourceReference.Builder forFailedFields(SourceReference.Builder b, ObjectWalk walk) {
    if (walk.valueFailed("source")) {
      b.source(SourceId.of(TEXT));
    }
    return b;
  }

  static LegalBasis.Builder forFailedFields(LegalBasis.Builder b, ObjectWalk walk) {
    if (walk.valueFailed("instrument")) {
      b.instrument(InstrumentId.of(TEXT));
    }
    return b;
  }

  static RoleSubject.Builder forFailedFields(RoleSubject.Builder b, ObjectWalk walk) {
    if (walk.valueFailed("instrument")) {
      b.instrument(InstrumentId.of(TEXT));
    }
    if (walk.valueFailed("kind")) {
      b.kind(SubjectKind.values()[0]);
    }
    return b;
  }

  static NoOfficialName.Builder forFailedFields(NoOfficialName.Builder b, ObjectWalk walk) {
    if (walk.valueFailed("kind")) {
      b.kind(NoNameKind.values()[0]);
    }
    if (walk.valueFailed("reason")) {
      b.reason(TEXT);
    }
    return b;
  }

  static BodyRelation.Builder forFailedFields(BodyRelation.Builder b, ObjectWalk walk) {
    if (walk.valueFailed("kind")) {
      b.kind(BodyRelationKind.values()[0]);
    }
    if (walk.valueFailed("body")) {
      b.body(BodyId.of(TEXT));
    }
    return b;
  }

  static BasesEnded.Builder forFailedFields(BasesEnded.Builder b, ObjectWalk walk) {
    if (walk.valueFailed("since")) {
      b.since(LocalDate.EPOCH);
    }
    if (walk.valueFailed("continues")) {
      b.continues(Continuation.values()[0]);
    }
    return b;
  }
}
