package org.brink.coding.events.petrarch;

import static org.brink.coding.events.petrarch.EnglishWords.lower;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brink.coding.events.VerbPattern;
import org.brink.coding.events.petrarch.PatternMapper.Note;
import org.brink.coding.events.petrarch.PatternMapper.Shape;
import org.brink.coding.events.petrarch.PetrarchVerbReader.Counts;
import org.brink.coding.events.petrarch.PetrarchVerbReader.Result;
import org.jspecify.annotations.Nullable;

/**
 * Translates one PETRARCH verb dictionary into Brink verb patterns and Brink's dictionary text.
 *
 * <p>Implementation notes. Two passes. The first strips comments ({@code #}, {@code <!-- -->}, the
 * legacy {@code ;}), sorts the lines into synonym sets, block headers, verbs and patterns, and
 * collects every synonym set, so a set may be used before it is defined. The second walks the
 * blocks in order: each verb line gives a bare-verb pattern with its own or the block's code, and
 * each pattern line gives one Brink pattern per verb of its block, since a PETRARCH block is a set
 * of synonymous verbs sharing their patterns. A verb listed in several blocks takes the patterns of
 * each (PETRARCH-2 keeps only its first block's; reported). Every Brink line is written at the line
 * number of the PETRARCH line it comes from, so {@code VerbPatternDictionary.parse} on the text
 * gives the same rules ({@code FILE:LINE}); every other line is kept as a comment. Not thread-safe:
 * one instance reads one file.
 */
final class VerbFileTranslator {
  private static final Pattern CODE_AT_END = Pattern.compile("\\[([^\\[\\]]*)\\]\\s*$");
  private static final Pattern BRACKETED = Pattern.compile("\\[([^\\[\\]]*)\\]");
  private static final Pattern CAMEO_CODE = Pattern.compile("\\d{2,4}");
  private static final Pattern VERB_LINE =
      Pattern.compile("([^\\s{\\[]+)\\s*(\\{[^}]*\\})?\\s*(?:\\[([^\\]]*)\\])?\\s*(.*)");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private enum Kind {
    BLANK,
    SYNSET,
    MEMBER,
    HEADER,
    VERB,
    PATTERN,
    TRANSFORMATION,
    BAD
  }

  /**
   * A code: the event it gives (null for the null code {@code ---}), its reverse event (object to
   * subject) or null, and why a written reverse event was dropped, or null.
   */
  private record Code(
      @Nullable String active, @Nullable String reverse, @Nullable String dropped, boolean outside) {
    /** In Brink's pattern syntax: {@code 042:043}. */
    String rendered() {
      return reverse == null ? String.valueOf(active) : active + ":" + reverse;
    }
  }

  /** A verb of a block as Brink reads it: lemma, and what a multi-word verb adds. */
  private record Verb(
      String lemma,
      @Nullable String particle,
      Set<String> nouns,
      List<String> prepositions,
      int line,
      String written) {}

  private static final class Block {
    final String name;
    final int line;
    final @Nullable Code code;
    final List<Verb> verbs = new ArrayList<>();

    /** The pattern lines each verb does not take, its own words clashing with theirs. */
    final Map<Verb, List<Integer>> notTaken = new LinkedHashMap<>();

    Block(String name, int line, @Nullable Code code) {
      this.name = name;
      this.line = line;
      this.code = code;
    }
  }

  private record Finding(int line, Reason reason, String message) {}

  private record Listing(Block block, int line) {}

  private final String file;
  private final List<String> raw;
  private final Predicate<String> knownCode;
  private final String[] text;
  private final Kind[] kinds;
  private final String[] rendered;
  private final Synsets synsets = new Synsets();
  private final List<Finding> problems = new ArrayList<>();
  private final List<Finding> approximations = new ArrayList<>();
  private final List<VerbPattern> patterns = new ArrayList<>();
  private final List<VerbPattern> discards = new ArrayList<>();
  private final Map<String, Listing> firstListing = new HashMap<>();
  private int blocks;
  private int verbs;
  private int verbPatterns;
  private int patternLines;
  private int mapped;
  private int approximated;
  private int discarded;
  private int dropped;

  VerbFileTranslator(String file, String content, Predicate<String> knownCode) {
    this.file = file;
    this.raw = content.lines().toList();
    this.knownCode = knownCode;
    this.text = new String[raw.size()];
    this.kinds = new Kind[raw.size()];
    this.rendered = new String[raw.size()];
  }

