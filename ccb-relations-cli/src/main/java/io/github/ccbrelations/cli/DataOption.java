package io.github.ccbrelations.cli;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.DatasetReader;
import java.nio.file.Path;
import java.util.Optional;

/** {@code --data FILE}: a dataset file of the user's in place of the bundled dataset. */
final class DataOption {
  static final Option OPTION = Option.of("--data", "FILE",
      "a dataset file in the ccb-relations format to use instead of the bundled dataset");

  private final Optional<Path> file;

  DataOption(Arguments arguments) {
    file = arguments.value(OPTION, Arguments::path);
  }

  /**
   * The user's file, loaded strictly, or the bundled dataset.
   *
   * @throws io.github.ccbrelations.data.DatasetLoadException if the file cannot be read or is not a valid dataset
   */
  Dataset load() {
    return file.map(f -> DatasetReader.standard().read(f)).orElseGet(CcbRelations::bundled);
  }
}
