package io.github.ccbrelations.data.internal.rules;

/** One family of rules between records: reads the context, writes its violations there, never stops early. */
interface Rule {
  void check(Context c);
}
