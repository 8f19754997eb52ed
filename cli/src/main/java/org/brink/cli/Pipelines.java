package org.brink.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.brink.coding.DictionarySources;
import org.brink.coding.EventCoder;
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

/**
 * Wires the stages of Brink's coding pipeline: clean, annotate, code. The one assembly of the
 * pipeline: the CLI commands, {@code brink serve} and the Spark job (spark/) all build it here.
 */
public record Pipelines(
    Stage<Article, CleanText> cleaner,
    Stage<CleanText, AnnotatedText> annotator,
    Stage<AnnotatedText, CodedArticle> coder) {

  /** Builds the stages with Brink's bundled dictionaries; loads the CoreNLP models once per JVM. */
  public static Pipelines load(int maxSentenceTokens) {
    return new Pipelines(
        new ArticleCleaner(),
        new CoreNlpAnnotator(new AnnotatorConfig(maxSentenceTokens, true)),
        EventCoder.withBundledDictionaries());
  }

  /**
   * Builds the stages with the given dictionaries; every line of them that could not be read is
   * reported on {@code err}, and the count of lines read with a note.
   */
  static Pipelines load(int maxSentenceTokens, DictionarySources sources, PrintWriter err) throws IOException {
    return load(maxSentenceTokens, sources, err, problem -> err.println("brink: dictionary: " + problem));
  }

  /**
   * As {@link #load(int, DictionarySources, PrintWriter)}, handing each unreadable dictionary line
   * to {@code problems} instead of printing it; the summary line still goes to {@code err}.
   */
  static Pipelines load(
      int maxSentenceTokens, DictionarySources sources, PrintWriter err, Consumer<String> problems)
      throws IOException {
    if (sources.isBundledOnly()) {
      return load(maxSentenceTokens);
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
    return new Pipelines(
        new ArticleCleaner(),
        new CoreNlpAnnotator(new AnnotatorConfig(maxSentenceTokens, true)),
        EventCoder.with(ontology, loaded));
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
