package io.github.ccbrelations.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Which group the explorer's diagram draws each body of the bundled dataset in. */
class ExplorerGroupsTest {
  private static final Dataset DATA = CcbRelations.bundled().allTime();

  @Test
  void aBodyWithRolesInItIsDrawnAtTheFirstLevelOfThoseRolesUnlessItIsBelgian() {
    Map<BodyId, ExplorerGroups.Group> groups = ExplorerGroups.of(DATA);
    Map<BodyId, Level> first = new LinkedHashMap<>();
    for (Role r : DATA.roles()) {
      r.body().ifPresent(b -> first.merge(b, r.level(), (x, y) -> x.compareTo(y) <= 0 ? x : y));
    }
    assertThat(first).isNotEmpty();
    first.forEach((body, level) -> {
      if (groups.get(body) != ExplorerGroups.Group.NATIONAL) {
        assertThat(groups.get(body).name()).as(body.value()).isEqualTo(level.name());
      }
    });
  }

  @Test
  void groupsBelgianBodiesAsNationalAndBodiesWithoutRolesByTheirParts() {
    Map<BodyId, ExplorerGroups.Group> groups = ExplorerGroups.of(DATA);
    assertThat(groups).hasSize(DATA.bodies().size());
    assertThat(groups.get(CcbRelations.BELGIUM)).isEqualTo(ExplorerGroups.Group.NATIONAL);
    assertThat(groups.get(BodyId.of("belgian-permanent-representation-eu"))).isEqualTo(ExplorerGroups.Group.NATIONAL);
    assertThat(groups.get(BodyId.of("cert-be"))).isEqualTo(ExplorerGroups.Group.NATIONAL);
    // ENISA holds no role itself; its Management Board does, at the European level.
    assertThat(groups.get(BodyId.of("enisa"))).isEqualTo(ExplorerGroups.Group.EUROPEAN);
    // The United States convene the Counter Ransomware Initiative, an international body.
    assertThat(groups.get(BodyId.of("united-states"))).isEqualTo(ExplorerGroups.Group.INTERNATIONAL);
    assertThat(groups.get(BodyId.of("first"))).isEqualTo(ExplorerGroups.Group.OPERATIONAL);
  }

  @Test
  void aBodyThatIsOnlyTheFrameOfRelationsIsDrawnWhereTheBodiesThatRelateWithinItAre() {
    Map<BodyId, ExplorerGroups.Group> groups = ExplorerGroups.of(DATA);
    List<Body> frames = DATA.bodies().stream()
        .filter(f -> DATA.bodies().stream().flatMap(b -> b.relations().stream())
            .anyMatch(rel -> rel.within().filter(f.id()::equals).isPresent()))
        .filter(f -> DATA.rolesIn(f.id()).isEmpty() && DATA.descendantsOf(f.id()).isEmpty())
        .toList();
    // The cPPP, the European Commission's partnership with ECSO, a member at the European level.
    assertThat(frames).extracting(Body::id).contains(BodyId.of("cybersecurity-cppp"));
    for (Body frame : frames) {
      Set<ExplorerGroups.Group> parties = DATA.bodies().stream()
          .flatMap(b -> b.relations().stream().filter(rel -> rel.within().filter(frame.id()::equals).isPresent())
              .flatMap(rel -> Stream.of(b.id(), rel.body())))
          .filter(p -> !DATA.rolesIn(p).isEmpty())
          .map(groups::get).collect(Collectors.toSet());
      assertThat(parties).as("the groups of the bodies that relate within %s", frame.id().value())
          .contains(groups.get(frame.id()));
    }
  }
}
