package io.github.ccbrelations.model;

import java.util.List;
import java.util.Optional;

/** A record with names, acronyms and other labels in the dataset's languages. */
public interface Labelled {
  /**
   * All labels of the record.
   *
   * @return at least one label; never null
   */
  List<Label> labels();

  /**
   * The official name in one language.
   *
   * @param language the language
   * @return the name; empty when the record has no official name in that language
   */
  default Optional<String> name(Language language) {
    return labels().stream()
        .filter(l -> l.language() == language && l.kind() == LabelKind.NAME)
        .map(Label::text)
        .findFirst();
  }

  /**
   * The labels of one kind in one language, in dataset order.
   *
   * @param language the language
   * @param kind the kind
   * @return the texts; empty when there are none
   */
  default List<String> labels(Language language, LabelKind kind) {
    return labels().stream()
        .filter(l -> l.language() == language && l.kind() == kind)
        .map(Label::text)
        .toList();
  }

  /**
   * The acronyms in one language.
   *
   * @param language the language
   * @return the acronyms; empty when there are none
   */
  default List<String> acronyms(Language language) {
    return labels(language, LabelKind.ACRONYM);
  }

  /**
   * The best name for display: the official name in the first language that has one, else a short name, else any
   * label, trying the languages in order.
   *
   * @param preferred languages in order of preference
   * @return a label text; never null
   */
  default String displayName(List<Language> preferred) {
    for (LabelKind kind : List.of(LabelKind.NAME, LabelKind.SHORT_NAME, LabelKind.ALTERNATIVE, LabelKind.ACRONYM)) {
      for (Language language : preferred) {
        List<String> texts = labels(language, kind);
        if (!texts.isEmpty()) {
          return texts.get(0);
        }
      }
    }
    return labels().get(0).text();
  }

  /**
   * What is wrong with a record's labels, without naming the record: the caller names it only when something is, so
   * that a file's records are checked without a message made for each.
   *
   * @param labels the labels
   * @return the rest of the message after the record's name, such as {@code " needs at least one label"}; null when
   *     the labels are valid
   */
  static @org.jspecify.annotations.Nullable String labelsProblem(List<Label> labels) {
    if (labels.isEmpty()) {
      return " needs at least one label";
    }
    int names = 0;
    boolean twoNames = false;
    for (int i = 0; i < labels.size(); i++) {
      Label l = labels.get(i);
      if (l.kind() == LabelKind.NAME) {
        int bit = 1 << l.language().ordinal();
        twoNames |= (names & bit) != 0;
        names |= bit;
      }
    }
    if (twoNames) {
      // The first language, in the format's order, with more than one official name, and how many it has.
      int[] count = new int[Language.values().length];
      for (Label l : labels) {
        if (l.kind() == LabelKind.NAME) {
          count[l.language().ordinal()]++;
        }
      }
      for (Language language : Language.values()) {
        if (count[language.ordinal()] > 1) {
          return " has " + count[language.ordinal()] + " official names in '" + language.code()
              + "'; at most one is allowed";
        }
      }
    }
    // No label twice: compared field by field, the message names the first repeated one.
    for (int i = 1; i < labels.size(); i++) {
      Label b = labels.get(i);
      for (int j = 0; j < i; j++) {
        Label a = labels.get(j);
        if (a.language() == b.language() && a.kind() == b.kind() && a.text().equals(b.text())) {
          return " labels lists '" + b.language().code() + " " + b.kind() + " '" + b.text() + "'' twice";
        }
      }
    }
    return null;
  }

  /**
   * Refuses labels that {@link #labelsProblem} finds wrong.
   *
   * @param record the record's name for the message, such as {@code "body 'ccb'"}
   * @param labels the labels
   * @throws IllegalArgumentException naming the record and what is wrong
   */
  static void checkLabels(String record, List<Label> labels) {
    String problem = labelsProblem(labels);
    if (problem != null) {
      throw new IllegalArgumentException(record + problem);
    }
  }
}
