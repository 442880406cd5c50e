package io.github.ccbrelations.model;

import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation, group, office, exercise or country that takes part in the CCB's international relations:
 * a body in which a role is held, a holder of roles, or a party on whose behalf one is held.
 *
 * <pre>{@code
 * Body enisa = Body.builder()
 *     .id(BodyId.of("enisa"))
 *     .kind(BodyKind.EU_AGENCY)
 *     .addLabels(Label.of(Language.EN, LabelKind.NAME, "European Union Agency for Cybersecurity"))
 *     .addLabels(Label.of(Language.EN, LabelKind.ACRONYM, "ENISA"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface Body extends Labelled {
  /**
   * The id of the body.
   *
   * @return the id; never null
   */
  BodyId id();

  /**
   * What kind of body it is.
   *
   * @return the kind; never null
   */
  BodyKind kind();

  /**
   * The names, acronyms and other labels.
   *
   * @return at least one label; never null
   */
  @Override
  List<Label> labels();

  /**
   * The body this one is part of: ENISA for its Management Board, the CCB for CERT.be.
   *
   * @return the parent; empty for a body that is part of none in the dataset
   */
  Optional<BodyId> partOf();

  /**
   * The bodies that set up, convene or organise this one: the United States for the Counter Ransomware
   * Initiative, ENISA for Cyber Europe.
   *
   * @return the conveners; empty when none is recorded
   */
  List<BodyId> convenedBy();

  /**
   * The seat, as a place name per language.
   *
   * @return the seat; empty when not recorded
   */
  Optional<LocalizedText> seat();

  /**
   * The official website.
   *
   * @return the URL; empty when not recorded
   */
  Optional<WebUrl> website();

  /**
   * The instrument (and provision) that establishes the body.
   *
   * @return the establishing instrument; empty when none is recorded
   */
  Optional<LegalBasis> establishedBy();

  /**
   * The instrument (and provision) that designates the body in its office, where that is another act than the one
   * that establishes it: the royal decree of 16 October 2022 for the national certification authority.
   *
   * @return the designating instrument; empty when none is recorded
   */
  Optional<LegalBasis> designatedBy();

  /**
   * Typed links to other bodies: whose counterpart the body is, whom a project cooperates with.
   *
   * @return the relations; empty when none is recorded
   */
  List<BodyRelation> relations();

  /**
   * When the body was founded, launched or set up.
   *
   * @return the date; empty when not recorded
   */
  Optional<PartialDate> founded();

  /**
   * How often the body recurs, for a recurring exercise or meeting.
   *
   * @return an ISO-8601 period such as {@code P2Y}; empty when it does not recur or this is not recorded
   */
  Optional<Period> recurrence();

  /**
   * The number of members the source gives, such as the 27 national coordination centres.
   *
   * @return the count; empty when not given
   */
  Optional<Integer> memberCount();

  /**
   * When the body exists, as far as the dataset records it.
   *
   * @return the validity; empty when it is not recorded
   */
  Optional<Validity> validity();

  /**
   * The body that took over from this one, where it ended and was replaced.
   *
   * @return the successor; empty when it was not replaced or the successor is not in the dataset
   */
  Optional<BodyId> replacedBy();

  /**
   * When the body begins to exist: the start of its validity or, where that records none, the day it was founded.
   *
   * @return the start; empty when neither is recorded
   */
  default Optional<PartialDate> existsFrom() {
    Optional<PartialDate> from = validity().isPresent() ? validity().get().from() : Optional.empty();
    return from.isPresent() ? from : founded();
  }

  /**
   * Where the body stands on a day, by when it {@linkplain #existsFrom() exists from}, its validity's end and its
   * successor.
   *
   * @param date a day
   * @return the lifecycle; never null
   */
  default Lifecycle lifecycleOn(java.time.LocalDate date) {
    Objects.requireNonNull(date, "date");
    return Lifecycle.of(date, existsFrom(),
        validity().isPresent() ? validity().get().to() : Optional.empty(),
        replacedBy().isPresent() ? Optional.of(replacedBy().get().value()) : Optional.empty());
  }

  /**
   * A short description in the dataset's own words.
   *
   * @return the description; empty when there is none
   */
  Optional<LocalizedText> description();

  /**
   * The sources of the body's facts.
   *
   * @return the references; never null
   */
  List<SourceReference> sources();

  /**
   * A builder of bodies.
   *
   * @return a new builder; never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Body}. */
  final class Builder extends ImmutableBody.Builder {
    /** A new, empty builder; prefer {@link Body#builder()}. */
    public Builder() {}
  }

  @Value.Check
  default void check() {
    Refusals refusals = new Refusals();
    String labelsProblem = Labelled.labelsProblem(labels());
    if (labelsProblem != null) {
      refusals.add("labels", record() + labelsProblem);
    }
    String namesProblem = Checks.noOfficialNameProblem(labels(), noOfficialName());
    if (namesProblem != null) {
      refusals.add("noOfficialName", record() + namesProblem, "labels");
    }
    if (replacedBy().isPresent() && replacedBy().get().equals(id())) {
      refusals.add("replacedBy", record() + " cannot be replaced by itself", "id");
    }
    List<BodyRelation> relations = relations();
    for (int i = 0; i < relations.size(); i++) {
      BodyRelation r = relations.get(i);
      if (r.body().equals(id()) || (r.within().isPresent() && r.within().get().equals(id()))) {
        refusals.add("relations", i, record() + " cannot be related to itself", "id");
      }
    }
    if (partOf().isPresent() && partOf().get().equals(id())) {
      refusals.add("partOf", record() + " cannot be part of itself", "id");
    }
    int repeated = ListEntries.firstRepeated(convenedBy());
    if (repeated >= 0) {
      refusals.add("convenedBy", repeated,
          record() + " convenedBy lists '" + convenedBy().get(repeated).value() + "' twice");
    }
    if (recurrence().isPresent() && (recurrence().get().isNegative() || recurrence().get().isZero())) {
      refusals.add("recurrence", record() + " recurrence must be a positive period: " + recurrence().get());
    }
    if (memberCount().isPresent() && memberCount().get() < 1) {
      refusals.add("memberCount", record() + " memberCount must be at least 1: " + memberCount().get());
    }
    refusals.noRepeats("body", id().value(), "relations", relations);
    refusals.noRepeats("body", id().value(), "sources", sources());
    refusals.throwIfAny();
  }

  private String record() {
    return "body '" + id().value() + "'";
  }
}
