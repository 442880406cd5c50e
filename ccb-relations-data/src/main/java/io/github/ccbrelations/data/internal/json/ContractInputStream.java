package io.github.ccbrelations.data.internal.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A caller's stream held to {@link InputStream}'s contract, so that a broken one ends the load as unreadable. A read
 * asked for bytes returns at least one or -1; one that returns none would have every reader above (the UTF-8 check,
 * {@code readNBytes}) ask again for ever, so it is a failed read. A read failure thrown as an
 * {@link UncheckedIOException} is a failed read too, not the caller's exception escaping the load. The load only ever
 * reads, so reads are all it guards.
 */
public final class ContractInputStream extends FilterInputStream {
  public ContractInputStream(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    try {
      return super.read();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n;
    try {
      n = super.read(b, off, len);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    if (n == 0 && len > 0) {
      throw new IOException("the stream returned no bytes for a read of " + len
          + " (an InputStream returns at least one byte, or -1 at its end)");
    }
    return n;
  }
}