  Result translate() {
    stripComments();
    sortLines();
    Block block = null;
    for (int i = 0; i < raw.size(); i++) {
      int line = i + 1;
      switch (kinds[i]) {
        case HEADER -> {
          close(block);
          block = header(line, text[i]);
        }
        case SYNSET -> {
          close(block); // as in PETRARCH-2, a synonym set ends the block: no pattern follows it
          block = null;
        }
        case VERB -> {
          if (block != null) {
            verb(block, line, text[i]);
          }
        }
        case PATTERN -> pattern(block, line, text[i]);
        case TRANSFORMATION ->
            problem(
                line,
                Reason.TRANSFORMATION,
                "verb transformations ('~') rewrite events PETRARCH-2 has already coded; Brink"
                    + " has no such step");
        default -> {
          // members were read in sortLines; blank and bad lines have nothing more to do
        }
      }
    }
    close(block);
    return result();
  }

  // ---- pass 1

  private void stripComments() {
    boolean inXmlComment = false;
    for (int i = 0; i < raw.size(); i++) {
      String s = raw.get(i);
      StringBuilder kept = new StringBuilder();
      while (true) {
        if (inXmlComment) {
          int end = s.indexOf("-->");
          if (end < 0) {
            s = "";
            break;
          }
          s = s.substring(end + 3);
          inXmlComment = false;
        }
        int start = s.indexOf("<!--");
        if (start < 0) {
          kept.append(s);
          break;
        }
        kept.append(s, 0, start);
        s = s.substring(start + 4);
        inXmlComment = true;
      }
      String t = kept.toString();
      int hash = t.indexOf('#');
      if (hash >= 0) {
        t = t.substring(0, hash);
      }
      int semicolon = t.indexOf(';'); // the KEDS/TABARI comment mark, still honoured by PETRARCH
      if (semicolon >= 0) {
        t = t.substring(0, semicolon);
      }
      text[i] = t.strip();
    }
  }

  private void sortLines() {
    String synset = null;
    boolean inBlock = false;
    for (int i = 0; i < raw.size(); i++) {
      String t = text[i];
      int line = i + 1;
      Kind kind;
      if (t.isEmpty()) {
        kind = Kind.BLANK;
      } else if (t.startsWith("&")) {
        kind = Kind.SYNSET;
        String[] words = SPACES.split(t);
        if (words.length > 1 || Synsets.label(words[0]).isEmpty()) {
          problem(line, Reason.BAD_SYNSET, "a synonym set line is '&LABEL' alone");
          kind = Kind.BAD;
          synset = null;
        } else {
          synset = words[0];
          synsets.define(synset);
        }
        inBlock = false;
      } else if (t.startsWith("---")) {
        kind = Kind.HEADER;
        synset = null;
        inBlock = true;
      } else if (t.startsWith("-")) {
        kind = Kind.PATTERN;
      } else if (t.startsWith("~")) {
        kind = Kind.TRANSFORMATION;
      } else if (t.startsWith("+") && synset != null) {
        kind = Kind.MEMBER;
        String member = t.substring(1).strip();
        if (member.isEmpty()) {
          problem(line, Reason.BAD_SYNSET, "empty synonym");
          kind = Kind.BAD;
        } else {
          synsets.add(synset, member);
        }
      } else if (inBlock) {
        kind = Kind.VERB;
      } else {
        kind = Kind.BAD;
        problem(
            line,
            Reason.BAD_LINE,
            t.startsWith("+")
                ? "'+' line outside a synonym set or verb block"
                : "not a synonym set, block header, verb or pattern line");
      }
      kinds[i] = kind;
    }
  }

  // ---- pass 2

  private Block header(int line, String t) {
    blocks++;
    String inner = t.replaceFirst("^-+", "").replaceFirst("[\\s-]+$", "").strip();
    List<String> codes = new ArrayList<>();
    Matcher m = BRACKETED.matcher(inner);
    while (m.find()) {
      codes.add(m.group(1).strip());
    }
    String name = BRACKETED.matcher(inner).replaceAll(" ").strip();
    if (name.isEmpty()) {
      problem(line, Reason.BAD_HEADER, "a block header is '--- NAME [CODE] ---'");
      name = "at line " + line;
    }
    name = SPACES.matcher(name).replaceAll(" ");
    if (codes.size() > 1) {
      approximation(
          line,
          Reason.SEVERAL_HEADER_CODES,
          "the header has " + codes.size() + " codes; the block's is the first, as in PETRARCH-2");
    }
    Code code = null;
    if (!codes.isEmpty()) {
      try {
        code = code(codes.get(0));
        approximations(line, code);
      } catch (Unmappable u) {
        problem(line, u.reason, u.getMessage() + "; the block's verbs give no event of their own");
      }
    }
    return new Block(name, line, code);
  }

