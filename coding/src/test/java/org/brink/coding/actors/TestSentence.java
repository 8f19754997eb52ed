package org.brink.coding.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brink.core.Sentence;
import org.brink.core.Span;
import org.brink.core.Token;

/**
 * Cuts test text into tokens roughly the way an English treebank tokenizer does: dotted
 * abbreviations ("U.S.") stay whole, a possessive "'s" is a token of its own, words keep inner
 * apostrophes ("d'Ivoire"), and every other non-space character is a token ("-", ",").
 */
final class TestSentence {
  private static final Pattern TOKEN =
      Pattern.compile(
          "[A-Z](?:\\.[A-Z])+\\.?"
              + "|['’][sS]\\b"
              + "|[\\p{L}\\p{N}]+(?:['’](?![sS]\\b)[\\p{L}\\p{N}]+)*"
              + "|\\S");

  private TestSentence() {}

  /** The whole of {@code text} as one sentence. */
  static Sentence of(String text) {
    return of(text, 0, text.length());
  }

  /** The part {@code begin..end} of {@code text} as a sentence whose spans index all of it. */
  static Sentence of(String text, int begin, int end) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text).region(begin, end);
    while (m.find()) {
      String word = m.group();
      String pos = Character.isUpperCase(word.codePointAt(0)) ? "NNP" : "NN";
      tokens.add(
          new Token(
              tokens.size(),
              word,
              word.toLowerCase(Locale.ROOT),
              pos,
              "O",
              new Span(m.start(), m.end())));
    }
    return new Sentence(0, new Span(begin, end), tokens, List.of());
  }
}
