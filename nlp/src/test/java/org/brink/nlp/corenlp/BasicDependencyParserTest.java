package org.brink.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The directly driven parser gives exactly the basic dependencies CoreNLP's own {@code depparse}
 * annotator gives, on synthetic sentences written for this test: coordination, relative clauses,
 * passives, control verbs and reported speech, where the enhanced graphs the annotator also builds
 * differ from the basic one.
 */
class BasicDependencyParserTest {
  private static final List<String> SENTENCES =
      List.of(
          "Iran attacked Pakistan on Tuesday, officials said.",
          "The minister, who arrived in Cairo late on Monday, did not rule out new sanctions against the militia.",
          "Protesters and police clashed near the parliament and in the old market as lawmakers debated the budget.",
          "Russian drone strikes hit Kharkiv and Odesa overnight, killing three people and wounding twelve.",
          "The ambassador was summoned by the foreign ministry and asked to explain the remarks.",
          "Rebels threatened to seize the airport unless the government agreed to release their commander.",
          "“We will not negotiate under fire,” the spokesman told reporters in Geneva.",
          "Talks.");

  @Test
  void givesTheBasicDependenciesOfCoreNlpsDepparseAnnotator() {
    CoreNlpModels models = CoreNlpModels.get();
    Properties p = new Properties();
    p.setProperty("model", BasicDependencyParser.MODEL);
    DependencyParseAnnotator annotator = new DependencyParseAnnotator(p);
    for (String text : SENTENCES) {
      Annotation doc = new Annotation(text);
      models.taggerWithNer.annotate(doc);
      List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
      assertThat(sentences).as(text).hasSize(1);
      CoreMap sentence = sentences.get(0);

      SemanticGraph direct = models.parser.parse(sentence);
      annotator.annotate(doc);
      SemanticGraph expected = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);

      assertThat(direct.toList()).as(text).isEqualTo(expected.toList());
      assertThat(direct.getRoots()).as(text).isEqualTo(expected.getRoots());
      assertThat(direct.edgeCount()).as(text).isPositive().isEqualTo(expected.edgeCount());
    }
  }

  @Test
  void anInterruptedThreadStopsBeforeParsingAsTheAnnotatorDoes() {
    CoreNlpModels models = CoreNlpModels.get();
    Annotation doc = new Annotation("Iran attacked Pakistan.");
    models.taggerWithNer.annotate(doc);
    CoreMap sentence = doc.get(CoreAnnotations.SentencesAnnotation.class).get(0);
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> models.parser.parse(sentence)).isInstanceOf(RuntimeInterruptedException.class);
    } finally {
      Thread.interrupted();
    }
    assertThat(models.parser.parse(sentence).toList()).contains("nsubj(attacked-2, Iran-1)", "obj(attacked-2, Pakistan-3)");
  }
}
