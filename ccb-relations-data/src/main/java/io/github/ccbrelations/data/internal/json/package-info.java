/**
 * Reading a dataset file: the size limit, the check of UTF-8 and JSON, the streaming parser and the binder into the
 * model's builders. Its result is the bound document
 * ({@link io.github.ccbrelations.data.internal.json.ParsedDocument}) with the violations found while binding.
 *
 * <p>Not API: this package is not exported.
 */
@NullMarked
package io.github.ccbrelations.data.internal.json;

import org.jspecify.annotations.NullMarked;
