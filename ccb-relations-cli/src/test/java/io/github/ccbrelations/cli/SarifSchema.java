package io.github.ccbrelations.cli;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The official SARIF 2.1.0 schema (src/test/resources/sarif, origin in its README), run by networknt's validator
 * with its {@code $id} mapped to the class-path copy, so that nothing is fetched.
 */
final class SarifSchema {
  static final String ID =
      "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json";
  private static final String RESOURCE = "/sarif/sarif-schema-2.1.0.json";

  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
          builder -> builder.schemas(id -> id.equals(ID) ? text() : null))
      .getSchema(SchemaLocation.of(ID));

  private SarifSchema() {}

  /** The schema's complaints about a SARIF log; empty when it is valid. */
  static List<Error> errors(String sarif) {
    return SCHEMA.validate(sarif, InputFormat.JSON);
  }

  private static String text() {
    try (InputStream in = SarifSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
