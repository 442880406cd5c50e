package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.BodyKind;
import io.github.ccbrelations.model.BodyRelation;
import io.github.ccbrelations.model.BodyRelationKind;
import io.github.ccbrelations.model.Celex;
import io.github.ccbrelations.model.Condition;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.LabelKind;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalBasisStatus;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.Numac;
import io.github.ccbrelations.model.PartialDate;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleFunction;
import io.github.ccbrelations.model.SourceReference;
import io.github.ccbrelations.model.SubjectKind;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The statements of the CCB's "Relations internationales" page, section by section, asked through the public API
 * of the bundled dataset: who represents Belgium where, in what function, under what condition, on what legal
 * basis, and through which part of the CCB. The page describes one moment, so these questions are asked of the
 * whole history ({@link Dataset#allTime()}); {@code BundledDatasetTimeTest} asks them for given days.
 */
class BundledDatasetStatementsTest {
  private static final Dataset DATA = CcbRelations.bundled().allTime();
  private static final BodyId CCB = CcbRelations.CCB;
  private static final BodyId BELGIUM = CcbRelations.BELGIUM;

  // ------------------------------------------------------------------------------------------ introduction

  @Test
  void introductionBilateralRelationsCoordinationAndFollowUp() {
    assertThat(only(CCB, RoleFunction.BILATERAL_RELATIONS, null).level()).isEqualTo(Level.GENERAL);
    assertThat(only(CCB, RoleFunction.COORDINATOR, null).level()).isEqualTo(Level.GENERAL);
    assertThat(only(CCB, RoleFunction.FOLLOW_UP, null).level()).isEqualTo(Level.GENERAL);
    assertCites(only(CCB, RoleFunction.BILATERAL_RELATIONS, null), "introduction", 1);
  }

  @Test
  void coordinationAndFollowUpRestOnTheSameMissionOfTheDecreeThatCreatedTheCcb() {
    // The CCB's mission list puts both in one item of the 2014 decree's Art. 3; the page states no basis.
    for (RoleFunction function : List.of(RoleFunction.COORDINATOR, RoleFunction.FOLLOW_UP)) {
      Role role = only(CCB, function, null);
      assertThat(role.legalBasisStatus()).as(function.name()).isEqualTo(LegalBasisStatus.FROM_OTHER_SOURCES);
      assertThat(role.legalBases()).as(function.name()).singleElement().satisfies(basis -> {
        assertThat(basis.instrument()).isEqualTo(InstrumentId.of("be-royal-decree-ccb-2014"));
        assertThat(basis.provision()).contains("Art. 3");
        assertThat(basis.sources()).extracting(r -> r.source().value()).contains("ccb-organisation-en");
      });
      assertCites(role, "introduction", 1);
    }
  }

  // ------------------------------------------------------------------------------------------ European level

  @Test
  void ccbFollowsTheSixEuInstrumentsThePageLists() {
    assertThat(DATA.instrumentsFollowedBy(CCB).stream().map(li -> li.id().value()))
        .containsExactlyInAnyOrder("nis-directive", "cybersecurity-act", "cyber-resilience-act",
            "cyber-diplomacy-toolbox", "ai-act", "digital-decade-programme");
    assertCites(only(CCB, RoleFunction.MONITORING, null), "european-level", 1);
  }

  @Test
  void belgianNisLawMadeTheCcbSinglePointOfContact() {
    Role spoc = only(CCB, RoleFunction.SINGLE_POINT_OF_CONTACT, null);
    assertThat(instrumentIds(spoc)).contains("be-nis-law-2019", "nis-directive");
    assertThat(spoc.level()).isEqualTo(Level.EUROPEAN);
    assertCites(spoc, "european-level", 2);
    assertThat(DATA.rolesBasedOnTransitively(InstrumentId.of("nis-directive"))).contains(spoc);
    LegalInstrument law = DATA.findInstrumentByNumac(Numac.of("2019011507")).orElseThrow();
    assertThat(law.id().value()).isEqualTo("be-nis-law-2019");
    assertThat(law.adopted()).contains(PartialDate.parse("2019-04-07"));
    assertThat(law.transposes()).contains(InstrumentId.of("nis-directive"));
  }

  @Test
  void theCertificationLawImplementsTheCybersecurityActAndAnswersForIt() {
    InstrumentId act = InstrumentId.of("cybersecurity-act");
    assertThat(DATA.transposingLawsOf(act).stream().map(li -> li.id().value()))
        .containsExactly("be-cybersecurity-certification-law-2022");
    assertThat(DATA.asOf(LocalDate.of(2021, 6, 1)).transposingLawsOf(act)).isEmpty();
  }

  @Test
  void asSinglePointOfContactTheCcbRepresentsBelgiumInTheNisCooperationGroupAndItsSubGroups() {
    Role spoc = only(CCB, RoleFunction.SINGLE_POINT_OF_CONTACT, null);
    Role group = only(CCB, RoleFunction.REPRESENTATIVE, "nis-cooperation-group");
    assertThat(group.onBehalfOf()).contains(BELGIUM);
    assertThat(group.inCapacityOf()).contains(spoc.id());
    Role subGroups = only(CCB, RoleFunction.REPRESENTATIVE, "nis-cooperation-group-sub-groups");
    assertThat(subGroups.onBehalfOf()).contains(BELGIUM);
    assertThat(DATA.parentOf(BodyId.of("nis-cooperation-group-sub-groups")).map(Body::id))
        .contains(BodyId.of("nis-cooperation-group"));
    assertThat(DATA.rolesInAnyPartOf(BodyId.of("nis-cooperation-group"))).contains(group, subGroups);
  }

  @Test
  void directorGeneralSitsOnEnisasManagementBoard() {
    Role board = only(BodyId.of("ccb-director-general"), RoleFunction.BOARD_MEMBER, "enisa-management-board");
    assertCites(board, "european-level", 3);
    assertThat(DATA.rolesHeldByAnyPartOf(CCB)).contains(board);
    assertThat(DATA.rolesHeldBy(CCB)).doesNotContain(board);
    assertThat(DATA.rolesInAnyPartOf(BodyId.of("enisa"))).contains(board);
    assertThat(DATA.parentOf(BodyId.of("ccb-director-general")).map(Body::id)).contains(CCB);
    Body enisa = DATA.body(BodyId.of("enisa"));
    assertThat(enisa.name(Language.EN)).contains("European Union Agency for Cybersecurity");
    assertThat(enisa.acronyms(Language.EN)).contains("ENISA");
  }

  @Test
  void nccaBeRepresentsBelgiumInTheEccgAndEnisasAdHocWorkingGroups() {
    BodyId ncca = BodyId.of("ncca-be");
    assertThat(DATA.parentOf(ncca).map(Body::id)).contains(CCB);
    Role eccg = only(ncca, RoleFunction.REPRESENTATIVE, "eccg");
    Role adHoc = only(ncca, RoleFunction.REPRESENTATIVE, "enisa-ad-hoc-working-groups");
    assertThat(eccg.onBehalfOf()).contains(BELGIUM);
    assertThat(adHoc.onBehalfOf()).contains(BELGIUM);
    assertCites(eccg, "european-level", 4);
    assertThat(DATA.bodiesEstablishedBy(InstrumentId.of("cybersecurity-act")).stream().map(b -> b.id().value()))
        .contains("eccg");
    assertThat(DATA.rolesHeldByAnyPartOf(CCB)).contains(eccg, adHoc);
  }

  @Test
  void ccbIsBelgiumsNationalCoordinationCentreUnderRegulation2021887() {
    Role ncc = DATA.rolesWith(RoleFunction.NATIONAL_COORDINATION_CENTRE).stream()
        .filter(r -> r.holder().equals(CCB))
        .collect(single());
    // The regulation set up the network; the CCB's designation is a national act the dataset does not record.
    assertThat(ncc.concerns()).extracting(InstrumentId::value).containsExactly("eccc-regulation");
    assertThat(ncc.legalBasisStatus()).isEqualTo(LegalBasisStatus.NONE_STATED);
    assertCites(ncc, "european-level", 5);
    LegalInstrument regulation = DATA.findInstrumentByCelex(Celex.of("32021R0887")).orElseThrow();
    assertThat(regulation.id().value()).isEqualTo("eccc-regulation");
    assertThat(regulation.adopted()).contains(PartialDate.parse("2021-05-20"));
    assertThat(DATA.bodiesEstablishedBy(regulation.id()).stream().map(b -> b.id().value()))
        .contains("eccc", "ncc-network");
    Body network = DATA.body(BodyId.of("ncc-network"));
    assertThat(network.memberCount()).contains(27);
    Body eccc = DATA.body(BodyId.of("eccc"));
    assertThat(eccc.seat()).isPresent();
    assertThat(eccc.seat().orElseThrow().values().values()).anyMatch(s -> s.startsWith("Buc"));
    assertThat(eccc.labels(Language.FR, LabelKind.ALTERNATIVE)).contains("Centre d'excellence européen");
    // The page's acronyms for the CCB as coordination centre, and the one the CCB's own site uses.
    Body ccb = DATA.body(CCB);
    assertThat(ccb.acronyms(Language.FR)).contains("CNC");
    assertThat(ccb.acronyms(Language.EN)).contains("NCC", "NCC-BE");
    assertThat(DATA.findBodyByName("NCC-BE").map(Body::id)).contains(CCB);
    // The network's German name is the nominative of the Official Journal's title, not only a summary's heading.
    assertThat(network.labels()).filteredOn(l -> l.language() == Language.DE && l.kind() == LabelKind.NAME)
        .singleElement().satisfies(name -> {
          assertThat(name.text()).isEqualTo("Netzwerk nationaler Koordinierungszentren");
          assertThat(name.sources()).extracting(r -> r.source().value()).contains("eurlex-32021r0887-de");
        });
  }

  @Test
  void ccbSupportsThePermanentRepresentationInTheCouncilsHorizontalWorkingPartyOnCyberIssues() {
    Body byFrenchAcronym = DATA.findBodyByName("gthqc").orElseThrow();
    assertThat(DATA.findBodyByName("HWPCI")).contains(byFrenchAcronym);
    assertThat(DATA.findBodyByName("Groupe de travail horizontal sur les questions cybernetiques"))
        .contains(byFrenchAcronym);
    assertThat(byFrenchAcronym.id().value()).isEqualTo("hwpci");
    assertThat(DATA.parentOf(byFrenchAcronym.id()).map(b -> b.id().value())).contains("council-of-the-eu");
    Role support = only(CCB, RoleFunction.EXPERT_SUPPORT, "hwpci");
    assertThat(support.supports()).contains(BodyId.of("belgian-permanent-representation-eu"));
    assertCites(support, "european-level", 6);
  }

  @Test
  void ccbIsAMemberOfEcso() {
    Role member = only(CCB, RoleFunction.MEMBER, "ecso");
    assertCites(member, "european-level", 7);
    assertThat(DATA.findBodyByName("ECSO").map(b -> b.id().value())).contains("ecso");
    BodyRelation counterpart = DATA.body(BodyId.of("ecso")).relations().get(0);
    assertThat(counterpart.kind()).isEqualTo(BodyRelationKind.COUNTERPART_OF);
    assertThat(counterpart.body()).isEqualTo(BodyId.of("european-commission"));
    assertThat(counterpart.within()).contains(BodyId.of("cybersecurity-cppp"));
    assertThat(counterpart.sources()).anySatisfy(r -> assertThat(r.paragraph()).contains(7));
    assertThat(DATA.body(BodyId.of("cybersecurity-cppp")).acronyms(Language.FR)).containsExactly("cPPP");
  }

  @Test
  void certificationActsAreLinkedToTheActTheyImplementExecuteOrDesignateBy() {
    LegalInstrument law = DATA.instrument(InstrumentId.of("be-cybersecurity-certification-law-2022"));
    assertThat(law.implementsInstruments()).containsExactly(InstrumentId.of("cybersecurity-act"));
    assertThat(law.transposes()).isEmpty();
    LegalInstrument decree = DATA.instrument(InstrumentId.of("be-royal-decree-certification-2022"));
    assertThat(decree.executes()).extracting(LegalBasis::instrument).containsExactly(law.id());
    assertThat(DATA.body(BodyId.of("ncca-be")).designatedBy().map(LegalBasis::instrument)).contains(decree.id());
    assertThat(DATA.instrument(InstrumentId.of("osce-pc-decision-1202")).extendsInstruments())
        .containsExactly(InstrumentId.of("osce-pc-decision-1106"));
  }

  @Test
  void theNis2DecreeExecutesTheNis2LawUnderTheProvisionsItsPreambleNames() {
    LegalInstrument decree = DATA.instrument(InstrumentId.of("be-royal-decree-nis2-2024"));
    assertThat(decree.executes()).extracting(LegalBasis::instrument).containsOnly(InstrumentId.of("be-nis2-law-2024"));
    assertThat(decree.executes()).extracting(b -> b.provision().orElseThrow()).contains("Art. 15 §§ 1–2", "Art. 75");
    assertThat(decree.executes()).allSatisfy(b -> assertThat(b.sources()).extracting(r -> r.source().value())
        .containsExactly("etaamb-2024005260"));
  }

  // ------------------------------------------------------------------------------------------ international level

  @Test
  void ccbIsBelgiumsOperationalPointOfContactForTheOscesInformalWorkingGroup() {
    Role poc = only(CCB, RoleFunction.OPERATIONAL_POINT_OF_CONTACT, "osce-informal-working-group-cyber");
    assertThat(poc.onBehalfOf()).contains(BELGIUM);
    assertThat(poc.level()).isEqualTo(Level.INTERNATIONAL);
    assertCites(poc, "international-level", 1);
    assertThat(DATA.parentOf(BodyId.of("osce-informal-working-group-cyber")).map(b -> b.id().value()))
        .contains("osce");
  }

  @Test
  void belgiumAdoptedCbm14InJune2020AndTheCcbSupportsItsImplementation() {
    Role commitment = DATA.rolesWith(RoleFunction.COMMITMENT).stream().collect(single());
    assertThat(commitment.holder()).isEqualTo(BELGIUM);
    assertThat(commitment.validity().flatMap(v -> v.from())).contains(PartialDate.parse("2020-06"));
    LegalBasis cbm14 = commitment.legalBases().stream()
        .filter(b -> b.instrument().value().equals("osce-pc-decision-1202"))
        .collect(single());
    assertThat(cbm14.provision()).contains("CBM 14");
    LegalInstrument decision = DATA.instrument(InstrumentId.of("osce-pc-decision-1202"));
    assertThat(decision.osceDecision().map(d -> d.value())).contains("PC.DEC/1202");
    // It adds CBMs 12 to 16 to the eleven of Decision No. 1106, which stays in force (facts.md C8).
    assertThat(decision.extendsInstruments()).containsExactly(InstrumentId.of("osce-pc-decision-1106"));
    assertThat(decision.sources()).anySatisfy(r -> assertThat(r.supports()).contains("extends"));
    // The decision is what the CCB's support serves, not what empowers it: the page states no basis for the support.
    Role support = DATA.rolesWith(RoleFunction.TECHNICAL_SUPPORT).stream()
        .filter(r -> r.holder().equals(CCB) && DATA.rolesConcerning(decision.id()).contains(r))
        .collect(single());
    assertThat(support.subjects()).singleElement().satisfies(s -> {
      assertThat(s.kind()).isEqualTo(SubjectKind.IMPLEMENTS);
      assertThat(s.provision()).contains("CBM 14");
    });
    assertCites(support, "international-level", 1);
    assertThat(support.legalBasisStatus()).isEqualTo(LegalBasisStatus.NONE_STATED);
    assertThat(support.legalBases()).isEmpty();
    assertThat(DATA.rolesBasedOn(decision.id())).contains(commitment).doesNotContain(support);
  }

  @Test
  void ccbRepresentsBelgiumAsAMemberOfTheGfce() {
    Role member = only(CCB, RoleFunction.MEMBER, "gfce");
    assertThat(member.onBehalfOf()).contains(BELGIUM);
    assertCites(member, "international-level", 2);
    Body gfce = DATA.body(BodyId.of("gfce"));
    assertThat(gfce.name(Language.EN)).contains("Global Forum on Cyber Expertise");
    assertThat(gfce.labels()).anyMatch(l -> l.kind() == LabelKind.ALTERNATIVE
        && l.text().equals("Global Forum for Cyber Expertise"));
    assertThat(DATA.findBodyByName("Global Forum for Cyber Expertise")).contains(gfce);
  }

  @Test
  void onRequestTheCcbGivesExpertiseToBelgiumsRepresentationsToNatoAndTheUn() {
    Role nato = only(CCB, RoleFunction.EXPERT_SUPPORT, "nato");
    Role un = only(CCB, RoleFunction.EXPERT_SUPPORT, "un");
    assertThat(nato.condition()).contains(Condition.ON_REQUEST);
    assertThat(un.condition()).contains(Condition.ON_REQUEST);
    assertThat(nato.supports()).contains(BodyId.of("belgian-representation-nato"));
    assertThat(un.supports()).contains(BodyId.of("belgian-representation-un"));
    assertCites(nato, "international-level", 3);
  }

  @Test
  void whereAppropriateTheCcbTakesPartInOecdAndItuDebates() {
    Role oecd = only(CCB, RoleFunction.PARTICIPANT, "oecd");
    Role itu = only(CCB, RoleFunction.PARTICIPANT, "itu");
    assertThat(oecd.condition()).contains(Condition.WHERE_APPROPRIATE);
    assertThat(itu.condition()).contains(Condition.WHERE_APPROPRIATE);
    assertCites(itu, "international-level", 4);
    assertThat(DATA.conditionalRoles()).containsExactlyInAnyOrder(
        only(CCB, RoleFunction.EXPERT_SUPPORT, "nato"), only(CCB, RoleFunction.EXPERT_SUPPORT, "un"), oecd, itu);
  }

  @Test
  void ccbRepresentsBelgiumInTheCounterRansomwareInitiativeAndTakesPartInItsTaskForce() {
    Role cri = only(CCB, RoleFunction.REPRESENTATIVE, "cri");
    assertThat(cri.onBehalfOf()).contains(BELGIUM);
    assertThat(DATA.body(BodyId.of("cri")).convenedBy()).containsExactly(BodyId.of("united-states"));
    Role taskForce = only(CCB, RoleFunction.PARTICIPANT, "icrtf");
    assertThat(DATA.parentOf(BodyId.of("icrtf")).map(b -> b.id().value())).contains("cri");
    assertCites(taskForce, "international-level", 5);
  }

  @Test
  void ccbSupportsCapacityBuildingAndEnabelInNiger() {
    Role capacity = only(CCB, RoleFunction.CAPACITY_BUILDING, null);
    assertCites(capacity, "international-level", 6);
    // "D'autres agences belges ou internationales": international, not foreign (étrangères), in every language.
    assertThat(capacity.description().flatMap(d -> d.in(Language.FR))).hasValueSatisfying(
        fr -> assertThat(fr).contains("belges ou internationales"));
    assertThat(capacity.description().flatMap(d -> d.in(Language.EN))).hasValueSatisfying(
        en -> assertThat(en).contains("Belgian or international"));
    Role niger = DATA.rolesWith(RoleFunction.TECHNICAL_SUPPORT).stream()
        .filter(r -> r.supports().equals(Optional.of(BodyId.of("enabel"))))
        .collect(single());
    // The page names a project with Niger, not Niger as a body in which the CCB acts.
    assertThat(niger.body()).isEmpty();
    assertThat(niger.about()).contains(BodyId.of("niger-cooperation-project"));
    assertThat(capacity.about()).contains(BodyId.of("niger-cooperation-project"));
    Body project = DATA.body(BodyId.of("niger-cooperation-project"));
    assertThat(project.kind()).isEqualTo(BodyKind.PROJECT);
    assertThat(project.relations()).extracting(BodyRelation::kind, BodyRelation::body)
        .containsExactly(tuple(BodyRelationKind.COOPERATION_WITH, BodyId.of("niger")));
    assertCites(niger, "international-level", 6);
  }

  // ------------------------------------------------------------------------------------------ operational level

  @Test
  void nisLawMadeTheCcbACsirtActingThroughCertBe() {
    Role csirt = only(CCB, RoleFunction.CSIRT, null);
    assertThat(csirt.via()).contains(BodyId.of("cert-be"));
    assertThat(instrumentIds(csirt)).contains("be-nis-law-2019");
    assertThat(csirt.level()).isEqualTo(Level.OPERATIONAL);
    assertCites(csirt, "operational-level", 1);
    assertThat(DATA.rolesHeldBy(BodyId.of("cert-be"))).contains(csirt);
    assertThat(DATA.parentOf(BodyId.of("cert-be")).map(Body::id)).contains(CCB);
  }

  @Test
  void throughCertBeTheCcbIsRepresentedInFiveOperationalForums() {
    for (String forum : List.of("csirts-network", "egc", "first", "tf-csirt", "eu-cyclone")) {
      Role role = only(CCB, RoleFunction.REPRESENTED, forum);
      assertThat(role.via()).as(forum).contains(BodyId.of("cert-be"));
      assertThat(role.level()).as(forum).isEqualTo(Level.OPERATIONAL);
      assertCites(role, "operational-level", 1);
    }
  }

  @Test
  void ccbTakesPartInCyberEuropeWhichEnisaOrganisesEveryTwoYears() {
    Role exercise = only(CCB, RoleFunction.EXERCISE_PARTICIPANT, "cyber-europe");
    assertCites(exercise, "operational-level", 2);
    Body cyberEurope = DATA.body(BodyId.of("cyber-europe"));
    assertThat(cyberEurope.convenedBy()).containsExactly(BodyId.of("enisa"));
    assertThat(cyberEurope.recurrence()).contains(Period.ofYears(2));
  }

  // ------------------------------------------------------------------------------------------ across the page

  @Test
  void nisDirectiveWasReplacedByNis2WithEffectFrom18October2024() {
    LegalInstrument nis = DATA.findInstrumentByCelex(Celex.of("32016L1148")).orElseThrow();
    assertThat(nis.id().value()).isEqualTo("nis-directive");
    assertThat(DATA.successorsOf(nis.id()).stream().map(li -> li.id().value())).containsExactly("nis2-directive");
    assertThat(nis.endOfValidity()).contains(PartialDate.parse("2024-10-17"));
    assertThat(nis.isInForceOn(LocalDate.of(2024, 10, 17))).isTrue();
    assertThat(nis.isInForceOn(LocalDate.of(2024, 10, 18))).isFalse();
  }

  // ------------------------------------------------------------------------------------------ helpers

  /** The one role held by the holder (directly or through a part) with the function in the body (null: none). */
  private static Role only(BodyId holder, RoleFunction function, String body) {
    Optional<BodyId> in = Optional.ofNullable(body).map(BodyId::of);
    return DATA.rolesHeldBy(holder).stream()
        .filter(r -> r.function() == function && r.body().equals(in))
        .collect(single());
  }

  private static List<String> instrumentIds(Role role) {
    return role.legalBases().stream().map(b -> b.instrument().value()).toList();
  }

  private static void assertCites(Role role, String section, int paragraph) {
    assertThat(role.sources())
        .as("sources of %s", role.id().value())
        .anySatisfy((SourceReference ref) -> {
          assertThat(ref.source().value()).isEqualTo("ccb-international-relations-fr");
          assertThat(ref.section()).contains(section);
          assertThat(ref.paragraph()).contains(paragraph);
        });
  }

  private static <T> java.util.stream.Collector<T, ?, T> single() {
    return java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), list -> {
      assertThat(list).as("exactly one match").hasSize(1);
      return list.get(0);
    });
  }
}
