package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ccbrelations.data.internal.json.RecordJson;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleId;
import io.github.ccbrelations.model.RoleSubject;
import io.github.ccbrelations.model.SubjectKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What roles implement, concern or are guided by, on the small fixture. The fixture is a file of schema 1.1.0, so its
 * {@code concerns} are read as subjects of kind CONCERNS; the expert support (valid from 2026) is given a subject of
 * the schema 1.2.0 form.
 */
class RoleSubjectsTest {
  private static final InstrumentId DECISION = InstrumentId.of("example-forum-decision");
  private static final String WITH_SUBJECT = Fixture.editRecord("centre-council-expert", "\"inCapacityOf\":",
      "\"subjects\": [{\"instrument\": \"example-forum-decision\", \"kind\": \"IMPLEMENTS\", \"provision\": \"Item 3\","
          + " \"sources\": [{\"source\": \"example-page-fr\", \"section\": \"european-level\", \"paragraph\": 1}]}],"
          + " \"inCapacityOf\":");

  private static List<String> ids(List<Role> roles) {
    return roles.stream().map(r -> r.id().value()).toList();
  }

  @Test
  void readsTheConcernsOfAnOlderFileAsSubjectsOfKindConcerns() {
    Role monitoring = Fixture.dataset().role(RoleId.of("centre-monitoring"));

    assertThat(monitoring.subjects()).containsExactly(
        RoleSubject.of(InstrumentId.of("example-strategy"), SubjectKind.CONCERNS),
        RoleSubject.of(DECISION, SubjectKind.CONCERNS));
    assertThat(monitoring.concerns()).containsExactly(InstrumentId.of("example-strategy"), DECISION);
  }

  @Test
  void readsASubjectWithItsKindProvisionAndSources() {
    Role expert = Fixture.load(WITH_SUBJECT).role(RoleId.of("centre-council-expert"));

    assertThat(expert.subjects()).singleElement().satisfies(s -> {
      assertThat(s.instrument()).isEqualTo(DECISION);
      assertThat(s.kind()).isEqualTo(SubjectKind.IMPLEMENTS);
      assertThat(s.provision()).contains("Item 3");
      assertThat(s.sources()).singleElement().satisfies(r -> assertThat(r.paragraph()).contains(1));
    });
    assertThat(expert.concerns()).isEmpty();
  }

  @Test
  void rolesConcerningHonoursTheDay() {
    Dataset data = Fixture.load(WITH_SUBJECT);

    assertThat(ids(data.asOf(LocalDate.of(2025, 6, 1)).rolesConcerning(DECISION)))
        .containsExactly("centre-monitoring", "ruritania-commitment");
    assertThat(ids(data.asOf(LocalDate.of(2026, 6, 1)).rolesConcerning(DECISION)))
        .containsExactly("centre-council-expert", "centre-monitoring", "ruritania-commitment");
    assertThat(ids(data.allTime().rolesConcerning(DECISION)))
        .containsExactly("centre-council-expert", "centre-monitoring", "ruritania-commitment");
    assertThat(data.allTime().rolesConcerning(InstrumentId.of("ruritanian-example-law"))).isEmpty();
  }

  @Test
  void writesSubjectsAndNeverConcerns() {
    Dataset data = Fixture.load(WITH_SUBJECT);
    Object tree = RecordJson.tree(data.role(RoleId.of("centre-monitoring")));

    assertThat(RecordJson.compact(tree))
        .contains("\"subjects\":[{\"instrument\":\"example-strategy\",\"kind\":\"CONCERNS\"}")
        .doesNotContain("\"concerns\"");
  }

  @Test
  void refusesAnUnknownSubjectKindNamingTheAcceptedOnes() {
    assertThatThrownBy(() -> Fixture.load(WITH_SUBJECT.replace("\"IMPLEMENTS\"", "\"SERVES\"")))
        .isInstanceOf(DatasetLoadException.class)
        .hasMessageContaining("IMPLEMENTS, CONCERNS, GUIDED_BY");
  }

  @Test
  void refusesAnUnknownSourceOfASubject() {
    String text = WITH_SUBJECT.replace("{\"source\": \"example-page-fr\", \"section\": \"european-level\","
        + " \"paragraph\": 1}]}],", "{\"source\": \"nowhere\"}]}],");

    assertThatThrownBy(() -> Fixture.load(text))
        .isInstanceOf(DatasetLoadException.class)
        .hasMessageContaining("unknown source 'nowhere'");
  }
}
