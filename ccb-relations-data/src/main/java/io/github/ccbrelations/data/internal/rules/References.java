package io.github.ccbrelations.data.internal.rules;

import io.github.ccbrelations.data.ViolationCode;
import io.github.ccbrelations.data.internal.json.ParsedDocument;
import io.github.ccbrelations.data.internal.json.ParsedDocument.Located;
import io.github.ccbrelations.data.internal.json.ParsedDocument.Unbound;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleId;
import io.github.ccbrelations.model.SourceId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every body, instrument, role and source a record names exists. Driven by the table of reference fields below: a
 * new reference field is one row. The references of a record that failed to bind are checked too, at their own
 * places, as the binder kept them.
 */
final class References implements Rule {
  /**
   * A reference field of a record type: its path in the record ({@code []} marks the list the ids are in), the
   * record type it names, and the ids it holds, in order.
   */
  record Field<T>(String path, RecordType target, Function<T, List<String>> ids) {}

  static final List<Field<Body>> BODY_FIELDS = List.of(
      new Field<>("partOf", RecordType.BODY, b -> body(b.partOf())),
      new Field<>("convenedBy[]", RecordType.BODY, b -> bodies(b.convenedBy())),
      new Field<>("establishedBy.instrument", RecordType.INSTRUMENT,
          b -> instrument(b.establishedBy().map(LegalBasis::instrument))),
      new Field<>("replacedBy", RecordType.BODY, b -> body(b.replacedBy())));

  static final List<Field<LegalInstrument>> INSTRUMENT_FIELDS = List.of(
      new Field<>("repeals[]", RecordType.INSTRUMENT, i -> instruments(i.repeals())),
      new Field<>("replacedBy", RecordType.INSTRUMENT, i -> instrument(i.replacedBy())),
      new Field<>("transposes[]", RecordType.INSTRUMENT, i -> instruments(i.transposes())));

  static final List<Field<Role>> ROLE_FIELDS = List.of(
      new Field<>("holder", RecordType.BODY, r -> List.of(r.holder().value())),
      new Field<>("body", RecordType.BODY, r -> body(r.body())),
      new Field<>("onBehalfOf", RecordType.BODY, r -> body(r.onBehalfOf())),
      new Field<>("via", RecordType.BODY, r -> body(r.via())),
      new Field<>("supports", RecordType.BODY, r -> body(r.supports())),
      new Field<>("inCapacityOf", RecordType.ROLE, r -> role(r.inCapacityOf())),
      new Field<>("replacedBy", RecordType.ROLE, r -> role(r.replacedBy())),
      new Field<>("legalBases[].instrument", RecordType.INSTRUMENT,
          r -> r.legalBases().stream().map(b -> b.instrument().value()).toList()),
      new Field<>("concerns[]", RecordType.INSTRUMENT, r -> instruments(r.concerns())));

  @Override
  public void check(Context c) {
    if (c.doc.header != null) {
      List<SourceId> primary = c.doc.header.primarySources();
      for (int i = 0; i < primary.size(); i++) {
        if (!c.isKnown(RecordType.SOURCE, primary.get(i).value())) {
          c.headerError(ViolationCode.DANGLING_REFERENCE, "$.header.primarySources[" + i + "]",
              "unknown source '" + primary.get(i).value() + "'");
        }
      }
    }
    for (Unbound<ParsedDocument.Reference> u : c.doc.unboundReferences) {
      ParsedDocument.Reference r = u.value();
      if (!c.isKnown(r.target(), r.id())) {
        c.error(ViolationCode.DANGLING_REFERENCE, r.line(), r.column(), r.path(), u.recordId(),
            "unknown " + noun(r.target()) + " '" + r.id() + "'");
      }
    }
    check(c, "bodies", c.doc.bodies, Body::id, BodyId::value, BODY_FIELDS);
    check(c, "instruments", c.doc.instruments, LegalInstrument::id, InstrumentId::value, INSTRUMENT_FIELDS);
    check(c, "roles", c.doc.roles, Role::id, RoleId::value, ROLE_FIELDS);
  }

  private static <T, K> void check(Context c, String array, List<Located<T>> records, Function<T, K> idOf,
      Function<K, String> text, List<Field<T>> fields) {
    for (Located<T> r : records) {
      for (Field<T> field : fields) {
        List<String> ids = field.ids().apply(r.value());
        for (int i = 0; i < ids.size(); i++) {
          String target = ids.get(i);
          if (!c.isKnown(field.target(), target)) {
            c.error(ViolationCode.DANGLING_REFERENCE, r, At.of(array, r.index()).path(field.path(), i),
                text.apply(idOf.apply(r.value())), "unknown " + noun(field.target()) + " '" + target + "'");
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

  private static List<String> body(Optional<BodyId> id) {
    return id.map(x -> List.of(x.value())).orElse(List.of());
  }

  private static List<String> bodies(List<BodyId> ids) {
    return ids.stream().map(BodyId::value).toList();
  }

  private static List<String> instrument(Optional<InstrumentId> id) {
    return id.map(x -> List.of(x.value())).orElse(List.of());
  }

  private static List<String> instruments(List<InstrumentId> ids) {
    return ids.stream().map(InstrumentId::value).toList();
  }

  private static List<String> role(Optional<RoleId> id) {
    return id.map(x -> List.of(x.value())).orElse(List.of());
  }
}
