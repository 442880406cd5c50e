package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.Celex;
import io.github.ccbrelations.model.Condition;
import io.github.ccbrelations.model.Eli;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.LifecycleStatus;
import io.github.ccbrelations.model.Numac;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleFunction;
import io.github.ccbrelations.model.RoleId;
import io.github.ccbrelations.model.SourceId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The day rule of {@link Dataset} on {@code fixture/days.json}, whose records start and end at known days: every
 * helper that lists or walks, asked on four days and over all time, answers with the records of the day; every lookup
 * finds every record whatever the day.
 *
 * <p>In the fixture: {@code old-unit} exists 2015-2022 and {@code new-unit} from 2023, both part of {@code centre};
 * {@code new-unit-team} (part of {@code new-unit}) from 2024; {@code agency} from 2025, and its
 * {@code agency-board}, which has no validity but was founded in January 2025, from then too.
 * {@code old-act} is in force 2014-2024, replaced by {@code new-act} (2025-2027), replaced by {@code newest-act}
 * (from 2028); {@code old-law} (2015-2024) transposes the first, {@code new-law} (from 2025) the second;
 * {@code strategy} ends in 2020.
 */
class DatasetDayRuleTest {
  private static final Dataset LOADED = read();
  private static final List<String> VIEWS = List.of("2018", "2023", "2026", "2029", "all");

