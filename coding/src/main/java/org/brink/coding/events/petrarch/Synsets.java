package org.brink.coding.events.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The synonym sets of one dictionary: {@code &LABEL} followed by {@code +MEMBER} lines.
 *
 * <p>Implementation notes, following the PETRARCH documentation: a member is a word or a phrase
 * whose words are joined by spaces or underscores. A trailing {@code _} on a member or label tells
 * PETRARCH not to generate plurals; Brink matches lemmas, so it has nothing to do here. A label is
 * referred to without its trailing {@code _} ({@code &PREPOSIT1} for {@code &PREPOSIT1_}). A label
 * defined twice collects the members of both definitions, as PETRARCH-2 does. A member may itself
 * be a set ({@code +&TIETYPES}); nested sets are expanded, a cycle is an error.
 */
final class Synsets {
  /** One synonym: its words as written, upper case. */
  record Synonym(List<String> words) {
    Synonym {
      words = List.copyOf(words);
    }

    String head() {
      return words.get(words.size() - 1);
    }

    String text() {
      return String.join(" ", words);
    }
  }

  private final Map<String, List<String>> members = new LinkedHashMap<>();
  private final Map<String, List<Synonym>> expanded = new HashMap<>();

  /** The label a reference or definition names: {@code "&PREPOSIT1_"} gives {@code "PREPOSIT1"}. */
  static String label(String written) {
    String s = written.startsWith("&") ? written.substring(1) : written;
    s = s.toUpperCase(Locale.ROOT);
    while (s.endsWith("_")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** Starts (or continues) the set a {@code &LABEL} line names. */
  void define(String written) {
    String label = label(written);
    members.computeIfAbsent(label, k -> new ArrayList<>());
  }

  void add(String written, String member) {
    members.computeIfAbsent(label(written), k -> new ArrayList<>()).add(member);
  }

  boolean isDefined(String label) {
    return members.containsKey(label);
  }

  int size() {
    return members.size();
  }

  /**
   * The words of a {@code _}-joined token with each set reference joined back to the longest
   * defined set it starts: {@code &FIGHT}, {@code OF}, {@code WORDS} give {@code &FIGHT_OF_WORDS}
   * if that set is defined, else {@code &FIGHT}, {@code OF}, {@code WORDS}.
   */
  List<String> regroup(List<String> parts) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      String p = parts.get(i);
      if (!p.startsWith("&")) {
        out.add(p);
        continue;
      }
      int end = i;
      for (int j = parts.size() - 1; j > i; j--) {
        if (isDefined(label(String.join("_", parts.subList(i, j + 1))))) {
          end = j;
          break;
        }
      }
      out.add(String.join("_", parts.subList(i, end + 1)));
      i = end;
    }
    return out;
  }

  /**
   * Every synonym of a set, nested sets expanded, in the order written, without repeats.
   *
   * @throws Unmappable if the set, or a set it contains, is not defined or contains itself
   */
  List<Synonym> expand(String label) {
    List<Synonym> done = expanded.get(label);
    if (done != null) {
      return done;
    }
    Set<Synonym> out = new LinkedHashSet<>();
    expandInto(label, out, new HashSet<>());
    List<Synonym> list = List.copyOf(out);
    expanded.put(label, list);
    return list;
  }

  private void expandInto(String label, Set<Synonym> out, Set<String> visiting) {
    List<String> raw = members.get(label);
    if (raw == null) {
      throw new Unmappable(Reason.UNDEFINED_SYNSET, "synonym set '&" + label + "' is not defined");
    }
    if (!visiting.add(label)) {
      throw new Unmappable(Reason.UNDEFINED_SYNSET, "synonym set '&" + label + "' contains itself");
    }
    for (String member : raw) {
      String m = member.strip();
      if (m.startsWith("&")) {
        expandInto(label(m.split("\\s+")[0]), out, visiting);
        continue;
      }
      List<String> words = new ArrayList<>();
      for (String w : m.split("[\\s_]+")) {
        if (!w.isEmpty()) {
          words.add(w.toUpperCase(Locale.ROOT));
        }
      }
      if (!words.isEmpty()) {
        out.add(new Synonym(words));
      }
    }
    visiting.remove(label);
  }
}
