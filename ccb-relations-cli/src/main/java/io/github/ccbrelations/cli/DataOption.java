package io.github.ccbrelations.cli;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Optional;

/** {@code --data FILE}: a dataset file of the user's in place of the bundled dataset. */
final class DataOption {
  static final Option OPTION = Option.of("--data", "FILE",
      "a dataset file in the ccb-relations format to use instead of the bundled dataset; - for standard input");

  private final Optional<DatasetFile> file;
  private final LenientOption lenient;

  /**
   * Reads {@code --data} and {@code --lenient}.
   *
   * @throws Arguments.UsageException for {@code --lenient} without {@code --data}: the bundled dataset is read by the
   *     version that knows every field of it
   */
  DataOption(Arguments arguments) {
    file = arguments.value(OPTION, DatasetFile::of);
    lenient = new LenientOption(arguments);
    if (lenient.given && file.isEmpty()) {
      throw arguments.error("Option '" + LenientOption.OPTION.name() + "' is for reading a --data file, and none is "
          + "given");
    }
  }

  /**
   * The user's file, loaded strictly or, with {@code --lenient}, leniently, its warnings said on {@code err}; or the
   * bundled dataset.
   *
   * @throws io.github.ccbrelations.data.DatasetLoadException if the file cannot be read or is not a valid dataset
   */
  Dataset load(InputStream stdin, PrintWriter err) {
    return file.map(f -> f.read(lenient.reader, stdin, err)).orElseGet(CcbRelations::bundled);
  }
}
