package org.brink.coding.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.brink.core.Dependency;
import org.brink.core.Sentence;
import org.brink.core.Token;
import org.jspecify.annotations.Nullable;

/**
 * A sentence's dependency parse indexed for walking: each token's head, relation and children.
 *
 * <p>Built once per sentence so the matchers never scan the relation list per question.
 */
public final class DependencyTree {
  /** Participles of a stance; see {@link #isStateParticiple}. */
  private static final Set<String> STATE_PARTICIPLES =
      Set.of("oppose", "commit", "determine", "dedicate", "devote", "involve", "engage");

  private final Sentence sentence;
  private final int[] head;
  private final String[] relation;
  private final int[][] children;

  public DependencyTree(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    head = new int[n];
    relation = new String[n];
    Arrays.fill(head, -1);
    Arrays.fill(relation, "");
    int[] counts = new int[n];
    for (Dependency d : sentence.dependencies()) {
      if (d.dependent() < 0 || d.dependent() >= n) {
        continue;
      }
      head[d.dependent()] = d.governor();
      relation[d.dependent()] = d.relation();
      if (d.governor() >= 0 && d.governor() < n) {
        counts[d.governor()]++;
      }
    }
    children = new int[n][];
    for (int i = 0; i < n; i++) {
      children[i] = new int[counts[i]];
    }
    int[] fill = new int[n];
    for (int dep = 0; dep < n; dep++) {
      int gov = head[dep];
      if (gov >= 0 && gov < n && !relation[dep].equals("root")) {
        children[gov][fill[gov]++] = dep;
      }
    }
    for (int v = 0; v < n; v++) {
      if (isStateParticiple(v)) {
        for (int c : children[v]) {
          if (relation[c].equals("nsubj:pass")) {
            relation[c] = "nsubj";
          } else if (relation[c].equals("aux:pass")) {
            relation[c] = "aux";
          }
        }
      }
    }
  }

  /**
   * Participles that state the subject's own stance, not something done to it: "Israel is opposed
   * to French mediation", "Vietnam is committed to opening its economy", "the US was not involved
   * in the strike". The parser reads them as passives; with no by-agent and a to-, in- or
   * infinitive complement, the subject is the one who acts, so they are read as active.
   */
  private boolean isStateParticiple(int v) {
    if (!STATE_PARTICIPLES.contains(lemma(v))) {
      return false;
    }
    boolean subject = false;
    boolean complement = false;
    for (int c : children[v]) {
      String r = relation[c];
      String prep = caseOf(c);
      if (r.equals("nsubj:pass")) {
        subject = true;
      } else if (r.startsWith("obl") && "by".equals(prep)) {
        return false; // "was opposed by the opposition": a true passive
      } else if (r.equals("xcomp") || (r.startsWith("obl") || r.equals("advcl")) && ("to".equals(prep) || "in".equals(prep))) {
        // "committed to opening": a gerund after the preposition is an advcl with its case
        complement = true;
      }
    }
    return subject && complement;
  }

  public Sentence sentence() {
    return sentence;
  }

  public int size() {
    return head.length;
  }

  public Token token(int i) {
    return sentence.tokens().get(i);
  }

  /** The lemma in lower case, with typographic apostrophes as ASCII ones ("d'affaire"). */
  public String lemma(int i) {
    return token(i).lemma().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }

  /** The head of token {@code i}, or -1 for the root or an unparsed token. */
  public int head(int i) {
    return head[i];
  }

  /** The full relation attaching {@code i} to its head, e.g. {@code "obl:tmod"}; "" if none. */
  public String relation(int i) {
    return relation[i];
  }

  /** The relation without subtype. */
  public String baseRelation(int i) {
    String r = relation[i];
    int colon = r.indexOf(':');
    return colon < 0 ? r : r.substring(0, colon);
  }

  public int[] children(int i) {
    return children[i];
  }

  /** The first child of {@code i} whose relation is {@code rel} (exactly, or by base relation). */
  public int child(int i, String rel) {
    for (int c : children[i]) {
      if (relation[c].equals(rel) || baseRelation(c).equals(rel)) {
        return c;
      }
    }
    return -1;
  }

  /** All children of {@code i} with relation {@code rel} (exactly, or by base relation). */
  public List<Integer> childrenWith(int i, String rel) {
    List<Integer> out = new ArrayList<>(2);
    for (int c : children[i]) {
      if (relation[c].equals(rel) || baseRelation(c).equals(rel)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The lemma of the {@code case} or {@code mark} word of {@code i}, lower case, or null. */
  public @Nullable String caseOf(int i) {
    for (int c : children[i]) {
      String r = relation[c];
      if (r.equals("case") || r.equals("mark")) {
        return lemma(c);
      }
    }
    return null;
  }

  /** The rightmost token of {@code first..last} attached outside it: the phrase's head. */
  public int headOf(int first, int last) {
    for (int t = last; t >= first; t--) {
      if (head[t] < first || head[t] > last) {
        return t;
      }
    }
    return last;
  }

  /** Whether {@code ancestor} dominates {@code i} (or is it). */
  public boolean dominates(int ancestor, int i) {
    int guard = 0;
    for (int t = i; t >= 0 && guard <= head.length; t = head[t], guard++) {
      if (t == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** Whether the clause headed by {@code verb} is passive ("was attacked"). */
  public boolean isPassive(int verb) {
    for (int c : children[verb]) {
      String r = relation[c];
      if (r.equals("nsubj:pass") || r.equals("aux:pass") || r.equals("csubj:pass")) {
        return true;
      }
    }
    return false;
  }
}
