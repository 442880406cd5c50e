package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.internal.BuildCheck;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The build's record of the file it checked: written, read back, and refused when it is not one (#19). */
class BuildCheckTest {
  private static final byte[] BYTES = "{\"header\": {}}".getBytes(StandardCharsets.UTF_8);

  @Test
  void aRecordReadsBackAsItWasWritten() throws Exception {
    BuildCheck written = CheckedDigestTest.check(BYTES);

    BuildCheck read = read(written.text());

    assertThat(read).isEqualTo(written);
    assertThat(read.matches(BYTES)).isTrue();
    assertThat(written.text()).isEqualTo("sha256=" + CheckedDigestTest.sha256(BYTES) + "\ncrc32c="
        + String.format("%08x", written.crc32c()) + "\nsize=" + BYTES.length + "\n");
  }

  @Test
  void theCrc32cIsTheStandardOne() {
    // RFC 3720's check value: the CRC-32C of the nine ASCII digits "123456789".
    BuildCheck check = BuildCheck.of("123456789".getBytes(StandardCharsets.US_ASCII), "0".repeat(64));

    assertThat(check.crc32c()).isEqualTo(0xE3069283L);
    assertThat(check.text()).contains("crc32c=e3069283\n");
  }

  @Test
  void otherBytesDoNotMatch() throws Exception {
    BuildCheck check = CheckedDigestTest.check(BYTES);
    byte[] longer = "{\"header\": {}} ".getBytes(StandardCharsets.UTF_8);
    byte[] sameSize = "{\"header\": []}".getBytes(StandardCharsets.UTF_8);

    assertThat(check.matches(longer)).isFalse();
    assertThat(check.matches(sameSize)).isFalse();
  }

  @Test
  void aTextThatIsNotARecordReadsAsNone() throws Exception {
    String sha = "ab".repeat(32);

    assertThat(read("")).isNull();
    assertThat(read(sha + "\n")).as("a digest alone").isNull();
    assertThat(read("sha256=" + sha + "\ncrc32c=e3069283\n")).as("no size").isNull();
    assertThat(read("sha256=" + sha.toUpperCase() + "\ncrc32c=e3069283\nsize=9\n")).as("upper case").isNull();
    assertThat(read("sha256=" + sha + "\ncrc32c=e30692\nsize=9\n")).as("short CRC").isNull();
    assertThat(read("sha256=" + sha + "\ncrc32c=e306928g\nsize=9\n")).as("not hex").isNull();
    assertThat(read("sha256=" + sha + "\ncrc32c=e3069283\nsize=nine\n")).as("size not a number").isNull();
    assertThat(read("sha256=" + sha + "\ncrc32c=e3069283\nsize=9\n")).isNotNull();
  }

  private static BuildCheck read(String text) throws IOException {
    return BuildCheck.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)));
  }
}
