/**
 * Immutable value types of the CCB's international relations: {@link io.github.ccbrelations.model.Body bodies},
 * {@link io.github.ccbrelations.model.Role roles}, {@link io.github.ccbrelations.model.LegalInstrument legal
 * instruments}, {@link io.github.ccbrelations.model.Source sources} and the identifiers that join them.
 *
 * <p>Every type is built through its {@code builder()} or {@code of(...)} factory and checks its own structural
 * invariants when it is made; a bad value throws {@link java.lang.IllegalArgumentException} or
 * {@link java.lang.IllegalStateException} with a message that names it; a check about one field of an object
 * throws {@link io.github.ccbrelations.model.InvalidFieldException}, which also names the field. Nothing in this
 * package returns {@code null}: absent values are {@link java.util.Optional#empty()} and "none" is an empty list.
 * Whether references between records resolve is checked by the dataset that holds them, not here.
 */
// The checks and the lifecycle methods run for every record of a load, on a cold JVM too: they use loops and
// Optional tests rather than lambdas and streams, each of which is a class spun at its first use (#19).
@ModelStyle
@NullMarked
package io.github.ccbrelations.model;

import org.jspecify.annotations.NullMarked;
