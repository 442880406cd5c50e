package io.github.ccbrelations.data.internal.rules;

import io.github.ccbrelations.data.internal.json.ParsedDocument.Located;
import io.github.ccbrelations.data.violation.ViolationCode;
import io.github.ccbrelations.model.InstrumentKind;
import io.github.ccbrelations.model.LegalInstrument;
import java.net.URI;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An instrument's identifiers fit its kind and each other: a CELEX number on EU law, a numac on a Belgian act, an
 * OSCE decision symbol on an OSCE decision; a {@code data.europa.eu} ELI names the act the CELEX number names, and
 * another ELI that carries a numac carries the instrument's own. A record that failed to bind is judged on the fields
 * that hold what the file gives ({@link Context#intact}).
 */
final class Identifiers implements Rule {
  private static final Set<InstrumentKind> EU_KINDS = EnumSet.of(InstrumentKind.EU_DIRECTIVE,
      InstrumentKind.EU_REGULATION, InstrumentKind.EU_DECISION, InstrumentKind.COUNCIL_CONCLUSIONS_OR_FRAMEWORK);
  private static final Set<InstrumentKind> BELGIAN_KINDS =
      EnumSet.of(InstrumentKind.BELGIAN_LAW, InstrumentKind.ROYAL_DECREE);
  private static final Pattern EU_ELI_PATH = Pattern.compile("/eli/[a-z_]+/([0-9]{4})/([0-9]+)/oj(?:/[a-z]{3})?");
  private static final Pattern CELEX_PARTS = Pattern.compile("3([0-9]{4})[A-Z]{1,2}([0-9]{4})(?:\\([0-9]{1,3}\\))?");
  private static final Pattern NUMAC_SEGMENT = Pattern.compile("/((?:18|19|20)[0-9]{8})(?:/|$)");

  @Override
  public void check(Context c) {
    for (Located<LegalInstrument> r : c.withFailed(c.doc.instruments(), LegalInstrument.class)) {
      check(c, r);
    }
  }

  private static void check(Context c, Located<LegalInstrument> r) {
    LegalInstrument li = r.value();
    At at = At.of("instruments", r.index());
    String id = li.id().value();
    boolean kind = c.intact(r, "kind");
    if (li.celex().isPresent() && kind && c.intact(r, "celex") && !EU_KINDS.contains(li.kind())) {
      c.error(ViolationCode.IDENTIFIER_MISMATCH, r, at.field("celex"), id,
          "a CELEX number identifies EU law, but instrument '" + id + "' is a " + li.kind());
    }
    if (li.numac().isPresent() && kind && c.intact(r, "numac") && !BELGIAN_KINDS.contains(li.kind())) {
      c.error(ViolationCode.IDENTIFIER_MISMATCH, r, at.field("numac"), id,
          "a numac identifies a Belgian law or royal decree, but instrument '" + id + "' is a " + li.kind());
    }
    if (li.osceDecision().isPresent() && kind && c.intact(r, "osceDecision")
        && li.kind() != InstrumentKind.OSCE_DECISION) {
      c.error(ViolationCode.IDENTIFIER_MISMATCH, r, at.field("osceDecision"), id,
          "an OSCE decision symbol identifies an OSCE decision, but instrument '" + id + "' is a " + li.kind());
    }
    // Which identifier the ELI is held against depends on whether the instrument has a CELEX number.
    if (li.eli().isEmpty() || !c.intact(r, "eli") || !c.intact(r, "celex") || !c.intact(r, "numac")) {
      return;
    }
    URI uri = li.eli().get().uri();
    String path = uri.getPath();
    if ("data.europa.eu".equals(uri.getHost()) && li.celex().isPresent()) {
      Matcher e = EU_ELI_PATH.matcher(path);
      Matcher n = CELEX_PARTS.matcher(li.celex().get().value());
      if (e.matches() && n.matches() && (!e.group(1).equals(n.group(1))
          || !withoutLeadingZeros(e.group(2)).equals(withoutLeadingZeros(n.group(2))))) {
        c.error(ViolationCode.IDENTIFIER_MISMATCH, r, at.field("eli"), id,
            "the ELI names act " + e.group(1) + "/" + e.group(2) + " but the CELEX number "
                + li.celex().get().value() + " names " + n.group(1) + "/" + withoutLeadingZeros(n.group(2)));
      }
    } else if (li.numac().isPresent()) {
      Matcher n = NUMAC_SEGMENT.matcher(path);
      if (n.find() && !n.group(1).equals(li.numac().get().value())) {
        c.error(ViolationCode.IDENTIFIER_MISMATCH, r, at.field("eli"), id,
            "the ELI names numac " + n.group(1) + " but the instrument's numac is " + li.numac().get().value());
      }
    }
  }

  /** An act number as written, compared as a number of any length (an ELI may carry more digits than an int). */
  private static String withoutLeadingZeros(String digits) {
    int i = 0;
    while (i < digits.length() - 1 && digits.charAt(i) == '0') {
      i++;
    }
    return digits.substring(i);
  }
}
