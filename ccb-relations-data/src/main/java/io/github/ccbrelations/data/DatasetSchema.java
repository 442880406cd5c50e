package io.github.ccbrelations.data;

import java.io.InputStream;

/**
 * The JSON Schema (draft 2020-12) of the dataset format, shipped in this jar, for tools and editors that validate
 * JSON with a schema.
 *
 * <p>The schema describes the shape of a file exactly: every field of every record type, which are required, the
 * enums of the model and the forms of ids, identifiers, dates and versions. The rules between records (ids
 * resolving, cycles, date order, shared acronyms, successors) are the {@link Validator}'s; a file valid by the
 * schema may still fail to load.
 *
 * <p>Its {@code $id}, {@value #ID}, is a name rather than an address to fetch: map it to the class-path resource
 * {@value #RESOURCE} (or read it with {@link #open()}, which also works on the module path).
 */
public final class DatasetSchema {
  /** The {@code $id} of the schema. */
  public static final String ID = "https://ccbrelations.github.io/ccb-relations/schema/ccb-relations-1.schema.json";

  /** The class-path resource of the schema, an absolute name without a leading slash. */
  public static final String RESOURCE = "io/github/ccbrelations/data/schema/ccb-relations-1.schema.json";

  private DatasetSchema() {}

  /**
   * Opens the schema's UTF-8 JSON text; the caller closes the stream.
   *
   * @return the stream; never null
   * @throws IllegalStateException if the resource is missing from the jar (a packaging defect)
   */
  public static InputStream open() {
    InputStream in = DatasetSchema.class.getResourceAsStream("/" + RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the schema resource " + RESOURCE + " is missing from the jar");
    }
    return in;
  }
}
