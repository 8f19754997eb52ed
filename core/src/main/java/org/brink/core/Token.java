package org.brink.core;

import java.util.Objects;

/**
 * One token of a sentence.
 *
 * @param index 0-based position within its sentence
 * @param word the token as written (after tokenizer normalisation, e.g. quotes)
 * @param lemma the dictionary form, lower case for all but proper nouns
 * @param pos the Penn Treebank part-of-speech tag
 * @param ner the named-entity class ({@code PERSON}, {@code LOCATION}, ...) or {@code "O"}
 * @param span where the token stands in the cleaned text
 */
public record Token(int index, String word, String lemma, String pos, String ner, Span span) {
  public Token {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(ner, "ner");
    Objects.requireNonNull(span, "span");
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }
}
