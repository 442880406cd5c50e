package io.github.ccbrelations.export;

import io.github.ccbrelations.model.Condition;
import io.github.ccbrelations.model.LabelKind;
import io.github.ccbrelations.model.Labelled;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.RoleFunction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * This library's words for the closed lists (functions, levels, conditions) in fr, nl, en and de, shared by the
 * RDF concept labels, the CSV label columns and the graph pictures. The function words are those of the data
 * module's role explanations.
 */
final class Words {
  private static final Map<Language, Map<RoleFunction, String>> FUNCTIONS = new EnumMap<>(Language.class);
  private static final Map<Language, Map<Level, String>> LEVELS = new EnumMap<>(Language.class);
  private static final Map<Language, Map<Condition, String>> CONDITIONS = new EnumMap<>(Language.class);

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
    levels(Language.EN, "General", "European level", "International level", "Operational level");
    levels(Language.FR, "Général", "Au niveau européen", "Au niveau international", "Au niveau opérationnel");
    levels(Language.NL, "Algemeen", "Op Europees niveau", "Op internationaal niveau", "Op operationeel niveau");
    levels(Language.DE, "Allgemein", "Auf europäischer Ebene", "Auf internationaler Ebene", "Auf operativer Ebene");
    conditions(Language.EN, "on request", "where appropriate");
    conditions(Language.FR, "sur demande", "le cas échéant");
    conditions(Language.NL, "op verzoek", "indien nodig");
    conditions(Language.DE, "auf Anfrage", "gegebenenfalls");
  }

  private Words() {}

  static String function(RoleFunction function, Language language) {
    return FUNCTIONS.get(language).get(function);
  }

  static String level(Level level, Language language) {
    return LEVELS.get(language).get(level);
  }

  static String condition(Condition condition, Language language) {
    return CONDITIONS.get(language).get(condition);
  }

  /** An English label for a constant of a list this library has no translations for: EU_AGENCY, "EU agency". */
  static String humanized(Enum<?> constant) {
    String words = constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return words.replace("eu ", "EU ").replace("csirt", "CSIRT").replace("osce", "OSCE").replace("ccb", "CCB");
  }

  /** The constant as a slug for an IRI: SINGLE_POINT_OF_CONTACT, "single-point-of-contact". */
  static String slug(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The caller's language first, then English, French, Dutch and German. */
  static List<Language> preference(Language first) {
    List<Language> order = new ArrayList<>(List.of(first));
    for (Language l : List.of(Language.EN, Language.FR, Language.NL, Language.DE)) {
      if (l != first) {
        order.add(l);
      }
    }
    return order;
  }

  /**
   * A short label for a picture: an acronym in the preferred languages, else the short name or the name in the
   * first preferred language that has one, else the display name.
   */
  static String shortLabel(Labelled record, List<Language> order) {
    for (Language l : order) {
      List<String> acronyms = record.labels(l, LabelKind.ACRONYM);
      if (!acronyms.isEmpty()) {
        return acronyms.get(0);
      }
    }
    for (Language l : order) {
      List<String> shortNames = record.labels(l, LabelKind.SHORT_NAME);
      if (!shortNames.isEmpty()) {
        return shortNames.get(0);
      }
      if (record.name(l).isPresent()) {
        return record.name(l).get();
      }
    }
    return record.displayName(order);
  }

  private static void functions(Language language, String... words) {
    FUNCTIONS.put(language, table(RoleFunction.class, language, words));
  }

  private static void levels(Language language, String... words) {
    LEVELS.put(language, table(Level.class, language, words));
  }

  private static void conditions(Language language, String... words) {
    CONDITIONS.put(language, table(Condition.class, language, words));
  }

  private static <E extends Enum<E>> Map<E, String> table(Class<E> type, Language language, String... words) {
    E[] values = type.getEnumConstants();
    if (words.length != values.length) {
      throw new IllegalStateException(
          "need " + values.length + " words for " + type.getSimpleName() + " in " + language.code());
    }
    Map<E, String> map = new EnumMap<>(type);
    for (int i = 0; i < values.length; i++) {
      map.put(values[i], words[i]);
    }
    return map;
  }
}
