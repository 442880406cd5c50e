package io.github.ccbrelations.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ccbrelations.data.ValidationReport;
import io.github.ccbrelations.data.violation.Severity;
import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code validate --format sarif}: one SARIF 2.1.0 run whose rules are the {@link ViolationCode}s and whose results
 * are the violations, each with the file (a relative URI as given on the command line, or a {@code file:} URI), the
 * line and column where known, and the JSON path as a logical location, so that code-scanning tools annotate the
 * offending line of a data file.
 *
 * <p>Standard input has no URI. SARIF lets an artifact location leave its URI out and describe itself, but GitHub code
 * scanning shows no result whose location lacks a URI; so standard input is the relative URI {@code stdin} under a
 * base of its own, {@code STDIN} (SARIF asks a relative URI for a base), which the run's {@code originalUriBaseIds}
 * declare with a description and no URI, since it has none.
 */
final class SarifReport {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  /** The base of standard input's URI, declared without a URI. */
  static final String STANDARD_INPUT_BASE = "STDIN";

  private SarifReport() {}

  static String render(List<ValidationReport> reports) {
    ObjectNode log = Json.object();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "ccb-relations");
    driver.put("version", Versions.code());
    ArrayNode rules = driver.putArray("rules");
    for (ViolationCode code : ViolationCode.values()) {
      ObjectNode rule = rules.addObject();
      rule.put("id", code.name());
      rule.put("name", ruleName(code));
      rule.putObject("shortDescription").put("text", describe(code));
    }
    if (reports.stream().map(ValidationReport::source).anyMatch(SarifReport::isStandardInput)) {
      run.putObject("originalUriBaseIds").putObject(STANDARD_INPUT_BASE).putObject("description")
          .put("text", "Standard input: the dataset was read from a pipe, not a file, so it has no URI.");
    }
    ArrayNode results = run.putArray("results");
    for (ValidationReport report : reports) {
      report.violations().forEach(v -> result(v, results.addObject()));
    }
    return Json.write(log);
  }

  private static boolean isStandardInput(String source) {
    return source.equals(DatasetFile.STANDARD_INPUT_NAME);
  }

  private static void result(Violation v, ObjectNode result) {
    result.put("ruleId", v.code().name());
    // The rules are listed in the enum's order, so a code's ordinal is its index.
    result.put("ruleIndex", v.code().ordinal());
    result.put("level", v.severity() == Severity.ERROR ? "error" : "warning");
    String record = v.recordId().map(id -> ", record '" + id + "'").orElse("");
    result.putObject("message").put("text", LenientAdvice.message(v) + " (at " + v.jsonPath() + record + ")");
    ObjectNode location = result.putArray("locations").addObject();
    ObjectNode physical = location.putObject("physicalLocation");
    ObjectNode artifact = physical.putObject("artifactLocation");
    if (isStandardInput(v.source())) {
      artifact.put("uri", "stdin");
      artifact.put("uriBaseId", STANDARD_INPUT_BASE);
      artifact.putObject("description").put("text", "standard input");
    } else {
      artifact.put("uri", uri(v.source()));
    }
    if (v.line() > 0) {
      ObjectNode region = physical.putObject("region");
      region.put("startLine", v.line());
      if (v.column() > 0) {
        region.put("startColumn", v.column());
      }
    }
    location.putArray("logicalLocations").addObject().put("fullyQualifiedName", v.jsonPath());
    ObjectNode properties = result.putObject("properties");
    properties.put("jsonPath", v.jsonPath());
    v.recordId().ifPresent(id -> properties.put("recordId", id));
  }

  /**
   * A file as a URI: relative paths stay relative (code-scanning tools resolve them against the repository), with
   * forward slashes and percent-encoding; absolute paths become {@code file:} URIs.
   */
  static String uri(String source) {
    try {
      Path path = Path.of(source);
      if (path.isAbsolute()) {
        return path.toUri().toASCIIString();
      }
      String slashes = source.replace(path.getFileSystem().getSeparator(), "/");
      return new URI(null, null, slashes, null).toASCIIString();
    } catch (InvalidPathException | URISyntaxException e) {
      // Not a path (a stream's name): kept as an encoded relative reference.
      return source.replace(" ", "%20");
    }
  }

  /** {@code DANGLING_REFERENCE} as {@code DanglingReference}, the form SARIF suggests for a rule's name. */
  private static String ruleName(ViolationCode code) {
    StringBuilder name = new StringBuilder();
    for (String word : code.name().split("_")) {
      name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return name.toString();
  }

  /** One line per code for the rule list; the switch fails to compile when a code is added without one. */
  static String describe(ViolationCode code) {
    return switch (code) {
      case UNREADABLE -> "The input cannot be read.";
      case SYNTAX -> "The bytes are not well-formed JSON.";
      case SHAPE -> "A field is missing or has the wrong type.";
      case INVALID_VALUE -> "A value breaks a rule of its type (id, identifier, date, invariant), or repeats an entry.";
      case UNSUPPORTED_SCHEMA_VERSION -> "The file's schema version is not one this version reads.";
      case DUPLICATE_ID -> "Two records of one type share an id.";
      case DANGLING_REFERENCE -> "A reference names a record, section or paragraph that does not exist.";
      case CYCLE -> "The body hierarchy or the succession of instruments loops.";
      case UNSOURCED_ROLE -> "A role cites no source.";
      case INVALID_DATE_ORDER -> "Dates of related records are out of order.";
      case IMPLAUSIBLE_DATE -> "A date that cannot be right (too early, or a past event in the future).";
      case MISSING_LANGUAGE -> "A body lacks an official name in a required language.";
      case SHARED_ACRONYM -> "Two bodies share an acronym in one language.";
      case MISSING_SUCCESSOR -> "A repealed or ended instrument does not name its successor.";
      case IDENTIFIER_MISMATCH -> "An identifier (CELEX, numac, ELI, OSCE symbol) does not fit its instrument.";
      case LIMIT_EXCEEDED -> "The input passes a reader limit (size, depth, length, count).";
      case UNKNOWN_FIELD -> "A field the format does not have.";
      case ENCODING -> "The bytes are not UTF-8.";
    };
  }
}
