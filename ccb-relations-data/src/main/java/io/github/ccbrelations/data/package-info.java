/**
 * The bundled dataset of the CCB's international relations and the query helpers over it.
 *
 * <p>Start with {@link io.github.ccbrelations.data.CcbRelations#bundled()}.
 */
@NullMarked
package io.github.ccbrelations.data;

import org.jspecify.annotations.NullMarked;
