package org.brink.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.brink.core.AnnotatedText;
import org.brink.core.CleanText;
import org.brink.core.Dependency;
import org.brink.core.Outcome;
import org.brink.core.Problem;
import org.brink.core.Reason;
import org.brink.core.Sentence;
import org.brink.core.Span;
import org.brink.core.Token;
import org.brink.nlp.Annotator;
import org.brink.nlp.AnnotatorConfig;
import org.brink.nlp.SentenceSelector;
import org.jspecify.annotations.Nullable;

/**
 * Annotates with Stanford CoreNLP: tokenize, ssplit, pos, lemma, lite ner, then the neural UD
 * dependency parser on each sentence short enough to parse.
 *
 * <p>Implementation notes: the tagger pipeline runs on the whole text so that offsets index it
 * directly; the parser then runs on a document holding only the sentences to parse, which is
 * where later stages can narrow parsing to sentences that may hold an event. Tokens and relations
 * are copied into core records so no CoreNLP type leaves this package. Basic (not enhanced) UD
 * relations are used: the coder walks a tree, so only the basic graph is built ({@link
 * BasicDependencyParser}).
 *
 * <p>With a {@link SentenceSelector} (the event prefilter), the text is first only tokenized and
 * split; the selector picks the sentences that may hold an event from their tokens, and only those
 * are tagged, lemmatized, given entities and parsed. The others keep their tokens and spans (the
 * sentence count and indexes are the same) but no tags and no parse. The tagger, lemmatizer and
 * entity recogniser work sentence by sentence, so a selected sentence is annotated exactly as in
 * the whole text.
 */
public final class CoreNlpAnnotator implements Annotator {
  private final AnnotatorConfig config;
  private final CoreNlpModels models;
  private final @Nullable SentenceSelector selector;
  private final AtomicLong sentencesSeen = new AtomicLong();
  private final AtomicLong sentencesSelected = new AtomicLong();

  /** The annotator that tags and parses every sentence. */
  public CoreNlpAnnotator(AnnotatorConfig config) {
    this(config, null);
  }

  /**
   * @param selector picks the sentences to tag and parse; null for every sentence
   */
  public CoreNlpAnnotator(AnnotatorConfig config, @Nullable SentenceSelector selector) {
    this.config = Objects.requireNonNull(config, "config");
    this.models = CoreNlpModels.get();
    this.selector = selector;
  }

  /** Sentences this annotator has split so far, over all threads. */
  public long sentencesSeen() {
    return sentencesSeen.get();
  }

  /** Of {@link #sentencesSeen()}, those tagged (and parsed when short enough): all without a selector. */
  public long sentencesSelected() {
    return sentencesSelected.get();
  }

  @Override
  public String name() {
    return "corenlp";
  }

  /** Milliseconds the one-time model load took in this JVM. */
  public long modelLoadMillis() {
    return models.loadMillis;
  }

  /** How many times models were loaded in this JVM; 1 once any annotator exists. */
  public static int modelLoads() {
    return CoreNlpModels.loads();
  }

