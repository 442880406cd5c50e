package io.github.ccbrelations.cli;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.DatasetReader;
import io.github.ccbrelations.data.ValidationReport;
import io.github.ccbrelations.data.violation.Violation;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A dataset file named on the command line: a path, or {@code -} for standard input, as most tools take it. Standard
 * input can be read once, so a command line may name it once.
 *
 * @param path the file; empty for standard input
 */
record DatasetFile(Optional<Path> path) {
  /** What stands for standard input on the command line. */
  static final String STANDARD_INPUT = "-";
  /** The name of standard input in messages and reports. */
  static final String STANDARD_INPUT_NAME = "<stdin>";

  /**
   * The file a command-line argument names.
   *
   * @throws IllegalArgumentException for a name no file can have, as {@link Arguments#path(String)} says
   */
  static DatasetFile of(String name) {
    return new DatasetFile(name.equals(STANDARD_INPUT) ? Optional.empty() : Optional.of(Arguments.path(name)));
  }

  /**
   * The files of a command's positional arguments.
   *
   * @throws Arguments.UsageException if there are fewer or more than its usage allows, one is no file name, or
   *     standard input is named twice
   */
  static List<DatasetFile> positionals(Arguments arguments) {
    List<DatasetFile> files = arguments.positionals(DatasetFile::of);
    if (files.stream().filter(DatasetFile::isStandardInput).count() > 1) {
      throw arguments.error("Standard input ('" + STANDARD_INPUT + "') can be read only once");
    }
    return files;
  }

  boolean isStandardInput() {
    return path.isEmpty();
  }

  /**
   * Reads the dataset, from {@code stdin} for standard input, and says each warning of the read on {@code err}, as
   * {@code validate} lists it: a field that a lenient read ignored is data of the file the answer leaves out.
   *
   * @throws io.github.ccbrelations.data.DatasetLoadException if it cannot be read or is not a valid dataset
   */
  Dataset read(DatasetReader reader, InputStream stdin, PrintWriter err) {
    Consumer<Violation> warn = v -> err.println("ccb-relations: " + LenientAdvice.line(v));
    return path.map(p -> reader.read(p, warn)).orElseGet(() -> reader.read(stdin, STANDARD_INPUT_NAME, warn));
  }

  /** Checks the dataset, from {@code stdin} for standard input; never throws. */
  ValidationReport validate(DatasetReader reader, InputStream stdin) {
    return path.map(reader::validate).orElseGet(() -> reader.validate(stdin, STANDARD_INPUT_NAME));
  }
}
