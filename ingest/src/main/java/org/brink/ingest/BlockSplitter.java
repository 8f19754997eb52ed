package org.brink.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups lines into blocks: one per paragraph or stand-alone line.
 *
 * <p>Implementation notes: a blank line (in HTML, two line breaks in a row) always starts a new
 * block. Within a paragraph a line joins the one before only when the break looks like a hard wrap:
 * the line before does not end a sentence or a label, is at least 30 characters long, and either
 * the next line starts in lower case, or the paragraph has a consistent wrap width, the next word
 * would not have fitted on the line, and neither line is furniture by itself. Anything else (menu
 * items, share prompts, one-line paragraphs pasted without blank lines between them) stays a block
 * of its own, so furniture lines can be judged one by one.
 */
final class BlockSplitter {
  /**
   * One line of text.
   *
   * @param text the line, white space collapsed
   * @param linkChars how many of its non-space characters are link text
   * @param paragraphStart true when a blank line came before it
   */
  record Line(String text, int linkChars, boolean paragraphStart) {}

  private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
  private static final int MIN_WRAPPED_LINE = 30;

  private BlockSplitter() {}

  /** Plain text as blocks; URLs count as links; bulleted lines are list items. */
  static List<Block> ofPlainText(String text) {
    List<Line> lines = new ArrayList<>();
    boolean blankBefore = true;
    for (String raw : text.split("\n")) {
      String line = TextShape.collapseWhitespace(raw);
      if (line.isEmpty()) {
        blankBefore = true;
      } else {
        lines.add(new Line(line, urlChars(line), blankBefore));
        blankBefore = false;
      }
    }
    return join(lines, Block.Kind.PARAGRAPH);
  }

  /**
   * Joins hard-wrapped lines and returns the blocks in order; bulleted lines become list items, the
   * others get {@code kind}.
   */
  static List<Block> join(List<Line> lines, Block.Kind kind) {
    List<Block> blocks = new ArrayList<>();
    int start = 0;
    while (start < lines.size()) {
      int end = start + 1;
      while (end < lines.size() && !lines.get(end).paragraphStart()) {
        end++;
      }
      List<Line> paragraph = lines.subList(start, end);
      int width = wrapWidth(paragraph);
      StringBuilder text = new StringBuilder(paragraph.get(0).text());
      int linkChars = paragraph.get(0).linkChars();
      for (int i = 1; i < paragraph.size(); i++) {
        Line previous = paragraph.get(i - 1);
        Line line = paragraph.get(i);
        if (continues(previous.text(), line.text(), width)) {
          text.append(' ').append(line.text());
          linkChars += line.linkChars();
        } else {
          blocks.add(block(text.toString(), linkChars, kind));
          text.setLength(0);
          text.append(line.text());
          linkChars = line.linkChars();
        }
      }
      blocks.add(block(text.toString(), linkChars, kind));
      start = end;
    }
    return blocks;
  }

  private static Block block(String text, int linkChars, Block.Kind kind) {
    int chars = nonSpaceChars(text);
    double share = chars == 0 ? 0 : Math.min(1.0, (double) linkChars / chars);
    Block.Kind k =
        kind == Block.Kind.PARAGRAPH && TextShape.startsWithBullet(text)
            ? Block.Kind.LIST_ITEM
            : kind;
    return new Block(text, k, share);
  }

  private static boolean continues(String previous, String line, int wrapWidth) {
    if (previous.length() < MIN_WRAPPED_LINE
        || TextShape.endsSentence(previous)
        || previous.endsWith(":")
        || TextShape.startsWithBullet(line)
        || looksLikeMenu(previous)
        || looksLikeMenu(line)) {
      return false;
    }
    if (TextShape.startsLowerCase(line)) {
      return true;
    }
    if (wrapWidth == 0) {
      return false;
    }
    int space = line.indexOf(' ');
    int firstWord = space < 0 ? line.length() : space;
    return previous.length() + 1 + firstWord > wrapWidth * 0.85
        && BoilerplateRule.judge(new Block(previous, Block.Kind.PARAGRAPH, 0)) == null
        && BoilerplateRule.judge(new Block(line, Block.Kind.PARAGRAPH, 0)) == null;
  }

  /**
   * The width a paragraph's lines were wrapped at: its longest line's length when at least two
   * lines come within 15% of it, else 0 (no consistent wrap, so no joining by width).
   */
  private static int wrapWidth(List<Line> paragraph) {
    int width = 0;
    for (Line line : paragraph) {
      width = Math.max(width, line.text().length());
    }
    int near = 0;
    for (Line line : paragraph) {
      if (line.text().length() >= width * 0.85) {
        near++;
      }
    }
    return near >= 2 ? width : 0;
  }

  private static boolean looksLikeMenu(String line) {
    int separators = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '|' || c == '•' || c == '·') {
        separators++;
      }
    }
    return separators >= 2;
  }

  static int nonSpaceChars(String text) {
    int chars = 0;
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
        chars++;
      }
    }
    return chars;
  }

  private static int urlChars(String text) {
    Matcher m = URL.matcher(text);
    int chars = 0;
    while (m.find()) {
      chars += m.end() - m.start();
    }
    return chars;
  }
}