  private void verb(Block block, int line, String t) {
    Matcher m = VERB_LINE.matcher(t);
    if (!m.matches()) {
      problem(line, Reason.BAD_VERB, "a verb line is 'VERB [{FORMS}] [[CODE]]'");
      return;
    }
    String written = m.group(1);
    if (written.contains("*")) {
      problem(line, Reason.BAD_LINE, "'*' in a verb line; a pattern line starts with '-'");
      return;
    }
    if (!m.group(4).isEmpty()) {
      problem(line, Reason.BAD_VERB, "unexpected '" + m.group(4) + "' after the verb");
      return;
    }
    Verb verb;
    try {
      verb = verbOf(written, line);
    } catch (Unmappable u) {
      problem(line, u.reason, u.getMessage());
      return;
    }
    String key = phrase(verb.lemma(), verb.particle(), verb.nouns(), verb.prepositions(), List.of());
    for (Verb v : block.verbs) {
      if (phrase(v.lemma(), v.particle(), v.nouns(), v.prepositions(), List.of()).equals(key)) {
        return; // listed twice in one block: nothing to add
      }
    }
    Listing first = firstListing.putIfAbsent(key, new Listing(block, line));
    if (first != null) {
      approximation(
          line,
          Reason.SEVERAL_BLOCKS,
          "verb '"
              + key
              + "' is also in block "
              + first.block().name
              + " (line "
              + first.line()
              + "); Brink gives it the patterns of both, PETRARCH-2 only those of the first");
    }
    block.verbs.add(verb);
    verbs++;

    Code code = block.code;
    if (m.group(3) != null) {
      try {
        code = code(m.group(3).strip());
        approximations(line, code);
      } catch (Unmappable u) {
        problem(line, u.reason, u.getMessage() + "; the verb still takes the block's patterns");
        return;
      }
    }
    if (code == null || code.active() == null) {
      return; // the null code: the verb alone is no event
    }
    if (EnglishWords.SAYING.contains(verb.lemma()) && key.equals(verb.lemma())) {
      approximation(
          line,
          Reason.BARE_SAYING,
          "'"
              + written
              + "' alone gives no "
              + code.active()
              + ": Brink codes what is said, not the saying; the block's patterns still apply");
      return;
    }
    VerbPattern p =
        new VerbPattern(
            code.active(),
            code.reverse(),
            verb.lemma(),
            verb.particle(),
            verb.nouns(),
            verb.prepositions(),
            Set.of(),
            rule(line),
            key);
    patterns.add(p);
    verbPatterns++;
    rendered[line - 1] = code.rendered() + "  " + key + "  # " + raw.get(line - 1).strip();
  }

