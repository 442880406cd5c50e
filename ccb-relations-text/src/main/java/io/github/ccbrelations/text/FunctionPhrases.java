package io.github.ccbrelations.text;

import io.github.ccbrelations.model.BodyKind;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.RoleFunction;
import io.github.ccbrelations.text.NounPhrases.Slot;

/**
 * The words of a line between the holder and the body a role is held in: the function, and the slot that says how
 * the body's name follows it. Most functions are nouns held in a body ("représentant au sein du groupe"); a member
 * is of a body, and so is a board member, whose board is the body, so that "member" is said once ("member of the
 * Management Board", not "board member in the Management Board"); a commitment is made within the framework of an
 * organisation ("engagement dans le cadre de l’Organisation", "Verpflichtung im Rahmen der Organisation"); and
 * whoever takes part in something is said with the verb ("participe à l’Organisation", "neemt deel aan de
 * Organisatie", "nimmt an der Organisation teil"), whose German particle closes the clause after the parties named
 * with the body ("nimmt an der Task Force im Namen Belgiens teil"). An exercise is named after the word for it, as
 * its name takes no article ("participe à l’exercice Cyber Europe"). A point of contact is one for a body, as the
 * source page says ("point de contact opérationnel de la Belgique pour le groupe de travail informel"). Any other
 * function held in an international organisation is held at it, not in it, since a state's agency works there
 * without being part of it ("deskundige ondersteuning bij de Verenigde Naties").
 */
final class FunctionPhrases {
  /**
   * The function's words, the words that lead from them to the body's name (" in the exercise" of "takes part in the
   * exercise Cyber Europe"; otherwise nothing), the slot the name takes, and what closes the clause after the body and
   * the parties named with it (the German "teil" of "nimmt an … teil"; otherwise nothing). A note on the role (a
   * condition, a span of time) goes between the function's words and the lead, where it never meets the brackets
   * that may follow a name.
   */
  record Phrase(String words, String lead, Slot slot, String closing) {}

  private FunctionPhrases() {}

  /** The phrase for a role held in a body of the given kind. */
  static Phrase inBody(RoleFunction function, BodyKind kind, Language language) {
    return switch (function) {
      case MEMBER, BOARD_MEMBER -> new Phrase(Terms.function(RoleFunction.MEMBER, language), "", Slot.OF, "");
      case COMMITMENT -> new Phrase(Terms.function(function, language), "", Slot.WITHIN, "");
      case PARTICIPANT -> takesPart(language, "", Slot.AT);
      case EXERCISE_PARTICIPANT -> takesPart(language, switch (language) {
        case EN -> " in the exercise";
        case FR -> " à l’exercice";
        case NL -> " aan de oefening";
        case DE -> " an der Übung";
      }, Slot.NAMED);
      case SINGLE_POINT_OF_CONTACT, OPERATIONAL_POINT_OF_CONTACT ->
          new Phrase(Terms.function(function, language), "", Slot.FOR, "");
      default -> new Phrase(Terms.function(function, language), "",
          kind == BodyKind.INTERNATIONAL_ORGANISATION ? Slot.AT_ORGANISATION : Slot.IN, "");
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

  /** "Takes part" and the words for what in, the slot of the name, and the German closing particle. */
  private static Phrase takesPart(Language language, String what, Slot slot) {
    return switch (language) {
      case EN -> new Phrase("takes part", what, slot, "");
      case FR -> new Phrase("participe", what, slot, "");
      case NL -> new Phrase("neemt deel", what, slot, "");
      case DE -> new Phrase("nimmt", what, slot, " teil");
    };
  }
}
