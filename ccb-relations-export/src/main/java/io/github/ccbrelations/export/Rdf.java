package io.github.ccbrelations.export;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** A tiny RDF graph of IRIs and literals (no blank nodes), kept in insertion order so that writing is stable. */
final class Rdf {
  static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
  static final String XSD = "http://www.w3.org/2001/XMLSchema#";
  static final String OWL = "http://www.w3.org/2002/07/owl#";
  static final String ORG = "http://www.w3.org/ns/org#";
  static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  static final String SKOSXL = "http://www.w3.org/2008/05/skos-xl#";
  static final String DCT = "http://purl.org/dc/terms/";
  static final String PROV = "http://www.w3.org/ns/prov#";
  static final String ELI = "http://data.europa.eu/eli/ontology#";
  static final String TIME = "http://www.w3.org/2006/time#";
  static final String FOAF = "http://xmlns.com/foaf/0.1/";
  static final String SCHEMA = "https://schema.org/";
  static final String TYPE = RDF + "type";

  /** The vocabulary prefixes, in the order the Turtle header and the JSON-LD context list them. */
  static final Map<String, String> PREFIXES = prefixes();

  /** Prefixes for our own record IRIs; Turtle only, so that the JSON-LD context stays a vocabulary context. */
  static final Map<String, String> DATA_PREFIXES = dataPrefixes();

  private static final Pattern LOCAL_NAME = Pattern.compile("[A-Za-z0-9_](?:[A-Za-z0-9_-]*)");

  private final Map<String, Map<String, Set<Term>>> subjects = new LinkedHashMap<>();

  sealed interface Term permits Iri, Literal {}

  record Iri(String value) implements Term {}

  /** A literal: {@code language} is empty unless the datatype is rdf:langString. */
  record Literal(String lexical, String datatype, String language) implements Term {}

  static Iri iri(String value) {
    return new Iri(value);
  }

  static Literal string(String text) {
    return new Literal(text, XSD + "string", "");
  }

  static Literal lang(String text, String language) {
    return new Literal(text, RDF + "langString", language);
  }

  static Literal typed(String lexical, String datatype) {
    return new Literal(lexical, datatype, "");
  }

  static Literal integer(int value) {
    return typed(Integer.toString(value), XSD + "integer");
  }

  void add(String subject, String predicate, Term object) {
    subjects
        .computeIfAbsent(subject, s -> new LinkedHashMap<>())
        .computeIfAbsent(predicate, p -> new LinkedHashSet<>())
        .add(object);
  }

  void add(String subject, String predicate, String objectIri) {
    add(subject, predicate, iri(objectIri));
  }

  Map<String, Map<String, Set<Term>>> subjects() {
    return subjects;
  }

  int size() {
    return subjects.values().stream().flatMap(p -> p.values().stream()).mapToInt(Set::size).sum();
  }

  /**
   * The prefixed form of an IRI, such as {@code org:member}, when one of the given prefixes covers it with a
   * local name that needs no escaping in Turtle nor in a JSON-LD compact IRI.
   *
   * @return the prefixed name, or null when the IRI must be written in full
   */
  static @org.jspecify.annotations.Nullable String compact(String iri, Map<String, String> prefixes) {
    for (Map.Entry<String, String> e : prefixes.entrySet()) {
      if (iri.startsWith(e.getValue())) {
        String local = iri.substring(e.getValue().length());
        if (LOCAL_NAME.matcher(local).matches()) {
          return e.getKey() + ":" + local;
        }
      }
    }
    return null;
  }

  private static Map<String, String> prefixes() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("ccbr", RdfExport.VOCABULARY);
    p.put("org", ORG);
    p.put("skos", SKOS);
    p.put("skosxl", SKOSXL);
    p.put("dct", DCT);
    p.put("prov", PROV);
    p.put("eli", ELI);
    p.put("time", TIME);
    p.put("foaf", FOAF);
    p.put("schema", SCHEMA);
    p.put("owl", OWL);
    p.put("rdf", RDF);
    p.put("rdfs", RDFS);
    p.put("xsd", XSD);
    return java.util.Collections.unmodifiableMap(p);
  }

  private static Map<String, String> dataPrefixes() {
    Map<String, String> p = new LinkedHashMap<>();
    for (String kind : List.of("body", "role", "instrument", "source")) {
      p.put(kind, RdfExport.BASE + kind + "/");
    }
    return java.util.Collections.unmodifiableMap(p);
  }
}
