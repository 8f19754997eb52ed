package org.brink.bench;

import java.util.concurrent.TimeUnit;
import org.brink.core.AnnotatedText;
import org.brink.core.CleanText;
import org.brink.core.Outcome;
import org.brink.nlp.AnnotatorConfig;
import org.brink.nlp.corenlp.CoreNlpAnnotator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link CoreNlpAnnotator#apply} with the default configuration (tokenize, ssplit, pos, lemma, lite
 * ner, UD parse) on the ten-sentence synthetic article. Models load once, in setup. One operation
 * is one article: ops/s is articles per second on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx3g")
public class AnnotatorBenchmark {
  private CoreNlpAnnotator annotator;
  private CleanText input;

  @Setup
  public void setUp() {
    annotator = new CoreNlpAnnotator(AnnotatorConfig.defaults());
    input = SyntheticNews.cleanText("synthetic-article", SyntheticNews.ARTICLE);
    AnnotatedText annotated = SyntheticNews.done(annotator.apply(input), "synthetic-article");
    if (annotated.sentences().size() != SyntheticNews.ARTICLE_SENTENCES) {
      throw new IllegalStateException(
          "CoreNLP split the synthetic article into "
              + annotated.sentences().size()
              + " sentences, not "
              + SyntheticNews.ARTICLE_SENTENCES);
    }
  }

  @Benchmark
  public Outcome<AnnotatedText> article() {
    return annotator.apply(input);
  }
}
