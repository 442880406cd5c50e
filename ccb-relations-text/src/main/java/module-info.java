/**
 * The words for the CCB's international relations in Belgium's languages and English: one line about a role
 * ({@code RoleExplainer}) and the library's words for the model's closed lists ({@code Terms}), in fr, nl, en and de.
 */
module io.github.ccbrelations.text {
  requires transitive io.github.ccbrelations.data;
  requires static org.jspecify;

  exports io.github.ccbrelations.text;
}
