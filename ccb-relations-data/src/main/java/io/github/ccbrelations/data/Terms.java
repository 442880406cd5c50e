package io.github.ccbrelations.data;

import io.github.ccbrelations.model.BodyRelationKind;
import io.github.ccbrelations.model.Condition;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.RoleFunction;
import io.github.ccbrelations.model.SubjectKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * This library's words, in fr, nl, en and de, for the closed lists of the model: role functions, levels,
 * conditions, the kinds of a role's subjects and of relations between bodies. They are the library's own wording for display, used by {@link Dataset#explain} and the exports; they
 * are not official names and are not part of the data.
 *
 * <pre>{@code
 * Terms.function(RoleFunction.SINGLE_POINT_OF_CONTACT, Language.FR);   // "point de contact unique"
 * }</pre>
 */
public final class Terms {
  private static final Map<Language, Map<RoleFunction, String>> FUNCTIONS = new EnumMap<>(Language.class);
  private static final Map<Language, Map<Level, String>> LEVELS = new EnumMap<>(Language.class);
  private static final Map<Language, Map<Condition, String>> CONDITIONS = new EnumMap<>(Language.class);
  private static final Map<Language, Map<SubjectKind, String>> SUBJECTS = new EnumMap<>(Language.class);
  private static final Map<Language, Map<BodyRelationKind, String>> RELATIONS = new EnumMap<>(Language.class);
  private static final Map<Language, String> ABOUT =
      Map.of(Language.EN, "about", Language.FR, "porte sur", Language.NL, "betreft", Language.DE, "betrifft");

  static {
    put(FUNCTIONS, RoleFunction.class, Language.EN, "single point of contact", "CSIRT", "national coordination centre",
        "representative", "member", "board member", "operational point of contact", "expert support",
        "technical support", "participant", "represented", "exercise participant", "coordinator",
        "bilateral relations", "monitoring", "follow-up", "capacity building", "commitment");
    put(FUNCTIONS, RoleFunction.class, Language.FR, "point de contact unique", "CSIRT",
        "centre national de coordination", "représentant", "membre", "membre du conseil d'administration",
        "point de contact opérationnel", "appui d'expertise", "soutien technique", "participant", "représenté",
        "participant à l'exercice", "coordinateur", "relations bilatérales", "suivi", "suivi des engagements",
        "renforcement des capacités", "engagement");
    put(FUNCTIONS, RoleFunction.class, Language.NL, "centraal contactpunt", "CSIRT", "nationaal coördinatiecentrum",
        "vertegenwoordiger", "lid", "lid van de raad van bestuur", "operationeel contactpunt",
        "deskundige ondersteuning", "technische ondersteuning", "deelnemer", "vertegenwoordigd",
        "deelnemer aan de oefening", "coördinator", "bilaterale betrekkingen", "opvolging",
        "opvolging van verbintenissen", "capaciteitsopbouw", "verbintenis");
    put(FUNCTIONS, RoleFunction.class, Language.DE, "zentrale Anlaufstelle", "CSIRT",
        "nationales Koordinierungszentrum", "Vertreter", "Mitglied", "Mitglied des Verwaltungsrats",
        "operative Kontaktstelle", "fachliche Unterstützung", "technische Unterstützung", "Teilnehmer", "vertreten",
        "Übungsteilnehmer", "Koordinator", "bilaterale Beziehungen", "Beobachtung",
        "Nachverfolgung von Verpflichtungen", "Kapazitätsaufbau", "Verpflichtung");
    put(LEVELS, Level.class, Language.EN, "General", "European level", "International level", "Operational level");
    put(LEVELS, Level.class, Language.FR, "Général", "Au niveau européen", "Au niveau international",
        "Au niveau opérationnel");
    put(LEVELS, Level.class, Language.NL, "Algemeen", "Op Europees niveau", "Op internationaal niveau",
        "Op operationeel niveau");
    put(LEVELS, Level.class, Language.DE, "Allgemein", "Auf europäischer Ebene", "Auf internationaler Ebene",
        "Auf operativer Ebene");
    put(CONDITIONS, Condition.class, Language.EN, "on request", "where appropriate");
    put(CONDITIONS, Condition.class, Language.FR, "sur demande", "le cas échéant");
    put(CONDITIONS, Condition.class, Language.NL, "op verzoek", "indien nodig");
    put(CONDITIONS, Condition.class, Language.DE, "auf Anfrage", "gegebenenfalls");
    put(SUBJECTS, SubjectKind.class, Language.EN, "implements", "subject", "guided by");
    put(SUBJECTS, SubjectKind.class, Language.FR, "met en œuvre", "objet", "guidé par");
    put(SUBJECTS, SubjectKind.class, Language.NL, "voert uit", "onderwerp", "leidraad");
    put(SUBJECTS, SubjectKind.class, Language.DE, "setzt um", "Gegenstand", "Richtschnur");
    put(RELATIONS, BodyRelationKind.class, Language.EN, "counterpart of", "cooperation with");
    put(RELATIONS, BodyRelationKind.class, Language.FR, "homologue de", "coopération avec");
    put(RELATIONS, BodyRelationKind.class, Language.NL, "tegenhanger van", "samenwerking met");
    put(RELATIONS, BodyRelationKind.class, Language.DE, "Gegenpart von", "Zusammenarbeit mit");
  }

  private Terms() {}

  /**
   * The word for a role function.
   *
   * @param function the function
   * @param language the language
   * @return the word, such as "single point of contact"; never null
   */
  public static String function(RoleFunction function, Language language) {
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(language, "language");
    return FUNCTIONS.get(language).get(function);
  }

  /**
   * The heading for a level, as the source page names its sections.
   *
   * @param level the level
   * @param language the language
   * @return the heading, such as "Au niveau européen"; never null
   */
  public static String level(Level level, Language language) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(language, "language");
    return LEVELS.get(language).get(level);
  }

  /**
   * The words for a condition.
   *
   * @param condition the condition
   * @param language the language
   * @return the words, such as "on request"; never null
   */
  public static String condition(Condition condition, Language language) {
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(language, "language");
    return CONDITIONS.get(language).get(condition);
  }

  /**
   * The words for how a role relates to an instrument it is about (as opposed to its legal basis).
   *
   * @param kind the kind of subject
   * @param language the language
   * @return the words, such as "implements" or "guided by"; never null
   */
  public static String subject(SubjectKind kind, Language language) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(language, "language");
    return SUBJECTS.get(language).get(kind);
  }

  /**
   * The words for how a body stands towards another.
   *
   * @param kind the kind of relation
   * @param language the language
   * @return the words, such as "counterpart of"; never null
   */
  public static String relation(BodyRelationKind kind, Language language) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(language, "language");
    return RELATIONS.get(language).get(kind);
  }

  /**
   * The word before the body (a project, a partnership) that a role is about.
   *
   * @param language the language
   * @return the words, such as "about" or "porte sur"; never null
   */
  public static String about(Language language) {
    Objects.requireNonNull(language, "language");
    return ABOUT.get(language);
  }

  /**
   * The order in which to look for a text: the given language first, then English, French, Dutch and German. Every
   * display path (explanations, examples, exports) names a record in the given language whenever it has any label
   * there; only a record with none is named in another, and then ({@link
   * io.github.ccbrelations.model.Labelled#displayLanguage}) in the first language of this order in which it has an
   * official name (NAME or SHORT_NAME) or an acronym, else in the first in which it has any label. So German output names a
   * Belgian act that has French and Dutch titles and only an English paraphrase by its French title, not by the
   * paraphrase.
   *
   * @param first the preferred language
   * @return the four languages, each once; never null
   */
  public static List<Language> preference(Language first) {
    Objects.requireNonNull(first, "first");
    List<Language> order = new ArrayList<>(List.of(first));
    for (Language l : List.of(Language.EN, Language.FR, Language.NL, Language.DE)) {
      if (l != first) {
        order.add(l);
      }
    }
    return List.copyOf(order);
  }

  private static <E extends Enum<E>> void put(
      Map<Language, Map<E, String>> into, Class<E> type, Language language, String... words) {
    E[] values = type.getEnumConstants();
    if (words.length != values.length) {
      throw new IllegalStateException(
          "need " + values.length + " words for " + type.getSimpleName() + " in " + language.code());
    }
    Map<E, String> map = new EnumMap<>(type);
    for (int i = 0; i < values.length; i++) {
      map.put(values[i], words[i]);
    }
    into.put(language, map);
  }
}
