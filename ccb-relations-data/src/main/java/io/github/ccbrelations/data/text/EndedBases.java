package io.github.ccbrelations.data.text;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.BasesEnded;
import io.github.ccbrelations.model.Continuation;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.PartialDate;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.Validity;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words for a role none of whose recorded legal bases is in force any more on the view's day: "no legal basis in
 * force since 18 October 2024 is recorded", rather than "no legal basis stated", which would contradict a page that
 * states one. A role that states no basis of its own but is held in the capacity of another speaks through that one.
 * The day is computed from the bases (the day after the latest end); whether the role goes on comes from
 * {@link Role#basesEnded()}, when recorded.
 */
final class EndedBases {
  /** Per language: the sentence, "capacity", the role itself, the role of the capacity, then per continuation. */
  private static final Map<Language, String[]> WORDS = new EnumMap<>(Language.class);

  static {
    WORDS.put(Language.EN, new String[] {"no legal basis in force since %s is recorded", "capacity", "the role",
        "that role", "%s continues", "%s has ended", "not known whether %s continues"});
    WORDS.put(Language.FR, new String[] {"aucune base légale en vigueur depuis le %s n'est enregistrée", "qualité",
        "le rôle", "ce rôle", "%s se poursuit", "%s a pris fin", "on ignore si %s se poursuit"});
    WORDS.put(Language.NL, new String[] {"geen rechtsgrond geregistreerd die sinds %s van kracht is",
        "hoedanigheid", "de rol", "die rol", "%s loopt door", "%s is beëindigd", "niet bekend of %s doorloopt"});
    WORDS.put(Language.DE, new String[] {"keine seit dem %s geltende Rechtsgrundlage erfasst", "Eigenschaft",
        "die Rolle", "diese Rolle", "%s besteht fort", "%s ist beendet", "nicht bekannt, ob %s fortbesteht"});
  }

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
    String[] w = WORDS.get(language);
    String colon = language == Language.FR ? " : " : ": ";
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, w[0], Dates.day(since.get(), language)));
    String note = speaker.basesEnded().filter(e -> e.since().equals(since.get())).map(BasesEnded::continues)
        .map(c -> String.format(Locale.ROOT, w[index(c)], speaker == role ? w[2] : w[3])).orElse("");
    if (speaker != role) {
      String capacity = w[1] + colon + Terms.function(speaker.function(), language);
      note = note.isEmpty() ? capacity : capacity + (language == Language.FR ? " ; " : "; ") + note;
    }
    if (!note.isEmpty()) {
      s.append(" (").append(note).append(')');
    }
    return Optional.of(s.toString());
  }

  /** The role itself, or when it states no basis, the role in whose capacity it is held, at any depth. */
  private static Role speaker(Dataset data, Role role) {
    Role r = role;
    // The loader refuses cycles of inCapacityOf, so the walk ends; a role made elsewhere may name an unknown one.
    while (r.legalBases().isEmpty() && r.inCapacityOf().isPresent()) {
      Optional<Role> capacity = data.findRole(r.inCapacityOf().get());
      if (capacity.isEmpty()) {
        break;
      }
      r = capacity.get();
    }
    return r;
  }

  /** The day after the latest end of the role's bases, when every basis has an end. */
  private static Optional<LocalDate> since(Role role) {
    LocalDate latest = null;
    for (LegalBasis b : role.legalBases()) {
      Optional<PartialDate> to = b.validity().flatMap(Validity::to);
      if (to.isEmpty()) {
        return Optional.empty();
      }
      if (latest == null || to.get().latest().isAfter(latest)) {
        latest = to.get().latest();
      }
    }
    return latest == null ? Optional.empty() : Optional.of(latest.plusDays(1));
  }

  private static int index(Continuation c) {
    return switch (c) {
      case CONTINUES -> 4;
      case ENDED -> 5;
      case UNKNOWN -> 6;
    };
  }
}
