package io.github.ccbrelations.text;

import io.github.ccbrelations.model.Language;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A body's name after a preposition, with the article, elision and contraction its language wants: "au nom de la
 * Belgique", "au sein de l’Organisation ...", "en appui à Enabel", "pour le groupe de travail", "namens België", "in
 * het netwerk ...", "bij de Verenigde Naties", "im Namen Belgiens", "in der Europäischen Gruppe ...", "für die
 * Gruppe", "in the Cooperation Group".
 *
 * <p>Neither the gender of a name nor whether it takes an article can be derived from the data, so they are kept in
 * the small tables below and never guessed. French, Dutch and English are keyed by body id (the gender is that of the
 * head noun of the body's names, and those languages do not inflect the name); German is keyed by the exact label
 * shown, because its cases change the words of a name ("die Europäische Gruppe", "in der Europäischen Gruppe"). A
 * body or label not in the tables is named through a noun whose grammar is known, with the name in quotation marks
 * ("au sein de l’entité « X »", with no-break spaces inside the guillemets; "in de instantie ‘X’", "in der
 * Einrichtung „X“", "in the body “X”"), so a sentence stays grammatical for any file.
 */
final class NounPhrases {
  /** What a name needs for its article: a gender or number, or no article at all (a proper name). */
  enum Form {
    MASCULINE, FEMININE, NEUTER, PLURAL, PROPER
  }

  /**
   * The slots of a sentence that take a body's name: in it, of it, on its behalf, through it, supporting it, taking
   * part at it ("participe à", "neemt deel aan", "nimmt an … teil"), within its framework ("dans le cadre de",
   * "im Rahmen"), named after a noun that already has its article ("l’exercice Cyber Europe"), where the name
   * stands alone, for it (a point of contact for a group, support for a body: "pour", "voor", "für" with the
   * accusative), and at an international organisation, which a state's agency works at rather than in ("bij de
   * Verenigde Naties", "bei den Vereinten Nationen", "at the United Nations"; French says "au sein de" as for any
   * body, as the source page does of the OSCE and the OECD).
   */
  enum Slot {
    IN, OF, ON_BEHALF_OF, THROUGH, SUPPORTING, AT, WITHIN, NAMED, FOR, AT_ORGANISATION
  }

  /** A German label: its form, and its words in the dative, genitive and accusative, without the article. */
  private record German(Form form, String dative, String genitive, String accusative) {}

  /** French, Dutch and English forms by body id. */
  private static final Map<String, Map<Language, Form>> BY_BODY = new HashMap<>();
  private static final Map<String, German> GERMAN = new HashMap<>();

  static {
    Form m = Form.MASCULINE;
    Form f = Form.FEMININE;
    Form n = Form.NEUTER;
    Form pl = Form.PLURAL;
    Form proper = Form.PROPER;
    // The bodies of the bundled dataset that sentences name after a preposition: French, Dutch, English. English has
    // only "the" or nothing (NEUTER stands for "the"); Dutch de (MASCULINE, FEMININE, PLURAL) or het (NEUTER).
    body("belgium", f, proper, proper);                          // la Belgique, België, Belgium
    body("cert-be", m, proper, proper);                          // le CERT.be
    body("nis-cooperation-group", m, m, n);                      // le groupe, de groep
    body("nis-cooperation-group-sub-groups", pl, pl, n);         // les sous-groupes, de subgroepen
    body("enisa-management-board", m, m, n);                     // le conseil, de raad
    body("enisa-ad-hoc-working-groups", pl, proper, proper);     // les groupes; ENISA's ad hoc ... (nl shows en)
    body("eccg", m, m, n);                                       // le groupe, de groep
    body("ncc-network", m, n, n);                                // le réseau, het netwerk
    body("hwpci", m, f, n);                                      // le groupe, de groep
    body("ecso", f, f, n);                                       // l'organisation, de organisatie
    body("osce-informal-working-group-cyber", m, f, n);          // le groupe, de werkgroep
    body("osce", f, f, n);                                       // l'Organisation, de Organisatie
    body("gfce", m, n, n);                                       // le forum, het forum
    body("nato", f, f, n);                                       // l'Organisation, de Verdragsorganisatie
    body("un", f, pl, n);                                        // l'Organisation, de Verenigde Naties
    body("oecd", f, f, n);                                       // l'Organisation, de organisatie
    body("itu", f, f, n);                                        // l'Union, de unie
    body("cri", f, n, n);                                        // l'initiative, het initiatief
    body("icrtf", f, f, n);                                      // la task force, de taskforce
    body("csirts-network", m, n, n);                             // le réseau, het netwerk
    body("egc", m, f, n);                                        // le groupe, de groep
    body("first", m, n, n);                                      // le forum, het forum
    body("tf-csirt", f, f, n);                                   // la task force, de taskforce
    body("eu-cyclone", m, n, n);                                 // le réseau, het netwerk
    body("cyber-europe", proper, proper, proper);                // an exercise's proper name
    body("belgian-permanent-representation-eu", f, f, n);        // la représentation, de vertegenwoordiging
    body("belgian-representation-nato", f, f, n);
    body("belgian-representation-un", f, f, n);
    body("enabel", proper, proper, proper);

    // German: the labels the bundled dataset shows after a preposition, with their cases where the words change.
    german("Belgien", proper, "Belgien", "Belgiens", "Belgien");
    german("Unterarbeitsgruppen", pl);
    german("Verwaltungsrat von ENISA", m, "Verwaltungsrat von ENISA", "Verwaltungsrats von ENISA",
        "Verwaltungsrat von ENISA");
    // The genitive is the Official Journal's ("Beschluss des Verwaltungsrats der Agentur ...", OJ L 37 of 2020).
    german("Verwaltungsrat der Agentur der Europäischen Union für Cybersicherheit", m,
        "Verwaltungsrat der Agentur der Europäischen Union für Cybersicherheit",
        "Verwaltungsrats der Agentur der Europäischen Union für Cybersicherheit",
        "Verwaltungsrat der Agentur der Europäischen Union für Cybersicherheit");
    german("Ad-hoc-Arbeitsgruppen von ENISA", pl);
    german("Kooperationsgruppe", f);
    german("Europäische Gruppe für die Cybersicherheitszertifizierung", f,
        "Europäischen Gruppe für die Cybersicherheitszertifizierung",
        "Europäischen Gruppe für die Cybersicherheitszertifizierung",
        "Europäische Gruppe für die Cybersicherheitszertifizierung");
    german("Netzwerk nationaler Koordinierungszentren", n, "Netzwerk nationaler Koordinierungszentren",
        "Netzwerks nationaler Koordinierungszentren", "Netzwerk nationaler Koordinierungszentren");
    german("Organisation für Sicherheit und Zusammenarbeit in Europa", f);
    german("Nordatlantikvertrags-Organisation", f);
    german("Vereinte Nationen", pl, "Vereinten Nationen", "Vereinten Nationen", "Vereinten Nationen");
    german("Organisation für wirtschaftliche Zusammenarbeit und Entwicklung", f);
    german("Internationale Fernmeldeunion", f, "Internationalen Fernmeldeunion", "Internationalen Fernmeldeunion",
        "Internationale Fernmeldeunion");
    german("CSIRT-Netz", n, "CSIRT-Netz", "CSIRT-Netzes", "CSIRT-Netz");
    german("Europäisches Netzwerk der Verbindungsorganisationen für Cyberkrisen", n,
        "Europäischen Netzwerk der Verbindungsorganisationen für Cyberkrisen",
        "Europäischen Netzwerks der Verbindungsorganisationen für Cyberkrisen",
        "Europäische Netzwerk der Verbindungsorganisationen für Cyberkrisen");
    for (String name : List.of("CERT.be", "Enabel", "Cyber Europe")) {
      german(name, proper);
    }
    // Names in another language keep their words in German; the article follows the German head noun
    // (die Gruppe, die Arbeitsgruppe, die Initiative, die Organisation, die Vertretung; das Forum).
    for (String feminine : List.of("Horizontal Working Party on Cyber Issues", "European Cyber Security Organisation",
        "Informal Working Group on Cyber/ICT Security", "International Counter Ransomware Initiative",
        "International Counter Ransomware Task Force", "European Governmental CERTs Group",
        "Task Force on Computer Security Incident Response Teams",
        "Permanent Representation of Belgium to the European Union",
        "Représentation permanente de la Belgique auprès de l'OTAN",
        "représentation de la Belgique auprès de l'ONU")) {
      german(feminine, f);
    }
    for (String neuter : List.of("Global Forum on Cyber Expertise", "Forum of Incident Response and Security Teams")) {
      german(neuter, n);
    }
  }

  private NounPhrases() {}

  /**
   * The words for a slot followed by the name: "au sein du groupe de coopération", "im Namen Belgiens".
   *
   * @param language the language of the sentence
   * @param slot the slot
   * @param bodyId the id of the named body, for the French, Dutch and English tables
   * @param label the label shown, for the German table
   * @return the phrase, ending with the label (or its inflected form, or the label in quotation marks); never null
   */
  static String phrase(Language language, Slot slot, String bodyId, String label) {
    if (slot == Slot.NAMED) {
      return label;
    }
    Optional<Form> form = Optional.ofNullable(BY_BODY.get(bodyId)).map(forms -> forms.get(language));
    return switch (language) {
      case FR -> french(slot, form, label);
      case NL -> dutch(slot, form, label);
      case EN -> english(slot, form, label);
      case DE -> german(slot, GERMAN.getOrDefault(label, unknownGerman(label)));
    };
  }

  private static String french(Slot slot, Optional<Form> form, String label) {
    // "à" contracts with the article as "de" does: au, aux, à la, à l’. French elides with ’, the typographic
    // apostrophe, in all of this library's words.
    boolean toward = slot == Slot.SUPPORTING || slot == Slot.AT;
    String preposition = switch (slot) {
      case IN, AT_ORGANISATION -> "au sein ";
      case OF, AT, NAMED -> "";
      case ON_BEHALF_OF -> "au nom ";
      case THROUGH -> "par l’intermédiaire ";
      case SUPPORTING -> "en appui ";
      case WITHIN -> "dans le cadre ";
      case FOR -> "pour ";
    };
    boolean vowel = startsWithVowel(label);
    if (slot == Slot.FOR) {
      // "Pour" takes the article as it is: pour le groupe, pour l’Organisation, pour les sous-groupes.
      String unknown = "l’entité " + Punctuation.quoted(label, Language.FR);
      return preposition + (form.isEmpty() ? unknown : switch (form.get()) {
        case PROPER -> "";
        case MASCULINE -> vowel ? "l’" : "le ";
        case FEMININE, NEUTER -> vowel ? "l’" : "la ";
        case PLURAL -> "les ";
      } + label);
    }
    if (form.isEmpty()) {
      return preposition + (toward ? "à" : "de") + " l’entité " + Punctuation.quoted(label, Language.FR);
    }
    String article = switch (form.get()) {
      case PROPER -> toward ? "à " : vowel ? "d’" : "de ";
      case MASCULINE -> vowel ? (toward ? "à l’" : "de l’") : (toward ? "au " : "du ");
      case FEMININE, NEUTER -> vowel ? (toward ? "à l’" : "de l’") : (toward ? "à la " : "de la ");
      case PLURAL -> toward ? "aux " : "des ";
    };
    return preposition + article + label;
  }

  private static String dutch(Slot slot, Optional<Form> form, String label) {
    String preposition = switch (slot) {
      case IN -> "in ";
      case OF -> "van ";
      case ON_BEHALF_OF -> "namens ";
      case THROUGH -> "via ";
      case SUPPORTING -> "ter ondersteuning van ";
      case AT -> "aan ";
      case WITHIN -> "in het kader van ";
      case NAMED -> "";
      case FOR -> "voor ";
      case AT_ORGANISATION -> "bij ";
    };
    if (form.isEmpty()) {
      return preposition + "de instantie " + Punctuation.quoted(label, Language.NL);
    }
    return preposition + switch (form.get()) {
      case PROPER -> "";
      case NEUTER -> "het ";
      case MASCULINE, FEMININE, PLURAL -> "de ";
    } + label;
  }

  private static String english(Slot slot, Optional<Form> form, String label) {
    String preposition = switch (slot) {
      case IN -> "in ";
      case OF -> "of ";
      case ON_BEHALF_OF -> "on behalf of ";
      case THROUGH -> "through ";
      case SUPPORTING -> "supporting ";
      case AT -> "in ";
      case WITHIN -> "within ";
      case NAMED -> "";
      case FOR -> "for ";
      case AT_ORGANISATION -> "at ";
    };
    if (form.isEmpty()) {
      return preposition + "the body " + Punctuation.quoted(label, Language.EN);
    }
    return preposition + (form.get() == Form.PROPER ? "" : "the ") + label;
  }

  /**
   * In, at (teilnehmen an) and at an organisation (bei), with the dative (in dem becomes im, an dem am, bei dem
   * beim); of, on behalf of, supporting and within (im Rahmen), with the genitive; through, durch with the accusative,
   * as German says who acts or represents ("vertreten durch CERT.be"; über would mean a route); for, für with the
   * accusative. A proper name whose genitive has no ending of its own is said with von ("zur Unterstützung von
   * Enabel").
   */
  private static String german(Slot slot, German g) {
    return switch (slot) {
      case IN -> switch (g.form()) {
        case PROPER -> "in ";
        case MASCULINE, NEUTER -> "im ";
        case FEMININE -> "in der ";
        case PLURAL -> "in den ";
      } + g.dative();
      case AT -> switch (g.form()) {
        case PROPER -> "an ";
        case MASCULINE, NEUTER -> "am ";
        case FEMININE -> "an der ";
        case PLURAL -> "an den ";
      } + g.dative();
      case AT_ORGANISATION -> switch (g.form()) {
        case PROPER -> "bei ";
        case MASCULINE, NEUTER -> "beim ";
        case FEMININE -> "bei der ";
        case PLURAL -> "bei den ";
      } + g.dative();
      case NAMED -> g.dative(); // not reached: phrase() gives a name after a noun as it is
      case THROUGH -> "durch " + accusative(g);
      case FOR -> "für " + accusative(g);
      case OF -> genitive(g);
      case ON_BEHALF_OF -> "im Namen " + genitive(g);
      case SUPPORTING -> "zur Unterstützung " + genitive(g);
      case WITHIN -> "im Rahmen " + genitive(g);
    };
  }

  private static String accusative(German g) {
    return switch (g.form()) {
      case PROPER -> "";
      case MASCULINE -> "den ";
      case FEMININE, PLURAL -> "die ";
      case NEUTER -> "das ";
    } + g.accusative();
  }

  private static String genitive(German g) {
    return switch (g.form()) {
      case PROPER -> g.genitive().equals(g.dative()) ? "von " : "";
      case MASCULINE, NEUTER -> "des ";
      case FEMININE, PLURAL -> "der ";
    } + g.genitive();
  }

  /** A label the table does not know, named through a feminine noun whose cases are known: die Einrichtung. */
  private static German unknownGerman(String label) {
    String words = "Einrichtung " + Punctuation.quoted(label, Language.DE);
    return new German(Form.FEMININE, words, words, words);
  }

  private static boolean startsWithVowel(String name) {
    return !name.isEmpty() && "aeiouyàâäéèêëîïôöùûü".indexOf(Character.toLowerCase(name.charAt(0))) >= 0;
  }

  private static void body(String id, Form french, Form dutch, Form english) {
    BY_BODY.put(id, Map.of(Language.FR, french, Language.NL, dutch, Language.EN, english));
  }

  /** A label whose words are the same in every case: a name in another language, or one without endings. */
  private static void german(String label, Form form) {
    german(label, form, label, label, label);
  }

  private static void german(String label, Form form, String dative, String genitive, String accusative) {
    GERMAN.put(label, new German(form, dative, genitive, accusative));
  }

  /** The body ids of the French, Dutch and English table, for the test that they all name a bundled body. */
  static Set<String> bodyIds() {
    return Set.copyOf(BY_BODY.keySet());
  }

  /** The labels of the German table, for the test that each is a label of a bundled body. */
  static Set<String> germanLabels() {
    return Set.copyOf(GERMAN.keySet());
  }
}
