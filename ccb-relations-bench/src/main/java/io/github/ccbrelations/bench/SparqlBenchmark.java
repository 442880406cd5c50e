package io.github.ccbrelations.bench;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.export.RdfExport;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.Role;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
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
 * The same questions as {@link QueryBenchmark}'s helpers of the same name, answered with Apache Jena SPARQL over the
 * Turtle export ({@code RdfExport.turtle}) loaded in an in-memory model: the alternative a user would otherwise
 * pick. Queries are parsed once; each call binds the key, executes and reads every row into a list.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(0)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class SparqlBenchmark {
  private static final Map<Integer, Model> MODELS = new HashMap<>();
  private static final String PREFIXES = """
      PREFIX org: <http://www.w3.org/ns/org#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX dct: <http://purl.org/dc/terms/>
      PREFIX ccbr: <https://w3id.org/ccb-relations/vocab#>
      """;

  @Param({"1000", "10000"})
  public int records;

  private Model model;
  private Keys keys;
  private int i;
  private Query rolesIn;
  private Query rolesHeldBy;
  private Query bodiesNamed;
  private Query legalBasesOf;
  private Query rolesBasedOn;

  @Setup
  public void setUp() {
    Dataset all = QueryBenchmark.load(records);
    keys = new Keys(all);
    model = model(records, all);
    rolesIn = query("SELECT ?role WHERE { ?role org:organization ?body } ORDER BY ?role");
    rolesHeldBy = query("SELECT DISTINCT ?role WHERE { { ?role org:member ?body } UNION { ?role ccbr:via ?body } }");
    // What a SPARQL user writes for "any name, ignoring case": a filter over every label.
    bodiesNamed = query("SELECT DISTINCT ?body WHERE { ?body a org:Organization ; skos:prefLabel|skos:altLabel ?l ."
        + " FILTER(lcase(str(?l)) = ?name) }");
    legalBasesOf = query("SELECT ?instrument ?provision WHERE { ?role ccbr:legalBasis ?b . ?b ccbr:position ?p ;"
        + " ccbr:instrument ?instrument . OPTIONAL { ?b ccbr:provision ?provision } } ORDER BY ?p");
    rolesBasedOn = query("SELECT DISTINCT ?role WHERE { ?role ccbr:basedOn ?instrument }");
  }

  private static synchronized Model model(int records, Dataset all) {
    return MODELS.computeIfAbsent(records, n -> {
      Model m = ModelFactory.createDefaultModel();
      m.read(new StringReader(RdfExport.turtle(all)), null, "TURTLE");
      return m;
    });
  }

  private static Query query(String text) {
    return new ParameterizedSparqlString(PREFIXES + text).asQuery();
  }

  private int next() {
    i = (i + 1) & (Keys.SIZE - 1);
    return i;
  }

  private List<String> run(Query q, String var, String key, org.apache.jena.rdf.model.RDFNode value) {
    List<String> out = new ArrayList<>();
    try (QueryExecution ex = QueryExecution.create().query(q).model(model).substitution(key, value).build()) {
      ResultSet rs = ex.execSelect();
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        out.add(String.valueOf(s.get(var)));
      }
    }
    return out;
  }

  private org.apache.jena.rdf.model.Resource body(Body b) {
    return model.createResource(RdfExport.BASE + "body/" + b.id().value());
  }

  @Benchmark
  public List<String> rolesIn() {
    return run(rolesIn, "role", "body", body(keys.bodies[next()]));
  }

  @Benchmark
  public List<String> rolesHeldBy() {
    return run(rolesHeldBy, "role", "body", body(keys.holders[next()]));
  }

  @Benchmark
  public List<String> bodiesNamed() {
    return run(bodiesNamed, "body", "name", model.createLiteral(keys.bodyNames[next()]));
  }

  @Benchmark
  public List<String> legalBasesOf() {
    Role role = keys.roles[next()];
    return run(legalBasesOf, "instrument", "role", model.createResource(RdfExport.BASE + "role/" + role.id().value()));
  }

  @Benchmark
  public List<String> rolesBasedOn() {
    return run(rolesBasedOn, "role", "instrument",
        model.createResource(RdfExport.BASE + "instrument/" + keys.instruments[next()].id().value()));
  }
}
