package io.github.ccbrelations.data;

import io.github.ccbrelations.model.LegalInstrument;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names an instrument is cited by that follow from its identifiers, so that a lookup finds it by them although
 * no label spells them out:
 * <ul>
 *   <li>an EU regulation, directive or decision numbered since 2015, from its CELEX number (32021R0887): its number
 *       ("2021/887") and its citation in each language ("Regulation (EU) 2021/887", "Règlement (UE) 2021/887",
 *       "Verordening (EU) 2021/887", "Verordnung (EU) 2021/887"; directives: Directive, Directive, Richtlijn,
 *       Richtlinie; decisions: Decision, Décision, Besluit, Beschluss). Acts numbered before 2015 were cited in
 *       other forms that differ by type and period, and are left out;
 *   <li>an OSCE decision, by its symbol ("PC.DEC/1202").
 * </ul>
 */
final class DerivedNames {
  /** Sector 3 (legislation), the year, R, L or D, the number without its leading zeros. */
  private static final Pattern EU_ACT = Pattern.compile("3(\\d{4})([RLD])0*(\\d+)");

  private DerivedNames() {}

  static List<String> of(LegalInstrument instrument) {
    List<String> names = new ArrayList<>();
    instrument.celex().ifPresent(celex -> {
      Matcher m = EU_ACT.matcher(celex.value());
      if (m.matches() && Integer.parseInt(m.group(1)) >= 2015) {
        String number = m.group(1) + "/" + m.group(3);
        names.add(number);
        String[] types = switch (m.group(2)) {
          case "R" -> new String[] {"Regulation (EU) ", "Règlement (UE) ", "Verordening (EU) ", "Verordnung (EU) "};
          case "L" -> new String[] {"Directive (EU) ", "Directive (UE) ", "Richtlijn (EU) ", "Richtlinie (EU) "};
          default -> new String[] {"Decision (EU) ", "Décision (UE) ", "Besluit (EU) ", "Beschluss (EU) "};
        };
        for (String type : types) {
          names.add(type + number);
        }
      }
    });
    instrument.osceDecision().ifPresent(symbol -> names.add(symbol.value()));
    return names;
  }
}
