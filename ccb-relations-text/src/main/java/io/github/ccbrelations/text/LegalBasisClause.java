package io.github.ccbrelations.text;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalBasisStatus;
import io.github.ccbrelations.model.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The last clause of a line: the legal bases of a role on the view's day. A role that states none of its own but is
 * held in the capacity of another rests on that one's bases, and says so: "legal bases as single point of contact:
 * Belgian NIS Act of 7 April 2019 (until 17 October 2024); ...". Once every one has ended, {@link EndedBases} says
 * since when none is in force, and before the first is, that none is in force on the day; a role with no basis at
 * all says that none is stated.
 */
final class LegalBasisClause {
  private LegalBasisClause() {}

  /** The bases the clause names on the view's day: the role's own, else those of the role whose capacity it holds. */
  static List<LegalBasis> named(Dataset data, Role role) {
    List<LegalBasis> own = data.legalBasesOf(role);
    Role capacity = EndedBases.speaker(data, role);
    return own.isEmpty() && capacity != role ? data.legalBasesOf(capacity) : own;
  }

  /** The clause for a role on the view's day; never null. */
  static String of(Dataset data, Role role, Language language) {
    List<LegalBasis> own = data.legalBasesOf(role);
    if (!own.isEmpty()) {
      return heading(language, own.size()) + Punctuation.colon(language) + list(data, own, language);
    }
    Role capacity = EndedBases.speaker(data, role);
    List<LegalBasis> theirs = named(data, role);
    if (!theirs.isEmpty()) {
      // The capacity is said before the colon rather than in brackets, as each basis may carry its span in brackets.
      return heading(language, theirs.size()) + ' ' + as(language) + ' ' + Terms.function(capacity.function(), language)
          + Punctuation.colon(language) + list(data, theirs, language);
    }
    return EndedBases.words(data, role, language)
        .or(() -> noneInForce(data, role, language))
        .orElse(Terms.legalBasisStatus(LegalBasisStatus.NONE_STATED, language));
  }

  /**
   * For a role with recorded bases (its own, or its capacity's) none of which applies on the view's day, as before
   * the first is in force: "no legal basis in force on 1 June 2010 is recorded", not "no legal basis stated", which
   * the page that states one contradicts. Empty when the view has no day or no basis is recorded.
   */
  private static Optional<String> noneInForce(Dataset data, Role role, Language language) {
    Optional<LocalDate> day = data.date();
    if (day.isEmpty() || EndedBases.speaker(data, role).legalBases().isEmpty()) {
      return Optional.empty();
    }
    String sentence = switch (language) {
      case EN -> "no legal basis in force on %s is recorded";
      case FR -> "aucune base légale en vigueur le %s n’est enregistrée";
      case NL -> "geen rechtsgrond geregistreerd die op %s van kracht is";
      case DE -> "keine am %s geltende Rechtsgrundlage erfasst";
    };
    return Optional.of(String.format(Locale.ROOT, sentence, Dates.day(day.get(), language)));
  }

  /** "legal basis" before one basis, "legal bases" before more. */
  private static String heading(Language language, int count) {
    return Terms.word(count == 1 ? Terms.Word.LEGAL_BASIS : Terms.Word.LEGAL_BASES, language);
  }

  /** In the capacity of: "as", "en qualité de", "als", "als". */
  private static String as(Language language) {
    return Terms.word(Terms.Word.AS, language);
  }

  /** Each basis by its instrument's compact label, its provision and the span in which it applied. */
  private static String list(Dataset data, List<LegalBasis> bases, Language language) {
    return bases.stream()
        .map(b -> RoleExplainer.instrument(data, language, b.instrument(), b.provision())
            + b.validity().map(v -> " (" + Dates.span(v, language) + ")").orElse(""))
        .collect(Collectors.joining(Punctuation.semicolon(language)));
  }
}
