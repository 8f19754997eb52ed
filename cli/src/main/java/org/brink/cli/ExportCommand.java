package org.brink.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.brink.store.EventStore;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code brink export}: writes the stored events as JSON Lines or Parquet. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Export the events of a store: jsonl (one flat JSON object per event, to standard output or",
      "--output) or parquet (a file DuckDB and Spark read; --output is required).",
      ""
    })
final class ExportCommand implements Callable<Integer> {
  enum Format {
    jsonl,
    parquet
  }

  @Option(names = "--db", paramLabel = "FILE", description = "The store. Default: ${DEFAULT-VALUE}.")
  Path db = Path.of("brink.duckdb");

  @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl or parquet. Default: ${DEFAULT-VALUE}.")
  Format format = Format.jsonl;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (required for parquet).")
  @Nullable Path output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (!Files.exists(db)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no store at " + db + "; run brink ingest first");
    }
    PrintWriter err = spec.commandLine().getErr();
    try (EventStore store = EventStore.open(db)) {
      if (format == Format.parquet) {
        if (output == null) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--format parquet needs --output FILE");
        }
        store.exportParquet(output);
        err.println("brink: wrote " + store.counts().events() + " events to " + output);
      } else if (output == null) {
        long n = store.exportJsonl(spec.commandLine().getOut());
        err.println("brink: wrote " + n + " events");
      } else {
        try (Writer out = new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8)) {
          long n = store.exportJsonl(out);
          err.println("brink: wrote " + n + " events to " + output);
        }
      }
    }
    err.flush();
    return 0;
  }
}
