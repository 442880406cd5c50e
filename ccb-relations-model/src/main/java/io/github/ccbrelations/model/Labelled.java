package io.github.ccbrelations.model;

import java.util.List;
import java.util.Objects;
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
   * The languages in which the record says it has no official name, and why.
   *
   * @return the statements; empty when the record says nothing of the kind
   */
  List<NoOfficialName> noOfficialName();

  /**
   * Whether the record has an official name in a language: a {@link LabelKind#NAME} or {@link LabelKind#SHORT_NAME}.
   *
   * @param language the language
   * @return true when it has one
   */
  default boolean hasOfficialNameIn(Language language) {
    Objects.requireNonNull(language, "language");
    for (Label l : labels()) {
      if (l.language() == language && Checks.isOfficialName(l.kind())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the record says it has no official name in a language.
   *
   * @param language the language
   * @return true when one of its {@link #noOfficialName()} statements names the language
   */
  default boolean hasNoOfficialNameIn(Language language) {
    Objects.requireNonNull(language, "language");
    return noOfficialName().stream().anyMatch(n -> n.languages().contains(language));
  }

  /**
   * The official name in one language.
   *
   * @param language the language
   * @return the name; empty when the record has no official name in that language
   */
  default Optional<String> name(Language language) {
    Objects.requireNonNull(language, "language");
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
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(kind, "kind");
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
    Objects.requireNonNull(language, "language");
    return labels(language, LabelKind.ACRONYM);
  }

  /**
   * The language a record is shown in: the first preferred language when the record has any label in it, of any
   * kind; else the first of the others in which it has an official name ({@link LabelKind#NAME} or
   * {@link LabelKind#SHORT_NAME}) or an acronym; else the first in which it has any label. A record is never shown
   * in another language while it has a label in the first, and, once it falls back, an official name or an acronym
   * wins over another wording (an alternative or former name).
   *
   * @param preferred languages in order of preference
   * @return that language; the language of the record's first label when it has none in the preferred ones; never
   *     null
   */
  default Language displayLanguage(List<Language> preferred) {
    Objects.requireNonNull(preferred, "preferred");
    if (!preferred.isEmpty() && hasLabelIn(preferred.get(0))) {
      return preferred.get(0);
    }
    // Falling back, an official name or an acronym in a later language beats a mere wording in an earlier one:
    // German output names a Belgian act by its French title, not by an English paraphrase of it.
    for (Language language : preferred) {
      if (hasOfficialNameIn(language) || !labels(language, LabelKind.ACRONYM).isEmpty()) {
        return language;
      }
    }
    for (Language language : preferred) {
      if (hasLabelIn(language)) {
        return language;
      }
    }
    return labels().get(0).language();
  }

  private boolean hasLabelIn(Language language) {
    for (Label label : labels()) {
      if (label.language() == language) {
        return true;
      }
    }
    return false;
  }

  /**
   * The best name for display: in the {@linkplain #displayLanguage display language}, the official name, else a
   * short name, else another wording, else an acronym, else a former name. A record with any label in the first
   * preferred language is always named in it.
   *
   * <pre>{@code
   * // labels: en NAME "Directive (EU) 2016/1148", fr ACRONYM "NIS", fr SHORT_NAME "directive SRI"
   * nis.displayName(List.of(Language.FR, Language.EN));   // "directive SRI"
   * }</pre>
   *
   * @param preferred languages in order of preference
   * @return a label text; never null
   */
  default String displayName(List<Language> preferred) {
    Objects.requireNonNull(preferred, "preferred");
    return displayName(preferred,
        List.of(LabelKind.NAME, LabelKind.SHORT_NAME, LabelKind.ALTERNATIVE, LabelKind.ACRONYM));
  }

  /**
   * A label for display, chosen by kind: in the {@linkplain #displayLanguage display language}, the first label of
   * the first kind in {@code kinds} that the record has there, else its first label in that language.
   *
   * @param preferred languages in order of preference
   * @param kinds kinds in order of preference, such as acronym then short name for a compact label
   * @return a label text; never null
   */
  default String displayName(List<Language> preferred, List<LabelKind> kinds) {
    Objects.requireNonNull(preferred, "preferred");
    Objects.requireNonNull(kinds, "kinds");
    Language language = displayLanguage(preferred);
    for (LabelKind kind : kinds) {
      List<String> texts = labels(language, kind);
      if (!texts.isEmpty()) {
        return texts.get(0);
      }
    }
    return labels().stream().filter(l -> l.language() == language).findFirst().orElseThrow().text();
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
    Objects.requireNonNull(labels, "labels");
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
    // No label twice, by the rule of every list (ListEntries); the message names the first repeated one.
    int repeated = ListEntries.firstRepeated(labels);
    if (repeated >= 0) {
      Label b = labels.get(repeated);
      return " labels lists '" + b.language().code() + " " + b.kind() + " '" + b.text() + "'' twice";
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
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(labels, "labels");
    String problem = labelsProblem(labels);
    if (problem != null) {
      throw new IllegalArgumentException(record + problem);
    }
  }
}
