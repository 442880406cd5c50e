package io.github.ccbrelations.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A law, regulation, decision or framework that a role rests on or that the CCB follows, with its official titles,
 * identifiers, dates and its links to other instruments.
 *
 * <pre>{@code
 * LegalInstrument nis = LegalInstrument.builder()
 *     .id(InstrumentId.of("nis-directive"))
 *     .kind(InstrumentKind.EU_DIRECTIVE)
 *     .addLabels(Label.of(Language.EN, LabelKind.SHORT_NAME, "NIS Directive"))
 *     .celex(Celex.of("32016L1148"))
 *     .adopted(PartialDate.parse("2016-07-06"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface LegalInstrument extends Labelled {
  /**
   * The id of the instrument.
   *
   * @return the id; never null
   */
  InstrumentId id();

  /**
   * What kind of instrument it is.
   *
   * @return the kind; never null
   */
  InstrumentKind kind();

  /**
   * Official titles ({@link LabelKind#NAME}), short names and acronyms per language.
   *
   * @return at least one label; never null
   */
  @Override
  List<Label> labels();

  /**
   * The CELEX number, for EU law.
   *
   * @return the number; empty when the instrument has none or it is not verified
   */
  Optional<Celex> celex();

  /**
   * The European Legislation Identifier.
   *
   * @return the ELI; empty when the instrument has none or it is not verified
   */
  Optional<Eli> eli();

  /**
   * The numac, for Belgian texts.
   *
   * @return the numac; empty when the instrument has none or it is not verified
   */
  Optional<Numac> numac();

  /**
   * The decision symbol, for OSCE decisions.
   *
   * @return the symbol; empty for other instruments
   */
  Optional<OsceDecisionNumber> osceDecision();

  /**
   * The day the instrument was adopted or signed.
   *
   * @return the date; empty when not verified
   */
  Optional<PartialDate> adopted();

  /**
   * The day the instrument was published in its official journal.
   *
   * @return the date; empty when not verified or not published
   */
  Optional<PartialDate> published();

  /**
   * The day the instrument entered into force.
   *
   * @return the date; empty when not verified
   */
  Optional<PartialDate> inForce();

  /**
   * The day from which the instrument (in its general part) applies, where that differs from entry into force.
   *
   * @return the date; empty when not verified or the same as entry into force
   */
  Optional<PartialDate> appliesFrom();

  /**
   * The last day on which the instrument was in force.
   *
   * @return the date; empty while it is in force or when not verified
   */
  Optional<PartialDate> endOfValidity();

  /**
   * The instruments this one repeals.
   *
   * @return the repealed instruments; empty when it repeals none in the dataset
   */
  List<InstrumentId> repeals();

  /**
   * The instrument that replaced this one.
   *
   * @return the successor; empty while it is in force or when the successor is not in the dataset
   */
  Optional<InstrumentId> replacedBy();

  /**
   * The EU directives that this national law transposes; the regulations it implements are in {@link
   * #implementsInstruments()}.
   *
   * @return the instruments; empty for an instrument that transposes none
   */
  List<InstrumentId> transposes();

  /**
   * The EU regulations this national act implements: a regulation applies directly and is not transposed, yet a
   * law may put it to work, as the Belgian certification law of 20 July 2022 does for the Cybersecurity Act.
   * Written {@code "implements"} in the format.
   *
   * @return the instruments; empty when it implements none
   */
  List<InstrumentId> implementsInstruments();

  /**
   * The acts this one executes, each with the provision that empowers it where a source gives it: the royal decree of
   * 9 June 2024 executes Articles 15, 17, 39 and others of the law of 26 April 2024 (one entry per provision).
   *
   * @return the executed acts; empty when it executes none
   */
  List<LegalBasis> executes();

  /**
   * The instruments this one extends without replacing them: OSCE Decision No. 1202 adds confidence-building
   * measures to those of Decision No. 1106, which stay in force. Written {@code "extends"} in the format.
   *
   * @return the instruments; empty when it extends none
   */
  List<InstrumentId> extendsInstruments();

  /**
   * The acts this one amends: they stay in force, in their amended wording, as the Cybersecurity Act does after the
   * regulation that amends it. Not {@link #repeals()}, which ends an act, nor {@link #extendsInstruments()}, which
   * adds to an act without changing its text. Written {@code "amends"} in the format (schema 1.4.0).
   *
   * @return the amended instruments; empty when it amends none in the dataset
   */
  List<InstrumentId> amends();

  /**
   * A short description in the dataset's own words.
   *
   * @return the description; empty when there is none
   */
  Optional<LocalizedText> description();

  /**
   * The sources of the instrument's facts.
   *
   * @return the references; never null
   */
  List<SourceReference> sources();

  /**
   * Whether the instrument is in force on a given day, by its recorded dates: from its entry into force (or, when
   * that is not recorded, its adoption) to its end of validity.
   *
   * @param date a day
   * @return true when the day is within those dates; true when no date is recorded
   */
  default boolean isInForceOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Optional<PartialDate> start = inForce().isPresent() ? inForce() : adopted();
    return (start.isEmpty() || !date.isBefore(start.get().earliest()))
        && (endOfValidity().isEmpty() || !date.isAfter(endOfValidity().get().latest()));
  }

  /**
   * Where the instrument stands on a day: not yet in force, in force ({@link LifecycleStatus#ACTIVE}), ended, or
   * superseded by its {@link #replacedBy() successor}. The start is the entry into force, else the adoption.
   *
   * @param date a day
   * @return the lifecycle; never null
   */
  default Lifecycle lifecycleOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return Lifecycle.of(date, inForce().isPresent() ? inForce() : adopted(), endOfValidity(),
        replacedBy().isPresent() ? Optional.of(replacedBy().get().value()) : Optional.empty());
  }

  /**
   * A builder of instruments.
   *
   * @return a new builder; never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LegalInstrument}. */
  final class Builder extends ImmutableLegalInstrument.Builder {
    /** A new, empty builder; prefer {@link LegalInstrument#builder()}. */
    public Builder() {}
  }

  @Value.Check
  default void check() {
    Refusals refusals = new Refusals();
    String labelsProblem = Labelled.labelsProblem(labels());
    if (labelsProblem != null) {
      refusals.add("labels", record() + labelsProblem);
    }
    datesOutOfOrder(refusals);
    refuseItself("repeals", repeals(), refusals);
    if (replacedBy().isPresent() && replacedBy().get().equals(id())) {
      refusals.add(itself("replacedBy", -1));
    }
    refuseItself("transposes", transposes(), refusals);
    refuseItself("extends", extendsInstruments(), refusals);
    refuseItself("amends", amends(), refusals);
    refuseItself("implements", implementsInstruments(), refusals);
    List<LegalBasis> executes = executes();
    for (int i = 0; i < executes.size(); i++) {
      if (executes.get(i).instrument().equals(id())) {
        refusals.add(itself("executes", i));
      }
    }
    String namesProblem = Checks.noOfficialNameProblem(labels(), noOfficialName());
    if (namesProblem != null) {
      refusals.add("noOfficialName", record() + namesProblem, "labels");
    }
    refuseRepeats("implements", implementsInstruments(), refusals);
    refuseRepeats("repeals", repeals(), refusals);
    refuseRepeats("transposes", transposes(), refusals);
    refuseRepeats("extends", extendsInstruments(), refusals);
    refuseRepeats("amends", amends(), refusals);
    refusals.noRepeats("legal instrument", id().value(), "executes", executes);
    refusals.noRepeats("legal instrument", id().value(), "sources", sources());
    refusals.throwIfAny();
  }

  private void refuseItself(String field, List<InstrumentId> ids, Refusals refusals) {
    int at = ids.indexOf(id());
    if (at >= 0) {
      refusals.add(itself(field, at));
    }
  }

  private InvalidFieldException itself(String field, int index) {
    return new InvalidFieldException(field, index, record() + " cannot repeal, replace, transpose, extend, amend,"
        + " implement or execute itself", "id");
  }

  private void refuseRepeats(String field, List<InstrumentId> ids, Refusals refusals) {
    int at = ListEntries.firstRepeated(ids);
    if (at >= 0) {
      refusals.add(field, at, record() + " " + field + " lists '" + ids.get(at).value() + "' twice");
    }
  }

  private String record() {
    return "legal instrument '" + id().value() + "'";
  }

  /**
   * Refuses the dates out of order: an end of validity before the entry into force, and the first date before the
   * adoption. A wrong adoption date is thus refused once, not once for every date that must follow it; and an end of
   * validity refused for the first reason is not refused again for the second. Which date is refused for coming
   * before the adoption depends on the dates before it in that order, so each refusal names them as read.
   */
  private void datesOutOfOrder(Refusals refusals) {
    @Nullable InvalidFieldException end =
        outOfOrder("inForce", inForce(), "endOfValidity", endOfValidity(), "inForce");
    @Nullable InvalidFieldException adoption =
        outOfOrder("adopted", adopted(), "published", published(), "adopted");
    if (adoption == null) {
      adoption = outOfOrder("adopted", adopted(), "inForce", inForce(), "adopted", "published");
    }
    if (adoption == null && end == null) {
      adoption = outOfOrder("adopted", adopted(), "endOfValidity", endOfValidity(), "adopted", "published", "inForce");
    }
    if (adoption == null) {
      adoption = outOfOrder("adopted", adopted(), "appliesFrom", appliesFrom(), "adopted", "published", "inForce",
          "endOfValidity");
    }
    if (adoption != null) {
      refusals.add(adoption);
    }
    if (end != null) {
      refusals.add(end);
    }
  }

  private @Nullable InvalidFieldException outOfOrder(String firstName, Optional<PartialDate> first, String laterName,
      Optional<PartialDate> later, String... otherFieldsRead) {
    if (first.isPresent() && later.isPresent() && later.get().latest().isBefore(first.get().earliest())) {
      return new InvalidFieldException(laterName,
          record() + ": " + laterName + " " + later.get().text() + " is before " + firstName + " "
              + first.get().text(), otherFieldsRead);
    }
    return null;
  }
}
