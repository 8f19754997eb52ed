package org.brink.coding.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.brink.coding.actors.ActorMention;
import org.brink.coding.events.DependencyTree;
import org.brink.coding.events.SentenceView;
import org.brink.core.Quote;
import org.brink.core.Span;
import org.jspecify.annotations.Nullable;

/**
 * Finds direct quotations in a text and attributes each to the subject of a speech verb in the
 * sentence that holds it ("…," the spokesperson said), or to the object of "according to".
 *
 * <p>Implementation notes: quotation marks are paired within a paragraph: curly “…” by shape,
 * straight "…" by alternation. Quotes of fewer than three words are scare quotes ("so-called
 * 'talks'") and are skipped. A speaker is looked for only in the sentences the quote touches,
 * outside the quote itself: when there is none, the speaker is null rather than a guess from far
 * away. Speakers named in a neighbouring sentence and pronouns wait for coreference.
 */
public final class QuoteExtractor {
  private static final Set<String> SPEECH_VERBS =
      Set.of(
          "say", "state", "tell", "add", "declare", "announce", "write", "warn", "insist",
          "stress", "note", "explain", "remark", "clarify", "reply", "respond", "continue",
          "conclude", "argue", "assert", "claim", "emphasize", "emphasise", "admit", "acknowledge",
          "vow", "pledge", "promise", "urge", "tweet", "post", "predict", "caution", "observe");
  private static final int MIN_WORDS = 3;

  /** Every quotation in the text, in order; {@code sentences} are the text's parsed sentences. */
  public List<Quote> extract(String text, List<SentenceView> sentences) {
    List<Quote> out = new ArrayList<>();
    for (Span inner : quotedSpans(text)) {
      String quoted = inner.of(text);
      if (quoted.isBlank() || quoted.strip().split("\\s+").length < MIN_WORDS) {
        continue;
      }
      out.add(new Quote(quoted, inner, speaker(text, inner, sentences)));
    }
    return out;
  }

  /** The spans inside paired quotation marks, marks excluded. */
  static List<Span> quotedSpans(String text) {
    List<Span> spans = new ArrayList<>();
    int straightOpen = -1;
    int curlyOpen = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        straightOpen = -1; // quotes do not run across paragraphs in news copy
        curlyOpen = -1;
      } else if (c == '\u201C') {
        curlyOpen = i;
      } else if (c == '\u201D' && curlyOpen >= 0) {
        spans.add(trimmed(text, curlyOpen + 1, i));
        curlyOpen = -1;
      } else if (c == '"') {
        if (straightOpen < 0) {
          straightOpen = i;
        } else {
          spans.add(trimmed(text, straightOpen + 1, i));
          straightOpen = -1;
        }
      }
    }
    return spans;
  }

  private static Span trimmed(String text, int begin, int end) {
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(begin, end);
  }

  private static Quote.@Nullable Speaker speaker(String text, Span quote, List<SentenceView> sentences) {
    for (SentenceView view : sentences) {
      if (!view.sentence().span().overlaps(quote) || !view.sentence().parsed()) {
        continue;
      }
      DependencyTree tree = view.tree();
      List<ActorMention> actors = view.actors();
      for (int i = 0; i < tree.size(); i++) {
        if (quote.contains(tree.token(i).span())) {
          continue;
        }
        int subject = -1;
        String lemma = tree.lemma(i);
        if (tree.token(i).isVerb() && SPEECH_VERBS.contains(lemma)) {
          subject = tree.child(i, "nsubj");
        } else if (lemma.equals("according") && tree.relation(i).equals("case")) {
          subject = tree.head(i);
        }
        if (subject >= 0 && !quote.contains(tree.token(subject).span())) {
          return speakerAt(text, tree, subject, actors);
        }
      }
    }
    return null;
  }

  private static Quote.Speaker speakerAt(
      String text, DependencyTree tree, int head, List<ActorMention> actors) {
    int first = head;
    int last = head;
    for (int c : tree.children(head)) {
      String rel = tree.relation(c);
      if (rel.equals("compound") || rel.equals("flat") || rel.equals("amod") || rel.equals("det")
          || rel.equals("nmod:poss") || rel.equals("case") && c > head) {
        first = Math.min(first, c);
        last = Math.max(last, c);
      }
    }
    Span span = tree.sentence().span(first, last);
    String code = null;
    for (ActorMention a : actors) {
      if (span.overlaps(a.span())) {
        code = a.code();
        break;
      }
    }
    return new Quote.Speaker(span.of(text), code, span);
  }

  @Override
  public String toString() {
    return "QuoteExtractor[speech verbs " + SPEECH_VERBS.size() + ", min words " + MIN_WORDS + "]";
  }

}
