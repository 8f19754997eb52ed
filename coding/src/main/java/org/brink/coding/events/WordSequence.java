package org.brink.coding.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Words a pattern needs on one side of its verb, in order: PETRARCH's words left of the verb's
 * {@code *} ("&NEGATVAUXVRB * OVER EFFORTS", "INDICATED WOULD *", "FAILED_TO_*"), or right of it
 * where PETRARCH reads them as a run of words rather than a phrase ("* REALLY_PLEASANT",
 * "* &TIETYPES_MEMOS ABOUT").
 *
 * <p>Each element is a set of alternatives, each alternative a run of adjacent words ("did n't",
 * "will not"). Elements stand in the sentence in the order written, anywhere on their side of the
 * verb (after it: within the verb's own subtree), with any words between them; when {@code
 * adjacent} holds, the element nearest the verb must touch it. A word matches a token whose
 * lower-cased word or lemma it is, or, for a plural noun, its singular. Brink syntax: {@code ;
 * before unexpectedly did_n't|wo_n't}, {@code ; after really_pleasant} (alternatives split by
 * {@code |}, words joined by {@code _}; a trailing {@code _} on {@code before}, a leading one on
 * {@code after}, for {@code adjacent}).
 *
 * @param elements the alternatives of each element, each alternative its words in lower case
 * @param adjacent whether the element nearest the verb must touch it
 */
public record WordSequence(List<Set<List<String>>> elements, boolean adjacent) {
  private static final Comparator<List<String>> LONGEST_FIRST =
      Comparator.<List<String>>comparingInt(List::size)
          .reversed()
          .thenComparing(a -> String.join(" ", a));

  private static final Pattern WORD = Pattern.compile("[a-z0-9][a-z0-9'.-]*|n't|'s|'ll|'re|'ve|'d");

  /** No words needed. */
  public static final WordSequence NONE = new WordSequence(List.of(), false);

  public WordSequence {
    // longest alternative first, so that matching is deterministic and prefers the longer run
    elements =
        elements.stream()
            .map(
                e ->
                    Collections.unmodifiableSet(
                        new LinkedHashSet<>(
                            e.stream()
                                .<List<String>>map(List::copyOf)
                                .sorted(LONGEST_FIRST)
                                .toList())))
            .toList();
    if (adjacent && elements.isEmpty()) {
      throw new IllegalArgumentException("'adjacent' needs an element");
    }
  }

  public boolean isEmpty() {
    return elements.isEmpty();
  }

  /**
   * The tokens the words stand on before the verb, or null when they do not all stand there in
   * order. Each element takes its occurrence nearest the verb.
   */
  public int @Nullable [] match(DependencyTree tree, int verb) {
    return find(tree, verb, false, null);
  }

  /**
   * The tokens the words stand on after the verb, within its clause, or null when they do not all
   * stand there in order. Each element takes its occurrence nearest the verb.
   */
  public int @Nullable [] matchAfter(DependencyTree tree, int verb) {
    // the verb's clause: its subtree without verbs coordinated with it or set beside it
    boolean[] clause = new boolean[tree.size()];
    for (int c : tree.children(verb)) {
      String rel = tree.baseRelation(c);
      if (!rel.equals("conj") && !rel.equals("parataxis")) {
        mark(tree, c, clause);
      }
    }
    return find(tree, verb, true, clause);
  }

  /**
   * Walks away from the verb, element by element from the one nearest it, each taking its first
   * occurrence; {@code allowed}, when given, says which tokens may be used.
   */
  private int @Nullable [] find(DependencyTree tree, int verb, boolean after, boolean @Nullable [] allowed) {
    List<Integer> matched = new ArrayList<>();
    int step = after ? 1 : -1;
    int edge = verb + step; // the nearest token the next element may use
    int n = elements.size();
    for (int k = 0; k < n; k++) {
      Set<List<String>> element = elements.get(after ? k : n - 1 - k);
      boolean pinned = adjacent && k == 0;
      int found = -1;
      List<String> how = List.of();
      for (int near = edge; near >= 0 && near < tree.size() && found < 0; near += step) {
        for (List<String> alternative : element) {
          int first = after ? near : near - alternative.size() + 1;
          if (first >= 0
              && first + alternative.size() <= tree.size()
              && (allowed == null || within(allowed, first, alternative.size()))
              && standsAt(tree, first, alternative)) {
            found = first;
            how = alternative;
            break;
          }
        }
        if (pinned) {
          break;
        }
      }
      if (found < 0) {
        return null;
      }
      for (int i = 0; i < how.size(); i++) {
        matched.add(found + i);
      }
      edge = after ? found + how.size() : found - 1;
    }
    return matched.stream().mapToInt(Integer::intValue).toArray();
  }