  /** Reads a verb as written: {@code ATTACK}, {@code +BEEF_UP}, {@code RE_+ARREST}. */
  private Verb verbOf(String written, int line) {
    String up = written.toUpperCase(Locale.ROOT);
    List<String> parts = new ArrayList<>();
    for (String p : up.split("_")) {
      if (!p.isEmpty()) {
        parts.add(p);
      }
    }
    if (parts.isEmpty()) {
      // "_" or "__": underscores join words, and here there are none
      throw new Unmappable(Reason.BAD_VERB, "verb '" + written + "' has no word, only underscores");
    }
    int verbAt = 0;
    if (parts.size() > 1 || up.startsWith("+")) {
      List<Integer> marked = new ArrayList<>();
      for (int i = 0; i < parts.size(); i++) {
        if (parts.get(i).startsWith("+")) {
          marked.add(i);
        }
      }
      if (marked.size() != 1 || parts.get(marked.get(0)).indexOf('+', 1) >= 0) {
        throw new Unmappable(
            Reason.BAD_VERB,
            "multi-word verb '"
                + written
                + "' needs one '+' before its verb word, as in '+BEEF_UP' or 'RE_+ARREST'");
      }
      verbAt = marked.get(0);
    }
    if (parts.contains("AND")) {
      throw new Unmappable(
          Reason.BAD_VERB, "'" + written + "' joins two verbs with AND; a Brink pattern has one");
    }
    String lemma = lower(parts.get(verbAt).replace("+", ""));
    if (EnglishWords.AUXILIARIES.contains(lemma)) {
      throw new Unmappable(
          Reason.BAD_VERB, "'" + written + "' is an auxiliary, not a verb that codes an event");
    }
    if (verbAt > 0) {
      List<String> joined = new ArrayList<>();
      parts.subList(0, verbAt).forEach(p -> joined.add(lower(p)));
      joined.add(lemma);
      lemma = String.join("-", joined);
      approximation(
          line, Reason.FRONT_WORDS, "'" + written + "' read as the single verb '" + lemma + "'");
    }
    if (!EnglishWords.isBrinkWord(lemma)) {
      throw new Unmappable(Reason.BAD_VERB, "verb '" + written + "' is not a word Brink can match");
    }
    String particle = null;
    String noun = null;
    String prep = null;
    for (String p : parts.subList(verbAt + 1, parts.size())) {
      String w = lower(p);
      if (!EnglishWords.isBrinkWord(w)) {
        throw new Unmappable(
            Reason.BAD_VERB, "'" + p + "' in '" + written + "' is not a word Brink can match");
      }
      if (EnglishWords.VERB_PARTICLES.contains(w)
          && particle == null
          && noun == null
          && prep == null) {
        particle = w;
      } else if (EnglishWords.PREPOSITIONS.contains(w) && prep == null) {
        prep = w;
      } else if (noun == null && prep == null) {
        noun = EnglishWords.singular(w);
      } else {
        throw new Unmappable(
            Reason.BAD_VERB,
            "'"
                + written
                + "' has more words than a Brink verb, particle, object noun and preposition");
      }
    }
    return new Verb(
        lemma,
        particle,
        noun == null ? Set.of() : Set.of(noun),
        prep == null ? List.of() : List.of(prep),
        line,
        written);
  }

  private void pattern(@Nullable Block block, int line, String t) {
    patternLines++;
    String body = t.substring(1);
    try {
      Matcher cm = CODE_AT_END.matcher(body);
      if (!cm.find()) {
        throw new Unmappable(Reason.NO_CODE, "no [CODE] at the end of the pattern");
      }
      String codeText = cm.group(1).strip();
      String shape = body.substring(0, cm.start());
      Code code = code(codeText);
      if (code.active() == null) {
        discarded++;
        discards.addAll(expressibleDiscards(block, line, shape));
        return;
      }
      if (block == null) {
        throw new Unmappable(
            Reason.NO_BLOCK, "pattern outside a verb block ('--- NAME [CODE] ---')");
      }
      Shape s = shape(shape);
      List<Note> notes = new ArrayList<>(s.notes());
      notes.addAll(notes(code));
      List<VerbPattern> out = new ArrayList<>();
      List<String> phrases = new ArrayList<>();
      List<Verb> notTaking = new ArrayList<>();
      for (Verb v : block.verbs) {
        VerbPattern p = merge(v, s, code, line);
        if (p == null) {
          notTaking.add(v);
        } else if (!phrases.contains(p.phrase())) {
          out.add(p);
          phrases.add(p.phrase());
        }
      }
      if (out.isEmpty()) {
        throw new Unmappable(
            Reason.NO_VERB,
            block.verbs.isEmpty()
                ? "block " + block.name + " has no verb Brink can match"
                : "no verb of block "
                    + block.name
                    + " takes this pattern: the multi-word verbs' own words clash with it");
      }
      for (Verb v : notTaking) {
        block.notTaken.computeIfAbsent(v, k -> new ArrayList<>()).add(line);
      }
      for (Note n : notes) {
        approximation(line, n.reason(), n.message());
      }
      if (notes.isEmpty()) {
        mapped++;
      } else {
        approximated++;
      }
      patterns.addAll(out);
      rendered[line - 1] =
          code.rendered()
              + "  "
              + String.join(", ", phrases)
              + (s.with().isEmpty() ? "" : " ; with " + String.join("|", s.with()))
              + (s.before().isEmpty() ? "" : " ; before " + s.before().render())
              + (s.after().isEmpty() ? "" : " ; after " + s.after().renderAfter())
              + (s.mutual() ? " ; mutual" : "")
              + "  # "
              + raw.get(line - 1).strip();
    } catch (Unmappable u) {
      dropped++;
      problem(line, u.reason, u.getMessage());
    }
  }

