package org.brink.coding.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Phrases keyed word by word on {@link Words#key word keys}; finds the longest phrase starting at a
 * token whose capitalisation fits (any capitalisation fits an {@link Phrase#anyCase} phrase). Built
 * once, then read-only and safe to share between threads.
 */
final class PhraseTrie {
  /** A phrase found in a token list: tokens {@code first..last} inclusive. */
  record Hit(Phrase phrase, int first, int last) {}

  private static final class Node {
    final Map<String, Node> children = new HashMap<>(4);
    @Nullable Phrase phrase;
  }

  private final Node root = new Node();

  /**
   * Adds a phrase under its words' keys.
   *
   * @return false when the keys already hold a phrase (the earlier one stays)
   */
  boolean add(Phrase phrase) {
    Node node = root;
    for (String w : phrase.words()) {
      node = node.children.computeIfAbsent(Words.key(w), k -> new Node());
    }
    if (node.phrase != null) {
      return false;
    }
    node.phrase = phrase;
    return true;
  }

  /**
   * The longest phrase starting at token {@code from} whose words' capitalisation fits the tokens,
   * or null.
   *
   * @param keys the tokens' keys
   * @param words the tokens as written
   */
  @Nullable Hit longest(String[] keys, String[] words, int from) {
    Node node = root;
    Hit best = null;
    for (int i = from; i < keys.length; i++) {
      node = node.children.get(keys[i]);
      if (node == null) {
        break;
      }
      Phrase p = node.phrase;
      if (p != null && caseFits(p, words, from)) {
        best = new Hit(p, from, i);
      }
    }
    return best;
  }

  private static boolean caseFits(Phrase p, String[] words, int from) {
    if (p.anyCase()) {
      return true;
    }
    List<String> dictionary = p.words();
    for (int k = 0; k < dictionary.size(); k++) {
      if (!Words.caseFits(dictionary.get(k), words[from + k])) {
        return false;
      }
    }
    return true;
  }
}
