package io.github.ccbrelations.text;

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
 * its name takes no article ("participe à l’exercice Cyber Europe").
 */
final class FunctionPhrases {
  /**
   * The words before the body's name, the slot it takes, and what closes the clause after the body and the parties
   * named with it (the German "teil" of "nimmt an … teil"; otherwise nothing).
   */
  record Phrase(String words, Slot slot, String closing) {}

  private FunctionPhrases() {}

  /** The phrase for a role held in a body. */
  static Phrase inBody(RoleFunction function, Language language) {
    return switch (function) {
      case MEMBER, BOARD_MEMBER -> new Phrase(Terms.function(RoleFunction.MEMBER, language), Slot.OF, "");
      case COMMITMENT -> new Phrase(Terms.function(function, language), Slot.WITHIN, "");
      case PARTICIPANT -> takesPart(language, "", Slot.AT);
      case EXERCISE_PARTICIPANT -> takesPart(language, switch (language) {
        case EN -> " in the exercise";
        case FR -> " à l’exercice";
        case NL -> " aan de oefening";
        case DE -> " an der Übung";
      }, Slot.NAMED);
      default -> new Phrase(Terms.function(function, language), Slot.IN, "");
    };
  }

  /** "Takes part" and the words for what in, the slot of the name, and the German closing particle. */
  private static Phrase takesPart(Language language, String what, Slot slot) {
    return switch (language) {
      case EN -> new Phrase("takes part" + what, slot, "");
      case FR -> new Phrase("participe" + what, slot, "");
      case NL -> new Phrase("neemt deel" + what, slot, "");
      case DE -> new Phrase("nimmt" + what, slot, " teil");
    };
  }
}
