package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Descriptions are the dataset's own words: none repeats a run of {@link PageFingerprint#WORDS} words of the CCB
 * page. The page is known here only by its fingerprint, so the check runs in every clone.
 */
class PageFingerprintTest {
  private static final PageFingerprint PAGE = PageFingerprint.bundled();

  @Test
  void noDescriptionRepeatsARunOfWordsOfThePage() {
    Dataset data = CcbRelations.bundled().allTime();
    List<String> copied = new ArrayList<>();
    data.bodies().forEach(b -> check("body " + b.id().value(), b.description(), copied));
    data.roles().forEach(r -> check("role " + r.id().value(), r.description(), copied));
    data.instruments().forEach(i -> check("instrument " + i.id().value(), i.description(), copied));
    assertThat(copied).as("descriptions repeating the page:\n%s", String.join("\n", copied)).isEmpty();
  }

  @Test
  void catchesAClauseCopiedFromThePageWhateverItsCaseAccentsAndPunctuation() {
    // A clause of the French page (european-level, paragraph 4), then the same clause typed differently.
    assertThat(PAGE.copiedRuns("NCCA-BE, qui opère sous les auspices du CCB, siège à l'ECCG."))
        .contains("qui opere sous les auspices du");
    assertThat(PAGE.copiedRuns("QUI OPERE - sous les AUSPICES du ccb")).isNotEmpty();
  }

  @Test
  void letsTheSameFactsInOtherWordsPass() {
    assertThat(PAGE.copiedRuns("Placée auprès du CCB, NCCA-BE représente la Belgique dans le groupe ECCG.")).isEmpty();
  }

  @Test
  void findsEveryCopiedRunOfAFixtureAndNothingShorter() {
    PageFingerprint fixture = PageFingerprint.of(List.of("one two three four five six seven"));
    assertThat(fixture.hashes()).hasSize(2);
    assertThat(fixture.copiedRuns("zero One two, three four five SIX seven eight"))
        .containsExactly("one two three four five six", "two three four five six seven");
    assertThat(fixture.copiedRuns("one two three four five")).isEmpty();
  }

  @Test
  void theResourceHoldsHashesAndNoText() {
    assertThat(PAGE.hashes()).hasSizeGreaterThan(1_000).allMatch(h -> h.matches("[0-9a-f]{16}"));
    assertThatThrownBy(() -> PageFingerprint.parse("# comment\nabcdef0123456789\nla page en clair\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(":3: not a 16-digit hex hash: 'la page en clair'");
  }

  private static void check(String record, Optional<LocalizedText> description, List<String> copied) {
    description.ifPresent(text -> {
      for (Map.Entry<Language, String> value : text.values().entrySet()) {
        for (String run : PAGE.copiedRuns(value.getValue())) {
          copied.add(record + " (" + value.getKey().code() + "): '" + run + "' in: " + value.getValue());
        }
      }
    });
  }
}
