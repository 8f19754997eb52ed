package org.brink.ingest;

/**
 * Measures of how a line of text is shaped: its words, its end, its case. The boilerplate rules and
 * the headline rule are written in these terms.
 */
final class TextShape {
  private TextShape() {}

  /** Replaces every run of white space (Unicode spaces included) with one space, and trims. */
  static String collapseWhitespace(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** How many space-separated tokens hold at least one letter or digit. */
  static int wordCount(String text) {
    int count = 0;
    boolean inToken = false;
    boolean alnum = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (inToken && alnum) {
          count++;
        }
        inToken = false;
        alnum = false;
      } else {
        inToken = true;
        alnum |= Character.isLetterOrDigit(c);
      }
    }
    return inToken && alnum ? count + 1 : count;
  }

  /** The share of words, 0 to 1, whose first letter is lower case. */
  static double lowerCaseWordShare(String text) {
    int words = 0;
    int lower = 0;
    for (String token : text.split("\\s+")) {
      for (int i = 0; i < token.length(); i++) {
        char c = token.charAt(i);
        if (Character.isLetter(c)) {
          words++;
          if (Character.isLowerCase(c)) {
            lower++;
          }
          break;
        }
      }
    }
    return words == 0 ? 0 : (double) lower / words;
  }

  /** The text without trailing closing quotes, brackets and white space. */
  static String withoutClosers(String text) {
    int end = text.length();
    while (end > 0 && isCloser(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  /**
   * True when the text ends like a sentence: with {@code . ! ? …} (or a CJK full stop), possibly
   * followed by closing quotes or brackets.
   */
  static boolean endsSentence(String text) {
    String t = withoutClosers(text);
    if (t.isEmpty()) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == '…' || last == '。';
  }

  /**
   * True when the text holds a complete sentence of at least four words somewhere, not only at
   * its end: "Iran condemned Israel on Monday, the ministry said. Unclosed" does.
   */
  static boolean containsSentence(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (!inWord) {
          words++;
          inWord = true;
        }
      } else {
        inWord = false;
        boolean stop = c == '.' || c == '!' || c == '?';
        boolean atBoundary = i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1));
        if (stop && atBoundary && words >= 4) {
          return true;
        }
        if (stop && atBoundary) {
          words = 0;
        }
      }
    }
    return false;
  }

  /**
   * True when the text ends with punctuation a headline does not end with: a full stop, comma,
   * semicolon, colon or ellipsis. Headlines may end with {@code ?} or {@code !}.
   */
  static boolean endsLikeProse(String text) {
    String t = withoutClosers(text);
    if (t.isEmpty()) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    return last == '.' || last == ',' || last == ';' || last == ':' || last == '…';
  }

  /**
   * True when at least two letters have case and 80% or more of them are upper case: a label such
   * as {@code "MOST READ"}.
   */
  static boolean isMostlyUpperCase(String text) {
    int upper = 0;
    int cased = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
        cased++;
      } else if (Character.isLowerCase(c)) {
        cased++;
      }
    }
    return cased >= 2 && upper * 5 >= cased * 4;
  }

  /** True when the first letter or digit is not a lower-case letter. */
  static boolean startsLikeSentence(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return !Character.isLowerCase(c);
      }
    }
    return false;
  }

  /** True when the first letter is lower case: a line that continues the one before. */
  static boolean startsLowerCase(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return Character.isLowerCase(c);
      }
    }
    return false;
  }

  /**
   * The text without the leading bullets, arrows, dashes and other symbols used to dress up page
   * furniture ({@code "» Read more"}, {@code "↑ Back to top"}, {@code "• Share"}). Letters, digits,
   * quotation marks, brackets, currency signs and {@code ©} are kept: they can start content.
   */
  static String withoutLeadingGlyphs(String text) {
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (!isGlyph(c)) {
        break;
      }
      i += Character.charCount(c);
    }
    return text.substring(i);
  }

  private static boolean isGlyph(int c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return true;
    }
    if (c == '»' || c == '›') {
      return true; // closing guillemets serve as arrows in menus and teasers
    }
    if (c == '"' || c == '\'' || c == '©' || c == '®' || c == '@') {
      return false;
    }
    return switch (Character.getType(c)) {
      case Character.OTHER_SYMBOL,
          Character.MATH_SYMBOL,
          Character.MODIFIER_SYMBOL,
          Character.DASH_PUNCTUATION,
          Character.CONNECTOR_PUNCTUATION,
          Character.OTHER_PUNCTUATION ->
          true;
      default -> false;
    };
  }

  /** True when a line starts with a list bullet: {@code "- "}, {@code "* "}, {@code "• "}. */
  static boolean startsWithBullet(String text) {
    return text.length() > 1
        && "-*•–·▪◦".indexOf(text.charAt(0)) >= 0
        && Character.isWhitespace(text.charAt(1));
  }

  private static boolean isCloser(char c) {
    return c == '"'
        || c == '\''
        || c == '”'
        || c == '’'
        || c == '»'
        || c == ')'
        || c == ']'
        || c == '*'
        || c == '\uFE0F'
        || Character.getType(c) == Character.OTHER_SYMBOL
        || Character.isSurrogate(c)
        || Character.isWhitespace(c)
        || Character.isSpaceChar(c);
  }
}
