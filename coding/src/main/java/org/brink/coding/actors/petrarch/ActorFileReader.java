package org.brink.coding.actors.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads one PETRARCH/TABARI actor dictionary.
 *
 * <p>Implementation notes. An actor is a root name line, then {@code +} synonym lines and code
 * lines ({@code [CODE]}, {@code [CODE <DATE]}, {@code [CODE >DATE]}, {@code [CODE DATE-DATE]}, each
 * on a line of its own, usually indented); codes may also follow a name on its line. A root name
 * starts a new actor only once the one before has a code: root names without codes share the codes
 * of the names after them, as in PETRARCH and TABARI ({@code LEONID_BREZHNEV_} then {@code
 * SECRETARY_BREZHNEV} then their dated codes). A malformed code line is skipped; a root line with a
 * malformed code is skipped with its synonyms and code lines.
 */
final class ActorFileReader {
  private static final Pattern LETTERS_AND_DIGITS = Pattern.compile("[A-Za-z0-9]+");
  private static final Pattern COMPOUND = Pattern.compile("[A-Za-z0-9]+(?:/[A-Za-z0-9]+)+");
  private static final Pattern SYNONYM_SEPARATOR = Pattern.compile("\\s+\\+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final String CODE_HINT =
      "write [CODE], [CODE <YYYYMMDD], [CODE >YYYYMMDD] or [CODE YYYYMMDD-YYYYMMDD]";

  private final String file;
  private final List<PetrarchActor> actors = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  /** The actor being read, or null before the first root name. */
  private @Nullable Block block;

  /** Whether the lines after a skipped root line belong to it and are skipped too. */
  private boolean skipping;

  private static final class Block {
    final int line;
    final String raw;
    final List<PetrarchName> names = new ArrayList<>();
    final List<Timeline.Item> codes = new ArrayList<>();

    Block(int line, String raw) {
      this.line = line;
      this.raw = raw;
    }
  }

  /** Thrown for a malformed code in brackets; the message is the reason and the hint. */
  private static final class BadCode extends Exception {
    private static final long serialVersionUID = 1L;
    final String what;
    final String hint;

    BadCode(String what, String hint) {
      super(what);
      this.what = what;
      this.hint = hint;
    }
  }

  /** A line cut into its name and its codes. */
  private record Parsed(String name, List<Timeline.Item> codes) {}

  ActorFileReader(String file) {
    this.file = file;
  }

  PetrarchDictionaryReader.Result<PetrarchActor> read(String content) {
    for (SourceLines.Line line : SourceLines.of(file, content, notes)) {
      line(line);
    }
    finish();
    return new PetrarchDictionaryReader.Result<>(actors, problems, notes);
  }

  private void line(SourceLines.Line line) {
    String text = line.text();
    if (text.startsWith("[")) {
      codeLine(line);
    } else if (text.startsWith("+")) {
      synonymLine(line);
    } else {
      rootLine(line);
    }
  }

  private void rootLine(SourceLines.Line line) {
    Parsed parsed = parse(line, line.text(), true);
    if (parsed == null) {
      skipping = true;
      return;
    }
    if (Names.of(parsed.name()).isEmpty()) {
      problem(
          line,
          "actor without a name",
          "write the name before its codes; the synonyms and codes after it are skipped");
      skipping = true;
      return;
    }
    skipping = false;
    Block b = block;
    if (b == null || !b.codes.isEmpty()) {
      finish();
      b = new Block(line.number(), line.raw());
      block = b;
    }
    addNames(b, line, parsed.name());
    b.codes.addAll(parsed.codes());
  }

  private void synonymLine(SourceLines.Line line) {
    if (skipping) {
      return;
    }
    Block b = block;
    if (b == null) {
      problem(line, "synonym before any actor name", "start the file with a root name line");
      return;
    }
    Parsed parsed = parse(line, line.text().substring(1), false);
    if (parsed == null) {
      return;
    }
    if (Names.of(parsed.name()).isEmpty()) {
      problem(line, "synonym without a name", "write '+NAME' after the root name");
      return;
    }
    addNames(b, line, parsed.name());
    b.codes.addAll(parsed.codes());
  }

  private void codeLine(SourceLines.Line line) {
    if (skipping) {
      return;
    }
    Block b = block;
    if (b == null) {
      problem(line, "code before any actor name", "put code lines after the name they code");
      return;
    }
    Parsed parsed = parse(line, line.text(), false);
    if (parsed != null) {
      b.codes.addAll(parsed.codes());
    }
  }

  /** Adds a line's names: usually one; {@code A_ +B_} on one line is read as two. */
  private void addNames(Block b, SourceLines.Line line, String written) {
    String[] parts = SYNONYM_SEPARATOR.split(written, -1);
    if (parts.length > 1) {
      notes.add(
          SourceLines.message(
              file,
              line.number(),
              "names joined on one line",
              line.raw(),
              "read as " + parts.length + " names"));
    }
    String location = SourceLines.location(file, line.number());
    for (String part : parts) {
      String name = Names.of(part);
      if (!name.isEmpty()) {
        b.names.add(new PetrarchName(name, location));
      }
    }
  }

  /**
   * Cuts {@code text} into the name before the first {@code [} and the codes in brackets after it.
   * Reports a problem and returns null when a code is malformed.
   */
  private @Nullable Parsed parse(SourceLines.Line line, String text, boolean root) {
    String skipped = root ? "; the name and the synonyms and codes after it are skipped" : "";
    int open = text.indexOf('[');
    String name = (open < 0 ? text : text.substring(0, open)).strip();
    List<Timeline.Item> codes = new ArrayList<>();
    String location = SourceLines.location(file, line.number());
    // a skipped line gets its problem and none of the notes its codes may have made
    int notesBefore = notes.size();
    int at = open;
    while (at >= 0 && at < text.length()) {
      int close = text.indexOf(']', at);
      if (close < 0) {
        notes.subList(notesBefore, notes.size()).clear();
        problem(line, "code not closed with ']'", CODE_HINT + skipped);
        return null;
      }
      try {
        codes.add(item(line, text.substring(at + 1, close).strip(), location));
      } catch (BadCode e) {
        notes.subList(notesBefore, notes.size()).clear();
        problem(line, e.what, e.hint + skipped);
        return null;
      }
      at = close + 1;
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
      if (at < text.length() && text.charAt(at) != '[') {
        notes.add(
            SourceLines.message(
                file,
                line.number(),
                "text after the codes is ignored",
                line.raw(),
                "only codes in brackets follow a name"));
        break;
      }
    }
    return new Parsed(name, codes);
  }

  /** One code in brackets: {@code CODE}, then an optional date restriction. */
  private Timeline.Item item(SourceLines.Line line, String content, String location)
      throws BadCode {
    if (content.isEmpty()) {
      throw new BadCode("empty code", CODE_HINT);
    }
    String[] parts = SPACES.split(content, 2);
    String code = code(line, parts[0]);
    String rest = parts.length > 1 ? parts[1].strip() : "";
    if (rest.isEmpty()) {
      return new Timeline.Item(code, LocalDate.MIN, LocalDate.MAX, location);
    }
    char sign = rest.charAt(0);
    if (sign == '<' || sign == '>') {
      LocalDate day = date(line, rest.substring(1).strip());
      // PETRARCH's '<' and '>' include the day itself
      return sign == '<'
          ? new Timeline.Item(code, LocalDate.MIN, day.plusDays(1), location)
          : new Timeline.Item(code, day, LocalDate.MAX, location);
    }
    int dash = rest.indexOf('-');
    if (dash < 0) {
      throw new BadCode(
          "date without '<', '>' or '-'",
          "write [CODE <DATE] (up to the day), [CODE >DATE] (from the day) or [CODE DATE-DATE]");
    }
    LocalDate from = date(line, rest.substring(0, dash).strip());
    LocalDate last = date(line, rest.substring(dash + 1).strip());
    if (last.isBefore(from)) {
      throw new BadCode(
          "date range ends before it starts",
          "it reads as "
              + from
              + " to "
              + last
              + " (a date of 6 or 7 digits is YYMMDD, of 8 or more YYYYMMDD)");
    }
    return new Timeline.Item(code, from, last.plusDays(1), location);
  }

  /** A code as Brink writes it, or null for PETRARCH's null code {@code ---}. */
  private @Nullable String code(SourceLines.Line line, String written) throws BadCode {
    if (written.equals("---")) {
      return null;
    }
    if (written.equals("###") || written.equals("+++")) {
      notes.add(
          SourceLines.message(
              file,
              line.number(),
              "TABARI's special code " + written + " is read as no code",
              line.raw(),
              "the names are matched but give no actor, like [---]"));
      return null;
    }
    String upper = written.toUpperCase(Locale.ROOT);
    if (LETTERS_AND_DIGITS.matcher(written).matches()) {
      if (!upper.equals(written)) {
        notes.add(
            SourceLines.message(
                file, line.number(), "code in lower case read as " + upper, line.raw(), null));
      }
      return upper;
    }
    if (COMPOUND.matcher(written).matches()) {
      notes.add(
          SourceLines.message(
              file,
              line.number(),
              "several codes for one actor: an event with it is coded once for each of "
                  + String.join(", ", upper.split("/")),
              line.raw(),
              null));
      return upper;
    }
    throw new BadCode(
        "code is not letters and digits",
        "a code is letters and digits, e.g. [USAGOV], or --- for none");
  }

  private LocalDate date(SourceLines.Line line, String written) throws BadCode {
    PetrarchDate d;
    try {
      d = PetrarchDate.parse(written);
    } catch (PetrarchDate.BadDate e) {
      throw new BadCode("bad date", e.getMessage() + "; write YYYYMMDD or YYMMDD");
    }
    if (d.extra() != null) {
      notes.add(
          SourceLines.message(
              file,
              line.number(),
              "date " + written + " read as " + d.date() + ", ignoring the extra digits",
              line.raw(),
              "PETRARCH reads a date of 6 or 7 digits as YYMMDD, of 8 or more as YYYYMMDD"));
    }
    return d.date();
  }

  /** Files the actor being read. */
  private void finish() {
    Block b = block;
    block = null;
    if (b == null) {
      return;
    }
    if (b.names.isEmpty()) {
      return;
    }
    if (b.codes.isEmpty()) {
      problems.add(
          SourceLines.message(
              file,
              b.line,
              "actor without a code",
              b.raw,
              "add a [CODE] line after the name; its names are skipped"));
      return;
    }
    Timeline.Resolved r = Timeline.resolve(b.codes);
    actors.add(new PetrarchActor(b.names, r.code(), r.roles(), SourceLines.location(file, b.line)));
  }

  private void problem(SourceLines.Line line, String what, String hint) {
    problems.add(SourceLines.message(file, line.number(), what, line.raw(), hint));
  }
}
