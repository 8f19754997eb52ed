package org.brink.coding.actors.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The content lines of a PETRARCH dictionary file, with comments removed, and the messages that
 * report on them.
 *
 * <p>Comments, as PETRARCH reads them: {@code <!-- ... -->}, which may run over several lines, any
 * other line starting with {@code <!}, and everything from the first {@code #} on. Blank lines are
 * dropped.
 */
final class SourceLines {
  private static final Pattern LINE_BREAK = Pattern.compile("\r?\n|\r");

  /**
   * One content line.
   *
   * @param number the line number, from 1
   * @param raw the line as written, stripped of surrounding white space, for messages
   * @param text the line without comments, stripped; never empty
   */
  record Line(int number, String raw, String text) {}

  private SourceLines() {}

  /**
   * The content lines of {@code content}; a note for each line with a U+FFFD replacement character,
   * text lost to a wrong encoding, goes to {@code notes}.
   */
  static List<Line> of(String file, String content, List<String> notes) {
    List<Line> out = new ArrayList<>();
    String[] lines = LINE_BREAK.split(content, -1);
    boolean inComment = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (!inComment && line.startsWith("<!") && !line.startsWith("<!--")) {
        continue; // a comment line, as PETRARCH reads it: "<! -- ... -->"
      }
      StringBuilder kept = new StringBuilder();
      int at = 0;
      while (at <= line.length()) {
        if (inComment) {
          int end = line.indexOf("-->", at);
          if (end < 0) {
            break;
          }
          inComment = false;
          at = end + 3;
        } else {
          int start = line.indexOf("<!--", at);
          if (start < 0) {
            kept.append(line, at, line.length());
            break;
          }
          kept.append(line, at, start);
          inComment = true;
          at = start + 4;
        }
      }
      String text = kept.toString();
      int hash = text.indexOf('#');
      if (hash >= 0) {
        text = text.substring(0, hash);
      }
      text = text.strip();
      if (!text.isEmpty()) {
        out.add(new Line(i + 1, line.strip(), text));
        if (text.indexOf('\uFFFD') >= 0) {
          notes.add(
              message(
                  file,
                  i + 1,
                  "replacement character U+FFFD in the text",
                  line.strip(),
                  "text lost to a wrong encoding, here or before; the name will not match"));
        }
      }
    }
    return out;
  }

  /** {@code "file:LINE: what: 'value'"}, then {@code "; hint"} when there is one. */
  static String message(String file, int line, String what, String value, @Nullable String hint) {
    String head = String.format(Locale.ROOT, "%s:%d: %s: '%s'", file, line, what, value);
    return hint == null ? head : head + "; " + hint;
  }

  /** {@code "file:LINE"}. */
  static String location(String file, int line) {
    return file + ":" + line;
  }
}
