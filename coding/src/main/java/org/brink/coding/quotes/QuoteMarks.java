package org.brink.coding.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.brink.core.Span;

/**
 * Pairs quotation marks in a text into the spans they enclose, marks excluded.
 *
 * <p>Implementation notes: one outer quotation at a time, double (“…” or "…") or single (‘…’ or
 * '…'); marks of the other kind inside it are nested quotes and stay part of the outer one. Curly
 * double marks pair by shape, straight ones by alternation. A single mark opens only where a word
 * cannot go on before it (start of text, space, bracket, dash, another quotation mark) and closes
 * only where no letter or digit follows it, so the apostrophes of "I’d", "Iran’s" and "don't"
 * never open or close a quote. A blank line ends every open quotation: quotes do not run across
 * paragraphs in news copy (the "no closing mark at paragraph end" convention is not followed). A
 * double mark left open there is dropped; a single one was an apostrophe ("'tis"), and the
 * paragraph is read again without it.
 */
final class QuoteMarks {
  private static final char LEFT_DOUBLE = '\u201C';
  private static final char RIGHT_DOUBLE = '\u201D';
  private static final char LEFT_SINGLE = '\u2018';
  private static final char RIGHT_SINGLE = '\u2019';

  private QuoteMarks() {}

  /** Whether the character is a quotation mark of either kind, straight or curly. */
  static boolean isQuoteMark(char c) {
    return c == '"' || c == '\'' || c == LEFT_DOUBLE || c == RIGHT_DOUBLE || c == LEFT_SINGLE
        || c == RIGHT_SINGLE;
  }

  /** The spans inside paired quotation marks, marks and surrounding white space excluded. */
  static List<Span> spans(String text) {
    List<Span> spans = new ArrayList<>();
    Set<Integer> barred = new HashSet<>();
    int paragraph = 0;
    while (paragraph < text.length()) {
      int kept = spans.size();
      int unclosed = paragraph(text, paragraph, barred, spans);
      if (unclosed >= 0) {
        // A single mark that found no partner was an apostrophe ("'tis"): read the paragraph
        // again without it, so that it does not hide the quotes after it.
        barred.add(unclosed);
        spans.subList(kept, spans.size()).clear();
        continue;
      }
      int end = text.indexOf("\n\n", paragraph);
      paragraph = end < 0 ? text.length() : end + 2;
    }
    spans.removeIf(s -> s.length() == 0);
    return spans;
  }

  /**
   * Adds the quotes of the paragraph starting at {@code from} to {@code spans}; returns the
   * position of a single mark left open at its end, or -1.
   */
  private static int paragraph(String text, int from, Set<Integer> barred, List<Span> spans) {
    char outer = 0; // 0, '"' or '\''
    int open = -1;
    boolean innerDouble = false; // a "…" inside an outer '…'
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        break;
      } else if (outer == 0) {
        if (c == LEFT_DOUBLE || c == '"') {
          outer = '"';
          open = i;
        } else if ((c == LEFT_SINGLE || c == '\'') && opensSingle(text, i) && !barred.contains(i)) {
          outer = '\'';
          open = i;
        }
      } else if (outer == '"') {
        if (c == RIGHT_DOUBLE || c == '"') {
          spans.add(trimmed(text, open + 1, i));
          outer = 0;
        } else if (c == LEFT_DOUBLE) {
          open = i; // an unclosed quote before: the new one starts here
        }
      } else if (c == LEFT_SINGLE && !innerDouble) {
        open = i; // an apostrophe or unclosed quote before: the new one starts here
      } else if (c == LEFT_DOUBLE || c == RIGHT_DOUBLE || c == '"') {
        innerDouble = c == LEFT_DOUBLE || c == '"' && !innerDouble;
      } else if (!innerDouble && (c == RIGHT_SINGLE || c == '\'') && closesSingle(text, i)) {
        spans.add(trimmed(text, open + 1, i));
        outer = 0;
      }
    }
    return outer == '\'' ? open : -1;
  }

  /** Whether the single mark at {@code i} can open a quote: no word goes on before it. */
  private static boolean opensSingle(String text, int i) {
    if (i + 1 >= text.length()
        || Character.isWhitespace(text.charAt(i + 1))
        || Character.isDigit(text.charAt(i + 1))) { // the '90s
      return false;
    }
    if (i == 0) {
      return true;
    }
    char before = text.charAt(i - 1);
    return Character.isWhitespace(before)
        || before == '('
        || before == '['
        || before == '\u2014'
        || before == '\u2013'
        || before == LEFT_DOUBLE
        || before == '"';
  }

  /** Whether the single mark at {@code i} can close a quote: it ends a word, none goes on. */
  private static boolean closesSingle(String text, int i) {
    if (i == 0 || Character.isWhitespace(text.charAt(i - 1))) {
      return false;
    }
    return i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
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
}
