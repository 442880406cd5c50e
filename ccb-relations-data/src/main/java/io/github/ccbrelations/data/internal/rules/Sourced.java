package io.github.ccbrelations.data.internal.rules;

import io.github.ccbrelations.data.internal.json.ParsedDocument.Located;
import io.github.ccbrelations.data.violation.ViolationCode;
import io.github.ccbrelations.model.Role;

/** Every role cites at least one source; also one that failed to bind, if its sources did not fail. */
final class Sourced implements Rule {
  @Override
  public void check(Context c) {
    for (Located<Role> r : c.withFailed(c.doc.roles(), Role.class)) {
      if (r.value().sources().isEmpty() && c.intact(r, "sources")) {
        String id = r.value().id().value();
        c.error(ViolationCode.UNSOURCED_ROLE, r, At.of("roles", r.index()).field("sources"), id,
            "role '" + id + "' cites no source: every role says where it comes from");
      }
    }
  }
}
