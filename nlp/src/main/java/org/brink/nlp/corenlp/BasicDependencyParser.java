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
 * (basic, collapsed, CC-processed, enhanced and enhanced++), and the four Brink never reads cost
 * about 14 % of the parse (profiled, docs/quality.md "Speed"). This class does what the annotator
 * does for the basic graph, the same call with the same arguments, and nothing else; {@code
 * BasicDependencyParserTest} checks it gives the annotator's basic dependencies.
 *
 * <p>Thread-safe: the parser is read-only apart from its internal (synchronized) cache.
 */
final class BasicDependencyParser {
  static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  private final DependencyParser parser;

  BasicDependencyParser() {
    parser = DependencyParser.loadFromModelFile(MODEL, new Properties());
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
