package io.github.ccbrelations.text;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.BasesEnded;
import io.github.ccbrelations.model.Continuation;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.PartialDate;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The words for a role none of whose recorded legal bases is in force any more on the view's day: "no legal basis in
 * force since 18 October 2024 is recorded", rather than "no legal basis stated", which would contradict a page that
 * states one. A role that states no basis of its own but is held in the capacity of another speaks through that one.
 * The day is computed from the bases (the day after the latest end); whether the role goes on comes from
 * {@link Role#basesEnded()}, when recorded.
 */
final class EndedBases {
  /**
   * The words of one language: the sentence around the day, "capacity", the role itself and the role of its
   * capacity, then the note around either for each {@link Continuation}.
   */
  private record Words(String sentence, String capacity, String theRole, String thatRole, String continues,
      String ended, String unknown) {}

  private EndedBases() {}

  /**
   * The words for a role with no legal basis on the view's day because every recorded one has ended.
   *
   * @return the words, with a note in brackets on the capacity and on whether the role goes on; empty when the view
   *     has no day, or the role (or its capacity) has a basis with no end or one that has not yet ended
   */
  static Optional<String> words(Dataset data, Role role, Language language) {
    Optional<LocalDate> day = data.date();
    if (day.isEmpty()) {
      return Optional.empty();
    }
    Role speaker = speaker(data, role);
    Optional<LocalDate> since = since(speaker);
    if (since.isEmpty() || day.get().isBefore(since.get())) {
      return Optional.empty();
    }
    Words w = words(language);
    List<String> notes = new ArrayList<>();
    if (speaker != role) {
      notes.add(w.capacity() + Punctuation.colon(language) + Terms.function(speaker.function(), language));
    }
    speaker.basesEnded().filter(e -> e.since().equals(since.get())).map(BasesEnded::continues)
        .map(c -> note(w, c, speaker == role ? w.theRole() : w.thatRole()))
        .ifPresent(notes::add);
    String sentence = String.format(Locale.ROOT, w.sentence(), Dates.day(since.get(), language));
    return Optional.of(notes.isEmpty() ? sentence
        : sentence + " (" + String.join(Punctuation.semicolon(language), notes) + ")");
  }

  /** Whether the role itself goes on, as {@link Terms#continuation} gives it: "the role continues". */
  static String continuation(Continuation continuation, Language language) {
    Words w = words(language);
    return note(w, continuation, w.theRole());
  }

  /** The note on whether a role goes on, the role named by the words given ("the role", "that role"). */
  private static String note(Words w, Continuation continuation, String role) {
    return String.format(Locale.ROOT, switch (continuation) {
      case CONTINUES -> w.continues();
      case ENDED -> w.ended();
      case UNKNOWN -> w.unknown();
    }, role);
  }

  private static Words words(Language language) {
    return switch (language) {
      case EN -> new Words("no legal basis in force since %s is recorded", "capacity", "the role", "that role",
          "%s continues", "%s has ended", "not known whether %s continues");
      case FR -> new Words("aucune base légale en vigueur depuis le %s n’est enregistrée", "qualité", "le rôle",
          "ce rôle", "%s se poursuit", "%s a pris fin", "on ignore si %s se poursuit");
      case NL -> new Words("geen rechtsgrond geregistreerd die sinds %s van kracht is", "hoedanigheid", "de rol",
          "die rol", "%s loopt door", "%s is beëindigd", "niet bekend of %s doorloopt");
      case DE -> new Words("keine seit dem %s geltende Rechtsgrundlage erfasst", "Eigenschaft", "die Rolle",
          "diese Rolle", "%s besteht fort", "%s ist beendet", "nicht bekannt, ob %s fortbesteht");
    };
  }

  /** The role itself, or when it states no basis, the role in whose capacity it is held, at any depth. */
  static Role speaker(Dataset data, Role role) {
    // The loader refuses cycles of inCapacityOf, so this ends; a role made elsewhere may name an unknown one.
    return role.legalBases().isEmpty()
        ? role.inCapacityOf().flatMap(data::findRole).map(capacity -> speaker(data, capacity)).orElse(role)
        : role;
  }

  /** The day after the latest end of the role's bases, when it has some and every one has an end. */
  private static Optional<LocalDate> since(Role role) {
    List<Optional<PartialDate>> ends =
        role.legalBases().stream().map(b -> b.validity().flatMap(Validity::to)).toList();
    if (ends.isEmpty() || ends.stream().anyMatch(Optional::isEmpty)) {
      return Optional.empty();
    }
    return ends.stream().map(end -> end.orElseThrow().latest()).max(LocalDate::compareTo).map(d -> d.plusDays(1));
  }
}
