package io.github.ccbrelations.data.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every byte up to the limit is handed out before the read that finds one more fails: none is lost to the error. */
class LimitedInputStreamTest {
  private static final byte[] BYTES = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  @Test
  void aReadOverTheLimitHandsOutTheBytesUpToItAndTheNextReadFails() throws IOException {
    InputStream in = new LimitedInputStream(new ByteArrayInputStream(BYTES), 10);
    byte[] got = new byte[16];

    int n = in.read(got, 0, 16);
    ReadStop e = catchThrowableOfType(ReadStop.class, () -> in.read(got, n, 6));

    assertThat(n).isEqualTo(10);
    assertThat(Arrays.copyOf(got, n)).isEqualTo(Arrays.copyOf(BYTES, 10));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).startsWith("the input is larger than the limit of 10 bytes");
  }

  @Test
  void anInputOfExactlyTheLimitIsReadToItsEnd() throws IOException {
    InputStream in = new LimitedInputStream(new ByteArrayInputStream(BYTES), BYTES.length);

    assertThat(in.readAllBytes()).isEqualTo(BYTES);
    assertThat(in.read(new byte[4], 0, 4)).isEqualTo(-1);
  }

  @Test
  void aReadOfNoBytesAtTheLimitFailsNot() throws IOException {
    InputStream in = new LimitedInputStream(new ByteArrayInputStream(BYTES), 4);
    in.readNBytes(4);

    assertThat(in.read(new byte[4], 0, 0)).isZero();
    assertThat(catchThrowableOfType(ReadStop.class, in::read)).isNotNull();
  }
}
