package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.InstrumentId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A load with an executor ({@link DatasetReader#withExecutor}) gives what a load without one gives: the same
 * dataset, or the same violations in the same order; and a load without one, which checks records in batches as
 * the parser reads them, gives what the rules give on the whole document at once. Checked on generated documents
 * of several thousand records per array (several batches each), clean and broken on purpose across batch
 * boundaries, on every file of the hostile-input catalogue, and with executors that run tasks at once, later,
 * never, or refuse them.
 */
class ExecutorLoadTest {
  private static final ExecutorService SINGLE = Executors.newSingleThreadExecutor();

  @AfterAll
  static void shutDown() throws InterruptedException {
    SINGLE.shutdown();
    assertThat(SINGLE.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  /** Runs tasks later, when told: a load must not wait for them. */
  private static final class Later implements Executor {
    final List<Runnable> tasks = new ArrayList<>();

    @Override
    public synchronized void execute(Runnable task) {
      tasks.add(task);
    }

    synchronized void runAll() {
      tasks.forEach(Runnable::run);
      tasks.clear();
    }
  }

  static Stream<Arguments> executors() {
    return Stream.of(
        Arguments.of("common pool", ForkJoinPool.commonPool()),
        Arguments.of("single thread", SINGLE),
        Arguments.of("caller runs", (Executor) Runnable::run),
        Arguments.of("refuses", (Executor) task -> {
          throw new RejectedExecutionException("full");
        }),
        Arguments.of("runs later", new Later()));
  }

  // ------------------------------------------------------------------------------------------- generated files

  private static final int BODIES = 2600;
  private static final int INSTRUMENTS = 2300;
  private static final int ROLES = 2700;

  /**
   * A document in the usual order (header, sources, bodies, instruments, roles) with forward references inside each
   * array, bodies established by instruments (which come later), and, when {@code broken}, faults placed on both
   * sides of the batch boundaries.
   */
  static String generated(boolean broken) {
    StringBuilder out = new StringBuilder();
    out.append("{\"header\": {\"datasetVersion\": \"2030.01.0\", \"schemaVersion\": \"1.1.0\","
        + " \"released\": \"2030-01-15\", \"primarySources\": [\"page\"]},\n");
    out.append("\"sources\": [{\"id\": \"page\", \"kind\": \"CCB_PAGE\", \"title\": \"Page\", \"language\": \"en\","
        + " \"url\": \"https://example.org/page\", \"consulted\": \"2030-01-10\","
        + " \"sections\": [{\"id\": \"s1\", \"heading\": \"One\", \"paragraphs\": 3}]}],\n");
    out.append("\"bodies\": [\n");
    for (int i = 0; i < BODIES; i++) {
      String id = "b-" + i;
      if (broken && i == 1024) {
        id = "b-1023"; // a repeated id, first of the second batch
      }
      out.append(i == 0 ? "" : ",\n").append("{\"id\": \"").append(id).append("\", \"kind\": \"")
          .append(broken && i == 1500 ? "NOT_A_KIND" : "NATIONAL_AGENCY").append("\", \"labels\": [")
          .append("{\"language\": \"en\", \"kind\": \"NAME\", \"text\": \"Body ").append(i).append("\"}");
      if (broken && (i == 5 || i == 1800)) {
        out.append(", {\"language\": \"en\", \"kind\": \"ACRONYM\", \"text\": \"SAME\"}");
      }
      out.append("]");
      if (broken && i == 10) {
        out.append(", \"partOf\": \"nowhere\"");
      } else if (broken && i == 1495) {
        out.append(", \"partOf\": \"b-1500\""); // a body that failed to bind: not reported again
      } else if (broken && i == 2100) {
        out.append(", \"partOf\": \"b-2105\"");
      } else if (broken && i == 2105) {
        out.append(", \"partOf\": \"b-2100\""); // a loop
      } else if (i % 7 == 1 && i + 5 < BODIES) {
        out.append(", \"partOf\": \"b-").append(i + 5).append("\""); // forward, sometimes across batches
      }
      if (i % 4 == 0) {
        String instrument = broken && i == 20 ? "no-such-instrument" : "i-" + (i % INSTRUMENTS);
        out.append(", \"establishedBy\": {\"instrument\": \"").append(instrument).append("\"}");
      }
      String section = broken && (i == 20 || i == 1030) ? "s9" : "s1";
      out.append(", \"sources\": [{\"source\": \"page\", \"section\": \"").append(section)
          .append("\", \"paragraph\": 1}]}");
    }
    out.append("],\n\"instruments\": [\n");
    for (int k = 0; k < INSTRUMENTS; k++) {
      String id = broken && k == 2048 ? "i-2047" : "i-" + k;
      out.append(k == 0 ? "" : ",\n").append("{\"id\": \"").append(id).append("\", \"kind\": \"BELGIAN_LAW\",")
          .append(" \"labels\": [{\"language\": \"fr\", \"kind\": \"NAME\", \"text\": \"Loi ").append(k).append("\"}]");
      if (broken && k == 100) {
        out.append(", \"replacedBy\": \"i-missing\"");
      } else if (broken && k == 1100) {
        out.append(", \"replacedBy\": \"i-1101\"");
      } else if (broken && k == 1101) {
        out.append(", \"replacedBy\": \"i-1100\"");
      } else if (k % 9 == 2 && k + 1 < INSTRUMENTS) {
        out.append(", \"replacedBy\": \"i-").append(k + 1).append("\"");
      }
      out.append(", \"sources\": [{\"source\": \"page\", \"section\": \"s1\", \"paragraph\": ")
          .append(broken && k == 1030 ? 7 : 2).append("}]}");
    }
    out.append("],\n\"roles\": [\n");
    for (int j = 0; j < ROLES; j++) {
      String id = broken && j == 2048 ? "r-2047" : "r-" + j;
      String holder = broken && j == 30 ? "b-missing" : broken && j == 31 ? "b-1500" : "b-" + (j % BODIES);
      out.append(j == 0 ? "" : ",\n").append("{\"id\": \"").append(id).append("\", \"holder\": \"").append(holder)
          .append("\", \"function\": \"SINGLE_POINT_OF_CONTACT\", \"level\": \"EUROPEAN\",")
          .append(" \"legalBasisStatus\": \"STATED_ON_PAGE\", \"legalBases\": [{\"instrument\": \"i-")
          .append(j % INSTRUMENTS).append("\", \"provision\": \"Art. 1\"}]");
      if (broken && j == 40) {
        out.append(", \"inCapacityOf\": \"r-missing\"");
      } else if (broken && j == 2000) {
        out.append(", \"replacedBy\": \"r-2001\"");
      } else if (broken && j == 2001) {
        out.append(", \"replacedBy\": \"r-2000\"");
      } else if (j % 11 == 3 && j + 2 < ROLES) {
        out.append(", \"inCapacityOf\": \"r-").append(j + 2).append("\"");
      }
      if (broken && j == 1500) {
        out.append(", \"sources\": []}");
      } else {
        out.append(", \"sources\": [{\"source\": \"page\", \"section\": \"")
            .append(broken && j == 1030 ? "nope" : "s1").append("\", \"paragraph\": 3}]}");
      }
    }
    out.append("]}\n");
    return out.toString();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Every fault placed is reported once, in file order, with the references that the repeated ids left dangling
   * (b-1024, i-2048); the body that failed to bind is reported as such, and the references to it are not.
   */
  @Test
  void theGeneratedFileLoadsAndTheBrokenOneGivesExactlyItsFaults() {
    assertThat(DatasetReader.standard().validate(bytes(generated(false)), "clean.json").violations()).isEmpty();
    List<Violation> violations = DatasetReader.standard().validate(bytes(generated(true)), "broken.json").violations();
    assertThat(violations).extracting(v -> v.code() + " " + v.jsonPath()).containsExactly(
        "DANGLING_REFERENCE $.bodies[10].partOf",
        "DANGLING_REFERENCE $.bodies[20].establishedBy.instrument",
        "DANGLING_REFERENCE $.bodies[20].sources[0].section",
        "DUPLICATE_ID $.bodies[1024].id",
        "DANGLING_REFERENCE $.bodies[1030].sources[0].section",
        "SHAPE $.bodies[1500].kind",
        "SHARED_ACRONYM $.bodies[1800].labels[1]",
        "DANGLING_REFERENCE $.bodies[2048].establishedBy.instrument",
        "CYCLE $.bodies[2100].partOf",
        "CYCLE $.bodies[2105].partOf",
        "DANGLING_REFERENCE $.instruments[100].replacedBy",
        "DANGLING_REFERENCE $.instruments[1030].sources[0].paragraph",
        "CYCLE $.instruments[1100].replacedBy",
        "CYCLE $.instruments[1101].replacedBy",
        "DUPLICATE_ID $.instruments[2048].id",
        "DANGLING_REFERENCE $.roles[30].holder",
        "DANGLING_REFERENCE $.roles[40].inCapacityOf",
        "DANGLING_REFERENCE $.roles[1024].holder",
        "DANGLING_REFERENCE $.roles[1030].sources[0].section",
        "UNSOURCED_ROLE $.roles[1500].sources",
        "CYCLE $.roles[2000].replacedBy",
        "CYCLE $.roles[2001].replacedBy",
        "DUPLICATE_ID $.roles[2048].id",
        "DANGLING_REFERENCE $.roles[2048].legalBases[0].instrument");
  }

  @Test
  void checkingInBatchesGivesWhatTheWholeDocumentGives() {
    for (boolean broken : new boolean[] {false, true}) {
      byte[] file = bytes(generated(broken));
      ParsedDocument whole = DocumentParser.parse(new ByteArrayInputStream(file), "g.json", Limits.defaults(), false);
      List<Violation> atOnce = IntegrityRules.check(whole, Validator.standard());
      assertThat(DatasetReader.standard().withoutExecutor().validate(file, "g.json").violations()).isEqualTo(atOnce);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("executors")
  void aCleanFileLoadsTheSameWithAnExecutor(String name, Executor executor) {
    byte[] file = bytes(generated(false));
    Dataset alone = DatasetReader.standard().withoutExecutor().read(file, "clean.json").allTime();
    Dataset helped = DatasetReader.standard().withExecutor(executor).read(file, "clean.json").allTime();
    runLater(executor);
    assertThat(helped.info()).hasToString(alone.info().toString());
    assertThat(helped.info().sha256()).isEqualTo(alone.info().sha256());
    assertThat(helped.sources()).isEqualTo(alone.sources());
    assertThat(helped.bodies()).isEqualTo(alone.bodies());
    assertThat(helped.instruments()).isEqualTo(alone.instruments());
    assertThat(helped.roles()).isEqualTo(alone.roles());
    assertThat(DatasetDiff.between(alone, helped).isEmpty()).isTrue();
    // The indexes built on the other thread answer as those built on the caller's.
    assertThat(helped.bodiesNamed("body 1234")).isEqualTo(alone.bodiesNamed("body 1234")).hasSize(1);
    assertThat(helped.childrenOf(BodyId.of("b-13"))).isEqualTo(alone.childrenOf(BodyId.of("b-13"))).isNotEmpty();
    assertThat(helped.instrumentsNamed("Loi 2000")).isEqualTo(alone.instrumentsNamed("Loi 2000")).hasSize(1);
    assertThat(helped.predecessorsOf(InstrumentId.of("i-3"))).isEqualTo(alone.predecessorsOf(InstrumentId.of("i-3")))
        .isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("executors")
  void aBrokenFileFailsTheSameWithAnExecutor(String name, Executor executor) {
    byte[] file = bytes(generated(true));
    DatasetReader helped = DatasetReader.standard().withExecutor(executor);
    List<Violation> alone = DatasetReader.standard().withoutExecutor().validate(file, "broken.json").violations();
    assertThat(helped.validate(file, "broken.json").violations()).isEqualTo(alone);
    DatasetLoadException e = catchThrowableOfType(DatasetLoadException.class, () -> helped.read(file, "broken.json"));
    runLater(executor);
    assertThat(e.violations()).isEqualTo(alone.stream().filter(v -> v.severity() == Severity.ERROR).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("executors")
  void aFileCutShortFailsTheSameWithAnExecutor(String name, Executor executor) {
    String text = generated(false);
    // Cut inside the roles, after the bodies and instruments were handed over.
    byte[] file = bytes(text.substring(0, text.indexOf("\"r-2500\"")));
    DatasetLoadException alone =
        catchThrowableOfType(DatasetLoadException.class,
            () -> DatasetReader.standard().withoutExecutor().read(file, "cut.json"));
    DatasetLoadException helped = catchThrowableOfType(DatasetLoadException.class,
        () -> DatasetReader.standard().withExecutor(executor).read(file, "cut.json"));
    runLater(executor);
    assertThat(helped.violations()).isEqualTo(alone.violations()).isNotEmpty();
  }

  private static void runLater(Executor executor) {
    if (executor instanceof Later later) {
      // The tasks the load submitted find nothing left to do.
      later.runAll();
    }
  }

  // ------------------------------------------------------------------------------------------- the catalogue

  static Stream<Path> catalogue() throws IOException, URISyntaxException {
    Path dir = Path.of(ExecutorLoadTest.class.getResource("hostile").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  /** Read as a stream, whose size is not known: the executor is used whatever the size. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void everyHostileFileReadsTheSameWithAnExecutor(Path path) throws IOException {
    byte[] file = Files.readAllBytes(path);
    String name = path.toString();
    for (DatasetReader standard : List.of(DatasetReader.standard(), DatasetReader.lenient())) {
      DatasetReader alone = standard.withoutExecutor();
      DatasetReader helped = standard.withExecutor(SINGLE);
      assertThat(helped.validate(new ByteArrayInputStream(file), name))
          .isEqualTo(alone.validate(new ByteArrayInputStream(file), name));
      DatasetLoadException aloneFailure = null;
      Dataset aloneData = null;
      try {
        aloneData = alone.read(new ByteArrayInputStream(file), name);
      } catch (DatasetLoadException e) {
        aloneFailure = e;
      }
      if (aloneFailure != null) {
        DatasetLoadException helpedFailure = catchThrowableOfType(DatasetLoadException.class,
            () -> helped.read(new ByteArrayInputStream(file), name));
        assertThat(helpedFailure.violations()).isEqualTo(aloneFailure.violations());
      } else {
        Dataset helpedData = helped.read(new ByteArrayInputStream(file), name);
        assertThat(helpedData.info()).hasToString(aloneData.info().toString());
        assertThat(DatasetDiff.between(aloneData, helpedData).isEmpty()).isTrue();
      }
    }
  }

  /** Small inputs of a known size stay on the calling thread: the executor is never asked. */
  @Test
  void smallFilesAndBytesAreReadOnTheCallingThread() {
    Later executor = new Later();
    DatasetReader helped = DatasetReader.standard().withExecutor(executor);
    byte[] small = Fixture.bytes();
    assertThat(small.length).isLessThan((int) DatasetReader.SECOND_THREAD_MIN_BYTES);
    helped.read(small, "small.json");
    helped.validate(small, "small.json");
    helped.read(Fixture.path());
    assertThat(executor.tasks).isEmpty();
    // A stream's size is not known: the executor is asked (and the caller does the work, as it never runs).
    helped.read(new ByteArrayInputStream(small), "small.json");
    assertThat(executor.tasks).isNotEmpty();
    executor.runAll();
    // A large input of known size is handed over too.
    Later other = new Later();
    DatasetReader.standard().withExecutor(other).read(bytes(generated(false)), "clean.json");
    assertThat(other.tasks).isNotEmpty();
  }

  @Test
  void theReaderSaysWhetherItHasAnExecutor() {
    Executor executor = Runnable::run;
    DatasetReader helped = DatasetReader.standard().withExecutor(executor);
    assertThat(helped.executor()).containsSame(executor);
    assertThat(DatasetReader.standard().executor()).containsSame(ForkJoinPool.commonPool());
    assertThat(DatasetReader.lenient().executor()).containsSame(ForkJoinPool.commonPool());
    assertThat(helped.withoutExecutor().executor()).isEmpty();
    assertThat(helped.withoutExecutor().toString()).contains("calling thread only");
    // Other settings keep the executor.
    assertThat(helped.withMaxBytes(1000).executor()).containsSame(executor);
    assertThat(helped.withValidator(Validator.standard()).executor()).containsSame(executor);
    assertThat(helped.toString()).contains("executor");
    assertThat(DatasetReader.lenient().withExecutor(executor).isLenient()).isTrue();
  }
}
