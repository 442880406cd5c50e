package io.github.ccbrelations.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Which entries of a list are the same, searched pairwise in a short list and by keys in a long one. */
class ListEntriesTest {
  private static final InstrumentId LAW = InstrumentId.of("law");
  private static final SourceReference CITATION =
      SourceReference.builder().source(SourceId.of("page")).locator("Art. 1").build();

  /** Pairs of entries, the same or not; the sources of an entry never make it another. */
  static Stream<Object[]> pairs() {
    Label name = Label.of(Language.EN, LabelKind.NAME, "Network");
    LegalBasis basis = LegalBasis.of(LAW);
    RoleSubject subject = RoleSubject.of(LAW, SubjectKind.CONCERNS);
    BodyRelation relation = relation().build();
    return Stream.of(
        new Object[] {name, Label.builder().language(Language.EN).kind(LabelKind.NAME).text("Network")
            .addSources(CITATION).build(), true},
        new Object[] {name, Label.of(Language.FR, LabelKind.NAME, "Network"), false},
        new Object[] {basis, LegalBasis.builder().instrument(LAW).addSources(CITATION).build(), true},
        new Object[] {basis, LegalBasis.builder().instrument(LAW).provision("Art. 2").build(), false},
        new Object[] {subject, RoleSubject.builder().instrument(LAW).kind(SubjectKind.CONCERNS).addSources(CITATION)
            .build(), true},
        new Object[] {subject, RoleSubject.of(LAW, SubjectKind.IMPLEMENTS), false},
        new Object[] {relation, relation().addSources(CITATION).build(), true},
        new Object[] {relation, relation().within(BodyId.of("sea")).build(), false},
        new Object[] {SourceSection.of("a", "A", 1), SourceSection.of("a", "A again", 2), true},
        new Object[] {SourceSection.of("a", "A", 1), SourceSection.of("b", "A", 1), false},
        new Object[] {CITATION, SourceReference.builder().source(SourceId.of("page")).locator("Art. 1").build(), true},
        new Object[] {CITATION, SourceReference.builder().source(SourceId.of("page")).locator("Art. 2").build(), false},
        new Object[] {BodyId.of("a"), BodyId.of("a"), true},
        new Object[] {BodyId.of("a"), BodyId.of("b"), false});
  }

  private static BodyRelation.Builder relation() {
    BodyRelation.Builder b = BodyRelation.builder();
    b.kind(BodyRelationKind.COUNTERPART_OF).body(BodyId.of("land"));
    return b;
  }

  @ParameterizedTest(name = "{0} and {1}: {2}")
  @MethodSource("pairs")
  void twoEntriesAreTheSameWhenTheirKeysAreEqual(Object a, Object b, boolean same) {
    assertThat(ListEntries.same(a, b)).isEqualTo(same);
    assertThat(ListEntries.same(b, a)).isEqualTo(same);
    assertThat(ListEntries.key(a).equals(ListEntries.key(b))).isEqualTo(same);
  }

  @Test
  void plainValuesAreTheSameWhenEqual() {
    assertThat(ListEntries.firstRepeated(List.of())).isEqualTo(-1);
    assertThat(ListEntries.firstRepeated(List.of("a", "b", "c"))).isEqualTo(-1);
    assertThat(ListEntries.firstRepeated(List.of("a", "b", "c", "b", "a"))).isEqualTo(3);
    assertThat(ListEntries.firstRepeated(List.of(BodyId.of("x"), BodyId.of("x")))).isEqualTo(1);
  }

  /** Past sixteen entries the search uses keys; the answer is the same. */
  @Test
  void aLongListOfPlainValuesGivesTheSameAnswer() {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      values.add("v" + i);
    }
    assertThat(ListEntries.firstRepeated(values)).isEqualTo(-1);
    values.add("v31");
    values.add("v2");
    assertThat(ListEntries.firstRepeated(values)).isEqualTo(40);
  }

  @Test
  void aShortListNamesItsFirstRepeatAndTheEntryItRepeats() {
    List<LegalBasis> bases = List.of(LegalBasis.of(LAW), LegalBasis.of(InstrumentId.of("act")),
        LegalBasis.builder().instrument(LAW).addSources(CITATION).build());

    assertThat(ListEntries.firstRepeated(bases)).isEqualTo(2);
    assertThat(ListEntries.earlier(bases, 2)).isZero();
    assertThat(ListEntries.firstRepeated(bases.subList(0, 2))).isEqualTo(-1);
  }

  @Test
  void aLongListIsSearchedByKeysWithTheSameVerdict() {
    List<LegalBasis> bases = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      bases.add(LegalBasis.builder().instrument(LAW).provision("Art. " + i).build());
    }
    assertThat(ListEntries.firstRepeated(bases)).isEqualTo(-1);

    bases.add(LegalBasis.builder().instrument(LAW).provision("Art. 7").addSources(CITATION).build());
    bases.add(LegalBasis.builder().instrument(LAW).provision("Art. 3").build());

    assertThat(ListEntries.firstRepeated(bases)).isEqualTo(30);
    assertThat(ListEntries.earlier(bases, 30)).isEqualTo(6);
  }
}
