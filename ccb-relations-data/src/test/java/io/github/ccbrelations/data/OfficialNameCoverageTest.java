package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.LabelKind;
import io.github.ccbrelations.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Official names per language over bodies and instruments: a record counts in a language when it has a NAME or
 * SHORT_NAME label there, out of the records that have an official name in that language (those listed in
 * {@code no-official-name.tsv} for it do not). Prints the coverage and every gap.
 */
class OfficialNameCoverageTest {
  private static final String NO_OFFICIAL_NAME = "/io/github/ccbrelations/data/no-official-name.tsv";
  /** What issue #16 asks for. */
  private static final Map<Language, Double> TARGETS =
      Map.of(Language.FR, 0.95, Language.NL, 0.95, Language.EN, 0.95, Language.DE, 0.90);
  /** What the current release reaches, rounded down; a later release may not fall below it. */
  private static final Map<Language, Double> RELEASED =
      Map.of(Language.FR, 0.84, Language.NL, 0.90, Language.EN, 0.95, Language.DE, 0.72);

  private record Record(String id, List<Label> labels) {}

  private record Coverage(int named, int eligible, List<String> gaps) {
    double ratio() {
      return eligible == 0 ? 1.0 : (double) named / eligible;
    }
  }

  @Test
  void coverageNeverFallsBelowTheReleasedLevel() {
    Map<Language, Coverage> coverage = coverage();
    System.out.println(report(coverage));
    for (Language language : Language.values()) {
      assertThat(coverage.get(language).ratio())
          .as("%s official-name coverage\n%s", language.code(), report(coverage))
          .isGreaterThanOrEqualTo(RELEASED.get(language));
    }
  }

  @Disabled("#16: the targets are not met by dataset 2026.12.0; the gaps are listed in DATA-NOTES.md")
  @Test
  void coverageReachesTheIssueTargets() {
    Map<Language, Coverage> coverage = coverage();
    for (Language language : Language.values()) {
      assertThat(coverage.get(language).ratio())
          .as("%s official-name coverage\n%s", language.code(), report(coverage))
          .isGreaterThanOrEqualTo(TARGETS.get(language));
    }
  }

  @Test
  void recordsWithoutAnOfficialNameExistAndCarryNoneInThatLanguage() {
    Map<String, Record> records = records();
    List<String> problems = new ArrayList<>();
    noOfficialName().forEach((id, languages) -> {
      Record record = records.get(id);
      if (record == null) {
        problems.add(id + ": no body or instrument has this id");
        return;
      }
      for (Language language : languages) {
        if (hasOfficialName(record, language)) {
          problems.add(id + ": listed as having no official name in " + language.code() + " but has one");
        }
      }
    });
    assertThat(problems).as("no-official-name.tsv").isEmpty();
  }

  @Test
  void everyGapIsExplainedInTheDataNotes() throws IOException {
    String notes = Files.readString(Path.of("DATA-NOTES.md"));
    int section = notes.indexOf("## 5. Official names");
    assertThat(section).as("DATA-NOTES.md has a section '## 5. Official names'").isNotNegative();
    String gapsSection = notes.substring(section);
    List<String> unexplained = new ArrayList<>();
    coverage().forEach((language, c) -> c.gaps().stream()
        .filter(id -> !gapsSection.contains("`" + id + "` (" + language.code() + ")"))
        .forEach(id -> unexplained.add("`" + id + "` (" + language.code() + ")")));
    assertThat(unexplained).as("gaps DATA-NOTES.md does not explain").isEmpty();
  }

  private static Map<Language, Coverage> coverage() {
    Map<String, Set<Language>> exempt = noOfficialName();
    Map<Language, Coverage> coverage = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      int named = 0;
      int eligible = 0;
      List<String> gaps = new ArrayList<>();
      for (Record record : records().values()) {
        if (exempt.getOrDefault(record.id(), Set.of()).contains(language)) {
          continue;
        }
        eligible++;
        if (hasOfficialName(record, language)) {
          named++;
        } else {
          gaps.add(record.id());
        }
      }
      coverage.put(language, new Coverage(named, eligible, gaps));
    }
    return coverage;
  }

  private static boolean hasOfficialName(Record record, Language language) {
    return record.labels().stream().anyMatch(l -> l.language() == language
        && (l.kind() == LabelKind.NAME || l.kind() == LabelKind.SHORT_NAME));
  }

  private static Map<String, Record> records() {
    Dataset data = CcbRelations.bundled().allTime();
    Map<String, Record> records = new LinkedHashMap<>();
    data.bodies().forEach(b -> records.put(b.id().value(), new Record(b.id().value(), b.labels())));
    data.instruments().forEach(i -> records.put(i.id().value(), new Record(i.id().value(), i.labels())));
    return records;
  }

  private static Map<String, Set<Language>> noOfficialName() {
    Map<String, Set<Language>> exempt = new LinkedHashMap<>();
    try (InputStream in = OfficialNameCoverageTest.class.getResourceAsStream(NO_OFFICIAL_NAME)) {
      assertThat(in).as(NO_OFFICIAL_NAME).isNotNull();
      int lineNumber = 0;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t");
        assertThat(columns).as("%s:%d has three tab-separated columns", NO_OFFICIAL_NAME, lineNumber).hasSize(3);
        Set<Language> languages = EnumSet.noneOf(Language.class);
        for (String code : columns[1].split(",")) {
          languages.add(Language.valueOf(code.trim().toUpperCase(Locale.ROOT)));
        }
        assertThat(exempt.put(columns[0], languages)).as("%s:%d lists %s twice", NO_OFFICIAL_NAME, lineNumber,
            columns[0]).isNull();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return exempt;
  }

  private static String report(Map<Language, Coverage> coverage) {
    StringBuilder out = new StringBuilder("Official-name coverage (bodies and instruments):\n");
    coverage.forEach((language, c) -> out.append(String.format(Locale.ROOT,
        "  %s %d/%d = %.1f %% (target %.0f %%); gaps: %s%n", language.code(), c.named(), c.eligible(),
        100 * c.ratio(), 100 * TARGETS.get(language), c.gaps())));
    return out.toString();
  }
}
