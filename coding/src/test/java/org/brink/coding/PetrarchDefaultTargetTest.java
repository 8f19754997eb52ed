package org.brink.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.brink.coding.ontology.Ontology;
import org.brink.core.AnnotatedText;
import org.brink.core.ArticleId;
import org.brink.core.ArticleMeta;
import org.brink.core.CleanText;
import org.brink.core.CodedArticle;
import org.brink.core.Outcome;
import org.brink.nlp.AnnotatorConfig;
import org.brink.nlp.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A verb with no phrase of its own in its pattern takes, failing an object, the first of its
 * phrases that names an actor, as PETRARCH reads its dictionaries; never a place or time phrase.
 */
class PetrarchDefaultTargetTest {
  private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator(AnnotatorConfig.defaults());

  private static List<String> events(EventCoder coder, String text) {
    CleanText clean =
        new CleanText(
            ArticleId.ofContent(text), ArticleMeta.of("test").withPublished(LocalDate.of(2024, 4, 14)), text, List.of());
    AnnotatedText annotated = ((Outcome.Done<AnnotatedText>) ANNOTATOR.apply(clean)).value();
    CodedArticle coded = ((Outcome.Done<CodedArticle>) coder.apply(annotated)).value();
    return coded.events().stream().map(EventCoderTest::describe).toList();
  }

  @Test
  void aBareVerbTakesItsTargetFromItsFirstPhraseNamingAnActor(@TempDir Path dir) throws IOException {
    // a PETRARCH verb block written for this test: DEPART codes 032 and lists no pattern
    Path verbs = dir.resolve("test.verbs.txt");
    Files.writeString(verbs, "--- DEPART [032] ---\nDEPART\n\n--- LEAVE [032] ---\nLEAVE\n");
    Ontology ontology = Ontology.load();
    DictionarySources sources = new DictionarySources(true, List.of(), List.of(), List.of(), List.of(verbs));
    EventCoder coder = EventCoder.with(ontology, sources.load(ontology));

    assertThat(events(coder, "Ethiopia departed from Libya on Saturday."))
        .contains("ETH 032 LBY asserted");
    // a place phrase is the event's location, not its target
    assertThat(events(coder, "Ethiopia departed in Libya on Saturday."))
        .noneMatch(e -> e.contains(" LBY "));
  }
}
