package io.github.ccbrelations.data;

import io.github.ccbrelations.data.violation.Severity;
import io.github.ccbrelations.data.violation.Violation;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads one generated hostile stream with the default limits and prints how it ended, for {@link SmallHeapTest},
 * which runs it in a JVM of its own with a small heap: {@code LOADED <bodies> <warnings>} or
 * {@code FAILED <code of the last error> <violations>}, warnings included in their number. An OutOfMemoryError ends
 * the JVM with status 3.
 */
final class SmallHeapProbe {
  static final String HEADER = "{\"header\": {\"datasetVersion\": \"2030.01.0\", \"schemaVersion\": \"1.1.0\","
      + " \"released\": \"2030-01-15\", \"primarySources\": [\"page\"]},\n"
      + "\"sources\": [{\"id\": \"page\", \"kind\": \"CCB_PAGE\", \"title\": \"Relations\", \"language\": \"fr\","
      + " \"url\": \"https://relations.example.org/fr\"}],\n";
  private static final String BODY = "{\"id\": \"b\", \"kind\": \"WORKING_GROUP\", \"labels\": [{\"language\": \"en\","
      + " \"kind\": \"NAME\", \"text\": \"Body\"}]";
  /** Without end, unless the system property {@code units} says how many units (to measure what fits a heap). */
  private static final long ENDLESS = Long.getLong("units", Long.MAX_VALUE);
  private static final String TAIL = "],\n\"instruments\": [], \"roles\": []}\n";

  /** The hostile streams, by name: each is endless or far larger than what a small heap could hold as records. */
  static final Map<String, Supplier<InputStream>> STREAMS = Map.of(
      "unknown-fields-in-one-record", () -> new GeneratedStream(HEADER + "\"bodies\": [" + BODY,
          i -> ", \"x" + i + "\": 0", ENDLESS, "}" + TAIL),
      "record-with-300000-fields", () -> new GeneratedStream(HEADER + "\"bodies\": [" + BODY,
          i -> ", \"field-" + i + "\": 0", 300_000, "}" + TAIL),
      "records-with-an-unknown-field", () -> new GeneratedStream(HEADER + "\"bodies\": [" + BODY + "}",
          i -> ", {\"id\": \"b" + i + "\", \"x\": 0}", ENDLESS, TAIL),
      "unknown-top-level-fields", () -> new GeneratedStream("{",
          i -> "\"x" + i + "\": 0, ", ENDLESS, "\"y\": 0}"),
      "small-valid-records", () -> new GeneratedStream(HEADER + "\"bodies\": [" + BODY + "}",
          i -> ", {\"id\": \"b" + i + "\", \"kind\": \"BOARD\", \"labels\": [{\"language\": \"en\", \"kind\": \"NAME\","
              + " \"text\": \"B" + i + "\"}]}", ENDLESS, TAIL),
      "tiny-strings-in-one-list", () -> new GeneratedStream(HEADER + "\"bodies\": [" + BODY
          + ", \"sources\": [{\"source\": \"page\", \"supports\": [\"s\"", i -> ", \"s\"", ENDLESS, "]}]}" + TAIL),
      "distinct-tiny-strings-in-one-list", () -> new GeneratedStream(HEADER + "\"bodies\": [" + BODY
          + ", \"sources\": [{\"source\": \"page\", \"supports\": [\"s\"", i -> ", \"" + i + "\"", ENDLESS,
          "]}]}" + TAIL),
      "distinct-unknown-fields-in-many-records", () -> new GeneratedStream(HEADER + "\"bodies\": [" + BODY,
          i -> (i % 5_000 == 4_999 ? "}, " + BODY.replace("\"b\"", "\"b" + i + "\"") : "") + ", \"x" + i + "\": 0",
          ENDLESS, "}" + TAIL),
      "labels-in-one-record", () -> new GeneratedStream(HEADER + "\"bodies\": [" + BODY.substring(0, BODY.length() - 1),
          i -> ", {\"language\": \"en\", \"kind\": \"NAME\", \"text\": \"B" + i + "\"}", ENDLESS, "]}" + TAIL));

  private SmallHeapProbe() {}

  /**
   * Reads the stream named by the first argument, strictly or, with a second argument {@code lenient}, leniently,
   * with the default limits (or, to measure what a heap holds, those of the system properties {@code records} and
   * {@code bytes}).
   *
   * @param args the stream's name, then {@code strict} or {@code lenient}
   */
  public static void main(String[] args) throws Exception {
    DatasetReader reader = (args.length > 1 && args[1].equals("lenient") ? DatasetReader.lenient()
        : DatasetReader.standard()).withLimits(Limits.defaults()
        .withMaxRecords(Integer.getInteger("records", Limits.defaults().maxRecords()))
        .withMaxDocumentBytes(Long.getLong("bytes", Limits.defaults().maxDocumentBytes())));
    try (InputStream in = STREAMS.get(args[0]).get()) {
      Dataset data = reader.read(in, args[0]);
      System.out.println("LOADED " + data.info().bodyCount() + " "
          + reader.validate(STREAMS.get(args[0]).get(), args[0]).warnings().size());
    } catch (DatasetLoadException e) {
      List<Violation> all = e.violations();
      List<Violation> errors = all.stream().filter(v -> v.severity() == Severity.ERROR).toList();
      System.out.println("FAILED " + errors.get(errors.size() - 1).code() + " " + all.size());
    } catch (OutOfMemoryError e) {
      System.out.println("OOM");
      System.exit(3);
    }
  }
}
