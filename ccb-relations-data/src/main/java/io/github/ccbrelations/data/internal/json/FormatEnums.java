package io.github.ccbrelations.data.internal.json;

import io.github.ccbrelations.model.BodyKind;
import io.github.ccbrelations.model.BodyRelationKind;
import io.github.ccbrelations.model.Condition;
import io.github.ccbrelations.model.Continuation;
import io.github.ccbrelations.model.InstrumentKind;
import io.github.ccbrelations.model.LabelKind;
import io.github.ccbrelations.model.LegalBasisStatus;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.NoNameKind;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.RedirectReason;
import io.github.ccbrelations.model.RoleFunction;
import io.github.ccbrelations.model.SourceKind;
import io.github.ccbrelations.model.SubjectKind;
import io.github.ccbrelations.model.UrlPattern;

/** The format's enumerations, each looked up by the name a file writes, with the names it offers when one is wrong. */
final class FormatEnums {
  private FormatEnums() {}

  static final Tokens.EnumNames<BodyKind> BODY_KINDS = Tokens.EnumNames.of(BodyKind.class);
  static final Tokens.EnumNames<Condition> CONDITIONS = Tokens.EnumNames.of(Condition.class);
  static final Tokens.EnumNames<InstrumentKind> INSTRUMENT_KINDS = Tokens.EnumNames.of(InstrumentKind.class);
  static final Tokens.EnumNames<LabelKind> LABEL_KINDS = Tokens.EnumNames.of(LabelKind.class);
  static final Tokens.EnumNames<LegalBasisStatus> BASIS_STATUSES = Tokens.EnumNames.of(LegalBasisStatus.class);
  static final Tokens.EnumNames<Level> LEVELS = Tokens.EnumNames.of(Level.class);
  static final Tokens.EnumNames<RecordType> RECORD_TYPES = Tokens.EnumNames.of(RecordType.class);
  static final Tokens.EnumNames<RedirectReason> REDIRECT_REASONS = Tokens.EnumNames.of(RedirectReason.class);
  static final Tokens.EnumNames<RoleFunction> ROLE_FUNCTIONS = Tokens.EnumNames.of(RoleFunction.class);
  static final Tokens.EnumNames<SourceKind> SOURCE_KINDS = Tokens.EnumNames.of(SourceKind.class);
  static final Tokens.EnumNames<Continuation> CONTINUATIONS = Tokens.EnumNames.of(Continuation.class);
  static final Tokens.EnumNames<UrlPattern> URL_PATTERNS = Tokens.EnumNames.of(UrlPattern.class);
  static final Tokens.EnumNames<NoNameKind> NO_NAME_KINDS = Tokens.EnumNames.of(NoNameKind.class);
  static final Tokens.EnumNames<BodyRelationKind> BODY_RELATION_KINDS = Tokens.EnumNames.of(BodyRelationKind.class);
  static final Tokens.EnumNames<SubjectKind> SUBJECT_KINDS = Tokens.EnumNames.of(SubjectKind.class);
}
