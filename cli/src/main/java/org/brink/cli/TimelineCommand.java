package org.brink.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.brink.store.EventStore;
import org.brink.store.aggregate.AlertConfig;
import org.brink.store.aggregate.Dyad;
import org.brink.store.aggregate.EscalationPoint;
import org.brink.store.aggregate.Granularity;
import org.brink.store.aggregate.SeriesPoint;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code brink timeline USA IRN}: a dyad's series as a table, and optionally a chart. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Print a dyad's series of merged events (asserted and future only) by day or ISO week:",
      "events per QuadClass (q1 verbal cooperation, q2 material cooperation, q3 verbal conflict,",
      "q4 material conflict), Goldstein sum and mean, and the escalation index; by day also its",
      "robust z-score against the 28 days before, with * on alert days. --plot draws the series.",
      ""
    })
final class TimelineCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "SOURCE", description = "Source country (USA), or an actor code whose first three letters are one; --- for none.")
  String source = "";

  @Parameters(index = "1", paramLabel = "TARGET", description = "Target country, as SOURCE.")
  String target = "";

  @CommandLine.Mixin StoreOptions store = new StoreOptions();

  @Option(names = "--week", description = "One row per ISO week (named by its Monday) instead of per day.")
  boolean week;

  @Option(names = "--plot", paramLabel = "FILE", description = "Also draw the series to FILE.png or FILE.svg.")
  @Nullable Path plot;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Dyad dyad;
    try {
      dyad = Dyad.of(source, target);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    TimelinePlot.Format format = plot == null ? null : TimelinePlot.Format.of(plot);
    if (plot != null && format == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--plot needs a file ending in .png or .svg: " + plot);
    }
    Granularity granularity = week ? Granularity.WEEK : Granularity.DAY;
    List<SeriesPoint> series;
    List<EscalationPoint> scores;
    try (EventStore opened = store.open(spec)) {
      series = opened.aggregates().series(dyad, granularity, store.from(spec), store.to(spec));
      scores = week || series.isEmpty()
          ? List.of()
          : opened.aggregates().escalation(dyad, series.get(0).period(), series.get(series.size() - 1).period(), AlertConfig.DEFAULT);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(String.format(Locale.ROOT, "%-10s %6s %4s %4s %4s %4s %9s %8s %10s%s",
        week ? "week" : "day", "events", "q1", "q2", "q3", "q4", "goldstein", "mean", "escalation", week ? "" : "      z"));
    for (int i = 0; i < series.size(); i++) {
      SeriesPoint p = series.get(i);
      String z = "";
      if (!week) {
        EscalationPoint s = scores.get(i);
        z = Double.isNaN(s.z()) ? String.format(Locale.ROOT, " %6s", "-")
            : String.format(Locale.ROOT, " %6.1f%s", s.z(), s.alert() ? " *" : "");
      }
      out.println(String.format(Locale.ROOT, "%-10s %6d %4d %4d %4d %4d %9.1f %8.2f %10.1f%s",
          p.period(), p.events(), p.verbalCooperation(), p.materialCooperation(), p.verbalConflict(),
          p.materialConflict(), p.goldsteinSum(), p.goldsteinMean(), p.escalation(), z));
    }
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    if (series.isEmpty()) {
      err.println("brink: no merged events for " + dyad);
    }
    if (plot != null && format != null) {
      TimelinePlot.draw(dyad, granularity, series, plot, format);
      err.println("brink: drew " + series.size() + (week ? " weeks" : " days") + " to " + plot);
    }
    err.flush();
    return 0;
  }
}