  private static void mark(DependencyTree tree, int node, boolean[] clause) {
    clause[node] = true;
    for (int c : tree.children(node)) {
      mark(tree, c, clause);
    }
  }

  private static boolean within(boolean[] clause, int first, int length) {
    for (int t = first; t < first + length; t++) {
      if (!clause[t]) {
        return false;
      }
    }
    return true;
  }

  private static boolean standsAt(DependencyTree tree, int first, List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      int t = first + i;
      // the word, its lemma or its singular as an object noun matches (VerbPatternMatcher.isOneOf),
      // and a plural written matches its singular in the sentence
      boolean writtenPlural =
          w.endsWith("s") && w.substring(0, w.length() - 1).equals(tree.token(t).word().toLowerCase(Locale.ROOT));
      if (!VerbPatternMatcher.isOneOf(tree, t, Set.of(w)) && !writtenPlural) {
        return false;
      }
    }
    return true;
  }

  /** Two per word that must be present (each element's shortest alternative), one for adjacency. */
  public int specificity() {
    int words = 0;
    for (Set<List<String>> e : elements) {
      words += e.stream().mapToInt(List::size).min().orElse(0);
    }
    return 2 * words + (adjacent ? 1 : 0);
  }

  /** In Brink's syntax, without the keyword, as words before the verb: {@code did_n't|wo_n't_}. */
  public String render() {
    return words() + (adjacent ? "_" : "");
  }

  /** In Brink's syntax, without the keyword, as words after the verb: {@code _out_again}. */
  public String renderAfter() {
    return (adjacent ? "_" : "") + words();
  }

  private String words() {
    List<String> out = new ArrayList<>();
    for (Set<List<String>> e : elements) {
      out.add(e.stream().map(a -> String.join("_", a)).collect(Collectors.joining("|")));
    }
    return String.join(" ", out);
  }

  /**
   * Reads the Brink syntax ({@link #render}); each problem goes to {@code errors} with {@code
   * where}, and the result is then {@link #NONE}.
   */
  public static WordSequence parse(String text, String where, List<String> errors) {
    return parse(text, false, where, errors);
  }

  /** Reads the Brink syntax of words after the verb ({@link #renderAfter}). */
  public static WordSequence parseAfter(String text, String where, List<String> errors) {
    return parse(text, true, where, errors);
  }

  private static WordSequence parse(String text, boolean after, String where, List<String> errors) {
    String s = text.strip();
    boolean adjacent = after ? s.startsWith("_") : s.endsWith("_");
    if (adjacent) {
      s = after ? s.substring(1) : s.substring(0, s.length() - 1);
    }
    String keyword = after ? "after" : "before";
    if (s.isEmpty()) {
      errors.add(where + ": \"" + keyword + "\" needs words, e.g. \"" + keyword + " did_n't|wo_n't\"");
      return NONE;
    }
    List<Set<List<String>>> elements = new ArrayList<>();
    for (String element : s.split("\\s+")) {
      Set<List<String>> alternatives = new LinkedHashSet<>();
      for (String alternative : element.split("\\|", -1)) {
        List<String> words = List.of(alternative.split("_", -1));
        for (String w : words) {
          if (!WORD.matcher(w).matches()) {
            errors.add(
                where
                    + ": \""
                    + w
                    + "\" in \""
                    + keyword
                    + " "
                    + text.strip()
                    + "\" is not a lower-case word; join words with _ and alternatives with |");
            return NONE;
          }
        }
        alternatives.add(words);
      }
      elements.add(alternatives);
    }
    return new WordSequence(elements, adjacent);
  }
}