  private static Dataset read() {
    try (InputStream in = DatasetDayRuleTest.class.getResourceAsStream("fixture/days.json")) {
      return DatasetReader.standard().read(in.readAllBytes(), "days.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Dataset view(String name) {
    return name.equals("all") ? LOADED.allTime() : LOADED.asOf(LocalDate.of(Integer.parseInt(name), 6, 1));
  }

  /** One helper asked in every view, with the ids it must answer in each (in VIEWS order). */
  record Walk(String helper, Function<Dataset, List<String>> ask, List<List<String>> expected) {
    @Override
    public String toString() {
      return helper;
    }
  }

  private static Walk walk(String helper, Function<Dataset, List<String>> ask, List<?>... expected) {
    return new Walk(helper, ask, Arrays.stream(expected).map(l -> l.stream().map(String::valueOf).toList()).toList());
  }

  private static final BodyId CENTRE = BodyId.of("centre");
  private static final InstrumentId OLD_ACT = InstrumentId.of("old-act");
  private static final InstrumentId NEW_ACT = InstrumentId.of("new-act");

  static List<Walk> walks() {
    List<String> allBodies =
        List.of("country", "centre", "old-unit", "new-unit", "new-unit-team", "forum", "agency", "agency-board");
    List<String> lateBodies =
        List.of("country", "centre", "new-unit", "new-unit-team", "forum", "agency", "agency-board");
    List<String> lateRoles = List.of("new-unit-member", "team-participant", "centre-csirt", "centre-monitoring");
    return List.of(
        walk("bodies", d -> bodyIds(d.bodies()),
            List.of("country", "centre", "old-unit", "forum"), List.of("country", "centre", "new-unit", "forum"),
            lateBodies, lateBodies, allBodies),
        walk("instruments", d -> instrumentIds(d.instruments()),
            List.of("old-act", "old-law", "strategy"), List.of("old-act", "old-law"), List.of("new-act", "new-law"),
            List.of("newest-act", "new-law"),
            List.of("old-act", "new-act", "newest-act", "old-law", "new-law", "strategy")),
        walk("roles", d -> roleIds(d.roles()),
            List.of("old-unit-member", "centre-spoc", "centre-monitoring"),
            List.of("new-unit-member", "centre-csirt", "centre-spoc", "centre-monitoring"), lateRoles, lateRoles,
            List.of("old-unit-member", "new-unit-member", "team-participant", "centre-csirt", "centre-spoc",
                "centre-monitoring")),
        walk("sources", d -> d.sources().stream().map(s -> s.id().value()).toList(),
            List.of("days-page"), List.of("days-page"), List.of("days-page"), List.of("days-page"),
            List.of("days-page")),
        walk("redirects", d -> d.redirects().stream().map(r -> r.from()).toList(),
            List.of("older-unit"), List.of("older-unit"), List.of("older-unit"), List.of("older-unit"),
            List.of("older-unit")),
        // The team's parent does not exist in 2018; the team itself need not exist in 2023 to be walked from.
        walk("parentOf", d -> bodyIds(d.parentOf(BodyId.of("new-unit-team")).stream().toList()),
            List.of(), List.of("new-unit"), List.of("new-unit"), List.of("new-unit"), List.of("new-unit")),
        walk("ancestorsOf", d -> bodyIds(d.ancestorsOf(BodyId.of("new-unit-team"))),
            List.of("centre"), List.of("new-unit", "centre"), List.of("new-unit", "centre"),
            List.of("new-unit", "centre"), List.of("new-unit", "centre")),
        walk("childrenOf", d -> bodyIds(d.childrenOf(CENTRE)),
            List.of("old-unit"), List.of("new-unit"), List.of("new-unit"), List.of("new-unit"),
            List.of("old-unit", "new-unit")),
        walk("descendantsOf", d -> bodyIds(d.descendantsOf(CENTRE)),
            List.of("old-unit"), List.of("new-unit"), List.of("new-unit", "new-unit-team"),
            List.of("new-unit", "new-unit-team"), List.of("old-unit", "new-unit", "new-unit-team")),
        walk("rolesHeldBy", d -> roleIds(d.rolesHeldBy(BodyId.of("new-unit"))),
            List.of(), List.of("new-unit-member", "centre-csirt"), List.of("new-unit-member", "centre-csirt"),
            List.of("new-unit-member", "centre-csirt"), List.of("new-unit-member", "centre-csirt")),
        walk("rolesHeldByAnyPartOf", d -> roleIds(d.rolesHeldByAnyPartOf(CENTRE)),
            List.of("old-unit-member", "centre-spoc", "centre-monitoring"),
            List.of("new-unit-member", "centre-csirt", "centre-spoc", "centre-monitoring"), lateRoles, lateRoles,
            List.of("old-unit-member", "new-unit-member", "team-participant", "centre-csirt", "centre-spoc",
                "centre-monitoring")),
        walk("rolesIn", d -> roleIds(d.rolesIn(BodyId.of("forum"))),
            List.of("old-unit-member"), List.of("new-unit-member"), List.of("new-unit-member"),
            List.of("new-unit-member"), List.of("old-unit-member", "new-unit-member")),
        walk("rolesInAnyPartOf", d -> roleIds(d.rolesInAnyPartOf(BodyId.of("agency"))),
            List.of(), List.of(), List.of("team-participant"), List.of("team-participant"),
            List.of("team-participant")),
        walk("rolesAt", d -> roleIds(d.rolesAt(Level.INTERNATIONAL)),
            List.of("old-unit-member"), List.of("new-unit-member"), List.of("new-unit-member"),
            List.of("new-unit-member"), List.of("old-unit-member", "new-unit-member")),
        walk("rolesWith(function)", d -> roleIds(d.rolesWith(RoleFunction.MEMBER)),
            List.of("old-unit-member"), List.of("new-unit-member"), List.of("new-unit-member"),
            List.of("new-unit-member"), List.of("old-unit-member", "new-unit-member")),
        walk("rolesWith(condition)", d -> roleIds(d.rolesWith(Condition.ON_REQUEST)),
            List.of(), List.of(), List.of("team-participant"), List.of("team-participant"),
            List.of("team-participant")),
        walk("conditionalRoles", d -> roleIds(d.conditionalRoles()),
            List.of(), List.of(), List.of("team-participant"), List.of("team-participant"),
            List.of("team-participant")),
        walk("rolesOnBehalfOf", d -> roleIds(d.rolesOnBehalfOf(BodyId.of("country"))),
            List.of("centre-spoc"), List.of("centre-spoc"), List.of(), List.of(), List.of("centre-spoc")),
        walk("legalBasesOf", d -> d.legalBasesOf(role("centre-csirt")).stream()
                .map(b -> b.instrument().value()).toList(),
            List.of("old-law"), List.of("old-law"), List.of("new-law"), List.of("new-law"),
            List.of("old-law", "new-law")),
        walk("legalInstrumentsOf", d -> instrumentIds(d.legalInstrumentsOf(role("centre-spoc"))),
            List.of("old-act"), List.of("old-act"), List.of(), List.of(), List.of("old-act")),
        walk("rolesBasedOn", d -> roleIds(d.rolesBasedOn(InstrumentId.of("old-law"))),
            List.of(), List.of("centre-csirt"), List.of(), List.of(), List.of("centre-csirt")),
        // Through old-law, which transposes old-act.
        walk("rolesBasedOnTransitively", d -> roleIds(d.rolesBasedOnTransitively(OLD_ACT)),
            List.of("centre-spoc"), List.of("centre-csirt", "centre-spoc"), List.of(), List.of(),
            List.of("centre-csirt", "centre-spoc")),
        walk("transposingLawsOf", d -> instrumentIds(d.transposingLawsOf(OLD_ACT)),
            List.of("old-law"), List.of("old-law"), List.of(), List.of(), List.of("old-law")),
        walk("successorsOf", d -> instrumentIds(d.successorsOf(OLD_ACT)),
            List.of(), List.of(), List.of("new-act"), List.of("newest-act"), List.of("new-act", "newest-act")),
        walk("predecessorsOf", d -> instrumentIds(d.predecessorsOf(NEW_ACT)),
            List.of("old-act"), List.of("old-act"), List.of(), List.of(), List.of("old-act")),
        walk("bodiesEstablishedBy", d -> bodyIds(d.bodiesEstablishedBy(NEW_ACT)),
            List.of(), List.of(), List.of("agency"), List.of("agency"), List.of("agency")),
        // The spoc implements old-act until 2024; the monitoring role, with no dates, concerns it.
        walk("rolesConcerning", d -> roleIds(d.rolesConcerning(OLD_ACT)),
            List.of("centre-spoc", "centre-monitoring"), List.of("centre-spoc", "centre-monitoring"),
            List.of("centre-monitoring"), List.of("centre-monitoring"), List.of("centre-spoc", "centre-monitoring")),
        walk("instrumentsFollowedBy", d -> instrumentIds(d.instrumentsFollowedBy(CENTRE)),
            List.of("strategy", "old-act"), List.of("old-act"), List.of("new-act"), List.of("newest-act"),
            List.of("strategy", "old-act", "new-act", "newest-act")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("walks")
  void everyHelperThatListsOrWalksAnswersWithTheRecordsOfTheDay(Walk walk) {
    Map<String, List<String>> answers = VIEWS.stream()
        .collect(Collectors.toMap(v -> v, v -> walk.ask().apply(view(v)), (a, b) -> a, java.util.LinkedHashMap::new));
    Map<String, List<String>> expected = VIEWS.stream()
        .collect(Collectors.toMap(v -> v, v -> walk.expected().get(VIEWS.indexOf(v)), (a, b) -> a,
            java.util.LinkedHashMap::new));
    assertThat(answers).isEqualTo(expected);
  }

  @Test
  void theWalksCoverEveryHelperOfDatasetThatListsOrWalks() {
    Set<String> covered = walks().stream().map(w -> w.helper().replaceAll("\\(.*", "")).collect(Collectors.toSet());
    // Lookups by name answer whatever the day (checked below); everything else that returns a list or a parent is
    // a helper of the day rule and must be in the table.
    Set<String> lookups = Set.of("bodiesNamed", "instrumentsNamed");
    List<String> helpers = Stream.of(Dataset.class.getMethods())
        .filter(m -> m.getDeclaringClass() == Dataset.class && !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getReturnType() == List.class || m.getName().equals("parentOf"))
        .map(Method::getName)
        .filter(n -> !lookups.contains(n))
        .distinct()
        .toList();
    assertThat(covered).containsAll(helpers);
  }

  @ParameterizedTest
  @MethodSource("viewNames")
  void lookupsByIdNameOrIdentifierFindEveryRecordWhateverTheDay(String name) {
    Dataset d = view(name);
    assertThat(d.findBody(BodyId.of("agency-board"))).isPresent();
    assertThat(d.body(BodyId.of("old-unit")).id().value()).isEqualTo("old-unit");
    assertThat(d.findInstrument(InstrumentId.of("newest-act"))).isPresent();
    assertThat(d.instrument(OLD_ACT).id()).isEqualTo(OLD_ACT);
    assertThat(d.findRole(RoleId.of("team-participant"))).isPresent();
    assertThat(d.role(RoleId.of("old-unit-member")).id().value()).isEqualTo("old-unit-member");
    assertThat(d.findSource(SourceId.of("days-page"))).isPresent();
    assertThat(d.source(SourceId.of("days-page")).id().value()).isEqualTo("days-page");
    assertThat(d.resolveBody("older-unit").map(r -> r.record().id().value())).contains("old-unit");
    assertThat(d.resolveRole("team-participant")).isPresent();
    assertThat(d.resolveInstrument("newest-act")).isPresent();
    assertThat(d.resolveSource("days-page")).isPresent();
    assertThat(bodyIds(d.bodiesNamed("Board of the Example Agency"))).containsExactly("agency-board");
    assertThat(d.findBodyByName("old unit").map(b -> b.id().value())).contains("old-unit");
    assertThat(instrumentIds(d.instrumentsNamed("Newest Act"))).containsExactly("newest-act");
    assertThat(d.findInstrumentByName("old act").map(i -> i.id().value())).contains("old-act");
    assertThat(d.findInstrumentByCelex(Celex.of("32027R0003"))).isPresent();
    assertThat(d.findInstrumentByEli(Eli.of("http://data.europa.eu/eli/dir/2024/2/oj"))).isPresent();
    assertThat(d.findInstrumentByNumac(Numac.of("2015000001"))).isPresent();
  }

  static List<String> viewNames() {
    return VIEWS;
  }

  @Test
  void lifecycleOfAnswersForTheViewsDayAndForTodayByTheClockInTheAllTimeView() {
    LegalInstrument newAct = LOADED.instrument(NEW_ACT);
    assertThat(view("2018").lifecycleOf(newAct).status()).isEqualTo(LifecycleStatus.NOT_YET_VALID);
    assertThat(view("2026").lifecycleOf(newAct).status()).isEqualTo(LifecycleStatus.ACTIVE);
    assertThat(view("2029").lifecycleOf(newAct).status()).isEqualTo(LifecycleStatus.SUPERSEDED);
    assertThat(LOADED.allTime().withClock(clockOn(2026)).lifecycleOf(newAct).date())
        .isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(LOADED.allTime().withClock(clockOn(2029)).lifecycleOf(newAct).status())
        .isEqualTo(LifecycleStatus.SUPERSEDED);
    assertThat(LOADED.allTime().withClock(clockOn(2018)).lifecycleOf(LOADED.body(BodyId.of("agency"))).status())
        .isEqualTo(LifecycleStatus.NOT_YET_VALID);
    assertThat(view("2023").lifecycleOf(role("team-participant")).status()).isEqualTo(LifecycleStatus.NOT_YET_VALID);
    // A body with no validity starts when it was founded.
    Body board = LOADED.body(BodyId.of("agency-board"));
    assertThat(view("2023").lifecycleOf(board).status()).isEqualTo(LifecycleStatus.NOT_YET_VALID);
    assertThat(view("2023").lifecycleOf(board).start()).isEqualTo(board.founded());
    assertThat(view("2026").lifecycleOf(board).status()).isEqualTo(LifecycleStatus.ACTIVE);
  }

  @Test
  void withClockKeepsTheModeOfEachValue() {
    Dataset in2018 = view("2018").withClock(clockOn(2026));
    assertThat(in2018.date()).contains(LocalDate.of(2018, 6, 1));
    assertThat(roleIds(in2018.roles())).isEqualTo(roleIds(view("2018").roles()));

    Dataset all = LOADED.allTime().withClock(clockOn(2026));
    assertThat(all.date()).isEmpty();
    assertThat(all.roles()).hasSize(LOADED.info().roleCount());

    Dataset today = LOADED.withClock(clockOn(2023));
    assertThat(today.date()).contains(LocalDate.of(2023, 6, 1));
    assertThat(roleIds(today.roles())).isEqualTo(roleIds(view("2023").roles()));
    assertThat(today.withClock(clockOn(2026)).date()).contains(LocalDate.of(2026, 6, 1));
  }

  private static Clock clockOn(int year) {
    return Clock.fixed(LocalDate.of(year, 6, 1).atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneId.of(Dataset.ZONE_ID));
  }

  private static Role role(String id) {
    return LOADED.role(RoleId.of(id));
  }

  private static List<String> bodyIds(List<Body> bodies) {
    return bodies.stream().map(b -> b.id().value()).toList();
  }

  private static List<String> roleIds(List<Role> roles) {
    return roles.stream().map(r -> r.id().value()).toList();
  }

  private static List<String> instrumentIds(List<LegalInstrument> instruments) {
    return instruments.stream().map(i -> i.id().value()).toList();
  }
}
