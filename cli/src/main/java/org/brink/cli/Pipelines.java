package org.brink.cli;

import org.brink.coding.EventCoder;
import org.brink.core.AnnotatedText;
import org.brink.core.Article;
import org.brink.core.CleanText;
import org.brink.core.CodedArticle;
import org.brink.core.Stage;
import org.brink.ingest.ArticleCleaner;
import org.brink.nlp.AnnotatorConfig;
import org.brink.nlp.corenlp.CoreNlpAnnotator;

/** Wires the stages of Brink's coding pipeline: clean, annotate, code. */
record Pipelines(
    Stage<Article, CleanText> cleaner,
    Stage<CleanText, AnnotatedText> annotator,
    Stage<AnnotatedText, CodedArticle> coder) {

  /** Builds the stages; loads the CoreNLP models (once per JVM) and the dictionaries. */
  static Pipelines load(int maxSentenceTokens) {
    return new Pipelines(
        new ArticleCleaner(),
        new CoreNlpAnnotator(new AnnotatorConfig(maxSentenceTokens, true)),
        EventCoder.withBundledDictionaries());
  }

  /** The full pipeline from a read article to a coded one. */
  Stage<Article, CodedArticle> full() {
    return cleaner.then(annotator).then(coder);
  }

  /** The full pipeline with every stage wrapped, e.g. to time it. */
  Stage<Article, CodedArticle> full(Wrapper wrap) {
    return wrap.apply(cleaner).then(wrap.apply(annotator)).then(wrap.apply(coder));
  }

  /** Wraps a stage in another with the same types (a timer, a listener). */
  interface Wrapper {
    <I, O> Stage<I, O> apply(Stage<I, O> stage);
  }

}
