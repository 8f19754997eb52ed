package org.brink.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.brink.store.EventStore;
import org.brink.store.aggregate.Alert;
import org.brink.store.aggregate.AlertConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code brink alerts}: days on which a dyad's escalation index left its own baseline. */
@Command(
    name = "alerts",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "List the days on which a dyad's escalation index (the negated Goldstein sum of its merged",
      "events) reached a robust z-score of --threshold against the median and MAD of the",
      "--baseline days before (docs/store.md, \"Alerts\").",
      ""
    })
final class AlertsCommand implements Callable<Integer> {
  @CommandLine.Mixin StoreOptions store = new StoreOptions();

  @Option(names = "--baseline", paramLabel = "DAYS", description = "Baseline window. Default: ${DEFAULT-VALUE}.")
  int baseline = AlertConfig.DEFAULT.baselineDays();

  @Option(names = "--threshold", paramLabel = "Z", description = "Robust z-score that alerts. Default: ${DEFAULT-VALUE}.")
  double threshold = AlertConfig.DEFAULT.threshold();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    AlertConfig config;
    try {
      config = new AlertConfig(baseline, threshold, AlertConfig.DEFAULT.minScale(), AlertConfig.DEFAULT.minHistoryDays());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    List<Alert> alerts;
    try (EventStore opened = store.open(spec)) {
      alerts = opened.aggregates().alerts(null, store.from(spec), store.to(spec), config);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(String.format(Locale.ROOT, "%-10s %-8s %6s %10s %8s %8s %6s", "day", "dyad", "events", "escalation", "median", "scale", "z"));
    for (Alert a : alerts) {
      out.println(String.format(Locale.ROOT, "%-10s %-8s %6d %10.1f %8.1f %8.2f %6.1f",
          a.day(), a.dyad(), a.events(), a.index(), a.baselineMedian(), a.baselineScale(), a.z()));
    }
    spec.commandLine().getErr().println("brink: " + alerts.size() + " alerts");
    out.flush();
    return 0;
  }
}
