package org.brink.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.brink.store.EventStore;
import org.brink.store.aggregate.DyadActivity;
import org.brink.store.aggregate.Ranking;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code brink dyads}: the most active dyads, or those whose activity changed most. */
@Command(
    name = "dyads",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "List the country pairs (source-target, from the first three letters of the actor codes)",
      "with the most merged events (--by activity), or with the largest change from the period of",
      "the same length before (--by change; without --from/--to: the last 7 days with an event",
      "against the 7 before). Counts asserted and future events only.",
      ""
    })
final class DyadsCommand implements Callable<Integer> {
  @CommandLine.Mixin StoreOptions store = new StoreOptions();

  @Option(names = "--by", paramLabel = "RANKING", description = "activity or change. Default: ${DEFAULT-VALUE}.")
  Ranking by = Ranking.ACTIVITY;

  @Option(names = "--limit", paramLabel = "N", description = "How many dyads. Default: ${DEFAULT-VALUE}.")
  int limit = 20;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1: " + limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    List<DyadActivity> rows;
    try (EventStore opened = store.open(spec)) {
      rows = opened.aggregates().dyads(by, limit, store.from(spec), store.to(spec));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    out.println(String.format(Locale.ROOT, "%-4s %-8s %7s %9s %10s %9s %7s",
        "rank", "dyad", "events", "conflict", "goldstein", "previous", "change"));
    int rank = 0;
    for (DyadActivity a : rows) {
      out.println(String.format(Locale.ROOT, "%-4d %-8s %7d %9d %10.1f %9d %+7d",
          ++rank, a.dyad(), a.events(), a.conflictEvents(), a.goldsteinSum(), a.previousEvents(), a.change()));
    }
    if (rows.isEmpty()) {
      spec.commandLine().getErr().println("brink: no merged events in that period");
    }
    out.flush();
    return 0;
  }
}
