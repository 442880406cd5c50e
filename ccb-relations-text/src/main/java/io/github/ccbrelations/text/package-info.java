/**
 * The library's words for the data: {@link io.github.ccbrelations.text.Terms} for the model's closed lists and
 * {@link io.github.ccbrelations.text.RoleExplainer} for one line about a role, in fr, nl, en and de. They sit above
 * the dataset and its queries, which know nothing of languages, and use their public API only.
 */
@NullMarked
package io.github.ccbrelations.text;

import org.jspecify.annotations.NullMarked;
