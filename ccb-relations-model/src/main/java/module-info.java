/** Immutable value types of the CCB's international relations. */
module io.github.ccbrelations.model {
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.ccbrelations.model;

  // Jackson builds the generated package-private implementations by reflection.
  opens io.github.ccbrelations.model to
      com.fasterxml.jackson.databind;
}
