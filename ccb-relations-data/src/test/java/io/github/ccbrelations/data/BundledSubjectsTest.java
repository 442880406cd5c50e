package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.LegalBasisStatus;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleId;
import io.github.ccbrelations.model.RoleSubject;
import io.github.ccbrelations.model.SubjectKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The instruments the bundled roles implement, concern or are guided by, kept apart from their legal bases (issue
 * #16, audit §1a.4, 6 and 7, §1b.2).
 */
class BundledSubjectsTest {
  private static final Dataset DATA = CcbRelations.bundled().allTime();

  private static Role role(String id) {
    return DATA.role(RoleId.of(id));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "ccb-technical-support-osce-cbm-14                   | osce-pc-decision-1202 | IMPLEMENTS | CBM 14",
      "ncca-be-representative-eccg                         | cybersecurity-act     | CONCERNS   | Art. 62",
      "ncca-be-representative-enisa-ad-hoc-working-groups  | cybersecurity-act     | CONCERNS   | Art. 49(4)",
      "ccb-national-coordination-centre                    | eccc-regulation       | CONCERNS   | ",
  })
  void theRoleIsAboutTheInstrumentAndRestsOnNoBasis(String id, String instrument, SubjectKind kind,
      String provision) {
    Role role = role(id);

    assertThat(role.subjects()).singleElement().satisfies(s -> {
      assertThat(s.instrument()).isEqualTo(InstrumentId.of(instrument));
      assertThat(s.kind()).isEqualTo(kind);
      assertThat(s.provision().orElse(null)).isEqualTo(provision);
      assertThat(s.sources()).isNotEmpty();
    });
    assertThat(role.legalBases()).isEmpty();
    assertThat(role.legalBasisStatus()).isEqualTo(LegalBasisStatus.NONE_STATED);
  }

  @Test
  void theMonitoringRoleConcernsTheSixInstrumentsAndIsGuidedByTheStrategy() {
    Role monitoring = role("ccb-monitoring-eu-laws");

    assertThat(monitoring.concerns()).extracting(InstrumentId::value).containsExactly("nis-directive",
        "cybersecurity-act", "cyber-resilience-act", "cyber-diplomacy-toolbox", "ai-act", "digital-decade-programme");
    assertThat(monitoring.subjects()).filteredOn(s -> s.kind() == SubjectKind.GUIDED_BY)
        .extracting(RoleSubject::instrument).containsExactly(InstrumentId.of("be-national-cybersecurity-strategy"));
  }

  @Test
  void rolesConcerningFindsWhatTheRolesAreAbout() {
    assertThat(DATA.rolesConcerning(InstrumentId.of("osce-pc-decision-1202")))
        .extracting(r -> r.id().value())
        .containsExactlyInAnyOrder("belgium-commitment-osce-cbm-14", "ccb-technical-support-osce-cbm-14");
    assertThat(DATA.rolesConcerning(InstrumentId.of("cybersecurity-act")))
        .extracting(r -> r.id().value())
        .containsExactlyInAnyOrder("ccb-monitoring-eu-laws", "ncca-be-representative-eccg",
            "ncca-be-representative-enisa-ad-hoc-working-groups");
    assertThat(DATA.rolesBasedOn(InstrumentId.of("eccc-regulation"))).isEmpty();
  }
}
