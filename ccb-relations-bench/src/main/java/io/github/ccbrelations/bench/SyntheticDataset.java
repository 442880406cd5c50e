package io.github.ccbrelations.bench;

import static io.github.ccbrelations.bench.SyntheticText.NAME_WORDS;
import static io.github.ccbrelations.bench.SyntheticText.country;
import static io.github.ccbrelations.bench.SyntheticText.word;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ccbrelations.data.DatasetReader;
import io.github.ccbrelations.data.Limits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A seeded generator of synthetic datasets in the ccb-relations file format, at any size, with the proportions and
 * reference density of the bundled file.
 *
 * <p>The file is a sequence of "countries": blocks of about 40 bodies (the first is the country itself, the second
 * plays the part of the CCB) with their instruments, roles and sources; every reference stays inside its block, as
 * the bundled file is one such block. So the answer to a query (the roles in a body, the parts of a body) has the
 * same size at 1k as at 1M records, and a query whose time grows with the file is a query that scans.
 *
 * <p>Proportions, per body: 0.4 instruments, 0.85 roles, 2 sources (the bundled file has 38 : 14 : 32 : 71); 1 to
 * 10 labels per body in fr, nl, en and de; roles with 0 to 4 legal bases; partOf chains up to 3 deep; sources with
 * sections cited by section and paragraph. The same size and seed always give the same bytes.
 *
 * <pre>{@code
 * Path file = SyntheticDataset.cached(100_000);   // generated once under target/bench-data, then reused
 * Dataset data = DatasetReader.standard().read(file);
 * }</pre>
 */
public final class SyntheticDataset {
  /** The seed of every published measurement. */
  public static final long DEFAULT_SEED = 20261129L;

  /** Bumped whenever the generator's output changes, so that cached files are regenerated. */
  static final int FORMAT = 3;

  /**
   * The reader of synthetic files: the standard one with limits raised to a million records, as a user who loads
   * files this large would raise them (the defaults stop at 16 MiB and 200,000 records).
   *
   * @return the reader; never null
   */
  public static DatasetReader reader() {
    return DatasetReader.standard()
        .withLimits(Limits.defaults().withMaxDocumentBytes(1L << 30).withMaxRecords(5_000_000));
  }

  static final int BLOCK_BODIES = 40;