  /** Reports, on each multi-word verb's line, the patterns of its block it does not take. */
  private void close(@Nullable Block block) {
    if (block == null) {
      return;
    }
    block.notTaken.forEach(
        (v, lines) -> {
          List<String> shown = new ArrayList<>();
          lines.stream().limit(5).forEach(l -> shown.add(String.valueOf(l)));
          approximation(
              v.line(),
              Reason.NOT_APPLIED,
              lines.size()
                  + (lines.size() == 1 ? " pattern" : " patterns")
                  + " of block "
                  + block.name
                  + (lines.size() == 1 ? " does" : " do")
                  + " not apply to '"
                  + v.written()
                  + "', whose own particle, object noun or preposition clashes with theirs (line"
                  + (lines.size() == 1 ? " " : "s ")
                  + String.join(", ", shown)
                  + (lines.size() > 5 ? ", ..." : "")
                  + ")");
        });
  }

  /** The Brink reading of a pattern's words around its {@code *}. */
  private Shape shape(String shape) {
    List<String> halves = starHalves(shape);
    return new PatternMapper(synsets).map(halves.get(0), halves.get(1));
  }

  /** The text before and after the verb's {@code *}. */
  private static List<String> starHalves(String shape) {
    int stars = 0;
    for (int i = 0; i < shape.length(); i++) {
      if (shape.charAt(i) == '*') {
        stars++;
      }
    }
    if (stars != 1) {
      throw new Unmappable(
          Reason.STARS, "a pattern needs one '*' where the verb stands, not " + stars);
    }
    int star = shape.indexOf('*');
    return List.of(shape.substring(0, star), shape.substring(star + 1));
  }

  /**
   * The {@code [---]} patterns Brink could hold as "no event here" patterns, with the null code
   * {@code ---}; a discard Brink could not express is counted all the same and adds nothing here.
   */
  private List<VerbPattern> expressibleDiscards(@Nullable Block block, int line, String shape) {
    if (block == null) {
      return List.of();
    }
    try {
      Shape s = shape(shape);
      List<VerbPattern> out = new ArrayList<>();
      for (Verb v : block.verbs) {
        VerbPattern p = merge(v, s, new Code("---", null, null, false), line);
        if (p != null) {
          out.add(p);
        }
      }
      return out;
    } catch (Unmappable u) {
      return List.of(); // see the method comment: counted as discarded, nothing to list
    }
  }

  /**
   * A verb of the block with the pattern's words, or null when they clash: a multi-word verb's own
   * particle, object noun or preposition differs from the pattern's.
   */
  private @Nullable VerbPattern merge(Verb v, Shape s, Code code, int line) {
    if ((v.particle() != null && s.particle() != null && !v.particle().equals(s.particle()))
        || (!v.nouns().isEmpty() && !s.nouns().isEmpty())
        || (!v.prepositions().isEmpty()
            && !s.prepositions().isEmpty()
            && !v.prepositions().equals(s.prepositions()))) {
      return null;
    }
    String particle = v.particle() != null ? v.particle() : s.particle();
    Set<String> nouns = v.nouns().isEmpty() ? s.nouns() : v.nouns();
    List<String> preps = s.prepositions().isEmpty() ? v.prepositions() : s.prepositions();
    return new VerbPattern(
        Objects.requireNonNull(code.active(), "active"),
        code.reverse(),
        v.lemma(),
        particle,
        nouns,
        preps,
        s.with(),
        rule(line),
        phrase(v.lemma(), particle, nouns, preps, s.sourcePrepositions()),
        s.before(),
        s.after(),
        s.sourcePrepositions(),
        s.mutual(),
        Set.of(),
        false,
        false);
  }

