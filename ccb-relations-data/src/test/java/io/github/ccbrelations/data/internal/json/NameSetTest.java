package io.github.ccbrelations.data.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ccbrelations.data.Limits;
import io.github.ccbrelations.data.Violation;
import io.github.ccbrelations.data.ViolationCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A name given twice in one object ends the read, whether the format knows it or not; so do too many names. */
class NameSetTest {
  /** The violation that ended a lenient parse (unknown fields are warnings there, and do not end it). */
  private static Violation stop(String json) {
    LoadFailure e = catchThrowableOfType(LoadFailure.class, () -> DocumentParser.parse(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json", Limits.defaults(), true));
    assertThat(e).as("the parse must fail").isNotNull();
    return e.violations().get(e.violations().size() - 1);
  }

  @Test
  void anUnknownNameGivenTwiceIsRefusedAtItsSecondPlace() {
    Violation v = stop("{\"header\": {\"note\": 1, \"released\": \"2026-12-03\", \"note\": 2}}");

    assertThat(v.code()).isEqualTo(ViolationCode.SYNTAX);
    assertThat(v.message()).contains("Duplicate field 'note'");
    assertThat(v.column()).isEqualTo(50);
  }

  @Test
  void aKnownNameGivenTwiceAfterUnknownOnesIsRefused() {
    Violation v = stop("{\"x\": 1, \"roles\": [], \"y\": 2, \"roles\": []}");

    assertThat(v.code()).isEqualTo(ViolationCode.SYNTAX);
    assertThat(v.message()).contains("Duplicate field 'roles'");
    assertThat(v.column()).isEqualTo(31);
  }

  @Test
  void anObjectWithMoreNamesThanTheLimitEndsTheRead() {
    StringBuilder json = new StringBuilder("{\"header\": {\"released\": \"2026-12-03\"");
    for (int i = 0; i < Limits.MAX_FIELDS_PER_OBJECT; i++) {
      json.append(", \"f").append(i).append("\": 0");
    }
    Violation v = stop(json.append("}}").toString());

    assertThat(v.code()).isEqualTo(ViolationCode.LIMIT_EXCEEDED);
    assertThat(v.message()).contains("more than " + Limits.MAX_FIELDS_PER_OBJECT + " fields");
    assertThat(v.jsonPath()).isEqualTo("$.header.f9999");
  }
}
