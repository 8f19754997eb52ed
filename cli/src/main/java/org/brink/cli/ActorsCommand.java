package org.brink.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.brink.coding.actors.ActorDictionary;
import org.brink.coding.actors.ActorMatcher;
import org.brink.coding.actors.ActorMention;
import org.brink.core.AnnotatedText;
import org.brink.core.Sentence;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code brink actors}: how each actor mention in a text is coded, and why. */
@Command(
    name = "actors",
    mixinStandardHelpOptions = true,
    description = {
      "Show each actor mention in a text with its CAMEO actor code and the dictionary lines",
      "that made it; people are coded by the office they held on --date.",
      ""
    })
final class ActorsCommand implements Callable<Integer> {
  @Parameters(paramLabel = "TEXT", description = "The text to look for actors in.")
  String text = "";

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "The date whose office holders apply. Default: today.")
  @Nullable LocalDate date;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    LocalDate day = date == null ? LocalDate.now() : date;
    AnnotatedText annotated = ExplainCommand.annotate(text, day);
    ActorMatcher matcher = new ActorMatcher(ActorDictionary.loadDefault());
    PrintWriter out = spec.commandLine().getOut();
    int count = 0;
    for (Sentence s : annotated.sentences()) {
      for (ActorMention m : matcher.find(s, annotated.text(), day)) {
        count++;
        out.printf(
            "%-30s %-12s [%d, %d)  %s%n",
            "\"" + m.text() + "\"", m.code(), m.span().begin(), m.span().end(), m.entry());
      }
    }
    if (count == 0) {
      out.println("no actor mentions found (on " + day + ")");
    }
    out.flush();
    return 0;
  }
}
