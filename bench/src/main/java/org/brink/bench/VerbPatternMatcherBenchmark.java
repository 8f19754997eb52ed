package org.brink.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.brink.coding.actors.ActorDictionary;
import org.brink.coding.actors.ActorMatcher;
import org.brink.coding.actors.ActorMention;
import org.brink.coding.events.DependencyTree;
import org.brink.coding.events.VerbPatternMatcher;
import org.brink.coding.ontology.Ontology;
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
 * {@link VerbPatternMatcher#match} with the bundled verb patterns, built as {@code
 * EventCoder.withBundledDictionaries()} builds it, over the synthetic sentences. Their dependency
 * trees and actor mentions are made once in setup, so only matching is timed. One operation is
 * one sentence.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx3g")
public class VerbPatternMatcherBenchmark {
  private VerbPatternMatcher matcher;
  private List<DependencyTree> trees;
  private List<List<ActorMention>> mentions;

  @Setup
  public void setUp() {
    Ontology ontology = Ontology.load();
    matcher = VerbPatternMatcher.bundled(ontology::isKnown);
    ActorMatcher actors = new ActorMatcher(ActorDictionary.loadDefault());
    AnnotatedText annotated = SyntheticNews.annotatedSentences();
    trees = new ArrayList<>();
    mentions = new ArrayList<>();
    int events = 0;
    for (Sentence s : annotated.sentences()) {
      DependencyTree tree = new DependencyTree(s);
      List<ActorMention> found = actors.find(s, annotated.text(), SyntheticNews.PUBLISHED);
      trees.add(tree);
      mentions.add(found);
      events += matcher.match(tree, found).size();
    }
    if (events == 0) {
      // Then only the cheap "no pattern fits" path would be timed.
      throw new IllegalStateException(
          "the verb patterns find no event in the synthetic sentences; check the dictionaries");
    }
  }

  @Benchmark
  @OperationsPerInvocation(SyntheticNews.SENTENCE_COUNT)
  public void match(Blackhole out) {
    for (int i = 0; i < trees.size(); i++) {
      out.consume(matcher.match(trees.get(i), mentions.get(i)));
    }
  }
}
