package io.github.ccbrelations.data.internal.rules;

import io.github.ccbrelations.data.internal.index.Names;
import io.github.ccbrelations.data.internal.json.ParsedDocument.Located;
import io.github.ccbrelations.data.violation.ViolationCode;
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
 * punctuation), except a body and the one that replaced it. An acronym that only looks like another body's (a
 * Cyrillic or Greek letter for a Latin one, see {@link Lookalikes}) is a warning: a reader would take one body for the
 * other. A body that failed to bind is compared when its labels and successor hold what the file gives.
 */
final class Acronyms implements Rule {
  @Override
  public void check(Context c) {
    Map<Language, Map<String, Located<Body>>> first = new EnumMap<>(Language.class);
    Map<String, Acronym> firstLook = new HashMap<>();
    for (Located<Body> r : c.withFailed(c.doc.bodies(), Body.class)) {
      if (!c.intact(r, "labels") || !c.intact(r, "replacedBy")) {
        continue;
      }
      Body b = r.value();
      List<Label> labels = b.labels();
      for (int i = 0; i < labels.size(); i++) {
        Label label = labels.get(i);
        if (label.kind() != LabelKind.ACRONYM) {
          continue;
        }
        Language language = label.language();
        String key = Names.key(label.text());
        Located<Body> other = first.computeIfAbsent(language, l -> new HashMap<>()).putIfAbsent(key, r);
        // The same acronym twice in one body's labels is not shared.
        if (other != null && other != r && !successive(other.value(), b)) {
          c.error(ViolationCode.SHARED_ACRONYM, r, acronym(r, i), b.id().value(),
              "bodies '" + other.value().id().value() + "' and '" + b.id().value() + "' share the acronym '"
                  + label.text() + "' in '" + language.code() + "'");
        }
        String look = Lookalikes.of(label.text(), key);
        Acronym here = new Acronym(r, i, key, !look.equals(key));
        Acronym alike = firstLook.putIfAbsent(language.code() + ":" + look, here);
        if (alike != null && alike.body != r && !alike.key.equals(key) && !successive(alike.body.value(), b)) {
          // The warning is the odd one's: the acronym spelt with other characters than it looks, the later if both are.
          boolean earlierIsOdd = alike.odd && !here.odd;
          lookalike(c, earlierIsOdd ? alike : here, earlierIsOdd ? here : alike, language);
        }
      }
    }
  }

  /** An acronym met: its body, the index of its label, its name-lookup key, and whether it is not spelt as it looks. */
  private record Acronym(Located<Body> body, int label, String key, boolean odd) {}

  private static void lookalike(Context c, Acronym odd, Acronym plain, Language language) {
    String id = odd.body.value().id().value();
    c.warning(ViolationCode.SHARED_ACRONYM, odd.body, acronym(odd.body, odd.label), id, "the acronym of body '" + id
        + "' in '" + language.code() + "' looks like that of body '" + plain.body.value().id().value()
        + "' but is spelt with other characters (a letter of another script, or a compatibility form)");
  }

  /** The acronym's text, the value at fault, in the body's label at an index. */
  private static At acronym(Located<Body> r, int label) {
    return At.of("bodies", r.index()).field("labels").index(label).field("text");
  }

  /** A body that replaced another may keep its acronym. */
  private static boolean successive(Body a, Body b) {
    return a.replacedBy().filter(b.id()::equals).isPresent() || b.replacedBy().filter(a.id()::equals).isPresent();
  }
}
