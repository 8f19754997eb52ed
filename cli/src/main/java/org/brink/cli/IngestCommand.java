package org.brink.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.brink.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code brink ingest}: codes articles and stores them in an embedded DuckDB file. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Code articles and store them, with their events, quotes and problems, in an embedded",
      "DuckDB file. Idempotent: an article already stored (same id, that is the same content or",
      "JSON Lines id) is skipped without coding, so a re-run, or a run after an interrupted one,",
      "stores each article once. Every rejected input is stored in the problems table too.",
      ""
    })
final class IngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories (read recursively) or - for standard input.")
  List<String> paths = List.of();

  @Option(names = "--db", paramLabel = "FILE", description = "The store. Default: ${DEFAULT-VALUE}.")
  Path db = Path.of("brink.duckdb");

  @CommandLine.Mixin CodingOptions options = new CodingOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final InputStream stdin;

  IngestCommand() {
    this(System.in);
  }

  IngestCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    var config = options.readerConfig(spec);
    Pipelines pipelines = options.pipelines(spec, err);
    try (EventStore store = EventStore.open(db)) {
      CodingRun run =
          new CodingRun(
              config,
              pipelines.full(),
              options.threads,
              store::store,
              err,
              article -> store.contains(article.id()),
              store::reject);
      RunSummary summary = run.run(paths, stdin);
      summary.report(err);
      store.mergeIfStale();
      EventStore.Counts counts = store.counts();
      err.printf(
          "brink: %s holds %d articles, %d mentions merged into %d events, %d actors, %d quotes,"
              + " %d problems%n",
          db,
          counts.articles(),
          counts.mentions(),
          counts.events(),
          counts.actors(),
          counts.quotes(),
          counts.problems());
      err.flush();
      return summary.rejected() == 0 ? 0 : 1;
    }
  }
}
