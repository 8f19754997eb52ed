package org.brink.coding.events;

import java.time.LocalDate;
import java.util.List;
import org.brink.coding.EventCoder;
import org.brink.coding.actors.ActorDictionary;
import org.brink.coding.actors.ActorMatcher;
import org.brink.coding.ontology.Ontology;
import org.brink.coding.quotes.QuoteExtractor;
import org.brink.core.AnnotatedText;
import org.brink.core.ArticleId;
import org.brink.core.ArticleMeta;
import org.brink.core.CleanText;
import org.brink.core.CodedArticle;
import org.brink.core.Outcome;
import org.brink.nlp.corenlp.CoreNlpAnnotator;

/** Codes a short text with given verb patterns and the bundled actors, for tests of patterns. */
final class CodeText {
  private static final Ontology ONTOLOGY = Ontology.load();

  private CodeText() {}

  /**
   * The events of a short text coded with the given verb patterns (and a one-line noun
   * dictionary), each as "SOURCE CODE TARGET MODALITY", "-" for a missing actor.
   */
  static List<String> events(CoreNlpAnnotator annotator, String verbPatterns, String text) {
    VerbPatternMatcher verbs =
        new VerbPatternMatcher(
            VerbPatternDictionary.parse("t.txt", verbPatterns, ONTOLOGY::isKnown),
            VerbPatternDictionary.parse("t.txt", "010  statement\n", ONTOLOGY::isKnown),
            new ModalityReader(),
            ONTOLOGY::isKnown);
    return code(ONTOLOGY, annotator, verbs, text, LocalDate.of(2024, 4, 14)).events().stream()
        .map(
            e ->
                (e.source() == null ? "-" : e.source().code())
                    + " "
                    + e.code().code()
                    + " "
                    + (e.target() == null ? "-" : e.target().code())
                    + " "
                    + e.modality().code())
        .toList();
  }

  static CodedArticle code(
      Ontology ontology, CoreNlpAnnotator annotator, VerbPatternMatcher verbs, String text, LocalDate published) {
    EventCoder coder =
        new EventCoder(ontology, new ActorMatcher(ActorDictionary.loadDefault()), verbs, new QuoteExtractor());
    CleanText clean =
        new CleanText(ArticleId.ofContent(text), ArticleMeta.of("test").withPublished(published), text, List.of());
    AnnotatedText annotated = ((Outcome.Done<AnnotatedText>) annotator.apply(clean)).value();
    return ((Outcome.Done<CodedArticle>) coder.apply(annotated)).value();
  }
}
