package io.github.ccbrelations.data.internal.json;

import static io.github.ccbrelations.data.internal.json.ParseStop.stop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A name given twice in one object ends the read, whether the format knows it or not; so do too many names. */
class NameSetTest {
  @Test
  void anUnknownNameGivenTwiceIsRefusedAtItsSecondPlace() {
    Violation v = stop("{\"header\": {\"note\": 1, \"released\": \"2026-12-03\", \"note\": 2}}");

    assertThat(v.code()).isEqualTo(ViolationCode.SYNTAX);
    assertThat(v.message()).contains("the field 'note' is given twice");
    assertThat(v.column()).isEqualTo(50);
  }

  @Test
  void aKnownNameGivenTwiceAfterUnknownOnesIsRefused() {
    Violation v = stop("{\"x\": 1, \"roles\": [], \"y\": 2, \"roles\": []}");

    assertThat(v.code()).isEqualTo(ViolationCode.SYNTAX);
    assertThat(v.message()).contains("the field 'roles' is given twice");
    assertThat(v.column()).isEqualTo(31);
  }

  /** At the name past the limit, its opening quote: the key is what is one too many (#14). */
  @Test
  void anObjectWithMoreNamesThanTheLimitEndsTheReadAtTheNamePastIt() {
    StringBuilder json = new StringBuilder("{\"header\": {\"released\": \"2026-12-03\"");
    for (int i = 0; i < ReadLimits.MAX_FIELDS_PER_OBJECT; i++) {
      json.append(", \"f").append(i).append("\": 0");
    }
    int pastTheLimit = json.indexOf("\"f" + (ReadLimits.MAX_FIELDS_PER_OBJECT - 1) + "\"") + 1;
    Violation v = stop(json.append("}}").toString());

    assertThat(v.code()).isEqualTo(ViolationCode.LIMIT_EXCEEDED);
    assertThat(v.message()).contains("more than " + ReadLimits.MAX_FIELDS_PER_OBJECT + " fields");
    assertThat(v.jsonPath()).isEqualTo("$.header.f9999");
    assertThat(v.line()).isEqualTo(1);
    assertThat(v.column()).isEqualTo(pastTheLimit);
  }

  /** A word has 64 bits: a type of 65 fields would give its last field the first one's bit, so it is refused. */
  @Test
  void aTypeOfMoreFieldsThanAWordHasBitsIsRefusedAndTheSixtyFourthFieldHasItsOwnBit() throws IOException {
    String[] names = new String[Long.SIZE + 1];
    for (int i = 0; i < names.length; i++) {
      names[i] = "f" + i;
    }
    Fields widest = Fields.of("Wide", Arrays.copyOf(names, Long.SIZE));
    NameSet set = new NameSet();
    try (JsonParser p = new JsonFactory().createParser("{}")) {
      set.add(p, widest, "f63");
      set.add(p, widest, "f0");
      ReadStop again = catchThrowableOfType(ReadStop.class, () -> set.add(p, widest, "f63"));

      assertThat(again).isNotNull();
      assertThat(set.has(widest.indexOf("f62"))).isFalse();
    }
    assertThatIllegalArgumentException().isThrownBy(() -> Fields.of("Wider", names)).withMessageContaining("65 fields");
  }

  /** Names are compared as the parser reads them: an escape does not make a second name of the first. */
  @Test
  void aNameGivenTwiceOnceWithAnEscapeIsRefused() {
    Violation known = stop("{\"header\": {}, \"\\u0068eader\": {}}");
    Violation unknown = stop("{\"header\": {\"zz\": 1, \"z\\u007a\": 2}}");

    assertThat(known.message()).contains("the field 'header' is given twice");
    assertThat(known.column()).isEqualTo(16);
    assertThat(unknown.message()).contains("the field 'zz' is given twice");
    assertThat(unknown.column()).isEqualTo(22);
  }
}
