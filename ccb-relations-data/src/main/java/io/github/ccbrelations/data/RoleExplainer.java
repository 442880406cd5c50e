package io.github.ccbrelations.data;

import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.Condition;
import io.github.ccbrelations.model.LabelKind;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Labelled;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleFunction;
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
  private static final Map<Language, Map<RoleFunction, String>> FUNCTIONS = new EnumMap<>(Language.class);
  private static final Map<Language, Map<Condition, String>> CONDITIONS = new EnumMap<>(Language.class);
  /** Per language: in, on behalf of, through, supporting, concerning, legal basis, no legal basis stated, from, until. */
  private static final Map<Language, String[]> WORDS = new EnumMap<>(Language.class);

  static {
    functions(Language.EN, "single point of contact", "CSIRT", "national coordination centre", "representative",
        "member", "board member", "operational point of contact", "expert support", "technical support", "participant",
        "represented", "exercise participant", "coordinator", "bilateral relations", "monitoring", "follow-up",
        "capacity building", "commitment");
    functions(Language.FR, "point de contact unique", "CSIRT", "centre national de coordination", "représentant",
        "membre", "membre du conseil d'administration", "point de contact opérationnel", "appui d'expertise",
        "soutien technique", "participant", "représenté", "participant à l'exercice", "coordinateur",
        "relations bilatérales", "suivi", "suivi des engagements", "renforcement des capacités", "engagement");
    functions(Language.NL, "centraal contactpunt", "CSIRT", "nationaal coördinatiecentrum", "vertegenwoordiger", "lid",
        "lid van de raad van bestuur", "operationeel contactpunt", "deskundige ondersteuning",
        "technische ondersteuning", "deelnemer", "vertegenwoordigd", "deelnemer aan de oefening", "coördinator",
        "bilaterale betrekkingen", "opvolging", "opvolging van verbintenissen", "capaciteitsopbouw", "verbintenis");
    functions(Language.DE, "zentrale Anlaufstelle", "CSIRT", "nationales Koordinierungszentrum", "Vertreter",
        "Mitglied", "Mitglied des Verwaltungsrats", "operative Kontaktstelle", "fachliche Unterstützung",
        "technische Unterstützung", "Teilnehmer", "vertreten", "Übungsteilnehmer", "Koordinator",
        "bilaterale Beziehungen", "Beobachtung", "Nachverfolgung von Verpflichtungen", "Kapazitätsaufbau",
        "Verpflichtung");
    conditions(Language.EN, "on request", "where appropriate");
    conditions(Language.FR, "sur demande", "le cas échéant");
    conditions(Language.NL, "op verzoek", "indien nodig");
    conditions(Language.DE, "auf Anfrage", "gegebenenfalls");
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
    List<Language> order = preference(language);
    StringBuilder s = new StringBuilder();
    Body holder = data.body(role.holder());
    String holderName = shortName(holder, order);
    s.append(holder.partOf().isPresent() ? holderName + " (" + shortName(data.body(holder.partOf().get()), order) + ")"
        : holderName).append(language == Language.FR ? " : " : ": ");
    s.append(FUNCTIONS.get(language).get(role.function()));
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
    role.condition().ifPresent(c -> notes.add(CONDITIONS.get(language).get(c)));
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

  private static List<Language> preference(Language first) {
    List<Language> order = new ArrayList<>(List.of(first));
    for (Language l : List.of(Language.EN, Language.FR, Language.NL, Language.DE)) {
      if (l != first) {
        order.add(l);
      }
    }
    return order;
  }

  private static void functions(Language language, String... words) {
    RoleFunction[] values = RoleFunction.values();
    if (words.length != values.length) {
      throw new IllegalStateException("need " + values.length + " function words for " + language);
    }
    Map<RoleFunction, String> map = new EnumMap<>(RoleFunction.class);
    for (int i = 0; i < values.length; i++) {
      map.put(values[i], words[i]);
    }
    FUNCTIONS.put(language, map);
  }

  private static void conditions(Language language, String onRequest, String whereAppropriate) {
    Map<Condition, String> map = new EnumMap<>(Condition.class);
    map.put(Condition.ON_REQUEST, onRequest);
    map.put(Condition.WHERE_APPROPRIATE, whereAppropriate);
    CONDITIONS.put(language, map);
  }

}
