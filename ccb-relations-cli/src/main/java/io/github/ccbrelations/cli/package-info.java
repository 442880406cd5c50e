/**
 * The {@code ccb-relations} command-line tool: validate dataset files (text, JSON or SARIF 2.1.0), look up and
 * explain the CCB's relations, export them, compare two releases. Run from the shaded jar; see {@link
 * io.github.ccbrelations.cli.Main}.
 */
@NullMarked
package io.github.ccbrelations.cli;

import org.jspecify.annotations.NullMarked;
