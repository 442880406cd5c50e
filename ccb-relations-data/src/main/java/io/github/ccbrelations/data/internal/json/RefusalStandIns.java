package io.github.ccbrelations.data.internal.json;

import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.DatasetHeader;
import io.github.ccbrelations.model.InvalidFieldException;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.LabelKind;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalBasisStatus;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Redirect;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceId;
import io.github.ccbrelations.model.SourceReference;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Values that stand in for the fields of a record that its own check refused, so that the record can be built again
 * and judged by the rules between records on the rest ({@link ObjectWalk#refused}): an optional field or a list is
 * left out, a required one takes a valid value; and so for a refused citation ({@link #forCitation}). Unlike
 * {@link StandIns}, which serves every object that fails in a value, it serves only what its own check refused, so a
 * load that binds never loads it.
 */
final class RefusalStandIns {
  /**
   * How many times a refused object is built again: a stand-in may itself be refused by another part of the check (a
   * role's legal bases emptied, which its {@code basesEnded} then contradicts; a citation's section left out, which its
   * paragraph needs), whose field then stands in too.
   */
  private static final int ROUNDS = 3;

  private RefusalStandIns() {}

  /**
   * A record that its own check refused, built again with a stand-in for each field refused ({@link #forRefusal});
   * null when one cannot stand in, or it still does not build.
   *
   * @param build builds it from {@code builder}, running its own check
   */
  static @Nullable Object record(InvalidFieldException refusal, Object builder, Supplier<?> build, ObjectWalk walk) {
    return rebuilt(refusal, r -> forRefusal(builder, r, walk), build);
  }

  /**
   * A citation that its own check refused, built again without the fields refused (all optional: a section that is no
   * id, a paragraph without its section, a blank locator or supported field), so that what it keeps is checked
   * ({@link ObjectWalk#cited}). Null if it cannot be built so.
   */
  static @Nullable SourceReference forCitation(SourceReference.Builder b, InvalidFieldException refusal) {
    return (SourceReference) rebuilt(refusal, r -> leftOut(b, r.field()), b::build);
  }

  /** Builds an object again, a stand-in for each field refused, round after round; null when that cannot be done. */
  private static @Nullable Object rebuilt(InvalidFieldException first, Predicate<InvalidFieldException> standIn,
      Supplier<?> build) {
    InvalidFieldException check = first;
    for (int round = 0; round < ROUNDS; round++) {
      if (!standIn.test(check)) {
        return null;
      }
      for (Throwable other : check.getSuppressed()) {
        if (!(other instanceof InvalidFieldException refusal) || !standIn.test(refusal)) {
          return null;
        }
      }
      try {
        return build.get();
      } catch (InvalidFieldException again) {
        check = again;
      } catch (IllegalArgumentException | IllegalStateException again) {
        return null;
      }
    }
    return null;
  }

  /**
   * Stands in for the field that a refusal names, or for one it read where that one may be at fault. Each field
   * replaced is noted ({@link ObjectWalk#stoodIn}), and so is a refused date left in place; the others hold what the
   * file gives, and are judged.
   *
   * @return false when no field can stand in (the record is then not built)
   */
  private static boolean forRefusal(Object builder, InvalidFieldException refusal, ObjectWalk walk) {
    String field = refusal.field();
    @Nullable String replaced;
    if (builder instanceof Source.Builder b) {
      replaced = forRefusedField(b, field);
    } else if (builder instanceof Body.Builder b) {
      replaced = forRefusedField(b, field);
    } else if (builder instanceof LegalInstrument.Builder b) {
      replaced = forRefusedField(b, refusal, walk);
    } else if (builder instanceof Role.Builder b) {
      replaced = forRefusedField(b, field, walk);
    } else if (builder instanceof Redirect.Builder b && (field.equals("from") || field.equals("to"))) {
      // Not followed then, but an origin the file gives is known: a chain of redirects that reaches it waits.
      if (field.equals("from")) {
        b.from(StandIns.TEXT);
      } else {
        b.to(StandIns.TEXT);
      }
      replaced = field;
    } else if (builder instanceof DatasetHeader.Builder b && field.equals("primarySources")) {
      b.primarySources(List.of(SourceId.of(StandIns.TEXT)));
      replaced = field;
    } else {
      replaced = null;
    }
    if (replaced != null) {
      walk.stoodIn(replaced);
    }
    return replaced != null;
  }

  private static @Nullable String forRefusedField(Source.Builder b, String field) {
    switch (field) {
      case "title" -> b.title(StandIns.TEXT);
      case "publisher" -> b.publisher(Optional.empty());
      case "urlDerived" -> b.urlDerived(Optional.empty());
      case "consulted" -> b.consulted(Optional.empty());
      case "sections" -> b.sections(List.of());
      default -> {
        return null;
      }
    }
    return field;
  }

  private static @Nullable String forRefusedField(Body.Builder b, String field) {
    switch (field) {
      // Not an official name, which the languages without one could contradict.
      case "labels" -> b.labels(List.of(standInLabel()));
      case "noOfficialName" -> b.noOfficialName(List.of());
      case "replacedBy" -> b.replacedBy(Optional.empty());
      case "relations" -> b.relations(List.of());
      case "partOf" -> b.partOf(Optional.empty());
      case "convenedBy" -> b.convenedBy(List.of());
      case "recurrence" -> b.recurrence(Optional.empty());
      case "memberCount" -> b.memberCount(Optional.empty());
      case "sources" -> b.sources(List.of());
      default -> {
        return null;
      }
    }
    return field;
  }

  private static @Nullable String forRefusedField(LegalInstrument.Builder b, InvalidFieldException refusal,
      ObjectWalk walk) {
    String field = refusal.field();
    switch (field) {
      case "labels" -> b.labels(List.of(standInLabel()));
      case "noOfficialName" -> b.noOfficialName(List.of());
      case "replacedBy" -> b.replacedBy(Optional.empty());
      case "repeals" -> b.repeals(List.of());
      case "transposes" -> b.transposes(List.of());
      case "extends" -> b.extendsInstruments(List.of());
      case "amends" -> b.amends(List.of());
      case "implements" -> b.implementsInstruments(List.of());
      case "executes" -> b.executes(List.of());
      case "sources" -> b.sources(List.of());
      case "published", "inForce", "appliesFrom", "endOfValidity" -> {
        // Refused for coming before the adoption, which is as likely the wrong date: the adoption goes, once for all
        // the dates after it, which stay for the rules but the refused one (they would tell its mistake again).
        // Refused for coming before the entry into force: the end goes.
        if (refusal.otherFieldsRead().contains("adopted")) {
          b.adopted(Optional.empty());
          walk.stoodIn(field);
          return "adopted";
        }
        b.endOfValidity(Optional.empty());
        return "endOfValidity";
      }
      default -> {
        return null;
      }
    }
    return field;
  }

  private static @Nullable String forRefusedField(Role.Builder b, String field, ObjectWalk walk) {
    switch (field) {
      case "legalBases" -> {
        // Refused for not fitting the status, which stands in too: none, and a status that says so.
        b.legalBases(List.of()).legalBasisStatus(LegalBasisStatus.NONE_STATED);
        walk.stoodIn("legalBasisStatus");
      }
      case "via" -> b.via(Optional.empty());
      case "replacedBy" -> b.replacedBy(Optional.empty());
      case "inCapacityOf" -> b.inCapacityOf(Optional.empty());
      case "basesEnded" -> b.basesEnded(Optional.empty());
      case "subjects" -> b.subjects(List.of());
      case "sources" -> b.sources(List.of());
      default -> {
        return null;
      }
    }
    return field;
  }

  /** Leaves out a citation's refused field; false for one that cannot be (its source). */
  private static boolean leftOut(SourceReference.Builder b, String field) {
    switch (field) {
      case "section" -> b.section(Optional.empty());
      case "paragraph" -> b.paragraph(Optional.empty());
      case "locator" -> b.locator(Optional.empty());
      case "supports" -> b.supports(List.of());
      default -> {
        return false;
      }
    }
    return true;
  }

  private static Label standInLabel() {
    return Label.builder().language(Language.values()[0]).kind(LabelKind.ALTERNATIVE).text(StandIns.TEXT).build();
  }
}
