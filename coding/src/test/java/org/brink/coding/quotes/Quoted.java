package org.brink.coding.quotes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.brink.coding.actors.ActorDictionary;
import org.brink.coding.actors.ActorMatcher;
import org.brink.coding.coref.ActorCoreference;
import org.brink.coding.events.DependencyTree;
import org.brink.coding.events.SentenceView;
import org.brink.core.AnnotatedText;
import org.brink.core.ArticleId;
import org.brink.core.ArticleMeta;
import org.brink.core.CleanText;
import org.brink.core.Outcome;
import org.brink.core.Quote;
import org.brink.core.Sentence;
import org.brink.nlp.AnnotatorConfig;
import org.brink.nlp.corenlp.CoreNlpAnnotator;

/**
 * Quotes of test text on real CoreNLP parses, with the bundled dictionary's actors and
 * coreference, as the event coder makes them.
 */
final class Quoted {
  private static final LocalDate DAY = LocalDate.of(2024, 4, 14);
  private static final CoreNlpAnnotator ANNOTATOR =
      new CoreNlpAnnotator(AnnotatorConfig.defaults());
  private static final ActorMatcher ACTORS = new ActorMatcher(ActorDictionary.loadDefault());
  private static final ActorCoreference COREFERENCE = new ActorCoreference();
  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

  private Quoted() {}

  /** The parsed sentences' views with their dictionary actors and resolved anaphors. */
  static List<SentenceView> views(String text) {
    CleanText clean =
        new CleanText(
            ArticleId.ofContent(text), ArticleMeta.of("test").withPublished(DAY), text, List.of());
    AnnotatedText annotated = ((Outcome.Done<AnnotatedText>) ANNOTATOR.apply(clean)).value();
    List<SentenceView> views = new ArrayList<>();
    for (Sentence s : annotated.sentences()) {
      if (s.parsed()) {
        views.add(new SentenceView(new DependencyTree(s), ACTORS.find(s, text, DAY)));
      }
    }
    return COREFERENCE.resolve(text, views);
  }

  static List<Quote> quotes(String text) {
    return EXTRACTOR.extract(text, views(text));
  }

  /** The quotes as {@code "text <- speaker CODE"} ("-" for none), for compact assertions. */
  static List<String> described(String text) {
    return quotes(text).stream().map(Quoted::describe).toList();
  }

  static String describe(Quote q) {
    Quote.Speaker s = q.speaker();
    String who = s == null ? "-" : s.text() + " " + (s.code() == null ? "-" : s.code());
    return q.text() + " <- " + who;
  }
}
