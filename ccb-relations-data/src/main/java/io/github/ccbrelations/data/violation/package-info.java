/**
 * What can be wrong with a dataset file, and where: the {@link io.github.ccbrelations.data.violation.Violation}s a
 * read or a check reports, their codes and severities, and the escaping that makes their text safe to print.
 *
 * <p>A package of its own, below the readers and the rules that produce violations, so that the steps of a load name
 * them without depending on the public API that runs those steps.
 */
@NullMarked
package io.github.ccbrelations.data.violation;

import org.jspecify.annotations.NullMarked;
