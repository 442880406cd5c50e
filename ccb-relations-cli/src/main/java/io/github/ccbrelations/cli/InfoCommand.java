package io.github.ccbrelations.cli;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.DatasetInfo;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ccb-relations info}: what a dataset is, all read from the data. */
@Command(
    name = "info",
    mixinStandardHelpOptions = true,
    versionProvider = Versions.class,
    description = {
        "Shows the dataset's version, schema version, release date, primary sources, record counts and the SHA-256 "
            + "of its bytes, and this tool's version.",
        "Exit status: 0 done, 1 the --data file is not a valid dataset, 2 it cannot be read."
    })
final class InfoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOption data = new DataOption();

  @Override
  public Integer call() {
    Dataset dataset = data.load();
    DatasetInfo info = dataset.info();
    PrintWriter out = spec.commandLine().getOut();
    out.println("source:          " + info.sourceName());
    out.println("dataset version: " + info.datasetVersion().text());
    out.println("schema version:  " + info.schemaVersion().text());
    out.println("released:        " + info.header().released());
    out.println("primary sources: " + String.join(", ",
        info.header().primarySources().stream().map(s -> s.value()).toList()));
    out.println("records:         " + info.bodyCount() + " bodies, " + info.instrumentCount() + " instruments, "
        + info.roleCount() + " roles, " + info.sourceCount() + " sources, " + dataset.redirects().size()
        + " redirects");
    out.println("sha256:          " + info.sha256());
    out.println("tool:            ccb-relations " + Versions.code());
    out.flush();
    return ExitStatus.OK;
  }
}
