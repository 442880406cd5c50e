/**
 * The rules between the records of a bound document: one class per family, run as a fixed list by
 * {@link io.github.ccbrelations.data.internal.rules.IntegrityRules}.
 *
 * <p>Not API: this package is not exported.
 */
@NullMarked
package io.github.ccbrelations.data.internal.rules;

import org.jspecify.annotations.NullMarked;