  /** The pattern in Brink's phrase syntax: {@code VERB [PARTICLE] [+NOUN|...] [>PREP|...]}. */
  private static String phrase(
      String verb, @Nullable String particle, Set<String> nouns, List<String> preps, List<String> sourcePreps) {
    StringBuilder b = new StringBuilder(verb);
    if (particle != null) {
      b.append(' ').append(particle);
    }
    if (!nouns.isEmpty()) {
      b.append(" +").append(String.join("|", nouns));
    }
    if (!preps.isEmpty()) {
      b.append(" >").append(String.join("|", preps));
    }
    if (!sourcePreps.isEmpty()) {
      b.append(" <").append(String.join("|", sourcePreps));
    }
    return b.toString();
  }

  /**
   * Reads a code: {@code 190}, {@code 042:043} (with a reverse event), {@code ---} (no event).
   *
   * @throws Unmappable when it gives no event Brink can code
   */
  private Code code(String written) {
    String active = written;
    String reverse = null;
    int colon = written.indexOf(':');
    if (colon >= 0) {
      active = written.substring(0, colon).strip();
      reverse = written.substring(colon + 1).strip();
      if (reverse.isEmpty() || reverse.equals("---")) {
        reverse = null;
      }
    }
    if (active.isEmpty() || active.equals("---")) {
      if (reverse != null) {
        throw new Unmappable(
            Reason.REVERSE_ONLY,
            "code ["
                + written
                + "] gives only the reverse event "
                + reverse
                + " (object to subject); Brink codes subject to object");
      }
      return new Code(null, null, null, false);
    }
    if (!CAMEO_CODE.matcher(active).matches()) {
      throw new Unmappable(
          Reason.NOT_A_CODE, "code '" + active + "' is not a CAMEO code; codes are 2-4 digits");
    }
    boolean outside = !knownCode.test(active);
    if (reverse != null && !(CAMEO_CODE.matcher(reverse).matches() && knownCode.test(reverse))) {
      return new Code(
          active,
          null,
          "code ["
              + written
              + "]: the reverse event "
              + reverse
              + " is not a CAMEO code Brink knows; Brink gives only "
              + active,
          outside);
    }
    return new Code(active, reverse, null, outside);
  }

  /** What a code loses: a reverse event Brink cannot give, the facts of a code outside CAMEO. */
  private static List<Note> notes(Code code) {
    List<Note> out = new ArrayList<>(2);
    if (code.outside()) {
      out.add(
          new Note(
              Reason.OUTSIDE_CAMEO,
              "code '"
                  + code.active()
                  + "' is not in the CAMEO ontology; its events carry it with no quad class,"
                  + " Goldstein weight or PLOVER category"));
    }
    if (code.dropped() != null) {
      out.add(new Note(Reason.PAIRED_CODE, code.dropped()));
    }
    return out;
  }

  private void approximations(int line, Code code) {
    for (Note n : notes(code)) {
      approximation(line, n.reason(), n.message());
    }
  }

  private String rule(int line) {
    return file + ":" + line;
  }

  private void problem(int line, Reason reason, String message) {
    problems.add(new Finding(line, reason, message));
  }

  private void approximation(int line, Reason reason, String message) {
    approximations.add(new Finding(line, reason, message));
  }

  // ---- result

  private Result result() {
    List<String> lines = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      String r = raw.get(i);
      if (rendered[i] != null) {
        lines.add(rendered[i]);
      } else if (r.isBlank() || r.stripLeading().startsWith("#")) {
        lines.add(r.strip());
      } else {
        lines.add("# " + r.strip());
      }
    }
    Counts counts =
        new Counts(
            synsets.size(),
            blocks,
            verbs,
            verbPatterns,
            patternLines,
            mapped,
            approximated,
            discarded,
            dropped,
            patterns.size());
    return new Result(
        file,
        patterns,
        discards,
        format(problems),
        format(approximations),
        countByReason(problems),
        countByReason(approximations),
        counts,
        String.join("\n", lines) + "\n");
  }

  private List<String> format(List<Finding> findings) {
    List<String> out = new ArrayList<>(findings.size());
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(java.util.Comparator.comparingInt(Finding::line));
    for (Finding f : sorted) {
      out.add(
          file
              + ":"
              + f.line()
              + ": "
              + f.message()
              + ": '"
              + SPACES.matcher(raw.get(f.line() - 1).strip()).replaceAll(" ")
              + "'");
    }
    return out;
  }

  private static Map<String, Integer> countByReason(List<Finding> findings) {
    Map<String, Integer> out = new TreeMap<>();
    for (Finding f : findings) {
      out.merge(f.reason().key(), 1, Integer::sum);
    }
    return out;
  }
}
