package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.model.Labelled;
import io.github.ccbrelations.model.Language;
import java.io.IOException;
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
 * SHORT_NAME label there, out of the records that have an official name in that language (a record whose
 * {@code noOfficialName} names the language has none). Prints the coverage and every gap.
 */
class OfficialNameCoverageTest {
  /** What issue #16 asks for. */
  private static final Map<Language, Double> TARGETS =
      Map.of(Language.FR, 0.95, Language.NL, 0.95, Language.EN, 0.95, Language.DE, 0.90);
  /**
   * How many records have an official name in each language in release 2026.12.7 (as in 2026.12.4); a later release may
   * not have fewer. Counted, not a ratio: a new record whose names are not read yet (2026.12.1 adds the cPPP and the
   * Niger project) is a gap that lowers the ratio without any name being lost. Lowered only where a label is demoted
   * for want of an official source (2026.12.3: nl and de, see DATA-NOTES.md §5).
   */
  private static final Map<Language, Integer> RELEASED =
      Map.of(Language.FR, 38, Language.NL, 36, Language.EN, 46, Language.DE, 34);
  /** The languages whose target a release has met (English since 2026.12.5): a later release may not fall below it. */
  private static final Set<Language> MET = EnumSet.of(Language.EN);

  private record Record(String id, Labelled labelled) {}

  private record Coverage(int named, int eligible, List<String> gaps) {
    double ratio() {
      return eligible == 0 ? 1.0 : (double) named / eligible;
    }
  }

  @Test
  void noLanguageHasFewerOfficialNamesThanTheReleasedLevel() {
    Map<Language, Coverage> coverage = coverage();
    System.out.println(report(coverage));
    for (Language language : Language.values()) {
      assertThat(coverage.get(language).named())
          .as("%s official-name coverage\n%s", language.code(), report(coverage))
          .isGreaterThanOrEqualTo(RELEASED.get(language));
    }
  }

  @Test
  void theLanguagesThatMetTheirTargetStayAtIt() {
    Map<Language, Coverage> coverage = coverage();
    for (Language language : MET) {
      assertThat(coverage.get(language).ratio())
          .as("%s official-name coverage\n%s", language.code(), report(coverage))
          .isGreaterThanOrEqualTo(TARGETS.get(language));
    }
  }

  @Disabled("#16: only English meets its target in dataset 2026.12.7; the gaps are listed in DATA-NOTES.md")
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
    Map<Language, Coverage> coverage = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      int named = 0;
      int eligible = 0;
      List<String> gaps = new ArrayList<>();
      for (Record record : records().values()) {
        if (record.labelled().hasNoOfficialNameIn(language)) {
          continue;
        }
        eligible++;
        if (record.labelled().hasOfficialNameIn(language)) {
          named++;
        } else {
          gaps.add(record.id());
        }
      }
      coverage.put(language, new Coverage(named, eligible, gaps));
    }
    return coverage;
  }

  private static Map<String, Record> records() {
    Dataset data = CcbRelations.bundled().allTime();
    Map<String, Record> records = new LinkedHashMap<>();
    data.bodies().forEach(b -> records.put(b.id().value(), new Record(b.id().value(), b)));
    data.instruments().forEach(i -> records.put(i.id().value(), new Record(i.id().value(), i)));
    return records;
  }

  private static String report(Map<Language, Coverage> coverage) {
    StringBuilder out = new StringBuilder("Official-name coverage (bodies and instruments):\n");
    coverage.forEach((language, c) -> out.append(String.format(Locale.ROOT,
        "  %s %d/%d = %.1f %% (target %.0f %%); gaps: %s%n", language.code(), c.named(), c.eligible(),
        100 * c.ratio(), 100 * TARGETS.get(language), c.gaps())));
    return out.toString();
  }
}
