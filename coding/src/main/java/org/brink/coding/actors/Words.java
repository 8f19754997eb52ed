package org.brink.coding.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How dictionary phrases are cut into words and how words are compared with tokens.
 *
 * <p>Implementation notes: words are compared by key: lower case (Locale.ROOT), accents removed,
 * curly apostrophes made straight, so "Côte", "COTE" and "cote" share a key. Capitalisation is then
 * checked word by word (see {@link #caseFits}). A dictionary phrase is cut the way an English
 * treebank tokenizer cuts text: at spaces, with a possessive "'s" or "'" and a trailing comma as
 * words of their own; a hyphenated word is stored both whole and split at its hyphens, since
 * tokenizers differ on hyphens.
 */
final class Words {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern POSSESSIVE = Pattern.compile("(.+)(['’]s)");

  private Words() {}

  /** The comparison key of a word or token. */
  static String key(String word) {
    String s = word;
    boolean ascii = true;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        ascii = false;
        break;
      }
    }
    if (!ascii) {
      s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
      s = s.replace('’', '\'').replace('‘', '\'').replace('\u2010', '-').replace('\u2011', '-');
    }
    return s.toLowerCase(Locale.ROOT);
  }

  /**
   * The ways a dictionary phrase may be tokenised: the first as written, then, when a word has a
   * hyphen between letters, the same with every such word split at its hyphens.
   */
  static List<List<String>> variants(String phrase) {
    List<String> words = new ArrayList<>();
    for (String piece : phrase.strip().split("\\s+")) {
      String p = piece;
      boolean comma = false;
      if (p.length() > 1 && (p.endsWith(",") || p.endsWith(";"))) {
        p = p.substring(0, p.length() - 1);
        comma = true;
      }
      var m = POSSESSIVE.matcher(p);
      if (m.matches()) {
        words.add(m.group(1));
        words.add("'s");
      } else if (p.length() > 2 && (p.endsWith("'") || p.endsWith("’"))) {
        words.add(p.substring(0, p.length() - 1));
        words.add("'");
      } else {
        words.add(p);
      }
      if (comma) {
        words.add(",");
      }
    }
    List<String> split = new ArrayList<>();
    boolean hyphenated = false;
    for (String w : words) {
      if (w.length() > 2 && w.indexOf('-') > 0 && w.indexOf('-') < w.length() - 1) {
        hyphenated = true;
        String[] parts = w.split("-", -1);
        for (int i = 0; i < parts.length; i++) {
          if (i > 0) {
            split.add("-");
          }
          if (!parts[i].isEmpty()) {
            split.add(parts[i]);
          }
        }
      } else {
        split.add(w);
      }
    }
    return hyphenated
        ? List.of(List.copyOf(words), List.copyOf(split))
        : List.of(List.copyOf(words));
  }

  /**
   * Whether a token may stand for a dictionary word, by capitalisation: a word written in capitals
   * (two or more characters, no lower case: "US", "NATO", "M23") needs a token without lower case;
   * a word starting with a capital ("Chad", "Turkey") needs a token starting with one; a word
   * starting in lower case ("the", "al-Qaeda", "government") takes any case.
   */
  static boolean caseFits(String dictionaryWord, String token) {
    int firstLetter = firstLetter(dictionaryWord);
    if (firstLetter < 0) {
      return true;
    }
    if (dictionaryWord.length() >= 2 && !hasLower(dictionaryWord)) {
      return !hasLower(token);
    }
    if (Character.isUpperCase(dictionaryWord.codePointAt(firstLetter))) {
      int t = firstLetter(token);
      return t >= 0 && Character.isUpperCase(token.codePointAt(t));
    }
    return true;
  }

  private static int firstLetter(String s) {
    for (int i = 0; i < s.length(); i = s.offsetByCodePoints(i, 1)) {
      if (Character.isLetter(s.codePointAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean hasLower(String s) {
    return s.codePoints().anyMatch(Character::isLowerCase);
  }
}
