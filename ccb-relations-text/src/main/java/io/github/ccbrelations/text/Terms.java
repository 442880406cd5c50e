package io.github.ccbrelations.text;

import static java.util.Objects.requireNonNull;

import io.github.ccbrelations.model.BodyKind;
import io.github.ccbrelations.model.BodyRelationKind;
import io.github.ccbrelations.model.Condition;
import io.github.ccbrelations.model.Continuation;
import io.github.ccbrelations.model.InstrumentKind;
import io.github.ccbrelations.model.LabelKind;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalBasisStatus;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.NoNameKind;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.RoleFunction;
import io.github.ccbrelations.model.SourceKind;
import io.github.ccbrelations.model.SubjectKind;
import io.github.ccbrelations.model.Validity;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * This library's words, in fr, nl, en and de, for the closed lists of the model: role functions, levels, conditions,
 * the kinds of a role's subjects and of relations between bodies, the kinds of bodies, instruments, labels and sources,
 * the types of record, where a role's legal bases come from, why a record has no official name and whether a role goes
 * on after its bases ended; the words of a line around them ({@link Word}, {@link #colon}); and how a sentence cites a
 * provision ({@link #provision}) and a day or a span of time ({@link #day}, {@link #span}). They are the library's own
 * wording for display, used by {@link RoleExplainer} and the exports; they are not official names and are not part of
 * the data. Every method answers for every constant and language, never null or empty, and refuses a null argument with
 * a {@link NullPointerException} that names the parameter.
 *
 * <pre>{@code
 * Terms.function(RoleFunction.SINGLE_POINT_OF_CONTACT, Language.FR);   // "point de contact unique"
 * Terms.bodyKind(BodyKind.EU_AGENCY, Language.NL);                    // "EU-agentschap"
 * Terms.provision("Art. 14", Language.FR);                            // "art. 14"
 * }</pre>
 */
public final class Terms {
  /**
   * The words of a line that name no constant of the model: the headings before a value ("holder: CCB"), the words
   * between names ("(through CERT.be)") and short notes ("nothing found"). They are the words the explanations, the
   * explorer page and {@code ccb-relations find} already use, so that the examples and tools say each thing one way.
   *
   * <pre>{@code
   * Terms.word(Terms.Word.HOLDER, Language.FR);   // "titulaire"
   * }</pre>
   */
  public enum Word {
    /** The heading of the body that holds a role: "holder", "titulaire". */
    HOLDER,
    /** The heading of a role's function: "function", "fonction". */
    FUNCTION,
    /**
     * The heading of the part of the holder a role is held through, in brackets after the holder ("(through:
     * CERT.be)"): "through", "par". A preposition: a name in its citation form follows it after {@link #colon}.
     */
    THROUGH,
    /** The heading of one legal basis: "legal basis", "base légale". */
    LEGAL_BASIS,
    /** The heading of several legal bases: "legal bases", "bases légales". */
    LEGAL_BASES,
    /** Before the function of the role whose capacity a role is held in: "as", "en qualité de". */
    AS,
    /** Before the id of a section of a source: "section", "sectie". */
    SECTION,
    /** Before the number of a paragraph in a section: "paragraph", "alinea". */
    PARAGRAPH,
    /** The heading of the bodies a body is part of: "part of", "fait partie de". */
    PART_OF,
    /** After a role the body itself holds: "held by it", "exercé par cette entité". */
    HELD_BY_IT,
    /** After a role held through the body, as a part of the holder (CERT.be): "held through it". */
    HELD_THROUGH_IT,
    /** What a name looked up names when it names no record: "nothing found", "aucun résultat". */
    NOTHING_FOUND,
    /** In brackets where a role held in no body has no body to name: "in no body", "sans entité". */
    IN_NO_BODY,
    /** After the length of a text: "characters", "caractères". */
    CHARACTERS,
    /** Before the version of the dataset's file format: "schema", "schéma". */
    SCHEMA
  }

  /** Per language, the word for each constant of the model's closed lists. */
  private static final Map<Language, Map<Enum<?>, String>> WORDS = new EnumMap<>(Language.class);
  /** The data's abbreviation of an article at the start of a provision: "Art. 14", "Art.\u00a014". */
  private static final Pattern ARTICLE = Pattern.compile("Art\\.[ \u00a0\u202f]");

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
    // The EU's own words where it has them: institutions, bodies (organes, organen, Einrichtungen) and agencies.
    put(BodyKind.class, Language.EN, "EU institution", "EU agency", "EU body", "EU network or group",
        "Council working party", "board", "working group", "international organisation",
        "intergovernmental forum or initiative", "association", "community", "national authority", "national agency",
        "department", "office", "diplomatic mission", "partnership", "project", "exercise", "country");
    // "Intergouvernementaux": an adjective after a masculine and a feminine noun takes the masculine plural.
    put(BodyKind.class, Language.FR, "institution de l’UE", "agence de l’UE", "organe de l’UE",
        "réseau ou groupe de l’UE", "groupe de travail du Conseil", "conseil d’administration", "groupe de travail",
        "organisation internationale", "forum ou initiative intergouvernementaux", "association", "communauté",
        "autorité nationale", "agence nationale", "service", "fonction", "mission diplomatique", "partenariat",
        "projet", "exercice", "pays");
    put(BodyKind.class, Language.NL, "EU-instelling", "EU-agentschap", "EU-orgaan", "EU-netwerk of -groep",
        "werkgroep van de Raad", "raad van bestuur", "werkgroep", "internationale organisatie",
        "intergouvernementeel forum of initiatief", "vereniging", "gemeenschap", "nationale autoriteit",
        "nationaal agentschap", "dienst", "ambt", "diplomatieke vertegenwoordiging", "partnerschap", "project",
        "oefening", "land");
    put(BodyKind.class, Language.DE, "EU-Organ", "EU-Agentur", "EU-Einrichtung", "EU-Netzwerk oder -Gruppe",
        "Arbeitsgruppe des Rates", "Verwaltungsrat", "Arbeitsgruppe", "internationale Organisation",
        "zwischenstaatliches Forum oder zwischenstaatliche Initiative", "Vereinigung", "Gemeinschaft",
        "nationale Behörde", "nationale Agentur", "Dienststelle", "Amt", "diplomatische Vertretung", "Partnerschaft",
        "Projekt", "Übung", "Staat");
    put(InstrumentKind.class, Language.EN, "EU directive", "EU regulation", "EU decision",
        "Council conclusions or framework", "Belgian law", "royal decree", "OSCE decision", "declaration", "strategy");
    put(InstrumentKind.class, Language.FR, "directive de l’UE", "règlement de l’UE", "décision de l’UE",
        "conclusions ou cadre du Conseil", "loi belge", "arrêté royal", "décision de l’OSCE", "déclaration",
        "stratégie");
    put(InstrumentKind.class, Language.NL, "EU-richtlijn", "EU-verordening", "EU-besluit",
        "conclusies of kader van de Raad", "Belgische wet", "koninklijk besluit", "OVSE-besluit", "verklaring",
        "strategie");
    // Belgium's German texts write "Königlicher Erlass" with a capital, as a title.
    put(InstrumentKind.class, Language.DE, "EU-Richtlinie", "EU-Verordnung", "EU-Beschluss",
        "Schlussfolgerungen oder Rahmen des Rates", "belgisches Gesetz", "Königlicher Erlass", "OSZE-Beschluss",
        "Erklärung", "Strategie");
    put(LabelKind.class, Language.EN, "name", "short name", "acronym", "other name", "former name");
    // A sigle, an afkorting, an Abkürzung: the general word, as the list holds abbreviations as well as acronyms.
    put(LabelKind.class, Language.FR, "nom", "nom abrégé", "sigle", "autre nom", "ancien nom");
    put(LabelKind.class, Language.NL, "naam", "verkorte naam", "afkorting", "andere naam", "vroegere naam");
    put(LabelKind.class, Language.DE, "Name", "Kurzname", "Abkürzung", "anderer Name", "früherer Name");
    // A body is named as the explanations name one they do not know: l’entité, de instantie, die Einrichtung.
    put(RecordType.class, Language.EN, "source", "body", "legal instrument", "role");
    put(RecordType.class, Language.FR, "source", "entité", "instrument juridique", "rôle");
    put(RecordType.class, Language.NL, "bron", "instantie", "rechtsinstrument", "rol");
    put(RecordType.class, Language.DE, "Quelle", "Einrichtung", "Rechtsinstrument", "Rolle");
    // The explorer's headings (holder, function, through, paragraph), the explanations' (legal basis, as) and those
    // of find (part of, held by it, held through it, nothing found); a body is an entité as in RecordType.
    put(Word.class, Language.EN, "holder", "function", "through", "legal basis", "legal bases", "as", "section",
        "paragraph", "part of", "held by it", "held through it", "nothing found", "in no body", "characters",
        "schema");
    put(Word.class, Language.FR, "titulaire", "fonction", "par", "base légale", "bases légales", "en qualité de",
        "section", "paragraphe", "fait partie de", "exercé par cette entité",
        "exercé par l’intermédiaire de cette entité", "aucun résultat", "sans entité", "caractères", "schéma");
    put(Word.class, Language.NL, "houder", "functie", "via", "rechtsgrond", "rechtsgronden", "als", "sectie",
        "alinea", "onderdeel van", "vervuld door deze instantie", "vervuld via deze instantie", "niets gevonden",
        "zonder instantie", "tekens", "schema");
    put(Word.class, Language.DE, "Inhaber", "Funktion", "durch", "Rechtsgrundlage", "Rechtsgrundlagen", "als",
        "Abschnitt", "Absatz", "Teil von", "wahrgenommen von dieser Einrichtung",
        "wahrgenommen durch diese Einrichtung", "keine Treffer", "ohne Einrichtung", "Zeichen", "Schema");
    // The explorer's words for the CCB's page: "la page du CCB", "de CCB-pagina", "die CCB-Seite".
    put(SourceKind.class, Language.EN, "CCB page", "official journal", "website of the body", "official document",
        "press release", "other web page");
    put(SourceKind.class, Language.FR, "page du CCB", "journal officiel", "site web de l’entité", "document officiel",
        "communiqué de presse", "autre page web");
    put(SourceKind.class, Language.NL, "CCB-pagina", "officieel publicatieblad", "website van de instantie",
        "officieel document", "persbericht", "andere webpagina");
    put(SourceKind.class, Language.DE, "CCB-Seite", "Amtsblatt", "Website der Einrichtung", "amtliches Dokument",
        "Pressemitteilung", "andere Webseite");
    // The last is what an explanation says of a role with no basis ("; no legal basis stated"): one wording for both.
    put(LegalBasisStatus.class, Language.EN, "legal basis stated on the page", "legal basis from other sources",
        "no legal basis stated");
    put(LegalBasisStatus.class, Language.FR, "base légale indiquée sur la page", "base légale tirée d’autres sources",
        "aucune base légale indiquée");
    put(LegalBasisStatus.class, Language.NL, "rechtsgrond vermeld op de pagina", "rechtsgrond uit andere bronnen",
        "geen rechtsgrond vermeld");
    put(LegalBasisStatus.class, Language.DE, "Rechtsgrundlage auf der Seite angegeben",
        "Rechtsgrundlage aus anderen Quellen", "keine Rechtsgrundlage angegeben");
    // A proper name is a nom propre, an eigennaam, an Eigenname; "qui lui soit propre" keeps "of its own" apart.
    put(NoNameKind.class, Language.EN, "no name of its own", "named only in other languages", "proper name",
        "not a language of the issuer");
    put(NoNameKind.class, Language.FR, "aucun nom qui lui soit propre", "nommé uniquement dans d’autres langues",
        "nom propre", "pas une langue de l’émetteur");
    put(NoNameKind.class, Language.NL, "geen eigen naam", "alleen in andere talen benoemd", "eigennaam",
        "geen taal van de uitgevende instantie");
    put(NoNameKind.class, Language.DE, "kein eigener Name", "nur in anderen Sprachen benannt", "Eigenname",
        "keine Sprache des Herausgebers");
  }

  private Terms() {}

  /** The word for a role function, such as "single point of contact". */
  public static String function(RoleFunction function, Language language) {
    return lookUp(requireNonNull(function, "function"), language);
  }

  /** The heading for a level, as the source page names its sections, such as "Au niveau européen". */
  public static String level(Level level, Language language) {
    return lookUp(requireNonNull(level, "level"), language);
  }

  /** The words for a condition, such as "on request". */
  public static String condition(Condition condition, Language language) {
    return lookUp(requireNonNull(condition, "condition"), language);
  }

  /**
   * The words for how a role relates to an instrument it is about (as opposed to its legal basis), such as
   * "implements" or "guided by".
   */
  public static String subject(SubjectKind kind, Language language) {
    return lookUp(requireNonNull(kind, "kind"), language);
  }

  /**
   * The words for how a body stands towards another, such as "counterpart of" or "Partner von". They end in a
   * preposition, which wants a case or an article ("von der Europäischen Kommission"): a name in its citation form
   * follows them after {@link #colon}, as a value follows its label ("Partner von: Europäische Kommission").
   */
  public static String relation(BodyRelationKind kind, Language language) {
    return lookUp(requireNonNull(kind, "kind"), language);
  }

  /** The words for what kind of body a body is, such as "EU agency" or "agence de l’UE". */
  public static String bodyKind(BodyKind kind, Language language) {
    return lookUp(requireNonNull(kind, "kind"), language);
  }

  /** The words for what kind of instrument an instrument is, such as "EU directive" or "arrêté royal". */
  public static String instrumentKind(InstrumentKind kind, Language language) {
    return lookUp(requireNonNull(kind, "kind"), language);
  }

  /** The words for what a label is, such as "acronym" or "nom abrégé". */
  public static String labelKind(LabelKind kind, Language language) {
    return lookUp(requireNonNull(kind, "kind"), language);
  }

  /** The word for a type of record, such as "body" or "Rechtsinstrument". */
  public static String record(RecordType type, Language language) {
    return lookUp(requireNonNull(type, "type"), language);
  }

  /** The words for a kind of source, such as "press release" or "page du CCB". */
  public static String sourceKind(SourceKind kind, Language language) {
    return lookUp(requireNonNull(kind, "kind"), language);
  }

  /**
   * The words for where a role's legal bases come from, such as "legal basis stated on the page"; for {@link
   * LegalBasisStatus#NONE_STATED}, what an explanation says of a role with none: "no legal basis stated".
   */
  public static String legalBasisStatus(LegalBasisStatus status, Language language) {
    return lookUp(requireNonNull(status, "status"), language);
  }

  /** The words for why a record has no official name in a language, such as "proper name" or "geen eigen naam". */
  public static String noNameKind(NoNameKind kind, Language language) {
    return lookUp(requireNonNull(kind, "kind"), language);
  }

  /**
   * The words for whether a role goes on after every legal basis recorded for it has ended, as an explanation says it
   * of the role: "the role continues", "le rôle a pris fin", "niet bekend of de rol doorloopt".
   */
  public static String continuation(Continuation continuation, Language language) {
    return EndedBases.continuation(requireNonNull(continuation, "continuation"), requireNonNull(language, "language"));
  }

  /**
   * A number of records of a type, the noun in the singular or the plural as the language counts: "1 body", "0
   * bodies", "0 entité", "2 entités", "34 Rollen".
   *
   * @throws IllegalArgumentException if the count is negative
   */
  public static String count(RecordType type, int count, Language language) {
    return count + " " + noun(type, count, language);
  }

  /**
   * The noun that follows a number of records of a type, as {@link #count} writes it after the number: "body" after
   * 1, "bodies" after 0 or 2, "entité" after 0 or 1, "Rollen" after 34. For a count whose number is written apart.
   *
   * @throws IllegalArgumentException if the count is negative
   */
  public static String noun(RecordType type, int count, Language language) {
    requireNonNull(type, "type");
    requireNonNull(language, "language");
    if (count < 0) {
      throw new IllegalArgumentException("a count of records is not negative: " + count);
    }
    // French counts none in the singular, as it does one ("0 entité"); the other three only one.
    boolean singular = language == Language.FR ? count <= 1 : count == 1;
    return singular ? record(type, language) : plural(type, language);
  }

  private static String plural(RecordType type, Language language) {
    return switch (language) {
      case EN -> switch (type) {
        case SOURCE -> "sources";
        case BODY -> "bodies";
        case INSTRUMENT -> "legal instruments";
        case ROLE -> "roles";
      };
      case FR -> switch (type) {
        case SOURCE -> "sources";
        case BODY -> "entités";
        case INSTRUMENT -> "instruments juridiques";
        case ROLE -> "rôles";
      };
      case NL -> switch (type) {
        case SOURCE -> "bronnen";
        case BODY -> "instanties";
        case INSTRUMENT -> "rechtsinstrumenten";
        case ROLE -> "rollen";
      };
      case DE -> switch (type) {
        case SOURCE -> "Quellen";
        case BODY -> "Einrichtungen";
        case INSTRUMENT -> "Rechtsinstrumente";
        case ROLE -> "Rollen";
      };
    };
  }

  /** The words of a line that name no constant of the model, such as "holder" or "base légale". */
  public static String word(Word word, Language language) {
    return lookUp(requireNonNull(word, "word"), language);
  }

  /**
   * The sign between a heading and what it heads, with its spaces: ": ", and in French a no-break space (U+00A0)
   * before it, "\u00a0: ", so that the colon never starts a line. Every French sentence of the library takes it
   * from here.
   */
  public static String colon(Language language) {
    return Punctuation.colon(requireNonNull(language, "language"));
  }

  /**
   * The sign between the parts of a line, with its spaces: "; ", and in French a narrow no-break space (U+202F)
   * before it, "\u202f; ".
   */
  public static String semicolon(Language language) {
    return Punctuation.semicolon(requireNonNull(language, "language"));
  }

  /**
   * Words as a question: "did you mean ENISA?", and in French with a narrow no-break space (U+202F) before the
   * question mark, "vouliez-vous dire ENISA\u202f?".
   */
  public static String question(String words, Language language) {
    return Punctuation.question(requireNonNull(words, "words"), requireNonNull(language, "language"));
  }

  /**
   * A span of time as the explanations write it: "from June 2020 until 17 October 2024", "jusqu’au 17 octobre 2024",
   * "ab dem 1. April 2026".
   *
   * @return the span; never null, and empty when the validity has neither a start nor an end
   */
  public static String span(Validity validity, Language language) {
    return Dates.span(requireNonNull(validity, "validity"), requireNonNull(language, "language"));
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
   * A provision as a sentence in the given language cites it, after its instrument and a comma: French and Dutch write
   * the abbreviation of "article" and "artikel" in lower case ("loi NIS, art. 14"; Justel cites "art. 5" in both),
   * English and German keep "Art. 14". Only a leading "Art." followed by a space changes; any other form ("CBM 14")
   * is returned as it is. The data and the machine-readable exports keep the data's own form.
   *
   * @return the provision as cited; never null, and empty only when the provision is
   */
  public static String provision(String provision, Language language) {
    requireNonNull(provision, "provision");
    boolean lowerCase = switch (requireNonNull(language, "language")) {
      case FR, NL -> true;
      case EN, DE -> false;
    };
    return lowerCase && ARTICLE.matcher(provision).lookingAt() ? "a" + provision.substring(1) : provision;
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

  private static String lookUp(Enum<?> value, Language language) {
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
