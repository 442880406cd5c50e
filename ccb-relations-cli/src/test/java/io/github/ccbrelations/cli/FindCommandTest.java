package io.github.ccbrelations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.search.Lookup;
import io.github.ccbrelations.search.NameLookup;
import io.github.ccbrelations.text.RoleExplainer;
import io.github.ccbrelations.text.Terms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code find} in this JVM, by the forms people type (issue #16 §4): each names the right record. */
class FindCommandTest {
  private static Run run(String... args) {
    return Run.of(args);
  }

  /** What each form must find: the record lines of its answer, "body ID" or "legal instrument ID". */
  private static final Map<String, String> FORMS = new LinkedHashMap<>();

  static {
    FORMS.put("NIS2", "legal instrument nis2-directive");
    FORMS.put("NIS 2", "legal instrument nis2-directive");
    FORMS.put("CSA", "legal instrument cybersecurity-act");
    FORMS.put("CRA", "legal instrument cyber-resilience-act");
    FORMS.put("AI Act", "legal instrument ai-act");
    FORMS.put("2021/887", "legal instrument eccc-regulation");
    FORMS.put("Regulation (EU) 2021/887", "legal instrument eccc-regulation");
    FORMS.put("PC.DEC/1202", "legal instrument osce-pc-decision-1202");
    FORMS.put("1202", "legal instrument osce-pc-decision-1202");
    FORMS.put("32019R0881", "legal instrument cybersecurity-act");
    FORMS.put("2024005260", "legal instrument be-royal-decree-nis2-2024");
    FORMS.put("2022033821", "legal instrument be-royal-decree-certification-2022");
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

  /**
   * find's own words in each language, read where no name or explanation decides them: the record words, the kinds
   * of body, label and instrument, the heading of a body's parents, the roles held by and through a body, and the
   * note for a body where the CCB holds no role. Each row is the start of a line of {@code find --lang L CERT.be CCB
   * ECCC NIS2}; ids, acronyms and CELEX numbers stay as they are.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "FR | entité cert-be\u00a0: CERT.be (service)",
      "FR | fr sigle\u00a0: CERT.be",
      "FR | fait partie de\u00a0: Centre pour la Cybersécurité Belgique",
      "FR | rôle ccb-csirt, exercé par l’intermédiaire de cette entité\u00a0: CCB\u00a0: CSIRT"
          + " par l’intermédiaire du CERT.be",
      "FR | rôle ccb-bilateral-relations, exercé par cette entité\u00a0: CCB\u00a0: relations bilatérales",
      "FR | le CCB n’y exerce aucun rôle aujourd’hui",
      "FR | instrument juridique nis2-directive\u00a0: directive SRI 2 (directive de l’UE), CELEX 32022L2555",
      "NL | instantie cert-be: Federal Cyber Emergency Response Team (dienst)",
      "NL | en naam: Federal Cyber Emergency Response Team",
      "NL | onderdeel van: Centrum voor Cybersecurity België",
      "NL | rol ccb-csirt, vervuld via deze instantie: CCB: CSIRT via CERT.be",
      "NL | rol ccb-bilateral-relations, vervuld door deze instantie: CCB: bilaterale betrekkingen",
      "NL | het CCB vervult daar vandaag geen rol",
      "NL | rechtsinstrument nis2-directive: NIS 2-richtlijn (EU-richtlijn), CELEX 32022L2555",
      "DE | Einrichtung cert-be: Federal Cyber Emergency Response Team (Dienststelle)",
      "DE | en anderer Name: Belgian Computer Emergency Response Team",
      "DE | Teil von: Zentrum für Cybersicherheit Belgien",
      "DE | Rolle ccb-csirt, wahrgenommen durch diese Einrichtung: CCB: CSIRT durch CERT.be",
      "DE | Rolle ccb-bilateral-relations, wahrgenommen von dieser Einrichtung: CCB: bilaterale Beziehungen",
      "DE | das CCB nimmt dort heute keine Rolle wahr",
      "DE | Rechtsinstrument nis2-directive: NIS-2-Richtlinie (EU-Richtlinie), CELEX 32022L2555",
  })
  void findSpeaksTheLanguageAskedFor(Language language, String lineStart) {
    Run run = run("find", "--lang", language.code(), "CERT.be", "CCB", "ECCC", "NIS2");

    assertThat(run.status()).as("%s", run).isZero();
    assertThat(run.out().lines().map(String::strip)).anyMatch(line -> line.startsWith(lineStart));
  }

  /** The English frame, for comparison: no constant is printed as such. */
  @Test
  void findSpeaksEnglishByDefault() {
    Run run = run("find", "CERT.be", "CCB", "ECCC", "NIS2");

    assertThat(run.out().lines().map(String::strip)).contains(
        "body cert-be: Federal Cyber Emergency Response Team (department)",
        "en acronym: CERT.be",
        "part of: Centre for Cybersecurity Belgium",
        "no role of the CCB there today");
    assertThat(run.out()).contains("legal instrument nis2-directive: ", " (EU directive), CELEX 32022L2555")
        .doesNotContain("DEPARTMENT", "ACRONYM", "EU_DIRECTIVE");
  }

  /**
   * What find says on standard error of a name that names nothing, in each language: the name as typed, then the
   * closest names, each with what it is; nothing near "zzqxv", so no question after it.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "EN | nothing found for   | '; did you mean ENISA (body enisa)'          | ?",
      "FR | aucun résultat pour | '\u202f; vouliez-vous dire ENISA (entité enisa)' | '\u202f?'",
      "NL | niets gevonden voor | '; bedoelde u ENISA (instantie enisa)'       | ?",
      "DE | keine Treffer für   | '; meinten Sie ENISA (Einrichtung enisa)'    | ?",
  })
  void saysInTheLanguageAskedForThatANameFoundNothing(Language language, String nothing, String question,
      String end) {
    Run run = run("find", "--lang", language.code(), "ENSIA", "zzqxv");

    assertThat(run.status()).as("%s", run).isEqualTo(ExitStatus.FAILED);
    assertThat(run.err().lines().toList()).satisfiesExactly(
        line -> assertThat(line).startsWith("ccb-relations: " + nothing + " \"ENSIA\"" + question).endsWith(end),
        line -> assertThat(line).isEqualTo("ccb-relations: " + nothing + " \"zzqxv\""));
  }

  /** A suggestion names its record as find's own line for that record does, in each language. */
  @ParameterizedTest
  @EnumSource(Language.class)
  void aSuggestionSaysWhatItIsInTheWordsOfTheRecordsLine(Language language) {
    Run found = run("find", "--lang", language.code(), "Cybersecurity Act");
    Run typo = run("find", "--lang", language.code(), "Cybersecurty Act");

    String line = found.out().lines().skip(1).findFirst().orElseThrow().strip();
    String record = line.substring(0, line.indexOf(Terms.colon(language)));
    assertThat(record).endsWith(" cybersecurity-act");
    assertThat(typo.err()).contains("Cybersecurity Act (" + record + ")");
  }

  /** In English, find asks the question of {@link Lookup#didYouMean()}, as the LookupByName example prints it. */
  @Test
  void asksInEnglishTheQuestionTheLookupAsks() {
    Lookup lookup = NameLookup.of(CcbRelations.bundled()).lookUp("Cybersecurty Act");

    assertThat(run("find", "Cybersecurty Act").err())
        .isEqualTo("ccb-relations: nothing found for \"Cybersecurty Act\"; " + lookup.didYouMean().orElseThrow()
            + System.lineSeparator());
  }

  /** The record lines ("body ID", "legal instrument ID") under each quoted name of find's output. */
  private static Map<String, List<String>> recordsByName(String out) {
    Map<String, List<String>> byName = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : out.lines().toList()) {
      if (line.startsWith("\"")) {
        current = new ArrayList<>();
        byName.put(line.substring(1, line.length() - 1), current);
      } else if (current != null && Stream.of("  body ", "  legal instrument ").anyMatch(line::startsWith)) {
        current.add(line.strip().substring(0, line.strip().indexOf(':')));
      }
    }
    return byName;
  }
}
