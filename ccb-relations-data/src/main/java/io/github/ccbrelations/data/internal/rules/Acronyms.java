package io.github.ccbrelations.data.internal.rules;

import io.github.ccbrelations.data.ViolationCode;
import io.github.ccbrelations.data.internal.index.Names;
import io.github.ccbrelations.data.internal.json.ParsedDocument.Located;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.LabelKind;
import io.github.ccbrelations.model.Language;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * No two bodies share an acronym in one language, compared as name lookups compare (ignoring case, accents and
 * punctuation), except a body and the one that replaced it.
 */
final class Acronyms implements Rule {
  @Override
  public void check(Context c) {
    Map<Language, Map<String, Located<Body>>> first = new EnumMap<>(Language.class);
    Names.Buffer buffer = new Names.Buffer();
    for (Located<Body> r : c.doc.bodies) {
      Body b = r.value();
      List<Label> labels = b.labels();
      for (int i = 0; i < labels.size(); i++) {
        Label label = labels.get(i);
        if (label.kind() != LabelKind.ACRONYM) {
          continue;
        }
        Language language = label.language();
        Located<Body> other = first.computeIfAbsent(language, l -> new HashMap<>())
            .putIfAbsent(Names.key(label.text(), buffer), r);
        // The same acronym twice in one body's labels is not shared.
        if (other != null && other != r && !successive(other.value(), b)) {
          c.error(ViolationCode.SHARED_ACRONYM, r, At.of("bodies", r.index()).field("labels").index(i), b.id().value(),
              "bodies '" + other.value().id().value() + "' and '" + b.id().value() + "' share the acronym '"
                  + label.text() + "' in '" + language.code() + "'");
        }
      }
    }
  }

  /** A body that replaced another may keep its acronym. */
  private static boolean successive(Body a, Body b) {
    return a.replacedBy().filter(b.id()::equals).isPresent() || b.replacedBy().filter(a.id()::equals).isPresent();
  }
}
