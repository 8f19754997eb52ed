package org.brink.nlp.corenlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.Properties;

/**
 * CoreNLP's neural UD dependency parser, driven directly, giving only the basic dependency graph:
 * the one graph Brink's coder reads.
 *
 * <p>Design decision: CoreNLP's {@code DependencyParseAnnotator} builds five graphs from each parse
 * (basic, collapsed, CC-processed, enhanced and enhanced++); the four Brink never reads took 11 %
 * of all CoreNLP samples in a profile (docs/quality.md, "Speed"). This class does what the annotator
 * does for the basic graph, the same call with the same arguments, and nothing else; {@code
 * BasicDependencyParserTest} checks it gives the annotator's basic dependencies.
 *
 * <p>Implementation notes: for each (word, feature position) pair the model ships no precomputed
 * value for, the parser caches the pair's hidden-layer contribution in one synchronized
 * least-recently-used cache shared by all threads. An entry is the model's 1,000-wide hidden layer
 * (4 KB), and a miss costs 50,000 multiply-adds. CoreNLP's default holds 5,000 entries, which news
 * text overflows (2,500 corpus sentences touch 57,000 pairs); {@link #CACHED} entries (200 MB of
 * heap when full) made the parse about 30 % cheaper per CPU second on ../shared/corpus, and
 * 100,000 were not clearly faster for twice the heap (docs/quality.md, "Speed"). A cached value is
 * the one the parser would compute again, so the size changes speed only, never a parse.
 * Thread-safe: the parser is read-only apart from that cache.
 */
final class BasicDependencyParser {
  static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
  /** Entries of the parser's hidden-layer cache (CoreNLP's {@code numCached}; its default is 5,000). */
  static final int CACHED = 50_000;

  private final DependencyParser parser;

  BasicDependencyParser() {
    Properties p = new Properties();
    p.setProperty("numCached", Integer.toString(CACHED));
    parser = DependencyParser.loadFromModelFile(MODEL, p);
  }

  /**
   * The basic UD graph of a tagged sentence (tokens with tags and lemmas).
   *
   * @throws RuntimeInterruptedException when the thread is interrupted, as the annotator does
   */
  SemanticGraph parse(CoreMap sentence) {
    if (Thread.interrupted()) {
      throw new RuntimeInterruptedException();
    }
    GrammaticalStructure structure = parser.predict(sentence);
    return SemanticGraphFactory.makeFromTree(
        structure, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null);
  }
}
