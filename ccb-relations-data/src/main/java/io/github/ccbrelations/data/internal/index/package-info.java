/**
 * The indexes of a loaded dataset: records by id, name and identifier, the hierarchy and the views of a day.
 *
 * <p>Not API: this package is not exported.
 */
@NullMarked
package io.github.ccbrelations.data.internal.index;

import org.jspecify.annotations.NullMarked;
