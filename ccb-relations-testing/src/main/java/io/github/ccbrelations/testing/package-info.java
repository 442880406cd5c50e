/**
 * Test support for projects that use ccb-relations. Start with {@link io.github.ccbrelations.testing.CcbAssertions}
 * and {@link io.github.ccbrelations.testing.CcbRelationsTest}.
 */
@NullMarked
package io.github.ccbrelations.testing;

import org.jspecify.annotations.NullMarked;
