package io.github.ccbrelations.text;

import static java.util.Objects.requireNonNull;

import io.github.ccbrelations.model.BodyRelationKind;
import io.github.ccbrelations.model.Condition;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.RoleFunction;
import io.github.ccbrelations.model.SubjectKind;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * This library's words, in fr, nl, en and de, for the closed lists of the model: role functions, levels,
 * conditions, the kinds of a role's subjects and of relations between bodies. They are the library's own wording
 * for display, used by {@link RoleExplainer} and the exports; they are not official names and are not part of the
 * data. Every method answers for every constant and language, never null or empty, and refuses a null argument with
 * a {@link NullPointerException} that names the parameter.
 *
 * <pre>{@code
 * Terms.function(RoleFunction.SINGLE_POINT_OF_CONTACT, Language.FR);   // "point de contact unique"
 * }</pre>
 */
public final class Terms {
  /** Per language, the word for each constant of the model's closed lists. */
  private static final Map<Language, Map<Enum<?>, String>> WORDS = new EnumMap<>(Language.class);

  static {
    put(RoleFunction.class, Language.EN, "single point of contact", "CSIRT", "national coordination centre",
        "representative", "member", "board member", "operational point of contact", "expert support",
        "technical support", "participant", "represented", "exercise participant", "coordinator",
        "bilateral relations", "monitoring", "follow-up of commitments", "capacity building", "commitment");
    put(RoleFunction.class, Language.FR, "point de contact unique", "CSIRT",
        "centre national de coordination", "représentant", "membre", "membre du conseil d’administration",
        "point de contact opérationnel", "appui d’expertise", "soutien technique", "participant", "représenté",
        "participant à l’exercice", "coordinateur", "relations bilatérales", "suivi", "suivi des engagements",
        "renforcement des capacités", "engagement");
    put(RoleFunction.class, Language.NL, "centraal contactpunt", "CSIRT", "nationaal coördinatiecentrum",
        "vertegenwoordiger", "lid", "lid van de raad van bestuur", "operationeel contactpunt",
        "deskundige ondersteuning", "technische ondersteuning", "deelnemer", "vertegenwoordigd",
        "deelnemer aan de oefening", "coördinator", "bilaterale betrekkingen", "opvolging",
        "opvolging van verbintenissen", "capaciteitsopbouw", "verbintenis");
    put(RoleFunction.class, Language.DE, "zentrale Anlaufstelle", "CSIRT",
        "nationales Koordinierungszentrum", "Vertreter", "Mitglied", "Mitglied des Verwaltungsrats",
        "operative Kontaktstelle", "fachliche Unterstützung", "technische Unterstützung", "Teilnehmer", "vertreten",
        "Übungsteilnehmer", "Koordinator", "bilaterale Beziehungen", "Beobachtung",
        "Nachverfolgung von Verpflichtungen", "Kapazitätsaufbau", "Verpflichtung");
    put(Level.class, Language.EN, "General", "European level", "International level", "Operational level");
    put(Level.class, Language.FR, "Général", "Au niveau européen", "Au niveau international",
        "Au niveau opérationnel");
    put(Level.class, Language.NL, "Algemeen", "Op Europees niveau", "Op internationaal niveau",
        "Op operationeel niveau");
    put(Level.class, Language.DE, "Allgemein", "Auf europäischer Ebene", "Auf internationaler Ebene",
        "Auf operativer Ebene");
    put(Condition.class, Language.EN, "on request", "where appropriate");
    put(Condition.class, Language.FR, "sur demande", "le cas échéant");
    // "Le cas échéant" (where appropriate) is not "if necessary" (indien nodig); Belgian and EU Dutch say it so.
    put(Condition.class, Language.NL, "op verzoek", "in voorkomend geval");
    put(Condition.class, Language.DE, "auf Anfrage", "gegebenenfalls");
    put(SubjectKind.class, Language.EN, "implements", "subject", "guided by");
    put(SubjectKind.class, Language.FR, "met en œuvre", "objet", "guidé par");
    put(SubjectKind.class, Language.NL, "voert uit", "onderwerp", "leidraad");
    put(SubjectKind.class, Language.DE, "setzt um", "Gegenstand", "Richtschnur");
    put(BodyRelationKind.class, Language.EN, "counterpart of", "cooperation with");
    put(BodyRelationKind.class, Language.FR, "homologue de", "coopération avec");
    put(BodyRelationKind.class, Language.NL, "tegenhanger van", "samenwerking met");
    // The other side of a partnership is its Partner; a Gegenstück is an equivalent, a Gegenpart an opponent.
    put(BodyRelationKind.class, Language.DE, "Partner von", "Zusammenarbeit mit");
  }

  private Terms() {}

  /** The word for a role function, such as "single point of contact". */
  public static String function(RoleFunction function, Language language) {
    return word(requireNonNull(function, "function"), language);
  }

  /** The heading for a level, as the source page names its sections, such as "Au niveau européen". */
  public static String level(Level level, Language language) {
    return word(requireNonNull(level, "level"), language);
  }

  /** The words for a condition, such as "on request". */
  public static String condition(Condition condition, Language language) {
    return word(requireNonNull(condition, "condition"), language);
  }

  /**
   * The words for how a role relates to an instrument it is about (as opposed to its legal basis), such as
   * "implements" or "guided by".
   */
  public static String subject(SubjectKind kind, Language language) {
    return word(requireNonNull(kind, "kind"), language);
  }

  /** The words for how a body stands towards another, such as "counterpart of". */
  public static String relation(BodyRelationKind kind, Language language) {
    return word(requireNonNull(kind, "kind"), language);
  }

  /** The words before the body (a project, a partnership) that a role is about, such as "about" or "porte sur". */
  public static String about(Language language) {
    return switch (requireNonNull(language, "language")) {
      case EN -> "about";
      case FR -> "porte sur";
      case NL -> "betreft";
      case DE -> "betrifft";
    };
  }

  /** A day as the explanations write it: "3 December 2026", "1er décembre 2026", "3. Dezember 2026". */
  public static String day(LocalDate date, Language language) {
    return Dates.day(requireNonNull(date, "date"), requireNonNull(language, "language"));
  }

  /**
   * The four languages, each once, in the order in which to look for a text: the given language first, then English,
   * French, Dutch and German. Every display path (explanations, examples, exports) names a record in the given
   * language whenever it has any label there; only a record with none is named in another, and then ({@link
   * io.github.ccbrelations.model.Labelled#displayLanguage}) in the first language of this order in which it has an
   * official name (NAME or SHORT_NAME) or an acronym, else in the first in which it has any label. So German output
   * names a Belgian act that has French and Dutch titles and only an English paraphrase by its French title, not by
   * the paraphrase.
   */
  public static List<Language> preference(Language first) {
    requireNonNull(first, "first");
    return Stream.concat(Stream.of(first),
        Stream.of(Language.EN, Language.FR, Language.NL, Language.DE).filter(l -> l != first)).toList();
  }

  private static String word(Enum<?> value, Language language) {
    return WORDS.get(requireNonNull(language, "language")).get(value);
  }

  private static <E extends Enum<E>> void put(Class<E> type, Language language, String... words) {
    E[] values = type.getEnumConstants();
    if (words.length != values.length) {
      throw new IllegalStateException(
          "need " + values.length + " words for " + type.getSimpleName() + " in " + language.code());
    }
    Map<Enum<?>, String> map = WORDS.computeIfAbsent(language, l -> new HashMap<>());
    for (int i = 0; i < values.length; i++) {
      map.put(values[i], words[i]);
    }
  }
}
