package io.github.ccbrelations.data.internal.rules;

import io.github.ccbrelations.data.internal.json.IdMaps;
import io.github.ccbrelations.data.internal.json.ParsedDocument.Located;
import io.github.ccbrelations.data.violation.ViolationCode;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.DatasetHeader;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.PartialDate;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.Validity;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Dates are plausible (not before the earliest year, a past event not after the release date plus the tolerance, no
 * date beyond the horizon, the release in the month of the dataset version) and in order between fields and records
 * (validity after foundation, application after entry into force, a legal basis within its instrument's life: a
 * role's, and those that establish or designate a body or that an instrument executes). A record that failed to bind
 * has the dates judged that hold what the file gives ({@link Context#intact}).
 */
final class Dates implements Rule {
  @Override
  public void check(Context c) {
    if (c.header != null && c.intact(c.header, "released")) {
      header(c, c.header);
    }
    for (Located<Source> r : c.withFailed(c.doc.sources(), Source.class)) {
      if (r.value().consulted().isPresent() && c.intact(r, "consulted")) {
        LocalDate d = r.value().consulted().get();
        plausible(c, r, At.of("sources", r.index()), "consulted", d, d, d, true);
      }
    }
    for (Located<Body> r : c.withFailed(c.doc.bodies(), Body.class)) {
      body(c, r);
    }
    for (Located<LegalInstrument> r : c.withFailed(c.doc.instruments(), LegalInstrument.class)) {
      instrument(c, r);
    }
    for (Located<Role> r : c.withFailed(c.doc.roles(), Role.class)) {
      Role role = r.value();
      At at = At.of("roles", r.index());
      if (c.intact(r, "legalBases")) {
        for (int i = 0; i < role.legalBases().size(); i++) {
          legalBasis(c, r, at.field("legalBases").index(i), role.legalBases().get(i));
        }
      }
      if (role.validity().isPresent() && c.intact(r, "validity")) {
        validity(c, r, at, role.validity().get());
      }
    }
  }

  private static void header(Context c, Located<DatasetHeader> r) {
    DatasetHeader header = r.value();
    LocalDate day = header.released();
    if (day.getYear() < c.options.earliestYear()) {
      c.releaseDateError(ViolationCode.IMPLAUSIBLE_DATE,
          "the release date " + day + " is before " + c.options.earliestYear());
    }
    if (c.intact(r, "datasetVersion") && (day.getYear() != header.datasetVersion().year()
        || day.getMonthValue() != header.datasetVersion().month())) {
      c.releaseDateError(ViolationCode.IMPLAUSIBLE_DATE,
          "the release date " + day + " is not in the month of dataset version " + header.datasetVersion().text()
              + " (YYYY.MM.N names the year and month of the release)");
    }
  }

  private static void body(Context c, Located<Body> r) {
    Body b = r.value();
    At at = At.of("bodies", r.index());
    if (c.intact(r, "establishedBy")) {
      b.establishedBy().ifPresent(basis -> legalBasis(c, r, at.field("establishedBy"), basis));
    }
    if (c.intact(r, "designatedBy")) {
      b.designatedBy().ifPresent(basis -> legalBasis(c, r, at.field("designatedBy"), basis));
    }
    ownDate(c, r, at, "founded", b.founded(), true);
    boolean validity = b.validity().isPresent() && c.intact(r, "validity");
    if (validity) {
      validity(c, r, at, b.validity().get());
    }
    if (b.founded().isPresent() && c.intact(r, "founded") && validity && b.validity().get().from().isPresent()) {
      PartialDate founded = b.founded().get();
      PartialDate from = b.validity().get().from().get();
      if (from.latest().isBefore(founded.earliest())) {
        String id = b.id().value();
        c.error(ViolationCode.INVALID_DATE_ORDER, r, at.field("validity").field("from"), IdMaps.idOf(r),
            "body '" + id + "' is valid from " + from.text() + ", before it was founded (" + founded.text() + ")");
      }
    }
  }

  private static void instrument(Context c, Located<LegalInstrument> r) {
    LegalInstrument li = r.value();
    At at = At.of("instruments", r.index());
    ownDate(c, r, at, "adopted", li.adopted(), true);
    ownDate(c, r, at, "published", li.published(), true);
    ownDate(c, r, at, "inForce", li.inForce(), false);
    ownDate(c, r, at, "appliesFrom", li.appliesFrom(), false);
    ownDate(c, r, at, "endOfValidity", li.endOfValidity(), false);
    if (c.intact(r, "executes")) {
      for (int i = 0; i < li.executes().size(); i++) {
        legalBasis(c, r, at.field("executes").index(i), li.executes().get(i));
      }
    }
    if (li.appliesFrom().isPresent() && li.inForce().isPresent() && c.intact(r, "appliesFrom")
        && c.intact(r, "inForce") && li.appliesFrom().get().latest().isBefore(li.inForce().get().earliest())) {
      String id = li.id().value();
      c.error(ViolationCode.INVALID_DATE_ORDER, r, at.field("appliesFrom"), id,
          "instrument '" + id + "' applies from " + li.appliesFrom().get().text() + ", before it enters into force ("
              + li.inForce().get().text() + ")");
    }
  }

  /** A legal basis's validity, plausible and within its instrument's life. */
  private static void legalBasis(Context c, Located<?> r, At at, LegalBasis basis) {
    if (basis.validity().isEmpty()) {
      return;
    }
    Validity v = basis.validity().get();
    validity(c, r, at, v);
    LegalInstrument li = c.instrument(basis.instrument());
    if (li == null) {
      return;
    }
    String name = "'" + li.id().value() + "'";
    if (v.from().isPresent() && li.adopted().isPresent() && c.intactIn(li, "adopted")
        && v.from().get().latest().isBefore(li.adopted().get().earliest())) {
      c.error(ViolationCode.INVALID_DATE_ORDER, r, at.field("validity").field("from"), IdMaps.idOf(r),
          "the legal basis starts " + v.from().get().text() + ", before instrument " + name + " was adopted ("
              + li.adopted().get().text() + ")");
    }
    if (v.to().isPresent() && li.endOfValidity().isPresent() && c.intactIn(li, "endOfValidity")
        && v.to().get().earliest().isAfter(li.endOfValidity().get().latest())) {
      c.error(ViolationCode.INVALID_DATE_ORDER, r, at.field("validity").field("to"), IdMaps.idOf(r),
          "the legal basis ends " + v.to().get().text() + ", after instrument " + name + " ceased to be valid ("
              + li.endOfValidity().get().text() + ")");
    }
  }

  /** A date field of the record itself, judged where it holds what the file gives. */
  private static void ownDate(Context c, Located<?> r, At at, String field, Optional<PartialDate> d,
      boolean pastEvent) {
    if (d.isPresent() && c.intact(r, field)) {
      plausible(c, r, at, field, d.get(), pastEvent);
    }
  }

  private static void plausible(Context c, Located<?> r, At owner, String field, PartialDate d, boolean pastEvent) {
    plausible(c, r, owner, field, d, d.earliest(), d.latest(), pastEvent);
  }

  /** The validity of the object at {@code owner}. */
  private static void validity(Context c, Located<?> r, At owner, Validity v) {
    v.from().ifPresent(d -> plausible(c, r, owner, "validity.from", d, false));
    v.to().ifPresent(d -> plausible(c, r, owner, "validity.to", d, false));
  }

  /**
   * A date is implausible before the earliest year, for a past event when it is certainly after the release plus
   * the tolerance, and for any date when it is certainly after the release plus the horizon.
   *
   * @param date a {@link PartialDate}, or a source's {@link LocalDate} as it is (not made a partial date on each read)
   */
  private static void plausible(Context c, Located<?> r, At owner, String field, Object date, LocalDate earliest,
      LocalDate latest, boolean pastEvent) {
    LocalDate released = c.released;
    String problem = null;
    if (latest.getYear() < c.options.earliestYear()) {
      problem = "is before " + c.options.earliestYear();
    } else if (released == null || c.pastEventLimit == null || c.horizon == null) {
      return;
    } else if (pastEvent && earliest.isAfter(c.pastEventLimit)) {
      problem = "is after the release date " + released + " plus " + c.options.pastEventTolerance()
          + ": a past event cannot lie in the future";
    } else if (earliest.isAfter(c.horizon)) {
      problem = "is more than " + RuleOptions.HORIZON.getYears() + " years after the release date " + released;
    }
    if (problem != null) {
      // The path and the words are made only for a violation: most dates are plausible.
      c.error(ViolationCode.IMPLAUSIBLE_DATE, r, owner.path(field), IdMaps.idOf(r),
          field.replace('.', ' ') + " " + (date instanceof PartialDate p ? p.text() : date) + " " + problem);
    }
  }
}
