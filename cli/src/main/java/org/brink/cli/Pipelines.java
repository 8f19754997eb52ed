package org.brink.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.brink.coding.DictionarySources;
import org.brink.coding.EventCoder;
import org.brink.coding.actors.ActorDictionary;
import org.brink.coding.actors.ActorMatcher;
import org.brink.coding.events.VerbPatternDictionary;
import org.brink.coding.prefilter.EventPrefilter;
import org.brink.coding.ontology.Ontology;
import org.brink.core.AnnotatedText;
import org.brink.core.Article;
import org.brink.core.CleanText;
import org.brink.core.CodedArticle;
import org.brink.core.Problem;
import org.brink.core.Stage;
import org.brink.ingest.ArticleCleaner;
import org.brink.nlp.AnnotatorConfig;
import org.brink.nlp.corenlp.CoreNlpAnnotator;
import org.jspecify.annotations.Nullable;

/**
 * Wires the stages of Brink's coding pipeline: clean, annotate, code. The one assembly of the
 * pipeline: the CLI commands, {@code brink serve} and the Spark job (spark/) all build it here.
 */
public record Pipelines(
    Stage<Article, CleanText> cleaner,
    Stage<CleanText, AnnotatedText> annotator,
    Stage<AnnotatedText, CodedArticle> coder) {

  /**
   * Builds the stages with Brink's bundled dictionaries, every sentence parsed (the prefilter is off
   * by default: measured no faster on news, docs/quality.md); loads the CoreNLP models once per JVM.
   */
  public static Pipelines load(int maxSentenceTokens) {
    return load(maxSentenceTokens, false);
  }

  /**
   * Builds the stages with Brink's bundled dictionaries.
   *
   * @param prefilter whether only the sentences the {@link EventPrefilter} picks are tagged and
   *     parsed; false parses every sentence (the naive pipeline, for comparison)
   */
  static Pipelines load(int maxSentenceTokens, boolean prefilter) {
    return new Pipelines(
        new ArticleCleaner(),
        annotator(maxSentenceTokens, prefilter ? bundledPrefilter() : null),
        EventCoder.withBundledDictionaries());
  }

  /** The prefilter over the bundled verb and noun patterns and actors, as the bundled coder uses them. */
  static EventPrefilter bundledPrefilter() {
    Ontology ontology = Ontology.load();
    return EventPrefilter.of(
        VerbPatternDictionary.loadDefault(ontology::isKnown),
        VerbPatternDictionary.loadNouns(ontology::isKnown),
        new ActorMatcher(ActorDictionary.loadDefault()));
  }

  private static CoreNlpAnnotator annotator(int maxSentenceTokens, @Nullable EventPrefilter prefilter) {
    AnnotatorConfig config = new AnnotatorConfig(maxSentenceTokens, true);
    return prefilter == null
        ? new CoreNlpAnnotator(config)
        : new CoreNlpAnnotator(config, (text, sentences, lemmas) -> prefilter.select(text, sentences, lemmas::of));
  }

  /** The share of sentences the annotator tagged and parsed so far, 1 without a prefilter. */
  double selectedShare() {
    if (annotator instanceof CoreNlpAnnotator a && a.sentencesSeen() > 0) {
      return (double) a.sentencesSelected() / a.sentencesSeen();
    }
    return 1.0;
  }

  /**
   * Builds the stages with the given dictionaries; every line of them that could not be read is
   * reported on {@code err}, and the count of lines read with a note.
   */
  static Pipelines load(int maxSentenceTokens, DictionarySources sources, PrintWriter err) throws IOException {
    return load(maxSentenceTokens, false, sources, err);
  }

  /** As {@link #load(int, DictionarySources, PrintWriter)}; {@code prefilter} as for {@link #load(int, boolean)}. */
  static Pipelines load(int maxSentenceTokens, boolean prefilter, DictionarySources sources, PrintWriter err)
      throws IOException {
    return load(maxSentenceTokens, prefilter, sources, err, problem -> err.println("brink: dictionary: " + problem));
  }

  /**
   * As {@link #load(int, DictionarySources, PrintWriter)}, handing each unreadable dictionary line
   * to {@code problems} instead of printing it; the summary line still goes to {@code err}.
   */
  static Pipelines load(
      int maxSentenceTokens, DictionarySources sources, PrintWriter err, Consumer<String> problems)
      throws IOException {
    return load(maxSentenceTokens, false, sources, err, problems);
  }

  /**
   * As {@link #load(int, DictionarySources, PrintWriter, Consumer)}; {@code prefilter} as for
   * {@link #load(int, boolean)}. With dictionaries other than the bundled ones every sentence is
   * parsed: the prefilter knows the bundled patterns' trigger lemmas only.
   */
  static Pipelines load(
      int maxSentenceTokens,
      boolean prefilter,
      DictionarySources sources,
      PrintWriter err,
      Consumer<String> problems)
      throws IOException {
    if (sources.isBundledOnly()) {
      return load(maxSentenceTokens, prefilter);
    }
    return new Pipelines(
        new ArticleCleaner(),
        new CoreNlpAnnotator(new AnnotatorConfig(maxSentenceTokens, true)),
        coder(sources, err, problems));
  }

  /**
   * The event coder over the given dictionaries (the bundled coder when only those are asked
   * for); each unreadable dictionary line goes to {@code problems}, and a one-line count of them
   * and of the lines read with a note to {@code err}.
   */
  static EventCoder coder(DictionarySources sources, PrintWriter err, Consumer<String> problems)
      throws IOException {
    if (sources.isBundledOnly()) {
      return EventCoder.withBundledDictionaries();
    }
    Ontology ontology = Ontology.load();
    DictionarySources.Loaded loaded = sources.load(ontology);
    loaded.problems().forEach(problems);
    if (!loaded.problems().isEmpty() || loaded.notes() > 0) {
      err.printf(
          "brink: dictionaries: %d line(s) not read (malformed, or patterns Brink cannot express), %d read with a note%n",
          loaded.problems().size(), loaded.notes());
    }
    err.flush();
    return EventCoder.with(ontology, loaded);
  }

  /** The full pipeline from a read article to a coded one. */
  public Stage<Article, CodedArticle> full() {
    return cleaner.then(annotator).then(coder);
  }

  /** The full pipeline with every stage wrapped, e.g. to time it. */
  Stage<Article, CodedArticle> full(Wrapper wrap) {
    return wrap.apply(cleaner).then(wrap.apply(annotator)).then(wrap.apply(coder));
  }

  /**
   * What is kept of an article a stage rejected: no text and no events, its own warnings and then
   * the rejection as problems, so a store or an output still has a record of it.
   */
  public static CodedArticle rejected(Article article, Problem problem) {
    List<Problem> problems = new ArrayList<>(article.warnings());
    problems.add(problem);
    return new CodedArticle(article.id(), article.meta(), "", 0, List.of(), List.of(), problems);
  }

  /** Wraps a stage in another with the same types (a timer, a listener). */
  interface Wrapper {
    <I, O> Stage<I, O> apply(Stage<I, O> stage);
  }

}
