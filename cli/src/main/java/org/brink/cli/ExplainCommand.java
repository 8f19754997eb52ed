package org.brink.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.brink.coding.Explainer;
import org.brink.core.AnnotatedText;
import org.brink.core.ArticleId;
import org.brink.core.ArticleMeta;
import org.brink.core.CleanText;
import org.brink.core.Outcome;
import org.brink.nlp.AnnotatorConfig;
import org.brink.nlp.corenlp.CoreNlpAnnotator;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code brink explain}: how one sentence (or a short text) is coded, and why. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Show how Brink codes a sentence: the dependency parse, the actors and the dictionary",
      "lines that named them, every pattern tried and why it fired or not, and each event's",
      "modality with the words that decided it.",
      ""
    })
final class ExplainCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SENTENCE", description = "The sentence or short text to explain.")
  String sentence = "";

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Publication date: picks the office holders in force and resolves relative dates. Default: today.")
  @Nullable LocalDate date;

  @CommandLine.ArgGroup(exclusive = false, heading = "%nDictionaries:%n")
  DictionaryOptions dictionaries = new DictionaryOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Explainer explainer = explainer();
    AnnotatedText text = annotate(sentence, date == null ? LocalDate.now() : date);
    PrintWriter out = spec.commandLine().getOut();
    explainer.explain(text).forEach(out::println);
    out.flush();
    return 0;
  }

  /**
   * The explainer over the chosen dictionaries. The lines a given dictionary could not take are
   * counted on standard error, not listed: {@code brink code} with the same options lists them.
   */
  private Explainer explainer() {
    try {
      return new Explainer(Pipelines.coder(dictionaries.sources(), spec.commandLine().getErr(), problem -> {}));
    } catch (IOException | IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "cannot load dictionaries: " + e.getMessage());
    }
  }

  /** Annotates a text given on the command line, as it is: no page cleaning for one sentence. */
  static AnnotatedText annotate(String text, LocalDate date) {
    CleanText clean =
        new CleanText(ArticleId.ofContent(text), ArticleMeta.of("argument").withPublished(date), text, List.of());
    return switch (new CoreNlpAnnotator(AnnotatorConfig.defaults()).apply(clean)) {
      case Outcome.Done<AnnotatedText> d -> d.value();
      case Outcome.Rejected<AnnotatedText> r -> throw new IllegalStateException(r.problem().toString());
    };
  }
}
