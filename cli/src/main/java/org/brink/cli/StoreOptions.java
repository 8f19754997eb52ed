package org.brink.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.brink.store.EventStore;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --db}, {@code --from} and {@code --to} of the commands that read a store. */
final class StoreOptions {
  @Option(names = "--db", paramLabel = "FILE", description = "The store. Default: ${DEFAULT-VALUE}.")
  Path db = Path.of("brink.duckdb");

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (inclusive). Default: the first day with an event.")
  @Nullable String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (inclusive). Default: the last day with an event.")
  @Nullable String to;

  /** Opens the store; a missing file is a usage error, not an empty store created by mistake. */
  EventStore open(CommandLine.Model.CommandSpec spec) {
    if (!Files.exists(db)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no store at " + db + "; run brink ingest first");
    }
    return EventStore.open(db);
  }

  @Nullable LocalDate from(CommandLine.Model.CommandSpec spec) {
    return day(spec, "--from", from);
  }

  @Nullable LocalDate to(CommandLine.Model.CommandSpec spec) {
    return day(spec, "--to", to);
  }

  private static @Nullable LocalDate day(CommandLine.Model.CommandSpec spec, String option, @Nullable String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), option + " must be a day as YYYY-MM-DD, not \"" + value + "\"");
    }
  }
}
