package io.github.ccbrelations.data;

import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.LabelKind;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Labelled;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.Validity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes one line about a role in fr, nl, en or de from its typed fields: holder, function, body, party, part it
 * acts through, party supported, condition, validity and legal bases. The words around the names are this
 * library's; the names come from the data.
 */
final class RoleExplainer {
  /** Per language: in, on behalf of, through, supporting, concerning, legal basis, no legal basis stated, from, until. */
  private static final Map<Language, String[]> WORDS = new EnumMap<>(Language.class);

  static {
    WORDS.put(Language.EN, new String[] {
        "in", "on behalf of", "through", "supporting", "concerning", "legal basis", "no legal basis stated",
        "from", "until"});
    WORDS.put(Language.FR, new String[] {
        "au sein de", "au nom de", "par l'intermédiaire de", "en appui de", "concernant", "base légale",
        "aucune base légale indiquée", "depuis", "jusqu'au"});
    WORDS.put(Language.NL, new String[] {
        "in", "namens", "via", "ter ondersteuning van", "betreffende", "rechtsgrond", "geen rechtsgrond vermeld",
        "vanaf", "tot"});
    WORDS.put(Language.DE, new String[] {
        "in", "im Namen von", "über", "zur Unterstützung von", "betreffend", "Rechtsgrundlage",
        "keine Rechtsgrundlage angegeben", "ab", "bis"});
  }

  private RoleExplainer() {}

  static String explain(Dataset data, Role role, Language language) {
    String[] w = WORDS.get(language);
    List<Language> order = Terms.preference(language);
    StringBuilder s = new StringBuilder();
    Body holder = data.body(role.holder());
    String holderName = shortName(holder, order);
    s.append(holder.partOf().isPresent() ? holderName + " (" + shortName(data.body(holder.partOf().get()), order) + ")"
        : holderName).append(language == Language.FR ? " : " : ": ");
    s.append(Terms.function(role.function(), language));
    role.body().ifPresent(b -> s.append(' ').append(w[0]).append(' ').append(fullName(data, data.body(b), order)));
    role.onBehalfOf().ifPresent(b -> s.append(' ').append(w[1]).append(' ').append(shortName(data.body(b), order)));
    role.via().ifPresent(b -> s.append(' ').append(w[2]).append(' ').append(shortName(data.body(b), order)));
    role.supports().ifPresent(b -> s.append(", ").append(w[3]).append(' ').append(fullName(data, data.body(b), order)));
    if (!role.concerns().isEmpty()) {
      s.append(", ").append(w[4]).append(' ').append(role.concerns().stream()
          .map(id -> shortName(data.instrument(id), order))
          .collect(Collectors.joining(", ")));
    }
    List<String> notes = new ArrayList<>();
    role.condition().ifPresent(c -> notes.add(Terms.condition(c, language)));
    role.validity().ifPresent(v -> notes.add(span(v, w)));
    if (!notes.isEmpty()) {
      s.append(" (").append(String.join(", ", notes)).append(')');
    }
    s.append(language == Language.FR ? " ; " : "; ");
    List<LegalBasis> bases = data.legalBasesOf(role);
    if (bases.isEmpty()) {
      s.append(w[6]);
    } else {
      s.append(w[5]).append(language == Language.FR ? " : " : ": ");
      s.append(bases.stream().map(b -> basis(data, b, order, w))
          .collect(Collectors.joining(language == Language.FR ? " ; " : "; ")));
    }
    return s.toString();
  }

  private static String basis(Dataset data, LegalBasis basis, List<Language> order, String[] w) {
    LegalInstrument li = data.instrument(basis.instrument());
    StringBuilder s = new StringBuilder(shortName(li, order));
    basis.provision().ifPresent(p -> s.append(", ").append(p));
    basis.validity().ifPresent(v -> s.append(" (").append(span(v, w)).append(')'));
    return s.toString();
  }

  private static String span(Validity v, String[] w) {
    List<String> parts = new ArrayList<>();
    v.from().ifPresent(f -> parts.add(w[7] + " " + f.text()));
    v.to().ifPresent(t -> parts.add(w[8] + " " + t.text()));
    return String.join(" ", parts);
  }

  /**
   * For a body, its acronym, else a short name; for an instrument, its short name ("NIS Directive" reads better
   * than "NIS"), else its acronym, else the source page's wording; else the official name.
   */
  private static String shortName(Labelled record, List<Language> order) {
    List<LabelKind> kinds = record instanceof LegalInstrument
        ? List.of(LabelKind.SHORT_NAME, LabelKind.ACRONYM, LabelKind.ALTERNATIVE)
        : List.of(LabelKind.ACRONYM, LabelKind.SHORT_NAME);
    for (LabelKind kind : kinds) {
      for (Language l : order) {
        List<String> texts = record.labels(l, kind);
        if (!texts.isEmpty()) {
          return texts.get(0);
        }
      }
    }
    return record.displayName(order);
  }

  /**
   * The name, followed in brackets by the acronym where there is one and by the body it is part of, so that a
   * "Management Board" says whose it is.
   */
  private static String fullName(Dataset data, Body body, List<Language> order) {
    String name = body.displayName(order);
    List<String> extra = new ArrayList<>();
    order.stream()
        .flatMap(l -> body.acronyms(l).stream())
        .filter(a -> !a.equals(name))
        .findFirst()
        .ifPresent(extra::add);
    body.partOf().map(data::body)
        .filter(parent -> parent.labels().stream().noneMatch(l -> name.contains(l.text())))
        .map(parent -> shortName(parent, order))
        .ifPresent(extra::add);
    return extra.isEmpty() ? name : name + " (" + String.join(", ", extra) + ")";
  }




}
