package io.github.ccbrelations.data.internal.rules;

import io.github.ccbrelations.data.internal.json.ParsedDocument.Located;
import io.github.ccbrelations.data.violation.ViolationCode;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.Language;

/**
 * Every body has an official name in each language the options require, unless it says it has none there
 * ({@code noOfficialName}): a proper name used in every language is no gap. A body that failed to bind is judged when
 * both lists hold what the file gives.
 */
final class Languages implements Rule {
  @Override
  public void check(Context c) {
    for (Located<Body> r : c.withFailed(c.doc.bodies(), Body.class)) {
      if (!c.intact(r, "labels") || !c.intact(r, "noOfficialName")) {
        continue;
      }
      for (Language language : c.options.requiredBodyNames()) {
        if (r.value().name(language).isEmpty() && !r.value().hasNoOfficialNameIn(language)) {
          String id = r.value().id().value();
          c.error(ViolationCode.MISSING_LANGUAGE, r, At.of("bodies", r.index()).field("labels"), id,
              "body '" + id + "' has no official name (a NAME label) in '" + language.code() + "'");
        }
      }
    }
  }
}
