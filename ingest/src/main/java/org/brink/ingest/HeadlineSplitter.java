package org.brink.ingest;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Takes the title off the top of a plain-text article when its first line looks like a headline.
 *
 * <p>The first non-blank line is the title when all of these hold:
 *
 * <ol>
 *   <li>some text follows it;
 *   <li>it has 2 to 20 words and at most 200 characters;
 *   <li>it does not end like prose: no final full stop, comma, semicolon, colon or ellipsis ({@code
 *       ?} and {@code !} are fine);
 *   <li>it starts with a capital, a digit or a quotation mark;
 *   <li>it is not page furniture by any {@link BoilerplateRule} ("Home | World", "Share this");
 *   <li>a blank line follows it, or the next line reads as body text: it ends like a sentence or
 *       has more than 20 words.
 * </ol>
 *
 * The last rule keeps the first of a stack of short lines (a pasted menu) from being taken for the
 * title.
 */
final class HeadlineSplitter {
  /**
   * A text split at its title.
   *
   * @param title the headline, or null when the first line is not one
   * @param body the text after the title, or the whole text when there is none
   */
  record Split(@Nullable String title, String body) {}

  private static final int MAX_WORDS = 20;
  private static final int MAX_CHARS = 200;

  private HeadlineSplitter() {}

  static Split split(String text) {
    String[] lines = text.split("\n", -1);
    int first = 0;
    while (first < lines.length && lines[first].isBlank()) {
      first++;
    }
    if (first >= lines.length) {
      return new Split(null, text);
    }
    int next = first + 1;
    boolean blankAfter = false;
    while (next < lines.length && lines[next].isBlank()) {
      blankAfter = true;
      next++;
    }
    if (next >= lines.length) {
      return new Split(null, text);
    }
    String candidate = TextShape.collapseWhitespace(lines[first]);
    String following = TextShape.collapseWhitespace(lines[next]);
    if (!isHeadline(candidate) || !(blankAfter || readsAsBody(following))) {
      return new Split(null, text);
    }
    return new Split(
        candidate, String.join("\n", Arrays.asList(lines).subList(next, lines.length)));
  }

  private static boolean isHeadline(String line) {
    int words = TextShape.wordCount(line);
    if (words < 2 || words > MAX_WORDS || line.length() > MAX_CHARS) {
      return false;
    }
    if (TextShape.endsLikeProse(line) || !startsLikeHeadline(line)) {
      return false;
    }
    return BoilerplateRule.judge(new Block(line, Block.Kind.PARAGRAPH, 0)) == null;
  }

  private static boolean startsLikeHeadline(String line) {
    int c = line.codePointAt(0);
    return Character.isUpperCase(c)
        || Character.isDigit(c)
        || (Character.isLetter(c) && !Character.isLowerCase(c))
        || c == '"'
        || c == '\''
        || c == '“'
        || c == '‘'
        || c == '«';
  }

  private static boolean readsAsBody(String line) {
    return TextShape.endsSentence(line) || TextShape.wordCount(line) > MAX_WORDS;
  }
}
