package io.github.ccbrelations.examples;

import io.github.ccbrelations.data.DatasetInfo;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.text.Terms;
import io.github.ccbrelations.text.Terms.Word;

/**
 * What {@link DatasetInfo#toString()} says of a dataset, in the language of the example's other lines: "ccb-relations
 * 2026.1.0 (schéma 1.3.0) : 56 entités, 30 instruments juridiques, 34 rôles, 60 sources ; sha256 …".
 */
final class SummaryLine {
  private SummaryLine() {}

  static String of(DatasetInfo info, Language language) {
    return "ccb-relations " + info.datasetVersion().text() + " (" + Terms.word(Word.SCHEMA, language) + " "
        + info.schemaVersion().text() + ")" + Terms.colon(language)
        + Terms.count(RecordType.BODY, info.bodyCount(), language) + ", "
        + Terms.count(RecordType.INSTRUMENT, info.instrumentCount(), language) + ", "
        + Terms.count(RecordType.ROLE, info.roleCount(), language) + ", "
        + Terms.count(RecordType.SOURCE, info.sourceCount(), language) + Terms.semicolon(language)
        + "sha256 " + info.sha256();
  }
}
