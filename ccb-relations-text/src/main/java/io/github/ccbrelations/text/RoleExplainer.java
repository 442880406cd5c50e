package io.github.ccbrelations.text;

import static java.util.Objects.requireNonNull;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.LabelKind;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleSubject;
import io.github.ccbrelations.model.SubjectKind;
import io.github.ccbrelations.text.NounPhrases.Slot;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One readable line about a role in fr, nl, en or de, generated from its typed fields: holder, function, body,
 * party, part it acts through, party supported, condition, validity, the body it is about (a project), the
 * instruments it implements, concerns (unless one of its legal bases names it) or is guided by, and its legal bases on
 * the dataset's day (or, for a role with none of its own, those of the role in whose capacity it is held; or, when
 * every recorded one has ended, since when none is in force).
 *
 * <p>The words around the names are this library's ({@link Terms}); the names come from the data, each in the
 * language of the sentence whenever the record has any label in it. A record with none there is named as
 * {@link io.github.ccbrelations.model.Labelled#displayLanguage} chooses along {@link Terms#preference}: in the first
 * of English, French, Dutch and German in which it has an official name or an acronym, else in the first in which it
 * has any label. The articles and contractions before a body's name come from a small table of the bundled bodies'
 * genders; a body it does not know is named through a noun whose article is known. Lists of instruments follow a
 * colon, where no article is due.
 *
 * <pre>{@code
 * RoleExplainer.explain(data, role, Language.FR);
 * // "CCB : représentant au sein du groupe de coopération au nom de la Belgique ; ..."
 * // with a no-break space before ":" and a narrow one before ";" (Terms.colon, Terms.semicolon)
 * }</pre>
 */
public final class RoleExplainer {
  /** A body's compact label: its acronym, else a short name, else its name, else another wording. */
  private static final List<LabelKind> BODY_SHORT =
      List.of(LabelKind.ACRONYM, LabelKind.SHORT_NAME, LabelKind.NAME, LabelKind.ALTERNATIVE);
  /** An instrument's compact label: "NIS Directive" reads better than "NIS", and both better than a long title. */
  private static final List<LabelKind> INSTRUMENT_SHORT =
      List.of(LabelKind.SHORT_NAME, LabelKind.ALTERNATIVE, LabelKind.ACRONYM, LabelKind.NAME);

  private RoleExplainer() {}

  /**
   * The line about a role of the dataset, on the dataset's day.
   *
   * @param data the dataset the role is from; its day chooses the legal bases named
   * @param role the role to explain
   * @param language the language of the line
   * @return the line; never null or empty
   * @throws NullPointerException if an argument is null; the message names it
   * @throws NoSuchElementException if the role is not from this dataset and names an unknown record
   */
  public static String explain(Dataset data, Role role, Language language) {
    requireNonNull(data, "data");
    requireNonNull(role, "role");
    requireNonNull(language, "language");
    List<Language> order = Terms.preference(language);
    String colon = Punctuation.colon(language);
    String semicolon = Punctuation.semicolon(language);
    Body holder = data.body(role.holder());
    StringBuilder s = new StringBuilder(holder.displayName(order, BODY_SHORT));
    holder.partOf().ifPresent(p -> s.append(" (").append(data.body(p).displayName(order, BODY_SHORT)).append(')'));
    s.append(colon);
    if (role.body().isPresent()) {
      Body body = data.body(role.body().get());
      FunctionPhrases.Phrase phrase =
          FunctionPhrases.inBody(role.function(), body.kind(), body.displayName(order), language);
      s.append(phrase.words()).append(notes(role, language)).append(phrase.lead()).append(' ')
          .append(full(data, language, phrase.slot(), role.body().get())).append(phrase.after());
      parties(data, language, role, s);
      s.append(phrase.closing());
    } else {
      s.append(Terms.function(role.function(), language)).append(notes(role, language));
      parties(data, language, role, s);
    }
    Slot supported = FunctionPhrases.supported(role.function());
    // "For" joins the function right before it ("technical support for Enabel"); after a body or a party, a comma
    // sets it apart.
    boolean nothingBetween = role.body().isEmpty() && role.onBehalfOf().isEmpty() && role.via().isEmpty();
    String before = supported == Slot.FOR && nothingBetween ? " " : ", ";
    role.supports().ifPresent(b -> s.append(before).append(full(data, language, supported, b)));
    role.about().ifPresent(b -> s.append(semicolon).append(Terms.about(language)).append(colon)
        .append(data.body(b).displayName(order)));
    List<LegalBasis> bases = LegalBasisClause.named(data, role);
    for (SubjectKind kind : SubjectKind.values()) {
      List<RoleSubject> some = role.subjects().stream().filter(x -> x.kind() == kind && !saidAsBasis(x, bases))
          .toList();
      if (!some.isEmpty()) {
        // A provision follows its instrument after a comma, so the list then needs semicolons.
        String separator = some.stream().anyMatch(x -> x.provision().isPresent()) ? semicolon : ", ";
        s.append(semicolon).append(Terms.subject(kind, language)).append(colon).append(some.stream()
            .map(x -> instrument(data, language, x.instrument(), x.provision()))
            .collect(Collectors.joining(separator)));
      }
    }
    s.append(semicolon).append(LegalBasisClause.of(data, role, language));
    return capitalised(s.toString());
  }

  /**
   * Whether a subject is one of the legal bases the line names (its own, or its capacity's): a role that rests on a
   * provision concerns it, so "subject: X, CBM 14; legal basis: X, CBM 14" would say one thing twice. What a role
   * implements or is guided by says more than its basis, and stays.
   */
  private static boolean saidAsBasis(RoleSubject subject, List<LegalBasis> bases) {
    return subject.kind() == SubjectKind.CONCERNS && bases.stream().anyMatch(b ->
        b.instrument().equals(subject.instrument()) && b.provision().equals(subject.provision()));
  }

  /**
   * The text with its first letter in capitals, as a line starts: "Directeur général (CCB) : ...". A first word that
   * already has a capital inside ("eu-LISA", "iOS") is a name written so on purpose, and is left as it is.
   */
  static String capitalised(String text) {
    int end = text.indexOf(' ');
    String first = end < 0 ? text : text.substring(0, end);
    if (text.isEmpty() || first.chars().anyMatch(Character::isUpperCase)) {
      return text;
    }
    int letter = text.codePointAt(0);
    return new StringBuilder().appendCodePoint(Character.toTitleCase(letter))
        .append(text, Character.charCount(letter), text.length()).toString();
  }

  /**
   * The condition and span of a role in brackets after a space, or nothing. They follow the function's words ("takes
   * part (where appropriate) in the Organisation ... (OECD)"): after a name, they would stand beside the bracket of
   * its acronym, "(OECD) (where appropriate)", and in German after the closing particle.
   */
  private static String notes(Role role, Language language) {
    List<String> notes = new ArrayList<>();
    role.condition().ifPresent(c -> notes.add(Terms.condition(c, language)));
    role.validity().ifPresent(v -> notes.add(Dates.span(v, language)));
    return notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")";
  }

  /** The party the role is held on behalf of and the part of the holder it acts through, each after a space. */
  private static void parties(Dataset data, Language language, Role role, StringBuilder s) {
    role.onBehalfOf().ifPresent(b -> s.append(' ').append(compact(data, language, Slot.ON_BEHALF_OF, b)));
    role.via().ifPresent(b -> s.append(' ').append(compact(data, language, Slot.THROUGH, b)));
  }

  /** A body by its compact label after the words of a slot. */
  private static String compact(Dataset data, Language language, Slot slot, BodyId id) {
    return NounPhrases.phrase(language, slot, id.value(),
        data.body(id).displayName(Terms.preference(language), BODY_SHORT));
  }

  /**
   * A body by its name after the words of a slot, followed in brackets by its acronym in the same language where
   * there is one and by the body it is part of, so that a "Management Board" says whose it is; neither when the name
   * already says it.
   */
  private static String full(Dataset data, Language language, Slot slot, BodyId id) {
    List<Language> order = Terms.preference(language);
    Body body = data.body(id);
    String name = body.displayName(order);
    List<String> extra = new ArrayList<>();
    body.acronyms(body.displayLanguage(order)).stream().filter(a -> !names(name, a)).findFirst()
        .ifPresent(extra::add);
    body.partOf().map(data::body)
        .filter(parent -> parent.labels().stream().noneMatch(l -> names(name, l.text())))
        .map(parent -> parent.displayName(order, BODY_SHORT))
        .ifPresent(extra::add);
    return NounPhrases.phrase(language, slot, id.value(), name)
        + (extra.isEmpty() ? "" : " (" + String.join(", ", extra) + ")");
  }

  /**
   * Whether a name already contains another, whichever apostrophe each is written with: a French board named
   * "conseil d’administration de l’Agence de l’Union ..." names its agency "Agence de l'Union ...", and needs no
   * bracket saying so, as in the other languages.
   */
  private static boolean names(String name, String other) {
    return name.replace('’', '\'').contains(other.replace('’', '\''));
  }

  /**
   * An instrument by its compact label, then after a comma the provision when there is one, as the language cites it
   * ({@link Terms#provision}).
   */
  static String instrument(Dataset data, Language language, InstrumentId id, Optional<String> provision) {
    String label = data.instrument(id).displayName(Terms.preference(language), INSTRUMENT_SHORT);
    return provision.map(p -> label + ", " + Terms.provision(p, language)).orElse(label);
  }
}
