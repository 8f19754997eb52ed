package org.brink.coding.coref;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.brink.coding.actors.ActorDictionary;
import org.brink.coding.actors.ActorMatcher;
import org.brink.coding.actors.ActorMention;
import org.brink.coding.events.DependencyTree;
import org.brink.coding.events.SentenceView;
import org.brink.core.AnnotatedText;
import org.brink.core.ArticleId;
import org.brink.core.ArticleMeta;
import org.brink.core.CleanText;
import org.brink.core.Outcome;
import org.brink.core.Sentence;
import org.brink.nlp.AnnotatorConfig;
import org.brink.nlp.corenlp.CoreNlpAnnotator;

/**
 * Real CoreNLP parses of test text, with the bundled dictionary's actors, as the coder makes them.
 */
final class Parsed {
  static final LocalDate DAY = LocalDate.of(2024, 4, 14);
  private static final CoreNlpAnnotator ANNOTATOR =
      new CoreNlpAnnotator(AnnotatorConfig.defaults());
  private static final ActorMatcher ACTORS = new ActorMatcher(ActorDictionary.loadDefault());
  private static final ActorCoreference COREFERENCE = new ActorCoreference();

  private Parsed() {}

  static AnnotatedText annotate(String text) {
    CleanText clean =
        new CleanText(
            ArticleId.ofContent(text), ArticleMeta.of("test").withPublished(DAY), text, List.of());
    return ((Outcome.Done<AnnotatedText>) ANNOTATOR.apply(clean)).value();
  }

  /** The parsed sentences' views with their dictionary actors, before coreference. */
  static List<SentenceView> views(String text) {
    List<SentenceView> views = new ArrayList<>();
    for (Sentence s : annotate(text).sentences()) {
      if (s.parsed()) {
        views.add(new SentenceView(new DependencyTree(s), ACTORS.find(s, text, DAY)));
      }
    }
    return views;
  }

  /** The mentions coreference adds, in order. */
  static List<ActorMention> added(String text) {
    List<ActorMention> out = new ArrayList<>();
    for (SentenceView v : COREFERENCE.resolve(text, views(text))) {
      v.actors().stream().filter(m -> m.entry().startsWith("coref:")).forEach(out::add);
    }
    return out;
  }

  /** The added mentions as {@code "'They' PAKMIL"}, for compact assertions. */
  static List<String> resolved(String text) {
    return added(text).stream().map(m -> "'" + m.text() + "' " + m.code()).toList();
  }
}
