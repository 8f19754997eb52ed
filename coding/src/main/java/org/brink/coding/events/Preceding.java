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
 * Words a pattern needs before its verb, in order: PETRARCH's words left of the verb's {@code *}
 * ("&NEGATVAUXVRB * OVER EFFORTS", "INDICATED WOULD *", "FAILED_TO_*").
 *
 * <p>Each element is a set of alternatives, each alternative a run of adjacent words ("did n't",
 * "will not"). Elements stand in the sentence in the order written, anywhere before the verb, with
 * any words between them; when {@code adjacent} holds, the last element must end right before the
 * verb. A word matches a token whose lower-cased word or lemma it is. Brink syntax: {@code ; before
 * unexpectedly did_n't|wo_n't} (alternatives split by {@code |}, words joined by {@code _}, a
 * trailing {@code _} for {@code adjacent}).
 *
 * @param elements the alternatives of each element, each alternative its words in lower case
 * @param adjacent whether the last element must end right before the verb
 */
public record Preceding(List<Set<List<String>>> elements, boolean adjacent) {
  private static final Comparator<List<String>> LONGEST_FIRST =
      Comparator.<List<String>>comparingInt(List::size)
          .reversed()
          .thenComparing(a -> String.join(" ", a));

  private static final Pattern WORD = Pattern.compile("[a-z0-9][a-z0-9'.-]*|n't|'s|'ll|'re|'ve|'d");

  /** No words needed. */
  public static final Preceding NONE = new Preceding(List.of(), false);

  public Preceding {
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
   * The tokens the words stand on, nearest the verb first for each element, or null when they do
   * not all stand before the verb in order. Each element takes its occurrence nearest the verb.
   */
  public int @Nullable [] match(DependencyTree tree, int verb) {
    List<Integer> matched = new ArrayList<>();
    int end = verb - 1; // the last token the next element (from the right) may end on
    for (int e = elements.size() - 1; e >= 0; e--) {
      boolean pinned = adjacent && e == elements.size() - 1;
      int found = -1;
      List<String> how = null;
      for (int last = end; last >= 0 && found < 0; last--) {
        for (List<String> alternative : elements.get(e)) {
          int first = last - alternative.size() + 1;
          if (first >= 0 && standsAt(tree, first, alternative)) {
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
      end = found - 1;
    }
    return matched.stream().mapToInt(Integer::intValue).toArray();
  }

  private static boolean standsAt(DependencyTree tree, int first, List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      int t = first + i;
      if (!w.equals(tree.token(t).word().toLowerCase(Locale.ROOT)) && !w.equals(tree.lemma(t))) {
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

  /** In Brink's syntax, without the {@code before} keyword: {@code unexpectedly did_n't|wo_n't}. */
  public String render() {
    List<String> out = new ArrayList<>();
    for (Set<List<String>> e : elements) {
      out.add(
          e.stream().map(a -> String.join("_", a)).collect(Collectors.joining("|")));
    }
    return String.join(" ", out) + (adjacent ? "_" : "");
  }

  /**
   * Reads the Brink syntax ({@link #render}); each problem goes to {@code errors} with {@code
   * where}, and the result is then {@link #NONE}.
   */
  public static Preceding parse(String text, String where, List<String> errors) {
    String s = text.strip();
    boolean adjacent = s.endsWith("_");
    if (adjacent) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.isEmpty()) {
      errors.add(where + ": \"before\" needs words, e.g. \"before did_n't|wo_n't\"");
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
                    + "\" in \"before "
                    + text.strip()
                    + "\" is not a lower-case word; join words with _ and alternatives with |");
            return NONE;
          }
        }
        alternatives.add(words);
      }
      elements.add(alternatives);
    }
    return new Preceding(elements, adjacent);
  }
}
