package io.github.ccbrelations.data.text;

import io.github.ccbrelations.model.Language;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A body's name after a preposition, with the article, elision and contraction its language wants: "au nom de la
 * Belgique", "au sein de l'Organisation ...", "en appui à Enabel", "namens België", "in het netwerk ...", "im Namen
 * Belgiens", "in der Europäischen Gruppe ...", "in the Cooperation Group".
 *
 * <p>Neither the gender of a name nor whether it takes an article can be derived from the data, so they are kept in
 * the small tables below and never guessed. French, Dutch and English are keyed by body id (the gender is that of the
 * head noun of the body's names, and those languages do not inflect the name); German is keyed by the exact label
 * shown, because its cases change the words of a name ("die Europäische Gruppe", "in der Europäischen Gruppe"). A
 * body or label not in the tables is named through a noun whose grammar is known, with the name in quotation marks
 * ("au sein de l'entité « X »", "in de instantie ‘X’", "in der Einrichtung „X“", "in the body “X”"), so a sentence
 * stays grammatical for any file.
 */
final class NounPhrases {
  /** What a name needs for its article: a gender or number, or no article at all (a proper name). */
  enum Form {
    MASCULINE, FEMININE, NEUTER, PLURAL, PROPER
  }

  /** The slots of a sentence that take a body's name. */
  enum Slot {
    IN, ON_BEHALF_OF, THROUGH, SUPPORTING
  }

  /**
   * A German label: its form, and its words in the dative, genitive and accusative (with an article where the form
   * takes one); an absent case is said through the known noun instead.
   */
  private record German(Form form, String dative, Optional<String> genitive, Optional<String> accusative) {}

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
    body("enisa-ad-hoc-working-groups", pl, proper, proper);     // les groupes; ENISA's ad hoc working groups (nl shows en)
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
    body("niger", m, f, proper);                                 // le Niger, de Republiek Niger, Niger
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
    body("enisa", f, n, proper);                                 // l'Agence, het Agentschap, ENISA
    body("eccc", m, n, n);                                       // le centre, het kenniscentrum

    german("Belgien", proper, "Belgien", "Belgiens", "Belgien");
    german("CERT.be", proper, "CERT.be", null, "CERT.be");
    german("Enabel", proper, "Enabel", null, "Enabel");
    german("Cyber Europe", proper, "Cyber Europe", null, "Cyber Europe");
    german("Unterarbeitsgruppen", pl, "Unterarbeitsgruppen", "Unterarbeitsgruppen", "Unterarbeitsgruppen");
    german("Verwaltungsrat von ENISA", m, "Verwaltungsrat von ENISA", "Verwaltungsrats von ENISA", null);
    german("Ad-hoc-Arbeitsgruppen von ENISA", pl, "Ad-hoc-Arbeitsgruppen von ENISA", "Ad-hoc-Arbeitsgruppen von ENISA",
        null);
    german("Europäische Gruppe für die Cybersicherheitszertifizierung", f,
        "Europäischen Gruppe für die Cybersicherheitszertifizierung", null, null);
    german("Netz der nationalen Koordinierungszentren", n, "Netz der nationalen Koordinierungszentren",
        "Netzes der nationalen Koordinierungszentren", null);
    german("Organisation für Sicherheit und Zusammenarbeit in Europa", f,
        "Organisation für Sicherheit und Zusammenarbeit in Europa", null, null);
    german("Vereinte Nationen", pl, "Vereinten Nationen", "Vereinten Nationen", null);
    german("Agentur der Europäischen Union für Cybersicherheit", f,
        "Agentur der Europäischen Union für Cybersicherheit", null, null);
    german("Niger", m, "Niger", "Niger", null);                  // der Niger: im Niger, des Niger
    // Names in another language keep their words in German; the article follows the German head noun
    // (die Gruppe, die Initiative, das Netzwerk, das Forum, die Organisation, die Union, die Vertretung).
    for (String feminine : new String[] {"NIS-Cooperation Group", "Cooperation Group",
        "International Counter Ransomware Initiative", "International Counter Ransomware Task Force",
        "European Cyber Security Organisation", "Horizontal Working Party on Cyber Issues",
        "International Telecommunication Union", "North Atlantic Treaty Organization",
        "Task Force on Computer Security Incident Response Teams",
        "Permanent Representation of Belgium to the European Union", "European Cybersecurity Certification Group",
        "groupe des CERT des gouvernements européens", "groupe de travail informel sur le cyberespace",
        "Organisation de coopération et de développement économiques",
        "représentation de la Belgique auprès de l'OTAN", "représentation de la Belgique auprès de l'ONU"}) {
      german(feminine, f, feminine, null, null);
    }
    for (String neuter : new String[] {"CSIRTs network", "European cyber crisis liaison organisation network",
        "Forum of Incident Response and Security Teams", "Global Forum on Cyber Expertise",
        "Network of National Coordination Centres"}) {
      german(neuter, n, neuter, null, null);
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
   * @param after what follows the label, such as {@code " (ENISA)"}; empty for nothing
   * @return the phrase; never null
   */
  static String phrase(Language language, Slot slot, String bodyId, String label, String after) {
    Optional<Form> form = Optional.ofNullable(BY_BODY.get(bodyId)).map(forms -> forms.get(language));
    return switch (language) {
      case FR -> french(slot, form, label, after);
      case NL -> dutch(slot, form, label, after);
      case EN -> english(slot, form, label, after);
      case DE -> german(slot, Optional.ofNullable(GERMAN.get(label)), label, after);
    };
  }

  private static String french(Slot slot, Optional<Form> form, String label, String after) {
    String name = label + after;
    boolean toward = slot == Slot.SUPPORTING;
    String preposition = switch (slot) {
      case IN -> "au sein ";
      case ON_BEHALF_OF -> "au nom ";
      case THROUGH -> "par l'intermédiaire ";
      case SUPPORTING -> "en appui ";
    };
    if (form.isEmpty()) {
      return preposition + (toward ? "à" : "de") + " l'entité « " + label + " »" + after;
    }
    boolean vowel = startsWithVowel(name);
    String article = switch (form.get()) {
      case PROPER -> toward ? "à " : vowel ? "d'" : "de ";
      case MASCULINE -> vowel ? (toward ? "à l'" : "de l'") : (toward ? "au " : "du ");
      case FEMININE, NEUTER -> vowel ? (toward ? "à l'" : "de l'") : (toward ? "à la " : "de la ");
      case PLURAL -> toward ? "aux " : "des ";
    };
    return preposition + article + name;
  }

  private static String dutch(Slot slot, Optional<Form> form, String label, String after) {
    String name = label + after;
    String preposition = switch (slot) {
      case IN -> "in ";
      case ON_BEHALF_OF -> "namens ";
      case THROUGH -> "via ";
      case SUPPORTING -> "ter ondersteuning van ";
    };
    if (form.isEmpty()) {
      return preposition + "de instantie ‘" + label + "’" + after;
    }
    return preposition + switch (form.get()) {
      case PROPER -> "";
      case NEUTER -> "het ";
      case MASCULINE, FEMININE, PLURAL -> "de ";
    } + name;
  }

  private static String english(Slot slot, Optional<Form> form, String label, String after) {
    String name = label + after;
    String preposition = switch (slot) {
      case IN -> "in ";
      case ON_BEHALF_OF -> "on behalf of ";
      case THROUGH -> "through ";
      case SUPPORTING -> "supporting ";
    };
    if (form.isEmpty()) {
      return preposition + "the body “" + label + "”" + after;
    }
    return preposition + (form.get() == Form.PROPER ? "" : "the ") + name;
  }

  /**
   * In, with the dative (in dem becomes im); on behalf of and supporting, with the genitive (of a feminine name the
   * words of the dative; of a proper name without a genitive in the table, von and the name); through, with the
   * accusative. A case the table does not give is said through a known feminine noun, die Einrichtung.
   */
  private static String german(Slot slot, Optional<German> entry, String label, String after) {
    String name = label + after;
    German known = entry.map(g -> new German(g.form(), g.dative() + after, g.genitive().map(x -> x + after),
        g.accusative().map(x -> x + after))).orElseGet(() -> fallback(label, after));
    Optional<String> genitive = known.genitive()
        .or(() -> known.form() == Form.FEMININE ? Optional.of(known.dative()) : Optional.empty());
    return switch (slot) {
      case IN -> dative(known);
      case THROUGH -> "über " + known.accusative().orElseGet(() -> "die " + fallback(label, after).dative());
      case ON_BEHALF_OF, SUPPORTING -> (slot == Slot.ON_BEHALF_OF ? "im Namen " : "zur Unterstützung ")
          + genitive.map(gen -> genitiveArticle(known.form()) + gen)
              .orElseGet(() -> known.form() == Form.PROPER ? "von " + name : "der " + fallback(label, after).dative());
    };
  }

  private static German fallback(String label, String after) {
    String words = "Einrichtung „" + label + "“" + after;
    return new German(Form.FEMININE, words, Optional.of(words), Optional.of("die " + words));
  }

  private static String dative(German g) {
    return switch (g.form()) {
      case PROPER -> "in " + g.dative();
      case MASCULINE, NEUTER -> "im " + g.dative();
      case FEMININE -> "in der " + g.dative();
      case PLURAL -> "in den " + g.dative();
    };
  }

  private static String genitiveArticle(Form form) {
    return switch (form) {
      case PROPER -> "";
      case MASCULINE, NEUTER -> "des ";
      case FEMININE, PLURAL -> "der ";
    };
  }

  private static boolean startsWithVowel(String name) {
    return !name.isEmpty() && "aeiouyàâäéèêëîïôöùûü".indexOf(Character.toLowerCase(name.charAt(0))) >= 0;
  }

  private static void body(String id, Form french, Form dutch, Form english) {
    BY_BODY.put(id, Map.of(Language.FR, french, Language.NL, dutch, Language.EN, english));
  }

  private static void german(String label, Form form, String dative, @Nullable String genitive,
      @Nullable String accusative) {
    GERMAN.put(label, new German(form, dative, Optional.ofNullable(genitive), Optional.ofNullable(accusative)));
  }

  /** The body ids of the French, Dutch and English table, for the test that they all name a bundled body. */
  static Set<String> bodyIds() {
    return Set.copyOf(BY_BODY.keySet());
  }
}
