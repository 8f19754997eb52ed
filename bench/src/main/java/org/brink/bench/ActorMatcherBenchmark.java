package org.brink.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.brink.coding.actors.ActorDictionary;
import org.brink.coding.actors.ActorMatcher;
import org.brink.core.AnnotatedText;
import org.brink.core.Sentence;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link ActorMatcher#find} with the bundled actor dictionary over the synthetic sentences, which
 * CoreNLP annotates once in setup. One operation is one sentence.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx3g")
public class ActorMatcherBenchmark {
  private ActorMatcher matcher;
  private List<Sentence> sentences;
  private String text;

  @Setup
  public void setUp() {
    AnnotatedText annotated = SyntheticNews.annotatedSentences();
    sentences = annotated.sentences();
    text = annotated.text();
    matcher = new ActorMatcher(ActorDictionary.loadDefault());
  }

  @Benchmark
  @OperationsPerInvocation(SyntheticNews.SENTENCE_COUNT)
  public void find(Blackhole out) {
    for (Sentence s : sentences) {
      out.consume(matcher.find(s, text, SyntheticNews.PUBLISHED));
    }
  }
}
