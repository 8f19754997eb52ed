package org.brink.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.brink.core.Stage;
import org.brink.store.EventStore;
import org.jspecify.annotations.Nullable;
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
      "DuckDB file, then merge the mentions into real-world events. Inputs: text, HTML and JSON",
      "Lines files (optionally .gz), WARC files (.warc, .warc.gz), RSS/Atom feeds by file or",
      "http(s) URL. Idempotent: an article already stored (same content hash or JSON Lines id)",
      "is skipped without coding, so a re-run, or a run after an interrupted one, stores each",
      "article once. Every rejected input is stored in the problems table too.",
      ""
    })
final class IngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories (read recursively), feed URLs, or - for standard input.")
  List<String> paths = List.of();

  @Option(names = "--db", paramLabel = "FILE", description = "The store. Default: ${DEFAULT-VALUE}.")
  Path db = Path.of("brink.duckdb");

  @Option(
      names = "--watch",
      paramLabel = "MINUTES",
      description = "Read the inputs again every MINUTES minutes until interrupted, storing only new articles (for feeds).")
  @Nullable Double watchMinutes;

  /** For tests: stop watching after this many rounds. */
  @Option(names = "--watch-rounds", hidden = true)
  int watchRounds = Integer.MAX_VALUE;

  @Option(
      names = "--progress",
      paramLabel = "SECONDS",
      description = "When standard error is not a terminal, print a progress line every SECONDS. Default: ${DEFAULT-VALUE}.")
  double progressSeconds = 10;

  @Option(names = "--no-progress", description = "Print no progress.")
  boolean noProgress;

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
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (watchMinutes != null && !(watchMinutes > 0)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--watch must be a positive number of minutes, not " + watchMinutes);
    }
    if (!(progressSeconds > 0)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--progress must be a positive number of seconds, not " + progressSeconds);
    }
    var config = options.readerConfig(spec);
    Pipelines pipelines = options.pipelines(spec, err);
    int status = 0;
    try (EventStore store = EventStore.open(db)) {
      for (int round = 1; ; round++) {
        status = Math.max(status, once(store, config, pipelines.full(), err));
        if (watchMinutes == null || round >= watchRounds) {
          return status;
        }
        err.printf("brink: watching; next read in %s minutes (Ctrl-C to stop)%n", watchMinutes);
        err.flush();
        Thread.sleep((long) (watchMinutes * 60_000));
      }
    }
  }

  private int once(EventStore store, org.brink.ingest.ReaderConfig config,
      Stage<org.brink.core.Article, org.brink.core.CodedArticle> pipeline, PrintWriter err) {
    Progress progress = noProgress
        ? Progress.silent(err)
        : new Progress(err, System.console() != null, (long) (progressSeconds * 1e9),
            InputCount.articles(paths, config), System::nanoTime);
    CodingRun run =
        new CodingRun(
            config,
            pipeline,
            options.threads,
            article -> {
              store.store(article);
              progress.step();
            },
            err,
            article -> {
              boolean stored = store.contains(article.id());
              if (stored) {
                progress.step();
              }
              return stored;
            },
            store::reject);
    RunSummary summary = run.run(paths, stdin);
    progress.finish();
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
