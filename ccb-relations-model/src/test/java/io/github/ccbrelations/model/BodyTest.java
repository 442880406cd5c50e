package io.github.ccbrelations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BodyTest {
  private static final Label EN_NAME = Label.of(Language.EN, LabelKind.NAME, "Global Forum on Cyber Expertise");

  private static Body.Builder gfce() {
    Body.Builder builder = Body.builder();
    builder.id(BodyId.of("gfce")).kind(BodyKind.INTERGOVERNMENTAL_FORUM_OR_INITIATIVE).addLabels(EN_NAME);
    return builder;
  }

  @Test
  void buildsWithOnlyIdKindAndALabel() {
    Body body = gfce().build();

    assertThat(body.labels()).containsExactly(EN_NAME);
    assertThat(body.partOf()).isEmpty();
    assertThat(body.convenedBy()).isEmpty();
    assertThat(body.sources()).isEmpty();
  }

  @Test
  void rejectsABodyWithoutLabels() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Body.builder().id(BodyId.of("gfce")).kind(BodyKind.COMMUNITY).build())
        .withMessage("body 'gfce' needs at least one label");
  }

  @Test
  void rejectsTwoOfficialNamesInOneLanguage() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> gfce().addLabels(Label.of(Language.EN, LabelKind.NAME, "GFCE Foundation")).build())
        .withMessageContaining("body 'gfce'")
        .withMessageContaining("2 official names in 'en'");
  }

  @Test
  void acceptsOneOfficialNamePerLanguage() {
    Body body = gfce().addLabels(Label.of(Language.FR, LabelKind.NAME, "Forum mondial sur la cyberexpertise")).build();

    assertThat(body.name(Language.FR)).contains("Forum mondial sur la cyberexpertise");
  }

  @Test
  void rejectsTheSameLabelTwice() {
    Label acronym = Label.of(Language.EN, LabelKind.ACRONYM, "GFCE");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> gfce().addLabels(acronym, acronym).build())
        .withMessageContaining("body 'gfce' labels")
        .withMessageContaining("'en ACRONYM 'GFCE'' twice");
  }

  @Test
  void holdsTypedRelationsToOtherBodies() {
    BodyRelation counterpart = BodyRelation.builder().kind(BodyRelationKind.COUNTERPART_OF)
        .body(BodyId.of("european-commission")).within(BodyId.of("cybersecurity-cppp")).build();

    assertThat(gfce().addRelations(counterpart).build().relations()).containsExactly(counterpart);
  }

  @Test
  void rejectsARelationToItselfOrWithinItself() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> gfce().addRelations(BodyRelation.builder().kind(BodyRelationKind.COOPERATION_WITH)
            .body(BodyId.of("gfce")).build()).build())
        .withMessage("body 'gfce' cannot be related to itself");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> gfce().addRelations(BodyRelation.builder().kind(BodyRelationKind.COUNTERPART_OF)
            .body(BodyId.of("european-commission")).within(BodyId.of("gfce")).build()).build())
        .withMessage("body 'gfce' cannot be related to itself");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BodyRelation.builder().kind(BodyRelationKind.COUNTERPART_OF).body(BodyId.of("a"))
            .within(BodyId.of("a")).build())
        .withMessageContaining("cannot hold within that same body");
  }

  @Test
  void rejectsBeingPartOfItself() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> gfce().partOf(BodyId.of("gfce")).build())
        .withMessage("body 'gfce' cannot be part of itself");
  }

  @Test
  void rejectsTheSameConvenerTwice() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> gfce().addConvenedBy(BodyId.of("netherlands"), BodyId.of("netherlands")).build())
        .withMessageContaining("convenedBy")
        .withMessageContaining("netherlands")
        .withMessageEndingWith(" twice");
  }

  @ParameterizedTest
  @ValueSource(strings = {"P0D", "P-2Y", "P1Y-13M"})
  void rejectsARecurrenceThatIsNotPositive(String period) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> gfce().recurrence(Period.parse(period)).build())
        .withMessageContaining("body 'gfce' recurrence")
        .withMessageEndingWith(period);
  }
}
