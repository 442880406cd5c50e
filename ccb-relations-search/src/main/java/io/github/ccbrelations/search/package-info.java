/** Ranked search of a dataset's bodies and instruments by name, with suggestions for typos. */
@NullMarked
package io.github.ccbrelations.search;

import org.jspecify.annotations.NullMarked;
