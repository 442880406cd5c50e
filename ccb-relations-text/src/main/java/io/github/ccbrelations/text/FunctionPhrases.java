package io.github.ccbrelations.text;

import io.github.ccbrelations.model.BodyKind;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.RoleFunction;
import io.github.ccbrelations.text.NounPhrases.Slot;
import java.util.Locale;

/**
 * The words of a line between the holder and the body a role is held in: the function, and the slot that says how
 * the body's name follows it. Most functions are nouns held in a body ("représentant au sein du groupe"); a member
 * is of a body, and so is a board member, whose board is the body, so that "member" is said once ("member of the
 * Management Board", not "board member in the Management Board"); a commitment is made within the framework of an
 * organisation ("engagement dans le cadre de l’Organisation", "Verpflichtung im Rahmen der Organisation"); and
 * whoever takes part in something is said with the verb ("participe à l’Organisation", "neemt deel aan de
 * Organisatie", "nimmt an der Organisation teil"), whose German particle closes the clause after the parties named
 * with the body ("nimmt an der Task Force im Namen Belgiens teil"). An exercise's name takes no article, so the word
 * for an exercise carries it: after the name in English ("takes part in the Cyber Europe exercise"), before it in
 * French, Dutch and German ("participe à l’exercice Cyber Europe", "neemt deel aan de oefening Cyber Europe", "nimmt
 * an der Übung Cyber Europe teil"). A point of contact is one for a body, as the source page says ("point de contact
 * opérationnel de la Belgique pour le groupe de travail informel"). Any other function held in an international
 * organisation is held at it, not in it, since a state's agency works there without being part of it ("deskundige
 * ondersteuning bij de Verenigde Naties").
 */
final class FunctionPhrases {
  /**
   * The function's words, the words that lead from them to the body's name (" à l’exercice" of "participe à l’exercice
   * Cyber Europe"; otherwise nothing), the slot the name takes, the words right after the name and its brackets (the
   * " exercise" of "takes part in the Cyber Europe exercise"; otherwise nothing), and what closes the clause after the
   * body and the parties named with it (the German "teil" of "nimmt an … teil"; otherwise nothing). A note on the role
   * (a condition, a span of time) goes between the function's words and the lead, where it never meets the brackets
   * that may follow a name.
   */
  record Phrase(String words, String lead, Slot slot, String after, String closing) {
    /** The function's words followed by the name in the slot, and nothing else. */
    static Phrase of(String words, Slot slot) {
      return new Phrase(words, "", slot, "", "");
    }
  }

  private FunctionPhrases() {}

  /** The phrase for a role held in a body of the given kind, shown by the given name. */
  static Phrase inBody(RoleFunction function, BodyKind kind, String name, Language language) {
    return switch (function) {
      case MEMBER, BOARD_MEMBER -> Phrase.of(Terms.function(RoleFunction.MEMBER, language), Slot.OF);
      case COMMITMENT -> Phrase.of(Terms.function(function, language), Slot.WITHIN);
      case PARTICIPANT -> takesPart(language, "", Slot.AT, "");
      case EXERCISE_PARTICIPANT -> exercise(language, name);
      case SINGLE_POINT_OF_CONTACT, OPERATIONAL_POINT_OF_CONTACT -> Phrase.of(Terms.function(function, language),
          Slot.FOR);
      default -> Phrase.of(Terms.function(function, language),
          kind == BodyKind.INTERNATIONAL_ORGANISATION ? Slot.AT_ORGANISATION : Slot.IN);
    };
  }

  /**
   * The slot of the body a role supports. A function that is itself support says so once, and the body it goes to
   * follows "for" ("technical support for Enabel"), not a second word for support ("technische Unterstützung, zur
   * Unterstützung von Enabel", "appui d’expertise …, en appui à"); any other function supports it ("coordinator,
   * supporting …").
   */
  static Slot supported(RoleFunction function) {
    return switch (function) {
      case EXPERT_SUPPORT, TECHNICAL_SUPPORT -> Slot.FOR;
      default -> Slot.SUPPORTING;
    };
  }

  /**
   * Taking part in an exercise: the word for an exercise carries the article its name does not take. English and
   * Dutch leave the word out where the name already says it ("the Regional Example Exercise", not "the Regional
   * Example Exercise exercise"; "de Regionale Voorbeeldoefening"), as their article stays the same; French and German
   * keep it, since the name alone would need a gender or a case that the data does not give.
   */
  private static Phrase exercise(Language language, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return switch (language) {
      case EN -> takesPart(language, " in the", Slot.NAMED, lower.contains("exercise") ? "" : " exercise");
      case FR -> takesPart(language, " à l’exercice", Slot.NAMED, "");
      case NL -> takesPart(language, lower.contains("oefening") ? " aan de" : " aan de oefening", Slot.NAMED, "");
      case DE -> takesPart(language, " an der Übung", Slot.NAMED, "");
    };
  }

  /**
   * "Takes part", the words for what in before the name and after it, the slot of the name, and the German closing
   * particle.
   */
  private static Phrase takesPart(Language language, String what, Slot slot, String after) {
    return switch (language) {
      case EN -> new Phrase("takes part", what, slot, after, "");
      case FR -> new Phrase("participe", what, slot, after, "");
      case NL -> new Phrase("neemt deel", what, slot, after, "");
      case DE -> new Phrase("nimmt", what, slot, after, " teil");
    };
  }
}
