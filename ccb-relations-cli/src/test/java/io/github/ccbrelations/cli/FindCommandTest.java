package io.github.ccbrelations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.text.RoleExplainer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code find} in this JVM, by the forms people type (issue #16 §4): each names the right record. */
class FindCommandTest {
  private static Run run(String... args) {
    return Run.of(args);
  }

  /** What each form must find: the record lines of its answer, "body ID" or "instrument ID". */
  private static final Map<String, String> FORMS = new LinkedHashMap<>();

  static {
    FORMS.put("NIS2", "instrument nis2-directive");
    FORMS.put("NIS 2", "instrument nis2-directive");
    FORMS.put("CSA", "instrument cybersecurity-act");
    FORMS.put("CRA", "instrument cyber-resilience-act");
    FORMS.put("AI Act", "instrument ai-act");
    FORMS.put("2021/887", "instrument eccc-regulation");
    FORMS.put("Regulation (EU) 2021/887", "instrument eccc-regulation");
    FORMS.put("PC.DEC/1202", "instrument osce-pc-decision-1202");
    FORMS.put("1202", "instrument osce-pc-decision-1202");
    FORMS.put("32019R0881", "instrument cybersecurity-act");
    FORMS.put("2024005260", "instrument be-royal-decree-nis2-2024");
    FORMS.put("2022033821", "instrument be-royal-decree-certification-2022");
    FORMS.put("l'Agence de l'Union européenne pour la cybersécurité", "body enisa");
    FORMS.put("L’AGENCE DE L’UNION EUROPEENNE POUR LA CYBERSECURITE", "body enisa");
    FORMS.put("de NAVO", "body nato");
    FORMS.put("het Agentschap van de Europese Unie voor cyberbeveiliging", "body enisa");
    FORMS.put("die Agentur der Europäischen Union für Cybersicherheit", "body enisa");
    FORMS.put("die agentur der europaischen union fur cybersicherheit", "body enisa");
    FORMS.put("CERT.be", "body cert-be");
  }

  @Test
  void findsTheRightRecordForEveryFormPeopleTypeAndSuggestsEnisaForEnsia() {
    List<String> args = new ArrayList<>(List.of("find"));
    args.addAll(FORMS.keySet());
    List<String> typos = List.of("ENSIA", "l'ENSIA", "de ENSIA", "die ENSIA");
    args.addAll(typos);
    Run run = run(args.toArray(String[]::new));

    assertThat(run.status()).as("%s", run).isEqualTo(ExitStatus.FAILED);
    Map<String, List<String>> found = recordsByName(run.out());
    assertThat(found.keySet()).containsExactlyElementsOf(FORMS.keySet());
    FORMS.forEach((typed, record) -> assertThat(found.get(typed)).as(typed).containsExactly(record));
    assertThat(run.err().lines()).hasSameSizeAs(typos);
    assertThat(run.err().lines().toList()).zipSatisfy(typos, (line, typo) -> assertThat(line)
        .startsWith("ccb-relations: nothing found for \"" + typo + "\"; did you mean ENISA (body enisa)"));
  }

  @Test
  void findCertBeListsEveryRoleHeldThroughIt() {
    Dataset data = CcbRelations.bundled();
    List<Role> through = data.roles().stream().filter(r -> r.via().equals(Optional.of(BodyId.of("cert-be")))).toList();
    Run run = run("find", "CERT.be");

    assertThat(run.status()).as("%s", run).isZero();
    assertThat(through).extracting(r -> r.id().value())
        .contains("ccb-csirt", "ccb-represented-first", "ccb-represented-csirts-network");
    assertThat(run.out().lines().filter(l -> l.startsWith("    role ")))
        .containsExactlyElementsOf(through.stream().map(r -> "    role " + r.id().value() + ", held through it: "
            + RoleExplainer.explain(data, r, Language.EN)).toList());
    assertThat(run.out()).doesNotContain("no role of the CCB there today");
  }

  /** The record lines ("body ID", "instrument ID") under each quoted name of find's output. */
  private static Map<String, List<String>> recordsByName(String out) {
    Map<String, List<String>> byName = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : out.lines().toList()) {
      if (line.startsWith("\"")) {
        current = new ArrayList<>();
        byName.put(line.substring(1, line.length() - 1), current);
      } else if (current != null && Stream.of("  body ", "  instrument ").anyMatch(line::startsWith)) {
        current.add(line.strip().substring(0, line.strip().indexOf(':')));
      }
    }
    return byName;
  }
}
