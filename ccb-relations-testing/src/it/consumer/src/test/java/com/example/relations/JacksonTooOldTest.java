package com.example.relations;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.DatasetReader;
import io.github.ccbrelations.data.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Run alone, with jackson-core pinned below the floor of ccb-relations (the jackson-too-old profile), as an
 * application whose platform pins an older Jackson would: the first load fails with one clear error naming both
 * versions, not a NoSuchMethodError from inside the parser.
 */
@EnabledIfSystemProperty(named = "expect.jackson.too.old", matches = "true")
class JacksonTooOldTest {
  private static final String FOUND = System.getProperty("expect.jackson.core");

  @Test
  void theFirstLoadOfTheBundledDatasetNamesBothVersions() {
    assertThatThrownBy(CcbRelations::bundled)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("ccb-relations-data needs jackson-core 2.17.0 or a later 2.x, but jackson-core "
            + FOUND + " is on the path");
  }

  @Test
  void readingOrValidatingAFileNamesBothVersionsToo() {
    byte[] json = "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    assertThatThrownBy(() -> DatasetReader.standard().read(json, "any.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("needs jackson-core 2.17.0")
        .hasMessageContaining("jackson-core " + FOUND + " is on the path");
    assertThatThrownBy(() -> Validator.standard().validate(json, "any.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("jackson-core " + FOUND + " is on the path");
  }
}
