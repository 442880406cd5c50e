package io.github.ccbrelations.data.text;

import io.github.ccbrelations.data.text.NounPhrases.Slot;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.RoleFunction;

/**
 * The words of a line between the holder and the body a role is held in: the function, and the slot that says how
 * the body's name follows it. Most functions are nouns held in a body ("représentant au sein du groupe"); a member
 * is of a body, and so is a board member, whose board is the body, so that "member" is said once ("member of the
 * Management Board", not "board member in the Management Board").
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
      default -> new Phrase(Terms.function(function, language), Slot.IN, "");
    };
  }
}
