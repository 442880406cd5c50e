package io.github.ccbrelations.data.internal.rules;

import io.github.ccbrelations.data.ViolationCode;
import io.github.ccbrelations.data.internal.json.ParsedDocument.Located;
import io.github.ccbrelations.data.internal.json.IdMaps;
import io.github.ccbrelations.data.internal.json.ParsedDocument;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyRelation;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleSubject;
import io.github.ccbrelations.model.SourceId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every body, instrument, role and source a record names exists. In a file, the parser resolves each reference as its
 * record is read and leaves here, with their places, only those that did not resolve then (a reference further on, to
 * none, or in a record that failed to bind). Records given whole (a loaded dataset) are walked through the table of
 * reference fields below: a new reference field is one row.
 */
final class References implements Rule {
  /**
   * A reference field of a record type: its path in the record ({@code []} marks the list the ids are in), the
   * record type it names, and what it holds: an id, an optional id or a list of ids.
   */
  record Field<T>(String path, RecordType target, Function<T, Object> ids) {}

  static final List<Field<Body>> BODY_FIELDS = List.of(
      new Field<>("partOf", RecordType.BODY, Body::partOf),
      new Field<>("convenedBy[]", RecordType.BODY, Body::convenedBy),
      new Field<>("establishedBy.instrument", RecordType.INSTRUMENT,
          b -> b.establishedBy().map(LegalBasis::instrument)),
      new Field<>("replacedBy", RecordType.BODY, Body::replacedBy),
      new Field<>("designatedBy.instrument", RecordType.INSTRUMENT, b -> b.designatedBy().map(LegalBasis::instrument)),
      new Field<>("relations[].body", RecordType.BODY, b -> b.relations().stream().map(BodyRelation::body).toList()),
      new Field<>("relations[].within", RecordType.BODY,
          b -> b.relations().stream().flatMap(r -> r.within().stream()).toList()));

  static final List<Field<LegalInstrument>> INSTRUMENT_FIELDS = List.of(
      new Field<>("repeals[]", RecordType.INSTRUMENT, LegalInstrument::repeals),
      new Field<>("replacedBy", RecordType.INSTRUMENT, LegalInstrument::replacedBy),
      new Field<>("transposes[]", RecordType.INSTRUMENT, LegalInstrument::transposes),
      new Field<>("extends[]", RecordType.INSTRUMENT, LegalInstrument::extendsInstruments),
      new Field<>("implements[]", RecordType.INSTRUMENT, LegalInstrument::implementsInstruments),
      new Field<>("executes[].instrument", RecordType.INSTRUMENT,
          i -> i.executes().stream().map(LegalBasis::instrument).toList()));

  static final List<Field<Role>> ROLE_FIELDS = List.of(
      new Field<>("holder", RecordType.BODY, Role::holder),
      new Field<>("body", RecordType.BODY, Role::body),
      new Field<>("onBehalfOf", RecordType.BODY, Role::onBehalfOf),
      new Field<>("via", RecordType.BODY, Role::via),
      new Field<>("supports", RecordType.BODY, Role::supports),
      new Field<>("about", RecordType.BODY, Role::about),
      new Field<>("inCapacityOf", RecordType.ROLE, Role::inCapacityOf),
      new Field<>("replacedBy", RecordType.ROLE, Role::replacedBy),
      new Field<>("legalBases[].instrument", RecordType.INSTRUMENT,
          r -> r.legalBases().stream().map(LegalBasis::instrument).toList()),
      new Field<>("subjects[].instrument", RecordType.INSTRUMENT,
          r -> r.subjects().stream().map(RoleSubject::instrument).toList()));

  @Override
  public void check(Context c) {
    if (c.doc.header != null) {
      List<SourceId> primary = c.doc.header.primarySources();
      for (int i = 0; i < primary.size(); i++) {
        if (!c.isKnown(primary.get(i))) {
          c.headerError(ViolationCode.DANGLING_REFERENCE, "$.header.primarySources[" + i + "]",
              "unknown source '" + primary.get(i).value() + "'");
        }
      }
    }
    for (ParsedDocument.Reference r : c.doc.references) {
      if (!c.isKnown(r.target(), r.id())) {
        c.error(ViolationCode.DANGLING_REFERENCE, r.line(), r.column(), r.path(), r.recordId(),
            "unknown " + noun(r.target()) + " '" + r.id() + "'");
      }
    }
    if (c.doc.resolvedWhileRead) {
      return;
    }
    check(c, "bodies", c.doc.bodies, BODY_FIELDS);
    check(c, "instruments", c.doc.instruments, INSTRUMENT_FIELDS);
    check(c, "roles", c.doc.roles, ROLE_FIELDS);
  }

  private static <T> void check(Context c, String array, List<Located<T>> records, List<Field<T>> fields) {
    for (Located<T> r : records) {
      for (Field<T> field : fields) {
        Object held = field.ids().apply(r.value());
        List<?> ids = held instanceof List<?> list ? list : null;
        int n = ids != null ? ids.size() : held instanceof Optional<?> o && o.isEmpty() ? 0 : 1;
        for (int i = 0; i < n; i++) {
          Object target = ids != null ? ids.get(i) : held instanceof Optional<?> o ? o.get() : held;
          if (!c.isKnown(target)) {
            c.error(ViolationCode.DANGLING_REFERENCE, r, At.of(array, r.index()).path(field.path(), i),
                IdMaps.idOf(r), "unknown " + noun(field.target()) + " '" + IdMaps.text(target) + "'");
          }
        }
      }
    }
  }

  private static String noun(RecordType type) {
    return switch (type) {
      case SOURCE -> "source";
      case BODY -> "body";
      case INSTRUMENT -> "legal instrument";
      case ROLE -> "role";
    };
  }
}
