package io.github.ccbrelations.cli;

import io.github.ccbrelations.data.DatasetReader;

/**
 * {@code --lenient}: read a file of a newer schema version 1.x, as {@link DatasetReader#lenient()} does, ignoring the
 * fields this version does not know with a warning; without it, the strict reader, to which they are errors.
 */
final class LenientOption {
  static final Option OPTION = Option.flag("--lenient",
      "read a file of a newer schema version 1.x, ignoring the fields this version does not know, each named in a "
          + "warning (by validate in its report, by the other commands on standard error); default: they are "
          + "errors");

  final boolean given;
  final DatasetReader reader;

  LenientOption(Arguments arguments) {
    given = arguments.isSet(OPTION);
    reader = given ? DatasetReader.lenient() : DatasetReader.standard();
  }
}
