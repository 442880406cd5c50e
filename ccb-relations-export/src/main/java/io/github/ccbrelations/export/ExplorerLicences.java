package io.github.ccbrelations.export;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.text.Terms;
import java.util.Map;

/**
 * What the explorer page's footer says of licences. The data's licence (CC BY 4.0, {@code LICENSE-DATA}) is this
 * project's to state only for its own dataset, {@linkplain CcbRelations#isBundled the bundled one}: any other file is
 * its publisher's, on terms the export cannot know, so its page states the licence of the page's code alone
 * (Apache-2.0), which is this project's whatever the data.
 */
enum ExplorerLicences {
  /** The bundled dataset: the data's licence and the code's. */
  DATA_AND_CODE(
      line(Language.EN, "Licences", "data CC BY 4.0, code Apache-2.0"),
      line(Language.FR, "Licences", "données sous CC BY 4.0, code sous Apache-2.0"),
      line(Language.NL, "Licenties", "gegevens onder CC BY 4.0, code onder Apache-2.0"),
      line(Language.DE, "Lizenzen", "Daten unter CC BY 4.0, Code unter Apache-2.0")),
  /** Any other file: the code's licence alone. */
  CODE(
      line(Language.EN, "Licence", "code Apache-2.0"),
      line(Language.FR, "Licence", "code sous Apache-2.0"),
      line(Language.NL, "Licentie", "code onder Apache-2.0"),
      line(Language.DE, "Lizenz", "Code unter Apache-2.0"));

  private final Map<Language, String> lines;

  ExplorerLicences(Map.Entry<Language, String> en, Map.Entry<Language, String> fr, Map.Entry<Language, String> nl,
      Map.Entry<Language, String> de) {
    lines = Map.ofEntries(en, fr, nl, de);
  }

  /** The licences a page of this dataset may state. */
  static ExplorerLicences of(Dataset data) {
    return CcbRelations.isBundled(data) ? DATA_AND_CODE : CODE;
  }

  /** The footer's line, its heading and colon included: "Licence\u00a0: code sous Apache-2.0". */
  String in(Language language) {
    return lines.get(language);
  }

  private static Map.Entry<Language, String> line(Language language, String heading, String licences) {
    return Map.entry(language, heading + Terms.colon(language) + licences);
  }
}
