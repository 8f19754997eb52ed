package org.brink.nlp;

import java.util.List;
import org.brink.core.Sentence;

/**
 * Decides, from tokens alone, which sentences of a text are worth the expensive stages (part of
 * speech, lemma, entities, dependency parse): the rest keep their tokens and spans but are neither
 * tagged nor parsed, so the coder does not see them.
 *
 * <p>An implementation must be conservative: a sentence it leaves out must be one the coder could
 * not have coded an event or a quote from, nor used as context for another sentence's (an
 * antecedent, a country named). It must be thread-safe.
 */
@FunctionalInterface
public interface SentenceSelector {
  /**
   * @param text the cleaned text the sentences' spans index
   * @param sentences the text's sentences in order, tokenized only: each token's lemma is its word,
   *     its part of speech empty and its entity class "O", and no sentence is parsed
   * @param lemmas every lemma the lemmatizer could give a word under any part of speech
   * @return one flag per sentence, true for the sentences to tag and parse
   */
  boolean[] select(String text, List<Sentence> sentences, Lemmas lemmas);

  /** The lemmas a word could have under any part of speech, lower case, the word itself among them. */
  @FunctionalInterface
  interface Lemmas {
    java.util.Set<String> of(String word);
  }
}
