package io.github.ccbrelations.bench;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.Resolution;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.Celex;
import io.github.ccbrelations.model.Condition;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleFunction;
import io.github.ccbrelations.text.RoleExplainer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
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
 * The latency of every query helper, on an all-time view kept by the caller, at each size. Keys cycle through
 * {@value Keys#SIZE} records drawn from the whole file ({@link Keys}); {@code findBodyAnyOfAll} draws from every
 * body instead, to show what a cache miss per lookup costs at 1M.
 *
 * <p>Run unforked, one JVM per size ({@code -f 0 -p records=N}, see BENCHMARKS.md): the dataset is loaded once per
 * JVM and shared by every helper's benchmark, instead of once per helper (30 loads of the 1M file).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(0)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class QueryBenchmark {
  private static final Map<Integer, Dataset> LOADED = new HashMap<>();

  @Param({"1000", "10000", "100000", "1000000"})
  public int records;

  Dataset all;
  Keys keys;
  private Body[] everyBody;
  private int i;
  private final SplittableRandom random = new SplittableRandom(7);

  @Setup
  public void setUp() {
    all = load(records);
    keys = new Keys(all);
    everyBody = all.bodies().toArray(new Body[0]);
  }

  static synchronized Dataset load(int records) {
    return LOADED.computeIfAbsent(records, n ->
        SyntheticDataset.reader().read(SyntheticDataset.cached(n)).allTime());
  }

  private int next() {
    i = (i + 1) & (Keys.SIZE - 1);
    return i;
  }

  // ------------------------------------------------------------------------------------------------ ids, names

  @Benchmark
  public Optional<Body> findBody() {
    return all.findBody(keys.bodies[next()].id());
  }

  @Benchmark
  public Optional<Body> findBodyAnyOfAll() {
    return all.findBody(everyBody[random.nextInt(everyBody.length)].id());
  }

  @Benchmark
  public Optional<Resolution<Body>> resolveBody() {
    return all.resolveBody(keys.bodies[next()].id().value());
  }

  @Benchmark
  public List<Body> bodiesNamed() {
    return all.bodiesNamed(keys.bodyNames[next()]);
  }

  @Benchmark
  public Optional<Body> findBodyByName() {
    return all.findBodyByName(keys.bodyNames[next()]);
  }

  @Benchmark
  public List<LegalInstrument> instrumentsNamed() {
    return all.instrumentsNamed(keys.instrumentNames[next()]);
  }

  @Benchmark
  public Optional<LegalInstrument> findInstrumentByCelex() {
    Optional<Celex> celex = keys.instruments[next()].celex();
    return celex.isPresent() ? all.findInstrumentByCelex(celex.get()) : Optional.empty();
  }

  // ------------------------------------------------------------------------------------------------ hierarchy

  @Benchmark
  public Optional<Body> parentOf() {
    return all.parentOf(keys.bodies[next()].id());
  }

  @Benchmark
  public List<Body> childrenOf() {
    return all.childrenOf(keys.bodies[next()].id());
  }

  @Benchmark
  public List<Body> ancestorsOf() {
    return all.ancestorsOf(keys.bodies[next()].id());
  }

  @Benchmark
  public List<Body> descendantsOf() {
    return all.descendantsOf(keys.bodies[next()].id());
  }

  // ------------------------------------------------------------------------------------------------ roles

  @Benchmark
  public List<Role> rolesHeldBy() {
    return all.rolesHeldBy(keys.holders[next()].id());
  }

  @Benchmark
  public List<Role> rolesHeldByAnyPartOf() {
    return all.rolesHeldByAnyPartOf(keys.holders[next()].id());
  }

  @Benchmark
  public List<Role> rolesIn() {
    return all.rolesIn(keys.bodies[next()].id());
  }

  @Benchmark
  public List<Role> rolesInAnyPartOf() {
    return all.rolesInAnyPartOf(keys.bodies[next()].id());
  }

  @Benchmark
  public List<Role> rolesAt() {
    return all.rolesAt(Level.values()[next() & 3]);
  }

  @Benchmark
  public List<Role> rolesWithFunction() {
    return all.rolesWith(keys.roles[next()].function());
  }

  @Benchmark
  public List<Role> rolesWithCondition() {
    return all.rolesWith((next() & 1) == 0 ? Condition.ON_REQUEST : Condition.WHERE_APPROPRIATE);
  }

  @Benchmark
  public List<Role> conditionalRoles() {
    return all.conditionalRoles();
  }

  @Benchmark
  public List<Role> rolesOnBehalfOf() {
    return all.rolesOnBehalfOf(keys.roles[next()].onBehalfOf().orElse(keys.holders[i].id()));
  }

  // ------------------------------------------------------------------------------------------------ legal bases

  @Benchmark
  public List<LegalBasis> legalBasesOf() {
    return all.legalBasesOf(keys.roles[next()]);
  }

  @Benchmark
  public List<LegalInstrument> legalInstrumentsOf() {
    return all.legalInstrumentsOf(keys.roles[next()]);
  }

  @Benchmark
  public List<Role> rolesBasedOn() {
    return all.rolesBasedOn(keys.instruments[next()].id());
  }

  @Benchmark
  public List<Role> rolesBasedOnTransitively() {
    return all.rolesBasedOnTransitively(keys.instruments[next()].id());
  }

  @Benchmark
  public List<LegalInstrument> transposingLawsOf() {
    return all.transposingLawsOf(keys.instruments[next()].id());
  }

  @Benchmark
  public List<LegalInstrument> successorsOf() {
    return all.successorsOf(keys.instruments[next()].id());
  }

  @Benchmark
  public List<LegalInstrument> predecessorsOf() {
    return all.predecessorsOf(keys.instruments[next()].id());
  }

  @Benchmark
  public List<Body> bodiesEstablishedBy() {
    return all.bodiesEstablishedBy(keys.instruments[next()].id());
  }

  @Benchmark
  public List<LegalInstrument> instrumentsFollowedBy() {
    return all.instrumentsFollowedBy(keys.holders[next()].id());
  }

  // ------------------------------------------------------------------------------------------------ words

  @Benchmark
  public String explain() {
    return RoleExplainer.explain(all, keys.roles[next()], Language.values()[i & 3]);
  }

  @Benchmark
  public List<Role> rolesWithFunctionMonitoring() {
    return all.rolesWith(RoleFunction.MONITORING);
  }
}
