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

/** {@code brink export}: writes the stored mentions, merged events or actors. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Export a store: jsonl (one flat JSON object per row, to standard output or --output),",
      "parquet (a file DuckDB and Spark read; --output is required) or gdelt (the merged events",
      "as the 61-column, tab-separated GDELT 2.0 event table; docs/gdelt-export.md).",
      ""
    })
final class ExportCommand implements Callable<Integer> {
  enum Format {
    jsonl,
    parquet,
    gdelt
  }

  @Option(names = "--db", paramLabel = "FILE", description = "The store. Default: ${DEFAULT-VALUE}.")
  Path db = Path.of("brink.duckdb");

  @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl, parquet or gdelt. Default: ${DEFAULT-VALUE}.")
  Format format = Format.jsonl;

  @Option(
      names = "--table",
      paramLabel = "TABLE",
      description = {
        "For jsonl and parquet: mentions (one row per coded sentence-level event, with the id of",
        "its merged event), events (merged real-world events) or actors. Default: ${DEFAULT-VALUE}."
      })
  EventStore.Table table = EventStore.Table.MENTIONS;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (required for parquet).")
  @Nullable Path output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (!Files.exists(db)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no store at " + db + "; run brink ingest first");
    }
    PrintWriter err = spec.commandLine().getErr();
    EventStore.Table what = format == Format.gdelt ? EventStore.Table.EVENTS : table;
    try (EventStore store = EventStore.open(db)) {
      long n;
      if (format == Format.parquet) {
        if (output == null) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--format parquet needs --output FILE");
        }
        n = store.exportParquet(what, output);
      } else if (output == null) {
        n = write(store, spec.commandLine().getOut());
      } else {
        try (Writer out = new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8)) {
          n = write(store, out);
        }
      }
      err.println("brink: wrote " + n + " " + what.label() + (output == null ? "" : " to " + output));
    }
    err.flush();
    return 0;
  }

  private long write(EventStore store, Writer out) {
    return format == Format.gdelt ? store.exportGdelt(out) : store.exportJsonl(table, out);
  }
}
