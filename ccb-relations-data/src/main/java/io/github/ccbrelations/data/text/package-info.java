/**
 * The library's words for the data: {@link io.github.ccbrelations.data.text.Terms} for the model's closed lists and
 * {@link io.github.ccbrelations.data.text.RoleExplainer} for one line about a role, in fr, nl, en and de. They sit
 * above the dataset and its queries, which know nothing of languages.
 */
@NullMarked
package io.github.ccbrelations.data.text;

import org.jspecify.annotations.NullMarked;
