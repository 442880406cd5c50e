/**
 * The compact form of the bundled file's records, which the build writes once every rule passed on the file and a
 * fresh JVM reads instead of parsing it ({@link io.github.ccbrelations.data.internal.compact.CompactReader}).
 *
 * <p>Not API: this package is not exported.
 */
@NullMarked
package io.github.ccbrelations.data.internal.compact;

import org.jspecify.annotations.NullMarked;
