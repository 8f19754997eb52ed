package org.brink.cli;

import org.brink.coding.EventCoder;
import org.brink.core.Article;
import org.brink.core.CodedArticle;
import org.brink.core.Stage;
import org.brink.ingest.ArticleCleaner;
import org.brink.nlp.AnnotatorConfig;
import org.brink.nlp.corenlp.CoreNlpAnnotator;

/** Wires the stages of Brink's coding pipeline: clean, annotate, code. */
final class Pipelines {
  private Pipelines() {}

  /** The full pipeline from a read article to a coded one; loads the models on first call. */
  static Stage<Article, CodedArticle> coding(int maxSentenceTokens) {
    return new ArticleCleaner()
        .then(new CoreNlpAnnotator(new AnnotatorConfig(maxSentenceTokens, true)))
        .then(EventCoder.withBundledDictionaries());
  }
}
