package io.github.ccbrelations.cli;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.DatasetInfo;
import io.github.ccbrelations.data.violation.SafeText;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.text.Terms;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;

/** {@code ccb-relations info}: what a dataset is, all read from the data. */
final class InfoCommand {
  static final Usage USAGE = new Usage("info",
      "Shows the dataset's version, schema version, release date, primary sources, record counts and the SHA-256 of "
          + "its bytes, and this tool's version.",
      "Exit status: 0 done, 1 the --data file is not a valid dataset, 2 it cannot be read or the command line is "
          + "wrong.",
      List.of(),
      List.of(DataOption.OPTION, LenientOption.OPTION));

  private final DataOption data;

  InfoCommand(Arguments arguments) {
    data = new DataOption(arguments);
    arguments.positionals();
  }

  int call(InputStream stdin, PrintWriter out, PrintWriter err) {
    Dataset dataset = data.load(stdin, err);
    DatasetInfo info = dataset.info();
    out.println("source:          " + SafeText.escaped(info.sourceName()));
    out.println("dataset version: " + info.datasetVersion().text());
    out.println("schema version:  " + info.schemaVersion().text());
    out.println("released:        " + info.header().released());
    out.println("primary sources: " + String.join(", ",
        info.header().primarySources().stream().map(s -> s.value()).toList()));
    int redirects = dataset.redirects().size();
    out.println("records:         " + String.join(", ", count(RecordType.BODY, info.bodyCount()),
        count(RecordType.INSTRUMENT, info.instrumentCount()), count(RecordType.ROLE, info.roleCount()),
        count(RecordType.SOURCE, info.sourceCount()), redirects + (redirects == 1 ? " redirect" : " redirects")));
    out.println("sha256:          " + info.sha256());
    out.println("tool:            ccb-relations " + Versions.code());
    out.flush();
    return ExitStatus.OK;
  }

  /** A number of records in the text module's words, "1 body" as well as "40 bodies". */
  private static String count(RecordType type, int count) {
    return Terms.count(type, count, Language.EN);
  }
}
