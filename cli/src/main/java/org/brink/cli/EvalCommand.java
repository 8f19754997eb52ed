package org.brink.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.brink.core.CleanText;
import org.brink.core.CodedArticle;
import org.brink.core.ArticleId;
import org.brink.core.ArticleMeta;
import org.brink.coding.DictionarySources;
import org.brink.core.Outcome;
import org.brink.core.PipelineRunner;
import org.brink.eval.gold.GoldArticle;
import org.brink.eval.gold.GoldFormatException;
import org.brink.eval.gold.GoldReaders;
import org.brink.eval.gold.GoldSet;
import org.brink.eval.report.ReportWriter;
import org.brink.eval.scoring.ArticlePredictions;
import org.brink.eval.scoring.Score;
import org.brink.eval.scoring.Scorer;
import org.brink.nlp.AnnotatorConfig;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code brink eval}: codes the texts of gold files and scores the events against the hand-coded
 * entries.
 *
 * <p>Gold texts are coded as given, without page cleaning: they are already article text, and the
 * boilerplate rules must not decide what a gold sentence is.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Score Brink against gold files: Brink's own gold format (docs/gold-format.md), PETRARCH",
      "XML validation records and PLOVER gold-standard JSON (told apart by content). Reports",
      "precision, recall and F1 at root, full-code, event (no actors) and dyad level, source and",
      "target accuracy,",
      "forbidden events asserted, a modality confusion table, a per-category table and quotes.",
      "The last line of output is one JSON object with the headline figures.",
      ""
    })
final class EvalCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "GOLD", description = "Gold files.")
  List<Path> gold = List.of();

  @Option(names = "--report", paramLabel = "FILE.md", description = "Write the full report, with every table and per-article misses, to FILE.md.")
  @Nullable Path report;

  @Option(names = "--threads", paramLabel = "N", description = "Articles coded in parallel. Default: the number of cores (${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N articles of each gold file (for quick runs). Default: all.")
  int limit = Integer.MAX_VALUE;

  @Option(
      names = "--no-environment",
      negatable = true,
      description = "PETRARCH XML records are coded with the dictionaries their <Environment> block names, alone, when every named file is beside the gold file (otherwise with Brink's own, and a note says so). --no-environment codes them with Brink's own (or --actors/--verbs) always.")
  boolean environment = true;

  @Option(
      names = "--prefilter",
      description = "Tag and parse only the sentences the event prefilter picks: to check that the prefilter loses no event.")
  boolean prefilter;

  @CommandLine.ArgGroup(exclusive = false, heading = "%nDictionaries:%n")
  DictionaryOptions dictionaries = new DictionaryOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<GoldSet> sets = new ArrayList<>();
    for (Path file : gold) {
      try {
        sets.add(GoldReaders.read(file));
      } catch (IOException | GoldFormatException e) {
        err.println("brink: " + file + ": cannot read gold: " + e.getMessage());
        err.flush();
        return 1;
      }
    }
    List<Score> scores = new ArrayList<>();
    Map<String, List<String>> dictionaryProblems = new LinkedHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      for (GoldSet set : sets) {
        DictionarySources sources = dictionaries.sources();
        if (environment && set.format().equals(GoldSet.PETRARCH_XML)) {
          var named = PetrarchEnvironment.dictionaries(set.source());
          if (named.isPresent()) {
            sources = named.get();
            err.println("brink: " + set.name() + ": coding with the dictionaries its <Environment> names");
          } else {
            err.println("brink: " + set.name() + ": its <Environment> dictionaries are not all beside it; coding with Brink's own");
          }
        }
        Pipelines pipelines;
        try {
          List<String> unread = new ArrayList<>();
          pipelines = Pipelines.load(AnnotatorConfig.defaults().maxParseTokens(), prefilter, sources, err, unread::add);
          if (!unread.isEmpty()) {
            dictionaryProblems.put(set.name(), unread);
            err.println("brink: " + set.name() + ": " + unread.size() + " dictionary line(s) not read"
                + (report == null ? " (--report FILE.md lists them)" : " (listed in " + report + ")"));
          }
        } catch (IOException | IllegalArgumentException e) {
          throw new CommandLine.ParameterException(spec.commandLine(), "cannot load dictionaries: " + e.getMessage());
        }
        PipelineRunner<CleanText, CodedArticle> runner =
            new PipelineRunner<>(pipelines.annotator().then(pipelines.coder()));
        List<GoldArticle> articles = set.articles().subList(0, Math.min(limit, set.articles().size()));
        GoldSet scored = new GoldSet(set.name(), set.format(), set.source(), articles, set.notes());
        Map<String, Future<Outcome<CodedArticle>>> pending = new LinkedHashMap<>();
        for (GoldArticle a : articles) {
          CleanText text =
              new CleanText(
                  new ArticleId(a.id()),
                  new ArticleMeta(null, a.published(), null, null, set.source() + "#" + a.id()),
                  a.text(),
                  List.of());
          pending.put(a.id(), pool.submit(() -> runner.run(text, text.meta().input())));
        }
        Map<String, ArticlePredictions> predictions = new LinkedHashMap<>();
        for (var entry : pending.entrySet()) {
          switch (Futures.await(entry.getValue())) {
            case Outcome.Done<CodedArticle> d -> predictions.put(entry.getKey(), ArticlePredictions.of(d.value()));
            case Outcome.Rejected<CodedArticle> r -> {
              err.println("brink: " + r.problem());
              predictions.put(entry.getKey(), ArticlePredictions.none());
            }
          }
        }
        scores.add(new Scorer().score(scored, predictions));
      }
    } finally {
      pool.shutdownNow();
    }
    if (report != null) {
      StringBuilder md = new StringBuilder(ReportWriter.markdown(scores));
      dictionaryProblems.forEach((name, lines) -> {
        md.append("\n## Dictionary lines not read for ").append(name).append("\n\n");
        lines.forEach(line -> md.append("- `").append(line.replace("`", "'")).append("`\n"));
      });
      Files.writeString(report, md.toString(), StandardCharsets.UTF_8);
    }
    out.print(ReportWriter.text(scores));
    out.println(ReportWriter.headlineJson(scores));
    out.flush();
    return 0;
  }

}