  private static final String[] LANGS = {"fr", "nl", "en", "de"};
  private static final String[] BODY_KINDS = {"EU_AGENCY", "EU_BODY", "EU_NETWORK_OR_GROUP", "COUNCIL_WORKING_PARTY",
      "BOARD", "WORKING_GROUP", "INTERNATIONAL_ORGANISATION", "INTERGOVERNMENTAL_FORUM_OR_INITIATIVE", "ASSOCIATION",
      "COMMUNITY", "NATIONAL_AUTHORITY", "NATIONAL_AGENCY", "DEPARTMENT", "OFFICE", "DIPLOMATIC_MISSION", "EXERCISE"};
  private static final String[] FUNCTIONS = {"SINGLE_POINT_OF_CONTACT", "CSIRT", "NATIONAL_COORDINATION_CENTRE",
      "REPRESENTATIVE", "MEMBER", "BOARD_MEMBER", "OPERATIONAL_POINT_OF_CONTACT", "EXPERT_SUPPORT",
      "TECHNICAL_SUPPORT", "PARTICIPANT", "REPRESENTED", "EXERCISE_PARTICIPANT", "COORDINATOR", "BILATERAL_RELATIONS",
      "MONITORING", "FOLLOW_UP", "CAPACITY_BUILDING", "COMMITMENT"};
  private static final String[] LEVELS = {"GENERAL", "EUROPEAN", "INTERNATIONAL", "OPERATIONAL"};
  private static final String[] SOURCE_KINDS = {"OFFICIAL_JOURNAL", "BODY_WEBSITE", "OFFICIAL_DOCUMENT",
      "PRESS_RELEASE", "OTHER_WEB_PAGE"};
  private static final String[] SECTIONS = {"introduction", "european-level", "international-level",
      "operational-level"};
  private static final int[] LABEL_COUNTS = {3, 3, 3, 3, 3, 3, 3, 3, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 5, 5, 5,
      5, 5, 4, 4, 4, 4, 8, 8, 8, 10, 10, 6, 6, 9};
  private static final int[] BASIS_COUNTS = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 3, 4};

  /** How many records of each type a file of a given size holds. */
  public record Counts(int sources, int bodies, int instruments, int roles) {
    /** The records of all types. */
    public int total() {
      return sources + bodies + instruments + roles;
    }
  }

  private final long seed;
  private final Counts counts;
  private final int blocks;
  /** Depth of each body in its partOf chain, to keep chains short (at most 3 links). */
  private final byte[] depth;

  private SyntheticDataset(int records, long seed) {
    this.seed = seed;
    this.counts = counts(records);
    this.blocks = Math.max(1, (counts.bodies() + BLOCK_BODIES - 1) / BLOCK_BODIES);
    this.depth = new byte[counts.bodies()];
  }

  /**
   * The split of a number of records into types, 1 body : 0.4 instruments : 0.85 roles : 2 sources.
   *
   * @param records the total, at least 20
   * @return the counts, whose total is exactly {@code records}
   */
  public static Counts counts(int records) {
    if (records < 20) {
      throw new IllegalArgumentException("at least 20 records: " + records);
    }
    int bodies = (int) Math.round(records / 4.25);
    int instruments = (int) Math.round(bodies * 0.4);
    int roles = (int) Math.round(bodies * 0.85);
    return new Counts(records - bodies - instruments - roles, bodies, instruments, roles);
  }

  /**
   * The generated file of a size with the default seed, generated on first use under {@code target/bench-data} of
   * the bench module and reused afterwards.
   *
   * @param records the total number of records
   * @return the file; never null
   */
  public static Path cached(int records) {
    Path file = dataDirectory().resolve("synthetic-" + records + "-" + DEFAULT_SEED + "-v" + FORMAT + ".json");
    if (!Files.isRegularFile(file)) {
      try {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "synthetic-", ".tmp");
        write(tmp, records, DEFAULT_SEED);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return file;
  }

  /** {@code target/bench-data} next to the jar or class folder this class was loaded from. */
  static Path dataDirectory() {
    String override = System.getProperty("ccb.bench.data");
    if (override != null) {
      return Path.of(override);
    }
    try {
      Path here = Path.of(SyntheticDataset.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return here.getParent().resolve("bench-data");
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Writes a synthetic dataset.
   *
   * @param file where to write it; replaced if it exists
   * @param records the total number of records, at least 20
   * @param seed the seed; the same seed and size give the same bytes
   * @return the file
   * @throws IOException if the file cannot be written
   */
  public static Path write(Path file, int records, long seed) throws IOException {
    SyntheticDataset g = new SyntheticDataset(records, seed);
    try (JsonGenerator out = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
      g.write(out);
    }
    return file;
  }

  /**
   * Generates from the command line: {@code SyntheticDataset <records>...} fills the cache of {@link #cached(int)};
   * {@code SyntheticDataset <records> <file> [seed]} writes one file.
   *
   * @param args the sizes, or the size, the file and optionally the seed
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length >= 2 && !args[1].matches("[0-9]+")) {
      int records = Integer.parseInt(args[0]);
      long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
      Path file = Path.of(args[1]).toAbsolutePath();
      Files.createDirectories(file.getParent());
      write(file, records, seed);
      System.out.println(file + ": " + counts(records) + ", " + Files.size(file) + " bytes");
      return;
    }
    for (String arg : args) {
      int records = Integer.parseInt(arg);
      Path file = cached(records);
      System.out.println(file + ": " + counts(records) + ", " + Files.size(file) + " bytes");
    }
  }

  // ------------------------------------------------------------------------------------------------ structure

  /** The first index of a type's records in a block: records are spread evenly over the blocks. */
  private int start(int count, int block) {
    return (int) ((long) count * block / blocks);
  }

  private int blockOf(int count, int index) {
    // The inverse of start(): the last block whose start is not after the index.
    int b = (int) ((long) index * blocks / count);
    while (b + 1 < blocks && start(count, b + 1) <= index) {
      b++;
    }
    while (b > 0 && start(count, b) > index) {
      b--;
    }
    return b;
  }

  private int pick(SplittableRandom r, int count, int block) {
    int from = start(count, block);
    int to = Math.max(from + 1, start(count, block + 1));
    return Math.min(count - 1, from + r.nextInt(to - from));
  }

  private SplittableRandom random(int type, int index) {
    return new SplittableRandom(seed * 31 + type * 1_000_003L + index);
  }

  /** The sections a source has: the first source of a block is the "page", with four sections; a few others two. */
  private int sectionCount(int source) {
    int block = blockOf(counts.sources(), source);
    if (source == start(counts.sources(), block)) {
      return 4;
    }
    return Math.floorMod(source * 2654435761L, 25) == 0 ? 2 : 0;
  }

  private static int paragraphs(int source, int section) {
    return 1 + (source + section * 3) % 7;
  }

  // ------------------------------------------------------------------------------------------------ writing

  private void write(JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeObjectFieldStart("header");
    out.writeStringField("datasetVersion", "2026.11.0");
    out.writeStringField("schemaVersion", "1.1.0");
    out.writeStringField("released", "2026-11-29");
    out.writeArrayFieldStart("primarySources");
    out.writeString("src-0");
    out.writeEndArray();
    out.writeEndObject();

    out.writeArrayFieldStart("sources");
    for (int i = 0; i < counts.sources(); i++) {
      source(out, i);
    }
    out.writeEndArray();
    out.writeArrayFieldStart("bodies");
    for (int i = 0; i < counts.bodies(); i++) {
      body(out, i);
    }
    out.writeEndArray();
    out.writeArrayFieldStart("instruments");
    for (int i = 0; i < counts.instruments(); i++) {
      instrument(out, i);
    }
    out.writeEndArray();
    out.writeArrayFieldStart("roles");
    for (int i = 0; i < counts.roles(); i++) {
      role(out, i);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private void source(JsonGenerator out, int i) throws IOException {
    SplittableRandom r = random(1, i);
    int sections = sectionCount(i);
    out.writeStartObject();
    out.writeStringField("id", "src-" + i);
    out.writeStringField("kind", sections == 4 ? "CCB_PAGE" : SOURCE_KINDS[r.nextInt(SOURCE_KINDS.length)]);
    out.writeStringField("title", sections == 4 ? "Relations internationales " + country(blockOf(counts.sources(), i))
        : "Source " + i + " (" + word(r) + ")");
    out.writeStringField("language", LANGS[r.nextInt(LANGS.length)]);
    if (r.nextInt(10) < 8) {
      out.writeStringField("publisher", "Publisher " + word(r));
    }
    out.writeStringField("url", "https://sources.example.org/" + i);
    if (r.nextBoolean()) {
      out.writeStringField("consulted", "2026-11-" + (10 + r.nextInt(19)));
    }
    if (sections > 0) {
      out.writeArrayFieldStart("sections");
      for (int s = 0; s < sections; s++) {
        out.writeStartObject();
        out.writeStringField("id", SECTIONS[s]);
        out.writeStringField("heading", "Section " + SECTIONS[s]);
        out.writeNumberField("paragraphs", paragraphs(i, s));
        out.writeEndObject();
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  private void body(JsonGenerator out, int i) throws IOException {
    SplittableRandom r = random(2, i);
    int block = blockOf(counts.bodies(), i);
    int first = start(counts.bodies(), block);
    boolean country = i == first;
    out.writeStartObject();
    out.writeStringField("id", "b-" + i);
    out.writeStringField("kind", country ? "COUNTRY" : BODY_KINDS[r.nextInt(BODY_KINDS.length)]);
    labels(out, r, block, i, country);
    if (!country && i > first + 1 && r.nextInt(4) == 0) {
      int parent = first + r.nextInt(i - first);
      if (depth[parent] < 3) {
        depth[i] = (byte) (depth[parent] + 1);
        out.writeStringField("partOf", "b-" + parent);
      }
    }
    if (!country && i > first && r.nextInt(20) == 0) {
      out.writeArrayFieldStart("convenedBy");
      out.writeString("b-" + (first + r.nextInt(i - first)));
      out.writeEndArray();
    }
    if (r.nextInt(4) == 0) {
      out.writeStringField("website", "https://b-" + i + ".example.org/");
    }
    if (!country && counts.instruments() > 0 && r.nextInt(4) == 0) {
      out.writeObjectFieldStart("establishedBy");
      out.writeStringField("instrument", "i-" + pick(r, counts.instruments(), block));
      references(out, r, block, 1);
      out.writeEndObject();
    }
    if (r.nextInt(7) == 0) {
      out.writeStringField("founded", String.valueOf(1950 + r.nextInt(40)));
    }
    if (r.nextInt(30) == 0) {
      out.writeObjectFieldStart("validity");
      out.writeStringField("from", (1990 + r.nextInt(30)) + "-0" + (1 + r.nextInt(9)));
      out.writeEndObject();
    }
    if (r.nextInt(5) < 2) {
      description(out, r);
    }
    references(out, r, block, 1 + r.nextInt(2));
    out.writeEndObject();
  }

  private void labels(JsonGenerator out, SplittableRandom r, int block, int i, boolean country) throws IOException {
    int n = LABEL_COUNTS[r.nextInt(LABEL_COUNTS.length)];
    String place = country(block);
    String acronym = "B" + Integer.toString(i, 36).toUpperCase(java.util.Locale.ROOT);
    out.writeArrayFieldStart("labels");
    for (int l = 0; l < n; l++) {
      int lang = l % 4;
      String kind;
      String text;
      if (l == 1) {
        kind = "ACRONYM";
        text = acronym;
      } else if (l >= 4 && l % 3 == 0 && !country && r.nextInt(10) == 0) {
        // A few bodies share a generic alternative name, as boards and working parties do.
        kind = "ALTERNATIVE";
        text = NAME_WORDS[lang][r.nextInt(NAME_WORDS[lang].length)];
      } else if (country) {
        kind = l < 4 ? "NAME" : "ALTERNATIVE";
        text = place + (l < 4 ? "" : " (" + LANGS[lang] + " " + l + ")");
      } else {
        kind = l < 4 ? "NAME" : "ALTERNATIVE";
        text = NAME_WORDS[lang][i % NAME_WORDS[lang].length] + " " + place + " " + i + (l < 4 ? "" : " " + l);
      }
      out.writeStartObject();
      out.writeStringField("language", LANGS[l == 1 ? 0 : lang]);
      out.writeStringField("kind", kind);
      out.writeStringField("text", text);
      if (r.nextInt(5) < 2) {
        references(out, r, block, 1);
      }
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  private void instrument(JsonGenerator out, int i) throws IOException {
    SplittableRandom r = random(3, i);
    int block = blockOf(counts.instruments(), i);
    int year = 1995 + i % 30;
    int number = i / 30 + 1;
    int family = kindFamily(i);
    String kind = switch (family) {
      case 0 -> "EU_DIRECTIVE";
      case 1 -> "EU_REGULATION";
      case 2 -> "EU_DECISION";
      case 3 -> "BELGIAN_LAW";
      case 4 -> "ROYAL_DECREE";
      default -> "STRATEGY";
    };
    out.writeStartObject();
    out.writeStringField("id", "i-" + i);
    out.writeStringField("kind", kind);
    out.writeArrayFieldStart("labels");
    String[] names = {"Instrument synthétique " + year + "/" + number + " relatif à la sécurité des réseaux",
        "Synthetisch instrument " + year + "/" + number + " betreffende netwerkbeveiliging",
        "Synthetic instrument " + year + "/" + number + " on network security",
        "Synthetisches Instrument " + year + "/" + number + " über Netzsicherheit"};
    for (int l = 0; l < 4; l++) {
      if (l != 2 && r.nextInt(3) == 0) {
        continue;
      }
      out.writeStartObject();
      out.writeStringField("language", LANGS[l]);
      out.writeStringField("kind", "NAME");
      out.writeStringField("text", names[l]);
      references(out, r, block, 1);
      out.writeEndObject();
    }
    out.writeStartObject();
    out.writeStringField("language", "en");
    out.writeStringField("kind", "SHORT_NAME");
    out.writeStringField("text", "SI " + year + "/" + number);
    out.writeArrayFieldStart("sources");
    out.writeEndArray();
    out.writeEndObject();
    out.writeEndArray();
    String num = String.format(java.util.Locale.ROOT, "%04d", number);
    if (family <= 2) {
      char letter = "LRD".charAt(family);
      out.writeStringField("celex", "3" + year + letter + num);
      out.writeStringField("eli", "http://data.europa.eu/eli/" + new String[] {"dir", "reg", "dec"}[family] + "/" + year
          + "/" + number + "/oj");
    } else if (family <= 4) {
      out.writeStringField("numac", year + String.format(java.util.Locale.ROOT, "%06d", number));
    }
    String day = String.format(java.util.Locale.ROOT, "%02d", 1 + i % 27);
    out.writeStringField("adopted", year + "-03-" + day);
    if (r.nextInt(5) < 4) {
      out.writeStringField("published", year + "-04-" + day);
    }
    out.writeStringField("inForce", year + "-05-" + day);
    if (r.nextInt(4) == 0) {
      out.writeStringField("appliesFrom", (year + 2) + "-05-01");
    }
    int successor = successor(i);
    if (successor >= 0) {
      out.writeStringField("endOfValidity", "2025-01-31");
    }
    int predecessor = i > 0 && successor(i - 1) == i ? i - 1 : -1;
    if (predecessor >= 0) {
      out.writeArrayFieldStart("repeals");
      out.writeString("i-" + predecessor);
      out.writeEndArray();
    }
    if (successor >= 0) {
      out.writeStringField("replacedBy", "i-" + successor);
    }
    if (family >= 3 && family <= 4 && r.nextInt(3) == 0) {
      int from = start(counts.instruments(), block);
      int to = Math.max(from + 1, start(counts.instruments(), block + 1));
      for (int j = from; j < to; j++) {
        if (kindFamily(j) == 0 && j != i) {
          out.writeArrayFieldStart("transposes");
          out.writeString("i-" + j);
          out.writeEndArray();
          break;
        }
      }
    }
    if (r.nextInt(5) < 3) {
      description(out, r);
    }
    references(out, r, block, 1 + r.nextInt(3));
    out.writeEndObject();
  }

  private int kindFamily(int i) {
    return Math.floorMod((int) (i * 2654435761L >>> 7), 6);
  }

  /** One instrument in twenty is replaced by the next one of its block; the chain never loops. */
  private int successor(int i) {
    if (i + 1 >= counts.instruments() || Math.floorMod(i * 40503L, 20) != 3) {
      return -1;
    }
    return blockOf(counts.instruments(), i) == blockOf(counts.instruments(), i + 1) ? i + 1 : -1;
  }

  private void role(JsonGenerator out, int i) throws IOException {
    SplittableRandom r = random(4, i);
    int block = blockOf(counts.roles(), i);
    int bodyFrom = start(counts.bodies(), block);
    int bodyTo = Math.max(bodyFrom + 1, start(counts.bodies(), block + 1));
    int country = bodyFrom;
    int agency = Math.min(bodyTo - 1, bodyFrom + 1);
    int holder = r.nextInt(5) < 3 ? agency : pick(r, counts.bodies(), block);
    String function = FUNCTIONS[r.nextInt(FUNCTIONS.length)];
    out.writeStartObject();
    out.writeStringField("id", "r-" + i);
    out.writeStringField("holder", "b-" + holder);
    if (r.nextInt(100) < 78) {
      out.writeStringField("body", "b-" + pick(r, counts.bodies(), block));
    }
    out.writeStringField("function", function);
    if (r.nextInt(100) < 35) {
      out.writeStringField("onBehalfOf", "b-" + country);
    }
    if (r.nextInt(100) < 18) {
      int via = pick(r, counts.bodies(), block);
      if (via != holder) {
        out.writeStringField("via", "b-" + via);
      }
    }
    if (r.nextInt(100) < 15) {
      out.writeStringField("supports", "b-" + pick(r, counts.bodies(), block));
    }
    int roleFrom = start(counts.roles(), block);
    if (i > roleFrom && r.nextInt(100) < 6) {
      out.writeStringField("inCapacityOf", "r-" + (roleFrom + r.nextInt(i - roleFrom)));
    }
    out.writeStringField("level", LEVELS[r.nextInt(LEVELS.length)]);
    if (r.nextInt(100) < 12) {
      out.writeStringField("condition", r.nextBoolean() ? "ON_REQUEST" : "WHERE_APPROPRIATE");
    }
    List<Integer> bases = new ArrayList<>();
    int wanted = counts.instruments() == 0 ? 0 : BASIS_COUNTS[r.nextInt(BASIS_COUNTS.length)];
    for (int attempt = 0; bases.size() < wanted && attempt < 10; attempt++) {
      int instrument = pick(r, counts.instruments(), block);
      if (!bases.contains(instrument)) {
        bases.add(instrument);
      }
    }
    out.writeStringField("legalBasisStatus", bases.isEmpty() ? "NONE_STATED"
        : r.nextBoolean() ? "STATED_ON_PAGE" : "FROM_OTHER_SOURCES");
    if (!bases.isEmpty()) {
      out.writeArrayFieldStart("legalBases");
      for (int instrument : bases) {
        out.writeStartObject();
        out.writeStringField("instrument", "i-" + instrument);
        if (r.nextInt(5) < 2) {
          out.writeStringField("provision", "Art. " + (1 + r.nextInt(40)));
        }
        if (r.nextInt(10) == 0) {
          out.writeObjectFieldStart("validity");
          out.writeStringField("to", "2024-10-17");
          out.writeEndObject();
        }
        references(out, r, block, 1);
        out.writeEndObject();
      }
      out.writeEndArray();
    }
    // No "subjects" (schema 1.2.0): LoadRatio -before compares with builds that read only schema 1.1.0 files.
    if (r.nextInt(100) < 6) {
      out.writeObjectFieldStart("validity");
      out.writeStringField("from", "2020-06");
      out.writeEndObject();
    }
    if (r.nextBoolean()) {
      description(out, r);
    }
    references(out, r, block, 1 + r.nextInt(2));
    out.writeEndObject();
  }

  private void description(JsonGenerator out, SplittableRandom r) throws IOException {
    out.writeObjectFieldStart("description");
    out.writeStringField("fr", "Description synthétique " + word(r) + " " + word(r) + ", générée pour les mesures.");
    out.writeStringField("en", "Synthetic description " + word(r) + " " + word(r) + ", generated for benchmarks.");
    out.writeEndObject();
  }

  /**
   * A "sources" array: half the citations point at the block's page, by section and paragraph. A citation drawn twice
   * is written once, as a list of the format holds no entry twice.
   */
  private void references(JsonGenerator out, SplittableRandom r, int block, int n) throws IOException {
    out.writeArrayFieldStart("sources");
    Set<String> written = new HashSet<>();
    for (int k = 0; k < n; k++) {
      int source = r.nextBoolean() ? start(counts.sources(), block) : pick(r, counts.sources(), block);
      int sections = sectionCount(source);
      int s = sections > 0 ? r.nextInt(sections) : -1;
      int paragraph = s >= 0 ? 1 + r.nextInt(paragraphs(source, s)) : 0;
      int article = s < 0 && r.nextInt(4) == 0 ? 1 + r.nextInt(30) : 0;
      if (!written.add(source + " " + s + " " + paragraph + " " + article)) {
        continue;
      }
      out.writeStartObject();
      out.writeStringField("source", "src-" + source);
      if (s >= 0) {
        out.writeStringField("section", SECTIONS[s]);
        out.writeNumberField("paragraph", paragraph);
      } else if (article > 0) {
        out.writeStringField("locator", "Art. " + article);
      }
      out.writeEndObject();
    }
    out.writeEndArray();
  }
}
