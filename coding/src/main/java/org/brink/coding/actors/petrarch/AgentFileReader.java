package org.brink.coding.actors.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one PETRARCH agent dictionary.
 *
 * <p>Implementation notes. A line is {@code NOUN_PHRASE {PLURAL} [~CODE]}. Without braces the
 * plural is made by English rules on the last word ({@code MINISTRY} -> {@code MINISTRIES}, {@code
 * ATTORNEY} -> {@code ATTORNEYS}; PETRARCH itself adds {@code IES} after any {@code Y}); {@code {}}
 * means no plural, and a phrase ending in {@code _} gets none either. A substitution set is defined
 * on a line {@code !NAME! = A, B, C} and used as {@code CONGRESS!PERSON!}: every member replaces
 * the marker and no plural is made. {@code [~CODE]} appends the code to the country's, {@code
 * [CODE~]} puts it before.
 */
final class AgentFileReader {
  private static final Pattern SET = Pattern.compile("!([^!\\s]+)!\\s*=\\s*(.*)");
  private static final Pattern MARKER = Pattern.compile("!([^!\\s]*)!");
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final String LINE_HINT =
      "write 'NOUN_PHRASE [~CODE]', e.g. 'FOREIGN_MINISTER [~GOV]'";

  private final String file;
  private final List<PetrarchAgent> agents = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final Map<String, List<String>> sets = new HashMap<>();

  /** Thrown for a malformed line; the message is the reason. */
  private static final class BadLine extends Exception {
    private static final long serialVersionUID = 1L;
    final String hint;

    BadLine(String what, String hint) {
      super(what);
      this.hint = hint;
    }
  }

  AgentFileReader(String file) {
    this.file = file;
  }

  PetrarchDictionaryReader.Result<PetrarchAgent> read(String content) {
    for (SourceLines.Line line : SourceLines.of(file, content, notes)) {
      try {
        line(line);
      } catch (BadLine e) {
        problems.add(SourceLines.message(file, line.number(), e.getMessage(), line.raw(), e.hint));
      }
    }
    return new PetrarchDictionaryReader.Result<>(agents, problems, notes);
  }

  private void line(SourceLines.Line line) throws BadLine {
    String text = line.text();
    if (text.startsWith("!") && text.contains("=")) {
      defineSet(text);
      return;
    }
    int open = text.indexOf('[');
    if (open < 0) {
      throw new BadLine("agent without a code", LINE_HINT);
    }
    int close = text.indexOf(']', open);
    if (close < 0) {
      throw new BadLine("code not closed with ']'", LINE_HINT);
    }
    String written = SPACES.matcher(text.substring(open + 1, close)).replaceAll("");
    boolean prefix;
    String code;
    if (written.startsWith("~") && written.indexOf('~', 1) < 0) {
      prefix = false;
      code = written.substring(1);
    } else if (written.endsWith("~") && written.indexOf('~') == written.length() - 1) {
      prefix = true;
      code = written.substring(0, written.length() - 1);
    } else {
      throw new BadLine(
          "agent code without one '~'",
          "write [~CODE] to append CODE to the country's code, [CODE~] to put it before");
    }
    if (!CODE.matcher(code).matches()) {
      throw new BadLine("agent code is not letters and digits", LINE_HINT);
    }
    String upper = code.toUpperCase(Locale.ROOT);
    if (!upper.equals(code)) {
      notes.add(
          SourceLines.message(
              file, line.number(), "code in lower case read as " + upper, line.raw(), null));
    }
    if (close + 1 < text.length()) {
      notes.add(
          SourceLines.message(
              file,
              line.number(),
              "text after the code is ignored",
              line.raw(),
              "only a comment may follow the code"));
    }
    String noun = text.substring(0, open).strip();
    String plural = null;
    int brace = noun.indexOf('{');
    if (brace >= 0) {
      int end = noun.indexOf('}', brace);
      if (end < 0) {
        throw new BadLine("plural not closed with '}'", "write 'NOUN {PLURAL} [~CODE]'");
      }
      plural = noun.substring(brace + 1, end).strip();
      noun = noun.substring(0, brace).strip();
    }
    if (Names.of(noun).isEmpty()) {
      throw new BadLine("agent without a noun", LINE_HINT);
    }
    List<String> forms = new ArrayList<>();
    if (noun.indexOf('!') >= 0) {
      forms.addAll(substitute(noun));
      if (plural != null && !plural.isEmpty()) {
        forms.addAll(substitute(plural));
      }
    } else {
      forms.add(noun);
      if (plural == null) {
        if (!noun.endsWith("_")) {
          forms.add(plural(noun));
        }
      } else if (!plural.isEmpty()) {
        forms.add(plural);
      }
    }
    String location = SourceLines.location(file, line.number());
    List<PetrarchName> names = new ArrayList<>();
    for (String form : forms) {
      String name = Names.of(form);
      if (!name.isEmpty() && names.stream().noneMatch(n -> n.text().equals(name))) {
        names.add(new PetrarchName(name, location));
      }
    }
    agents.add(new PetrarchAgent(names, upper, prefix, location));
  }

  private void defineSet(String text) throws BadLine {
    Matcher m = SET.matcher(text);
    String hint = "write '!NAME! = WORD, WORD, WORD'";
    if (!m.matches()) {
      throw new BadLine("cannot read substitution set", hint);
    }
    List<String> members = new ArrayList<>();
    for (String part : m.group(2).split(",", -1)) {
      String member = part.strip();
      if (member.isEmpty()) {
        throw new BadLine("empty member in substitution set", hint);
      }
      if (member.indexOf('!') >= 0) {
        // "!PERSON! = MAN, HOUSE!PERSON!" would substitute itself without end
        throw new BadLine("substitution set member '" + member + "' holds a '!'", "members are plain words, not markers");
      }
      members.add(member);
    }
    sets.put(m.group(1), List.copyOf(members));
  }

  /** Every form of {@code phrase} with each marker replaced by each member of its set. */
  private List<String> substitute(String phrase) throws BadLine {
    Matcher m = MARKER.matcher(phrase);
    if (!m.find()) {
      throw new BadLine(
          "cannot read substitution marker", "a marker is a set's name between two '!'");
    }
    List<String> members = sets.get(m.group(1));
    if (members == null) {
      throw new BadLine(
          "substitution set !" + m.group(1) + "! is not defined",
          "define it before its first use: '!" + m.group(1) + "! = WORD, WORD'");
    }
    List<String> out = new ArrayList<>();
    for (String member : members) {
      String replaced = phrase.substring(0, m.start()) + member + phrase.substring(m.end());
      if (replaced.indexOf('!') >= 0) {
        out.addAll(substitute(replaced));
      } else {
        out.add(replaced);
      }
    }
    return out;
  }

  /** The regular English plural of a phrase's last word, in the phrase's case. */
  static String plural(String phrase) {
    String p = phrase.strip();
    String lower = p.toLowerCase(Locale.ROOT);
    boolean capitals = !p.isEmpty() && Character.isUpperCase(p.charAt(p.length() - 1));
    String suffix;
    String stem = p;
    if (lower.endsWith("s")
        || lower.endsWith("x")
        || lower.endsWith("z")
        || lower.endsWith("ch")
        || lower.endsWith("sh")) {
      suffix = "es";
    } else if (lower.endsWith("y")
        && lower.length() > 1
        && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
      stem = p.substring(0, p.length() - 1);
      suffix = "ies";
    } else {
      suffix = "s";
    }
    return stem + (capitals ? suffix.toUpperCase(Locale.ROOT) : suffix);
  }
}
