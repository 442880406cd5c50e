package io.github.ccbrelations.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.DatasetReader;
import io.github.ccbrelations.model.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse + validate + index of the same bytes, against plain databind binding them into the same model types (the peer
 * a user would write) and a {@code JsonNode} tree, and the cost of the view a plain query builds on the first call
 * of a day.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LoadBenchmark {
  @Param({"1000", "10000", "100000", "1000000"})
  public int records;

  private byte[] bytes;
  private DatasetReader reader;
  private DatabindPeer peer;
  private ObjectMapper plain;
  private Dataset loaded;
  private long day;

  @Setup
  public void setUp() throws IOException {
    bytes = Files.readAllBytes(SyntheticDataset.cached(records));
    // The one documented setting: a million records is about 400 MB, above the default limit of 256 MB.
    reader = SyntheticDataset.reader();
    peer = new DatabindPeer();
    plain = new ObjectMapper();
    loaded = reader.read(bytes, "synthetic-" + records);
  }

  /** What DatasetReader.read does: bind every record, check every rule, build the id, name and relation indexes. */
  @Benchmark
  public Dataset ccbLoad() {
    return reader.read(bytes, "synthetic-" + records);
  }

  /** The peer a user would write: plain databind into the same model types, no rule, no index. */
  @Benchmark
  public Object databindPeer() throws IOException {
    return peer.read(bytes);
  }

  /** The floor: the same bytes as a generic tree, nothing checked, nothing indexed. */
  @Benchmark
  public JsonNode jacksonTree() throws IOException {
    return plain.readTree(bytes);
  }

  /**
   * The floor of any loader that binds from Jackson's streaming parser: every token read, every string and field name
   * made a {@code String}, nothing kept. What {@code ccbLoad} adds to this is binding, checking and indexing.
   */
  @Benchmark
  public long jacksonTokens() throws IOException {
    return tokens(plain, bytes);
  }

  /**
   * Reads every token of the bytes, making every string and field name a {@code String} and keeping none.
   *
   * @param mapper the mapper whose parser factory reads
   * @param bytes the JSON
   * @return the total length of the strings, so that the work cannot be skipped
   * @throws IOException if the bytes are not JSON
   */
  static long tokens(ObjectMapper mapper, byte[] bytes) throws IOException {
    long n = 0;
    try (JsonParser p = mapper.getFactory().createParser(bytes)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
          n += p.getText().length();
        }
      }
    }
    return n;
  }

  /** The SHA-256 of the bytes, which every load computes for {@code info().sha256()}. */
  @Benchmark
  public byte[] sha256() throws NoSuchAlgorithmException {
    return MessageDigest.getInstance("SHA-256").digest(bytes);
  }

  /** The first plain query of a day: builds that day's view (roles valid that day, their indexes) once. */
  @Benchmark
  public List<?> firstPlainQueryOfADay() {
    // A new day each call, so each call builds the view as the first query of a day does.
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T12:00:00Z").plusSeconds(86_400 * (day++ % 3000)),
        ZoneOffset.UTC);
    return loaded.withClock(clock).rolesAt(Level.EUROPEAN);
  }

  /** The all-time view that the query benchmarks keep: every record, all relation indexes. */
  @Benchmark
  public Dataset allTimeView() {
    return loaded.allTime();
  }
}
