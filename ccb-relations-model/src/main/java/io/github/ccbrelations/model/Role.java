package io.github.ccbrelations.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A role the CCB (or one of its parts, or Belgium) holds: who holds it, in which body, with what function, on
 * whose behalf, through whom, under what condition and on what legal basis, with the sources that say so.
 *
 * <pre>{@code
 * Role role = Role.builder()
 *     .id(RoleId.of("ccb-representative-gfce"))
 *     .holder(BodyId.of("ccb"))
 *     .body(BodyId.of("gfce"))
 *     .function(RoleFunction.MEMBER)
 *     .onBehalfOf(BodyId.of("belgium"))
 *     .level(Level.INTERNATIONAL)
 *     .legalBasisStatus(LegalBasisStatus.NONE_STATED)
 *     .addSources(SourceReference.builder()
 *         .source(SourceId.of("ccb-international-relations-fr"))
 *         .section("international-level")
 *         .paragraph(2)
 *         .build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface Role {
  /**
   * The id of the role.
   *
   * @return the id; never null
   */
  RoleId id();

  /**
   * Who holds the role: the CCB, one of its parts or offices, or Belgium.
   *
   * @return the holder; never null
   */
  BodyId holder();

  /**
   * The body, forum or counterpart in which or towards which the role is held.
   *
   * @return the body; empty for a designation held in no particular body, such as the national single point of
   *     contact
   */
  Optional<BodyId> body();

  /**
   * What the holder does.
   *
   * @return the function; never null
   */
  RoleFunction function();

  /**
   * The party on whose behalf the role is held.
   *
   * @return usually Belgium; empty when the holder acts for itself
   */
  Optional<BodyId> onBehalfOf();

  /**
   * The part of the holder through which it acts: CERT.be for the CCB's CSIRT role.
   *
   * @return the part; empty when the holder acts directly
   */
  Optional<BodyId> via();

  /**
   * The party the holder supports in this role: the Permanent Representation in the Council's working party,
   * Enabel in Niger.
   *
   * @return the party supported; empty when the role supports no one in particular
   */
  Optional<BodyId> supports();

  /**
   * The role in whose capacity this one is held: the CCB represents Belgium in the NIS Cooperation Group as its
   * single point of contact.
   *
   * @return the other role; empty when the role stands on its own
   */
  Optional<RoleId> inCapacityOf();

  /**
   * The level at which the source page places the role.
   *
   * @return the level; never null
   */
  Level level();

  /**
   * The condition the page puts on the role.
   *
   * @return the condition; empty when the role holds unconditionally
   */
  Optional<Condition> condition();

  /**
   * Whether the legal bases come from the page, from other sources, or are not stated at all.
   *
   * @return the status; never null
   */
  LegalBasisStatus legalBasisStatus();

  /**
   * The legal bases of the role, each with its provision and the span in which it applied.
   *
   * @return the legal bases; empty exactly when {@link #legalBasisStatus()} is {@code NONE_STATED}
   */
  List<LegalBasis> legalBases();

  /**
   * What is known of the role once every recorded legal basis has ended: since when no basis is in force, and
   * whether the role is known to go on.
   *
   * @return the ended bases; empty while a basis is in force or has no recorded end, or when nothing is recorded
   */
  Optional<BasesEnded> basesEnded();

  /**
   * The instruments the role implements, concerns or is guided by, each with its provision and sources: what the
   * role is about, as distinct from its {@link #legalBases() legal bases}.
   *
   * @return the subjects; empty when the role is about no instrument in particular
   */
  List<RoleSubject> subjects();

  /**
   * The project, programme or partnership the role is about, where it is a body of its own: the capacity-building
   * project with Niger for the CCB's support of Enabel. Distinct from {@link #body()}, the body in which the role is
   * held.
   *
   * @return the body the role is about; empty when it is about none in particular
   */
  Optional<BodyId> about();

  /**
   * The instruments of the subjects of kind {@link SubjectKind#CONCERNS}, in order, each once.
   *
   * @return the instruments; empty when the role concerns none
   */
  default List<InstrumentId> concerns() {
    return subjects().stream().filter(s -> s.kind() == SubjectKind.CONCERNS).map(RoleSubject::instrument)
        .distinct().toList();
  }

  /**
   * When the role holds, as far as the dataset records it.
   *
   * @return the validity; empty when not recorded
   */
  Optional<Validity> validity();

  /**
   * The role that took over from this one, where it ended and was replaced.
   *
   * @return the successor; empty when it was not replaced
   */
  Optional<RoleId> replacedBy();

  /**
   * Where the role stands on a day, by its validity and successor.
   *
   * @param date a day
   * @return the lifecycle; never null
   */
  default Lifecycle lifecycleOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return Lifecycle.of(date, validity().isPresent() ? validity().get().from() : Optional.empty(),
        validity().isPresent() ? validity().get().to() : Optional.empty(),
        replacedBy().isPresent() ? Optional.of(replacedBy().get().value()) : Optional.empty());
  }

  /**
   * A short description in the dataset's own words, for what the typed fields do not say.
   *
   * @return the description; empty when there is none
   */
  Optional<LocalizedText> description();

  /**
   * Where the role comes from: the section and paragraph of the source page, and other sources.
   *
   * @return the references; the dataset requires at least one
   */
  List<SourceReference> sources();

  /**
   * Whether the role holds on the given day, by its own validity.
   *
   * @param date a day
   * @return true when no validity is recorded or the day is within it
   */
  default boolean isValidOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return validity().isEmpty() || validity().get().includes(date);
  }

  /**
   * The legal bases in force for this role on a given day, by their own validity. A role knows nothing of its
   * instruments' dates: {@code Dataset.legalBasesOf} also leaves out a basis whose instrument is not in force.
   *
   * @param date a day
   * @return the legal bases whose own validity includes the day; empty when none does
   */
  default List<LegalBasis> legalBasesOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return legalBases().stream()
        .filter(b -> b.validity().map(v -> v.includes(date)).orElse(true))
        .toList();
  }

  /**
   * A builder of roles.
   *
   * @return a new builder; never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Role}. */
  final class Builder extends ImmutableRole.Builder {
    /** A new, empty builder; prefer {@link Role#builder()}. */
    public Builder() {}
  }

  @Value.Check
  default void check() {
    Refusals refusals = new Refusals();
    if ((legalBasisStatus() == LegalBasisStatus.NONE_STATED) != legalBases().isEmpty()) {
      // The list is at fault, as the JSON Schema's rule says too: bases with NONE_STATED, or none with another status.
      refusals.add("legalBases",
          record()
              + " has legalBasisStatus "
              + legalBasisStatus()
              + " but "
              + legalBases().size()
              + " legal bases: NONE_STATED goes with an empty list, and only with one",
          "legalBasisStatus");
    }
    if (via().isPresent() && via().get().equals(holder())) {
      refusals.add("via", record() + " cannot act via its own holder '" + via().get().value() + "'", "holder");
    }
    if (replacedBy().isPresent() && replacedBy().get().equals(id())) {
      refusals.add("replacedBy", record() + " cannot be replaced by itself", "id");
    }
    if (inCapacityOf().isPresent() && inCapacityOf().get().equals(id())) {
      refusals.add("inCapacityOf", record() + " cannot be held in its own capacity", "id");
    }
    if (basesEnded().isPresent()) {
      String problem = basesEndedProblem(basesEnded().get());
      if (problem != null) {
        refusals.add("basesEnded", record() + problem, "legalBases");
      }
    }
    refusals.noRepeats("role", id().value(), "legalBases", legalBases());
    // One instrument may be a subject of two kinds or provisions; the same one twice, whatever its sources, is a slip.
    int at = ListEntries.firstRepeated(subjects());
    if (at >= 0) {
      RoleSubject repeated = subjects().get(at);
      refusals.add("subjects", at, record() + " names the subject '"
          + repeated.instrument().value() + "' " + repeated.kind()
          + (repeated.provision().isPresent() ? " " + repeated.provision().get() : "") + " twice");
    }
    refusals.noRepeats("role", id().value(), "sources", sources());
    refusals.throwIfAny();
  }

  /**
   * What is wrong with {@code basesEnded}, or null: every legal basis has an end, and {@code since} is the day after
   * the latest, so that no basis holds on or after it.
   */
  private @Nullable String basesEndedProblem(BasesEnded ended) {
    LocalDate latest = null;
    for (LegalBasis b : legalBases()) {
      Optional<PartialDate> to = b.validity().isPresent() ? b.validity().get().to() : Optional.empty();
      if (to.isEmpty()) {
        return " has basesEnded but its basis on '" + b.instrument().value() + "' has no end (validity.to)";
      }
      if (latest == null || to.get().latest().isAfter(latest)) {
        latest = to.get().latest();
      }
    }
    if (latest == null) {
      return " has basesEnded but no legal basis that could have ended";
    }
    if (!ended.since().equals(latest.plusDays(1))) {
      return " has basesEnded.since " + ended.since() + " but its last legal basis ends on " + latest
          + ": since is the day after, " + latest.plusDays(1);
    }
    return null;
  }

  private String record() {
    return "role '" + id().value() + "'";
  }
}
