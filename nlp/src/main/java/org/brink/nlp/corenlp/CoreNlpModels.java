package org.brink.nlp.corenlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The CoreNLP models, loaded once per JVM on first use and shared by every annotator and thread.
 *
 * <p>Design decision: this is the one static in the pipeline. Loading the models takes seconds and
 * about a gigabyte of heap, so two copies in one JVM are always a bug; the holder idiom makes the
 * load lazy and thread-safe without locks on the hot path. The loaded pipelines are never mutated.
 */
final class CoreNlpModels {
  private static final AtomicInteger LOADS = new AtomicInteger();

  final StanfordCoreNLP tagger;
  final StanfordCoreNLP taggerWithNer;
  final BasicDependencyParser parser;
  /** Tokenizer and sentence splitter alone: the prefilter's first pass. */
  final StanfordCoreNLP splitter;
  /** Tagger, lemmatizer and entities on sentences already tokenized by {@link #splitter}. */
  final StanfordCoreNLP retagger;
  final StanfordCoreNLP retaggerWithNer;
  final long loadMillis;

  private CoreNlpModels() {
    long start = System.nanoTime();
    tagger = new StanfordCoreNLP(properties("tokenize,ssplit,pos,lemma"), false);
    taggerWithNer = new StanfordCoreNLP(properties("tokenize,ssplit,pos,lemma,ner"), false);
    splitter = new StanfordCoreNLP(properties("tokenize,ssplit"), false);
    // Same annotators and settings as the tagger pipelines, so a selected sentence gets the same
    // tags, lemmas and entities as it would in the whole text (all three work sentence by sentence).
    retagger = new StanfordCoreNLP(properties("pos,lemma"), false);
    retaggerWithNer = new StanfordCoreNLP(properties("pos,lemma,ner"), false);
    parser = new BasicDependencyParser();
    loadMillis = (System.nanoTime() - start) / 1_000_000;
    LOADS.incrementAndGet();
  }

  /**
   * The entity recognisers: CoreNLP's default list without its third model, the CoNLL 4-class one,
   * which only adds MISC (CoreNLP's combiner keeps the labels of the first model that gives one).
   * The coder reads PERSON, ORGANIZATION and LOCATION (3-class model) and DATE and TIME (MUC
   * 7-class model), never MISC; dropping it saved a third of the entity time with the same output
   * on 1,000 corpus articles and the five eval suites (docs/quality.md, "Speed"). The 3-class model
   * alone was faster still but lost DATE, and with it years of explicit dates.
   */
  static final String NER_MODELS =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
          + "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz";

  private static Properties properties(String annotators) {
    Properties p = new Properties();
    p.setProperty("annotators", annotators);
    // Paragraph breaks end sentences; single newlines inside a paragraph do not.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    // Keep the input's characters in token text; offsets always index the input.
    p.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false,quotes=unicode,ellipses=unicode,dashes=unicode,splitHyphenated=false");
    p.setProperty("ner.model", NER_MODELS);
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    return p;
  }

  private static final class Holder {
    static final CoreNlpModels INSTANCE = new CoreNlpModels();
  }

  static CoreNlpModels get() {
    return Holder.INSTANCE;
  }

  /** How many times models were loaded in this JVM: 1 after first use, and never more. */
  static int loads() {
    return LOADS.get();
  }
}
