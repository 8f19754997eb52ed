package org.brink.coding.events.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The syntax of one side of a PETRARCH pattern (the words before or after the verb's {@code *}).
 *
 * <p>Implementation notes. PETRARCH-2 writes {@code (PREP ...)} for a prepositional phrase, {@code
 * {MOD ... HEAD}} for a multi-word noun, {@code &SET} for a synonym set and {@code $ + % ^} for
 * source, target, compound actor and "skip"; a bare word is the head of a noun phrase. The older
 * linear (TABARI) patterns join consecutive words with {@code _}: a token such as {@code
 * DIPLOMATIC_RELATIONS} is read as the noun {@code {DIPLOMATIC RELATIONS}}, while one holding a
 * preposition, particle or marker ({@code TO_LET_ESCAPE}) is split into its words. Within a token,
 * {@code &SET_WORD} names the longest defined set ({@code &FIGHT_OF_WORDS} if defined, else {@code
 * &FIGHT} then {@code WORD}). A {@code /} separates alternatives ({@code (TO/FOR PROTEST)}).
 */
final class PatternSyntax {
  sealed interface Node permits Word, SynsetRef, Marker, Compound, Phrase {}

  /** A word, or several alternative words ({@code BOMBING/EXPLOSION}), upper case as written. */
  record Word(List<String> forms) implements Node {
    Word {
      forms = List.copyOf(forms);
    }
  }

  /** A reference to a synonym set, by label. */
  record SynsetRef(String label) implements Node {}

  /** {@code $} source, {@code +} target, {@code %} compound actor, {@code ^} skip. */
  record Marker(char symbol) implements Node {}

  /** {@code {MOD ... HEAD}}: a noun whose head is the last item. */
  record Compound(List<Node> items) implements Node {
    Compound {
      items = List.copyOf(items);
    }
  }

  /** {@code (PREP ...)}: a prepositional phrase. */
  record Phrase(Node preposition, List<Node> items) implements Node {
    Phrase {
      items = List.copyOf(items);
    }
  }

  private final Synsets synsets;
  private final List<String> tokens;
  private int at;

  private PatternSyntax(Synsets synsets, List<String> tokens) {
    this.synsets = synsets;
    this.tokens = tokens;
  }

  /**
   * Parses one side of a pattern.
   *
   * @throws Unmappable with {@link Reason#SYNTAX} for unbalanced or empty brackets
   */
  static List<Node> parse(String side, Synsets synsets) {
    return new PatternSyntax(synsets, tokenize(side)).sequence();
  }

  /** The node as PETRARCH would write it, for messages. */
  static String text(Node node) {
    return switch (node) {
      case Word w -> String.join("/", w.forms());
      case SynsetRef s -> "&" + s.label();
      case Marker m -> String.valueOf(m.symbol());
      case Compound c -> "{" + text(c.items()) + "}";
      case Phrase p ->
          "(" + text(p.preposition()) + (p.items().isEmpty() ? "" : " " + text(p.items())) + ")";
    };
  }

  static String text(List<Node> nodes) {
    return nodes.stream().map(PatternSyntax::text).collect(Collectors.joining(" "));
  }

  private static List<String> tokenize(String side) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < side.length(); i++) {
      char c = side.charAt(i);
      if (Character.isWhitespace(c) || "(){}".indexOf(c) >= 0) {
        if (!word.isEmpty()) {
          out.add(word.toString());
          word.setLength(0);
        }
        if (!Character.isWhitespace(c)) {
          out.add(String.valueOf(c));
        }
      } else {
        word.append(c);
      }
    }
    if (!word.isEmpty()) {
      out.add(word.toString());
    }
    return out;
  }

  private List<Node> sequence() {
    List<Node> out = new ArrayList<>();
    while (at < tokens.size()) {
      String t = tokens.get(at);
      switch (t) {
        case "(" -> out.add(phrase());
        case "{" -> out.add(compound());
        case ")", "}" ->
            throw new Unmappable(Reason.SYNTAX, "'" + t + "' without its opening bracket");
        default -> {
          if (expandUnderscores(0)) {
            continue;
          }
          out.add(word(t));
          at++;
        }
      }
    }
    return out;
  }

  private Phrase phrase() {
    at++; // (
    List<Node> items = new ArrayList<>();
    while (true) {
      if (at >= tokens.size()) {
        throw new Unmappable(Reason.SYNTAX, "'(' without ')'");
      }
      String t = tokens.get(at);
      if (t.equals(")")) {
        at++;
        break;
      }
      switch (t) {
        case "(" -> throw new Unmappable(Reason.SYNTAX, "'(' inside a prepositional phrase");
        case "}" -> throw new Unmappable(Reason.SYNTAX, "'}' without its opening bracket");
        case "{" -> items.add(compound());
        default -> {
          if (expandUnderscores(1)) {
            continue;
          }
          items.add(word(t));
          at++;
        }
      }
    }
    if (items.isEmpty()) {
      throw new Unmappable(Reason.SYNTAX, "empty '()'");
    }
    Node prep = items.get(0);
    if (!(prep instanceof Word) && !(prep instanceof SynsetRef)) {
      throw new Unmappable(
          Reason.NOT_A_PREPOSITION, "'(" + text(items) + ")' does not start with a preposition");
    }
    return new Phrase(prep, items.subList(1, items.size()));
  }

  private Compound compound() {
    at++; // {
    List<Node> items = new ArrayList<>();
    while (true) {
      if (at >= tokens.size()) {
        throw new Unmappable(Reason.SYNTAX, "'{' without '}'");
      }
      String t = tokens.get(at);
      if (t.equals("}")) {
        at++;
        break;
      }
      switch (t) {
        case "(", "{" -> throw new Unmappable(Reason.SYNTAX, "'" + t + "' inside '{...}'");
        case ")" -> throw new Unmappable(Reason.SYNTAX, "')' without its opening bracket");
        default -> {
          if (expandUnderscores(1)) {
            continue;
          }
          items.add(word(t));
          at++;
        }
      }
    }
    if (items.isEmpty()) {
      throw new Unmappable(Reason.SYNTAX, "empty '{}'");
    }
    return new Compound(items);
  }

  private Node word(String t) {
    if (t.length() == 1 && "$+%^".indexOf(t.charAt(0)) >= 0) {
      return new Marker(t.charAt(0));
    }
    if (t.startsWith("&")) {
      String label = Synsets.label(t);
      if (label.isEmpty()) {
        throw new Unmappable(Reason.SYNTAX, "'&' without a set name");
      }
      return new SynsetRef(label);
    }
    List<String> forms = new ArrayList<>();
    for (String f : t.split("/")) {
      if (!f.isEmpty()) {
        forms.add(f.toUpperCase(Locale.ROOT));
      }
    }
    if (forms.isEmpty()) {
      throw new Unmappable(Reason.SYNTAX, "'" + t + "' is not a word");
    }
    return new Word(forms);
  }

  /**
   * Replaces the token at {@link #at}, when it joins words with {@code _}, by its words: a
   * multi-word noun at the top level, the plain words elsewhere. Returns whether it did.
   */
  private boolean expandUnderscores(int depth) {
    String t = tokens.get(at);
    if (t.indexOf('_') < 0) {
      return false;
    }
    List<String> parts = new ArrayList<>();
    for (String p : t.split("_")) {
      if (!p.isEmpty()) {
        parts.add(p);
      }
    }
    if (t.startsWith("&") && !namesSetPrefix(parts)) {
      return false; // &FIGHT_OF_WORDS, or an undefined set reported under its full name
    }
    List<String> words = synsets.regroup(parts);
    List<String> replacement = new ArrayList<>();
    if (words.size() > 1 && depth == 0 && words.stream().allMatch(PatternSyntax::isPlainWord)) {
      replacement.add("{");
      replacement.addAll(words);
      replacement.add("}");
    } else {
      replacement.addAll(words);
    }
    tokens.remove(at);
    tokens.addAll(at, replacement);
    return true;
  }

  /** Whether a shorter prefix of {@code &A_B_C}, and not the whole, names a defined set. */
  private boolean namesSetPrefix(List<String> parts) {
    if (synsets.isDefined(Synsets.label(String.join("_", parts)))) {
      return false;
    }
    for (int j = parts.size() - 1; j > 0; j--) {
      if (synsets.isDefined(Synsets.label(String.join("_", parts.subList(0, j))))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPlainWord(String w) {
    if (w.length() == 1 && "$+%^".indexOf(w.charAt(0)) >= 0) {
      return false;
    }
    String lower = EnglishWords.lower(w);
    return !EnglishWords.LINEAR_PREPOSITIONS.contains(lower)
        && !EnglishWords.PATTERN_PARTICLES.contains(lower);
  }
}
