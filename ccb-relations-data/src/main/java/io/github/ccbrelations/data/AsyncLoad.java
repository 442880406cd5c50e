package io.github.ccbrelations.data;

import io.github.ccbrelations.data.ParsedDocument.Located;
import io.github.ccbrelations.data.ParsedDocument.Position;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.DatasetHeader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * The second thread of a load ({@link DatasetReader#withExecutor}): while the caller's thread parses, a task on the
 * executor digests the bytes parsed so far, runs the steps of the {@link IntegrityRules} that each completed part of
 * the document (an array, or a batch of an array) makes ready, and builds the name and hierarchy indexes of bodies
 * once their array is read.
 *
 * <p>The parser hands over its work as parts in the order it reads them: chunks of bytes (through
 * {@link #digesting}), the header, batches of records and each top-level array, then the whole document
 * ({@link #end}). One task at a time
 * drains them in that order, so the rules, the digest and the indexes are used by one thread at a time, and the
 * rules see their parts in the same order as without an executor. A task is submitted only when none is queued or
 * running. The caller never waits for the executor to start one: at the end, when no task is running,
 * {@link #result()} does what is left on the caller's thread, so a busy executor, a saturated pool, one that rejects
 * tasks or one that runs them in the caller's thread cannot stall a load. A task queued but not started then finds
 * nothing to do.
 */
final class AsyncLoad implements DocumentParser.Parts {
  /** Bytes per chunk handed to the digest: large enough that a 40 MB file makes 160 hand-overs. */
  private static final int CHUNK = 1 << 18;

  /**
   * What the second thread made: the rules' result, the body indexes (null if not built: no bodies array) and the
   * digest. The instruments' indexes, which their array completes near the end of a file, are left to the caller's
   * thread, which builds them while the rules finish.
   */
  record Outcome(IntegrityRules.Checked checked, Records.@Nullable BodyIndexes bodies, byte @Nullable [] sha256) {}

  private sealed interface Part permits Chunk, HeaderPart, BatchPart, ArrayPart, End {}

  private record Chunk(byte[] bytes, int length) implements Part {}

  private record HeaderPart(@Nullable DatasetHeader header, Position at) implements Part {}

  private record BatchPart(String array, List<? extends Located<?>> records) implements Part {}

  private record ArrayPart(String array, List<? extends Located<?>> records, Set<String> failedIds, boolean isArray)
      implements Part {}

  private record End(ParsedDocument whole) implements Part {}

  private final IntegrityRules rules;
  private final Executor executor;
  private final @Nullable MessageDigest digest;

  // Used by the thread draining the parts only.
  private Records.@Nullable BodyIndexes bodyIndexes;

  // Guarded by this.
  private final ArrayDeque<Part> queue = new ArrayDeque<>();
  private final ArrayDeque<byte[]> free = new ArrayDeque<>();
  private boolean running;
  private boolean submitted;
  private boolean cancelled;
  private @Nullable Outcome outcome;
  private @Nullable Throwable failure;

  // Used by the parsing thread only.
  private @Nullable Tee tee;

  /**
   * A load's second thread.
   *
   * @param rules the rules for the document, given nothing yet
   * @param executor where the task runs
   * @param digest the digest to feed, or null for no digest (a validation)
   */
  AsyncLoad(IntegrityRules rules, Executor executor, @Nullable MessageDigest digest) {
    this.rules = rules;
    this.executor = executor;
    this.digest = digest;
  }

  /**
   * The stream to parse: the input, with every byte read from it handed to the digest in chunks.
   *
   * @param in the input
   * @return the stream to give the parser
   */
  InputStream digesting(InputStream in) {
    if (digest == null) {
      return in;
    }
    tee = new Tee(in);
    return tee;
  }

  @Override
  public void header(@Nullable DatasetHeader header, Position at) {
    post(new HeaderPart(header, at));
  }

  @Override
  public void array(String array, List<? extends Located<?>> records, Set<String> failedIds, boolean isArray) {
    post(new ArrayPart(array, records, failedIds, isArray));
  }

  @Override
  public void batch(String array, List<? extends Located<?>> records) {
    post(new BatchPart(array, records));
  }

  /**
   * The whole document has been read: the rest is done on the executor, or in {@link #result()}.
   *
   * @param whole the parsed document
   */
  void end(ParsedDocument whole) {
    if (tee != null) {
      tee.flush();
    }
    post(new End(whole));
  }

  /**
   * Waits for the second thread to finish, doing what is left on this thread when no task is running. The wait is
   * not interrupted: the work left is bounded by the document; an interrupt is kept for the caller.
   *
   * @return what the second thread made
   * @throws RuntimeException or Error that the work threw on the executor's thread
   */
  Outcome result() {
    boolean interrupted = false;
    try {
      while (true) {
        synchronized (this) {
          if (failure != null) {
            throw rethrow(failure);
          }
          if (outcome != null) {
            return outcome;
          }
          if (running) {
            try {
              wait();
            } catch (InterruptedException e) {
              interrupted = true;
            }
            continue;
          }
          running = true;
        }
        drain();
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The parse failed: the parts not yet handled are dropped, and a step already running is the last. */
  void cancel() {
    synchronized (this) {
      cancelled = true;
      queue.clear();
    }
  }

  private void post(Part part) {
    boolean submit;
    synchronized (this) {
      // After a cancel, or a failure that result() will throw, the parts left are not needed.
      if (cancelled || failure != null) {
        return;
      }
      queue.add(part);
      submit = !running && !submitted;
      submitted |= submit;
    }
    if (submit) {
      try {
        executor.execute(this::task);
      } catch (RejectedExecutionException e) {
        // The caller does the work itself at the end.
        synchronized (this) {
          submitted = false;
        }
      }
    }
  }

  /** A task on the executor: drains the queue unless another thread is draining it. */
  private void task() {
    synchronized (this) {
      submitted = false;
      if (running || queue.isEmpty() || failure != null) {
        return;
      }
      running = true;
    }
    drain();
  }

  /** Handles the parts queued, in order, until the queue is empty; the caller has set {@code running}. */
  private void drain() {
    while (true) {
      Part part;
      synchronized (this) {
        part = queue.poll();
        if (part == null) {
          running = false;
          notifyAll();
          return;
        }
      }
      try {
        handle(part);
      } catch (Throwable t) {
        synchronized (this) {
          failure = t;
          queue.clear();
          running = false;
          notifyAll();
        }
        return;
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void handle(Part part) {
    if (part instanceof Chunk c) {
      // Chunks are made only when there is a digest (see digesting).
      java.util.Objects.requireNonNull(digest).update(c.bytes(), 0, c.length());
      synchronized (this) {
        free.add(c.bytes());
      }
    } else if (part instanceof HeaderPart h) {
      rules.header(h.header(), h.at());
    } else if (part instanceof BatchPart b) {
      rules.batch(b.array(), b.records());
    } else if (part instanceof ArrayPart a) {
      rules.array(a.array(), a.records(), a.failedIds(), a.isArray());
      if (a.isArray() && a.array().equals("bodies")) {
        bodyIndexes = new Records.BodyIndexes((List<Located<Body>>) a.records());
      }
    } else if (part instanceof End e) {
      IntegrityRules.Checked checked = rules.end(e.whole());
      Outcome made = new Outcome(checked, bodyIndexes, digest == null ? null : digest.digest());
      synchronized (this) {
        outcome = made;
      }
    }
  }

  private synchronized byte[] freeChunk() {
    byte[] chunk = free.poll();
    return chunk == null ? new byte[CHUNK] : chunk;
  }

  private static RuntimeException rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException(t);
  }

  /** Copies every byte read into chunks handed to the digest; never marks, resets or skips unread bytes. */
  private final class Tee extends FilterInputStream {
    private byte[] chunk = new byte[CHUNK];
    private int length;

    Tee(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c = in.read();
      if (c >= 0) {
        chunk[length++] = (byte) c;
        if (length == CHUNK) {
          flush();
        }
      }
      return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      int from = off;
      int left = n;
      while (left > 0) {
        int k = Math.min(left, CHUNK - length);
        System.arraycopy(b, from, chunk, length, k);
        length += k;
        from += k;
        left -= k;
        if (length == CHUNK) {
          flush();
        }
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      // Skipped bytes are digested too: read them.
      byte[] scratch = new byte[(int) Math.min(n, 8192)];
      long skipped = 0;
      while (skipped < n) {
        int r = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
        if (r < 0) {
          break;
        }
        skipped += r;
      }
      return skipped;
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    @Override
    public void mark(int readlimit) {
      // Not supported: a reset would digest bytes twice.
    }

    @Override
    public void reset() throws IOException {
      throw new IOException("mark/reset not supported");
    }

    void flush() {
      if (length > 0) {
        post(new Chunk(chunk, length));
        chunk = freeChunk();
        length = 0;
      }
    }
  }
}
