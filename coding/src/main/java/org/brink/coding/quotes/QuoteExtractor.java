package org.brink.coding.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.brink.coding.events.DependencyTree;
import org.brink.coding.events.SentenceView;
import org.brink.core.Quote;
import org.brink.core.Span;
import org.brink.core.Token;

/**
 * Finds direct quotations in a text and attributes each to its speaker: the subject of a speech
 * verb in the sentence that holds it ("…," the spokesperson said), the object of "according to",
 * or a speaker named in the sentence right before or after a quote that is a sentence of its own.
 *
 * <p>Design decision: a split quote ("…," he said, "…") gives two {@link Quote}s, one per
 * stretch of quoted words, with the same speaker: a {@code Quote} has one span, and the words
 * between the halves are not quoted. A quote running over several sentences is one {@code Quote}.
 *
 * <p>Implementation notes: {@link QuoteMarks} pairs the marks. Quotes of three words or more are
 * kept; shorter ones only as partial quotes, inside a sentence whose speech or claim verb governs
 * them ("promised 'ironclad' support", "called it 'blatantly unconstitutional'"), and never when
 * they are a proper name or follow "so-called": those are labels, not quotations. {@link
 * Attribution} finds the speaker, never further than one sentence away: when there is none, the
 * speaker is null rather than a guess from far away. Pronouns and role nouns take the code that
 * {@code ActorCoreference} gave them, so the views should be the resolved ones.
 */
public final class QuoteExtractor {
  /** Fewer words than this make a partial quote, kept only beside a speech or claim verb. */
  static final int MIN_WORDS = 3;

  /**
   * Every quotation in the text, in order.
   *
   * @param text the cleaned text the sentences' spans index
   * @param sentences the text's parsed sentences in order, with their actors (after coreference);
   *     with none, only quotes of three words or more are found, all without a speaker
   */
  public List<Quote> extract(String text, List<SentenceView> sentences) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sentences, "sentences");
    List<Span> spans = QuoteMarks.spans(text);
    List<Span> kept = new ArrayList<>(spans.size());
    for (Span span : spans) {
      if (words(span.of(text)) >= MIN_WORDS || partial(text, span, spans, sentences)) {
        kept.add(span);
      }
    }
    Attribution attribution = new Attribution(text, sentences, spans);
    List<Quote> out = new ArrayList<>(kept.size());
    for (Span span : kept) {
      out.add(new Quote(span.of(text), span, attribution.speaker(span)));
    }
    return out;
  }

  private static int words(String quoted) {
    String s = quoted.strip();
    return s.isEmpty() ? 0 : s.split("\\s+").length;
  }

  /** A one- or two-word quote governed by a speech or claim verb, and no name or label. */
  private static boolean partial(
      String text, Span quote, List<Span> quotes, List<SentenceView> sentences) {
    for (SentenceView view : sentences) {
      if (!view.sentence().span().contains(quote)) {
        continue;
      }
      DependencyTree tree = view.tree();
      List<Integer> inside = new ArrayList<>(2);
      for (int i = 0; i < tree.size(); i++) {
        if (quote.contains(tree.token(i).span())) {
          inside.add(i);
        }
      }
      if (inside.isEmpty() || name(tree, inside) || soCalled(text, quote)) {
        return false;
      }
      for (int v = 0; v < tree.size(); v++) {
        Token t = tree.token(v);
        if (!t.isVerb()
            || Attribution.quoted(t.span(), quotes)
            || !(Attribution.SPEECH_VERBS.contains(tree.lemma(v))
                || Attribution.CLAIM_VERBS.contains(tree.lemma(v)))) {
          continue;
        }
        for (int i : inside) {
          if (tree.dominates(v, i)) {
            return true;
          }
        }
      }
      return false;
    }
    return false;
  }

  /** Whether the quoted words are a proper name ("Iron Dome"): every word is tagged one. */
  private static boolean name(DependencyTree tree, List<Integer> inside) {
    boolean any = false;
    for (int i : inside) {
      Token t = tree.token(i);
      if (!Attribution.hasLetterOrDigit(t.word())) {
        continue;
      }
      if (!t.pos().startsWith("NNP")) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** Whether "so-called" stands right before the quote's opening mark. */
  private static boolean soCalled(String text, Span quote) {
    int end = Math.max(0, quote.begin() - 1);
    String before = text.substring(Math.max(0, end - 12), end).strip();
    return before.toLowerCase(Locale.ROOT).endsWith("so-called")
        || before.toLowerCase(Locale.ROOT).endsWith("so called");
  }

  @Override
  public String toString() {
    return "QuoteExtractor[speech verbs "
        + Attribution.SPEECH_VERBS.size()
        + ", claim verbs "
        + Attribution.CLAIM_VERBS.size()
        + ", min words "
        + MIN_WORDS
        + "]";
  }
}
