package io.github.ccbrelations.model;

import java.time.LocalDate;

/** Rich values, with every field set, shared by the type tests. */
final class TestValues {
  private TestValues() {}

  static SourceReference eurLexReference() {
    return SourceReference.builder().source(SourceId.of("eur-lex-cybersecurity-act")).locator("Art. 3").build();
  }

  static Label label() {
    return Label.builder()
        .language(Language.FR)
        .kind(LabelKind.NAME)
        .text("Agence de l'Union européenne pour la cybersécurité")
        .addSources(eurLexReference())
        .build();
  }

  static Source source() {
    return Source.builder()
        .id(SourceId.of("ccb-international-relations-fr"))
        .kind(SourceKind.CCB_PAGE)
        .title("Relations internationales")
        .language(Language.FR)
        .publisher("Centre for Cybersecurity Belgium")
        .url(WebUrl.of("https://ccb.belgium.be/fr/relations-internationales"))
        .consulted(LocalDate.of(2026, 11, 20))
        .addSections(SourceSection.of("european-level", "Au niveau européen", 7))
        .addSections(SourceSection.of("international-level", "Au niveau international", 5))
        .build();
  }
}
