package io.github.ccbrelations.data.text;

import static java.util.Objects.requireNonNull;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.text.NounPhrases.Slot;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.LabelKind;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleFunction;
import io.github.ccbrelations.model.RoleSubject;
import io.github.ccbrelations.model.SubjectKind;
import io.github.ccbrelations.model.Validity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/**
 * One readable line about a role in fr, nl, en or de, generated from its typed fields: holder, function, body,
 * party, part it acts through, party supported, condition, validity, the body it is about (a project), the
 * instruments it implements, concerns or is guided by, and its legal bases on the dataset's day (or, when every
 * recorded one has ended, since when none is in force).
 *
 * <p>The words around the names are this library's ({@link Terms}); the names come from the data, each in the
 * language of the sentence when the record has any label in it, else in the next language of
 * {@link Terms#preference}. The articles and contractions before a body's name come from a small table of the
 * bundled bodies' genders; a body it does not know is named through a noun whose article is known. Lists of
 * instruments follow a colon, where no article is due.
 *
 * <pre>{@code
 * RoleExplainer.explain(data, role, Language.FR);
 * // "CCB : représentant au sein du groupe de coopération au nom de la Belgique ; ..."
 * }</pre>
 */
public final class RoleExplainer {
  /** Per language: legal basis, no legal basis stated. */
  private static final Map<Language, String[]> WORDS = new EnumMap<>(Language.class);

  static {
    WORDS.put(Language.EN, new String[] {"legal basis", "no legal basis stated"});
    WORDS.put(Language.FR, new String[] {"base légale", "aucune base légale indiquée"});
    WORDS.put(Language.NL, new String[] {"rechtsgrond", "geen rechtsgrond vermeld"});
    WORDS.put(Language.DE, new String[] {"Rechtsgrundlage", "keine Rechtsgrundlage angegeben"});
  }

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
   * @throws NoSuchElementException if the role is not from this dataset and names an unknown record
   */
  public static String explain(Dataset data, Role role, Language language) {
    requireNonNull(data, "data");
    requireNonNull(role, "role");
    requireNonNull(language, "language");
    String[] w = WORDS.get(language);
    List<Language> order = Terms.preference(language);
    String colon = language == Language.FR ? " : " : ": ";
    String semicolon = language == Language.FR ? " ; " : "; ";
    StringBuilder s = new StringBuilder();
    Body holder = data.body(role.holder());
    String holderName = holder.displayName(order, BODY_SHORT);
    s.append(holder.partOf().isPresent()
        ? holderName + " (" + data.body(holder.partOf().get()).displayName(order, BODY_SHORT) + ")"
        : holderName).append(colon);
    s.append(Terms.function(role.function(), language));
    // A member is of a body ("member of", "lid van", "membre du"); other functions are held in it.
    Slot bodySlot = role.function() == RoleFunction.MEMBER ? Slot.OF : Slot.IN;
    role.body().ifPresent(b -> s.append(' ').append(full(data, language, bodySlot, b, order)));
    role.onBehalfOf().ifPresent(b -> s.append(' ').append(compact(data, language, Slot.ON_BEHALF_OF, b, order)));
    role.via().ifPresent(b -> s.append(' ').append(compact(data, language, Slot.THROUGH, b, order)));
    role.supports().ifPresent(b -> s.append(", ").append(full(data, language, Slot.SUPPORTING, b, order)));
    List<String> notes = new ArrayList<>();
    role.condition().ifPresent(c -> notes.add(Terms.condition(c, language)));
    role.validity().ifPresent(v -> notes.add(Dates.span(v, language)));
    if (!notes.isEmpty()) {
      s.append(" (").append(String.join(", ", notes)).append(')');
    }
    role.about().ifPresent(b -> s.append(semicolon).append(Terms.about(language)).append(colon)
        .append(data.body(b).displayName(order)));
    for (SubjectKind kind : SubjectKind.values()) {
      List<RoleSubject> some = role.subjects().stream().filter(x -> x.kind() == kind).toList();
      if (!some.isEmpty()) {
        s.append(semicolon).append(Terms.subject(kind, language)).append(colon).append(some.stream()
            .map(x -> data.instrument(x.instrument()).displayName(order, INSTRUMENT_SHORT)
                + x.provision().map(p -> ", " + p).orElse(""))
            // A provision follows its instrument after a comma, so the list then needs semicolons.
            .collect(Collectors.joining(some.stream().anyMatch(x -> x.provision().isPresent()) ? semicolon : ", ")));
      }
    }
    s.append(semicolon);
    List<LegalBasis> bases = data.legalBasesOf(role);
    if (bases.isEmpty()) {
      s.append(EndedBases.words(data, role, language).orElse(w[1]));
    } else {
      s.append(w[0]).append(colon);
      s.append(bases.stream().map(b -> basis(data, b, order, language)).collect(Collectors.joining(semicolon)));
    }
    return s.toString();
  }

  /** A body by its compact label after the words of a slot. */
  private static String compact(Dataset data, Language language, Slot slot, BodyId id, List<Language> order) {
    return NounPhrases.phrase(language, slot, id.value(), data.body(id).displayName(order, BODY_SHORT));
  }

  /**
   * A body by its name after the words of a slot, followed in brackets by its acronym in the same language where
   * there is one and by the body it is part of, so that a "Management Board" says whose it is.
   */
  private static String full(Dataset data, Language language, Slot slot, BodyId id, List<Language> order) {
    Body body = data.body(id);
    String name = body.displayName(order);
    Language shown = body.displayLanguage(order);
    List<String> extra = new ArrayList<>();
    body.acronyms(shown).stream().filter(a -> !name.contains(a)).findFirst().ifPresent(extra::add);
    body.partOf().map(data::body)
        .filter(parent -> parent.labels().stream().noneMatch(l -> name.contains(l.text())))
        .map(parent -> parent.displayName(order, BODY_SHORT))
        .ifPresent(extra::add);
    return NounPhrases.phrase(language, slot, id.value(), name)
        + (extra.isEmpty() ? "" : " (" + String.join(", ", extra) + ")");
  }

  private static String basis(Dataset data, LegalBasis basis, List<Language> order, Language language) {
    LegalInstrument li = data.instrument(basis.instrument());
    StringBuilder s = new StringBuilder(li.displayName(order, INSTRUMENT_SHORT));
    basis.provision().ifPresent(p -> s.append(", ").append(p));
    basis.validity().ifPresent(v -> s.append(" (").append(Dates.span(v, language)).append(')'));
    return s.toString();
  }
}