  @Override
  public Outcome<AnnotatedText> apply(CleanText input) {
    String text = input.text();
    Annotation doc = new Annotation(text);
    List<CoreMap> coreSentences;
    boolean[] selected;
    if (selector == null) {
      (config.ner() ? models.taggerWithNer : models.tagger).annotate(doc);
      coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
      selected = new boolean[coreSentences.size()];
      java.util.Arrays.fill(selected, true);
    } else {
      models.splitter.annotate(doc);
      coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
      selected = select(selector, text, coreSentences);
    }
    int chosen = 0;
    for (boolean b : selected) {
      chosen += b ? 1 : 0;
    }
    sentencesSeen.addAndGet(coreSentences.size());
    sentencesSelected.addAndGet(chosen);
    List<Problem> warnings = new ArrayList<>();
    List<CoreMap> toParse = new ArrayList<>();
    for (int i = 0; i < coreSentences.size(); i++) {
      CoreMap s = coreSentences.get(i);
      int size = s.get(CoreAnnotations.TokensAnnotation.class).size();
      if (size <= config.maxParseTokens()) {
        if (selected[i]) {
          toParse.add(s);
        }
      } else {
        int index = s.get(CoreAnnotations.SentenceIndexAnnotation.class);
        warnings.add(
            new Problem(
                Reason.SENTENCE_SKIPPED,
                "sentence "
                    + index
                    + " has "
                    + size
                    + " tokens; sentences over "
                    + config.maxParseTokens()
                    + " are not parsed or coded",
                input.meta().input()));
      }
    }
    for (CoreMap s : toParse) {
      TagRepair.repair(s.get(CoreAnnotations.TokensAnnotation.class));
      s.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, models.parser.parse(s));
    }
    List<Sentence> sentences = new ArrayList<>(coreSentences.size());
    for (CoreMap s : coreSentences) {
      sentences.add(toSentence(s, sentences.size()));
    }
    List<Problem> all = new ArrayList<>(input.warnings());
    all.addAll(warnings);
    return Outcome.done(new AnnotatedText(input.id(), input.meta(), text, sentences, all), warnings);
  }

  /**
   * Asks the selector which sentences to annotate and tags, lemmatizes and (with NER on) labels
   * entities in those alone; returns the selector's flags.
   */
  private boolean[] select(SentenceSelector selector, String text, List<CoreMap> coreSentences) {
    List<Sentence> tokenOnly = new ArrayList<>(coreSentences.size());
    for (CoreMap s : coreSentences) {
      tokenOnly.add(toSentence(s, tokenOnly.size()));
    }
    boolean[] selected = selector.select(text, tokenOnly, Lemmatizer::lemmas);
    if (selected.length != coreSentences.size()) {
      throw new IllegalStateException(
          "sentence selector returned "
              + selected.length
              + " flags for "
              + coreSentences.size()
              + " sentences");
    }
    List<CoreMap> chosen = new ArrayList<>();
    List<CoreLabel> tokens = new ArrayList<>();
    for (int i = 0; i < selected.length; i++) {
      if (selected[i]) {
        chosen.add(coreSentences.get(i));
        tokens.addAll(coreSentences.get(i).get(CoreAnnotations.TokensAnnotation.class));
      }
    }
    if (!chosen.isEmpty()) {
      Annotation sub = new Annotation(text);
      sub.set(CoreAnnotations.SentencesAnnotation.class, chosen);
      sub.set(CoreAnnotations.TokensAnnotation.class, tokens);
      (config.ner() ? models.retaggerWithNer : models.retagger).annotate(sub);
    }
    return selected;
  }

  private static Sentence toSentence(CoreMap s, int index) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      String word = l.originalText() != null ? l.originalText() : l.word();
      String lemma = l.lemma() != null ? l.lemma() : word;
      String pos = l.tag() != null ? l.tag() : "";
      String ner = l.ner() != null ? l.ner() : "O";
      tokens.add(
          new Token(i, word, lemma, pos, ner, new Span(l.beginPosition(), l.endPosition())));
    }
    List<Dependency> deps = new ArrayList<>();
    SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (graph != null) {
      int first = labels.isEmpty() ? 0 : labels.get(0).index();
      for (IndexedWord root : graph.getRoots()) {
        deps.add(new Dependency("root", -1, root.index() - first));
      }
      for (SemanticGraphEdge e : graph.edgeListSorted()) {
        deps.add(
            new Dependency(
                e.getRelation().toString(),
                e.getGovernor().index() - first,
                e.getDependent().index() - first));
      }
      deps.sort(Comparator.comparingInt(Dependency::dependent));
    }
    Span span =
        tokens.isEmpty()
            ? new Span(
                s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class))
            : new Span(tokens.get(0).span().begin(), tokens.get(tokens.size() - 1).span().end());
    return new Sentence(index, span, tokens, deps);
  }
}
