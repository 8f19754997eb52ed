package org.brink.coding.coref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brink.coding.actors.ActorMention;
import org.brink.coding.events.DependencyTree;
import org.brink.core.Span;
import org.brink.core.Token;
import org.jspecify.annotations.Nullable;

/**
 * Finds the anaphors of one sentence: third-person pronouns, lone surnames, definite role nouns and
 * "the two countries". Never a word inside a dictionary mention or inside a quotation (whose
 * pronouns speak from the speaker's place; quotes are resolved elsewhere), never a first-person
 * pronoun, and never "it" where it stands for nothing ("it is unclear", "it was reported that").
 */
final class Anaphors {
  private static final Map<String, Anaphor.Agreement> PRONOUNS =
      Map.of(
          "he", Anaphor.Agreement.PERSON,
          "him", Anaphor.Agreement.PERSON,
          "his", Anaphor.Agreement.PERSON,
          "she", Anaphor.Agreement.PERSON,
          "her", Anaphor.Agreement.PERSON,
          "it", Anaphor.Agreement.THING,
          "its", Anaphor.Agreement.THING,
          "they", Anaphor.Agreement.PLURAL,
          "them", Anaphor.Agreement.PLURAL,
          "their", Anaphor.Agreement.PLURAL);

  private static final Set<String> POSSESSIVES = Set.of("his", "its", "their");

  /** Verbs whose "it" is a dummy subject: "it seems", "it remains to be seen". */
  private static final Set<String> DUMMY_IT_VERBS =
      Set.of(
          "seem", "appear", "happen", "remain", "take", "matter", "mean", "rain", "become", "look");

  /** Verbs of "it was argued", "it is said", "it was reported": a dummy subject when passive. */
  private static final Set<String> REPORTING_VERBS =
      Set.of(
          "argue",
          "say",
          "report",
          "believe",
          "expect",
          "think",
          "understand",
          "know",
          "feel",
          "hope",
          "fear",
          "claim",
          "suggest",
          "estimate",
          "note",
          "announce",
          "learn",
          "assume",
          "allege",
          "rumor",
          "rumour",
          "state",
          "agree",
          "decide");

  /**
   * Predicates that say how an actor stands ("it was ready to talk"); after any other predicate
   * "it" is a dummy or an event ("it is unclear", "it was a warning", "it was illegal").
   */
  private static final Set<String> ACTOR_STATES =
      Set.of(
          "ready",
          "prepared",
          "willing",
          "unwilling",
          "able",
          "unable",
          "committed",
          "determined",
          "responsible",
          "eager",
          "keen",
          "reluctant",
          "entitled",
          "obliged",
          "aware",
          "confident");

  private static final Map<String, Anaphor.Sector> ROLE_NOUNS =
      Map.ofEntries(
          Map.entry("spokesperson", Anaphor.Sector.ORGANISATION),
          Map.entry("spokesman", Anaphor.Sector.ORGANISATION),
          Map.entry("spokeswoman", Anaphor.Sector.ORGANISATION),
          Map.entry("official", Anaphor.Sector.ORGANISATION),
          Map.entry("ministry", Anaphor.Sector.GOVERNMENT),
          Map.entry("government", Anaphor.Sector.GOVERNMENT),
          Map.entry("administration", Anaphor.Sector.GOVERNMENT),
          Map.entry("minister", Anaphor.Sector.GOVERNMENT),
          Map.entry("president", Anaphor.Sector.GOVERNMENT),
          Map.entry("premier", Anaphor.Sector.GOVERNMENT),
          Map.entry("chancellor", Anaphor.Sector.GOVERNMENT),
          Map.entry("country", Anaphor.Sector.STATE),
          Map.entry("nation", Anaphor.Sector.STATE),
          Map.entry("army", Anaphor.Sector.MILITARY),
          Map.entry("military", Anaphor.Sector.MILITARY));

  /** Words that may stand between "the" and a role noun: "the foreign ministry spokesperson". */
  private static final Set<String> ROLE_MODIFIERS =
      Set.of(
          "foreign",
          "prime",
          "senior",
          "top",
          "chief",
          "deputy",
          "vice",
          "press",
          "ministry",
          "government");

  /** Relations a role noun may have after it without naming its owner: "the official, who ...". */
  private static final Set<String> ROLE_TRAILERS = Set.of("punct", "acl", "advmod");

  private static final Set<String> PAIR_NOUNS = Set.of("country", "nation", "side");

  private Anaphors() {}

  /** The anaphors of a sentence, by first token. */
  static List<Anaphor> find(DependencyTree tree, List<ActorMention> mentions, List<Span> quotes) {
    int n = tree.size();
    boolean[] covered = new boolean[n];
    for (ActorMention m : mentions) {
      for (int t = m.first(); t <= m.last() && t < n; t++) {
        covered[t] = true;
      }
    }
    List<Anaphor> out = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      if (covered[t] || quoted(tree.token(t).span(), quotes)) {
        continue;
      }
      Anaphor a = pronoun(tree, t);
      if (a == null) {
        a = surname(tree, t);
      }
      if (a == null) {
        a = roleNoun(tree, t, covered);
      }
      if (a == null) {
        a = pair(tree, t, covered);
      }
      if (a != null) {
        out.add(a);
      }
    }
    out.sort(Comparator.comparingInt(Anaphor::first));
    return out;
  }

  private static boolean quoted(Span token, List<Span> quotes) {
    for (Span q : quotes) {
      if (q.contains(token)) {
        return true;
      }
    }
    return false;
  }

  private static Anaphor.@Nullable Pronoun pronoun(DependencyTree tree, int t) {
    String pos = tree.token(t).pos();
    String w = Candidates.word(tree, t);
    Anaphor.Agreement agreement = PRONOUNS.get(w);
    if (agreement == null || !(pos.equals("PRP") || pos.equals("PRP$"))) {
      return null;
    }
    if (w.equals("it") && dummy(tree, t)) {
      return null;
    }
    return new Anaphor.Pronoun(t, agreement, pos.equals("PRP$") || POSSESSIVES.contains(w));
  }

  /**
   * "It is unclear", "it was a warning", "it seems", "it was reported that", "made it clear",
   * "making it the largest seizure": an "it" that stands for no actor.
   */
  private static boolean dummy(DependencyTree tree, int t) {
    if (tree.baseRelation(t).equals("expl")) {
      return true;
    }
    int g = tree.head(t);
    if (g < 0) {
      return false;
    }
    if (tree.child(g, "cop") >= 0 || tree.token(g).pos().startsWith("JJ")) {
      return !ACTOR_STATES.contains(tree.lemma(g));
    }
    if (tree.token(g).isNoun() || tree.token(g).pos().equals("CD")) {
      return true; // "making it the largest seizure", "making it one of": a small clause
    }
    return DUMMY_IT_VERBS.contains(tree.lemma(g))
        || tree.isPassive(g)
            && (tree.child(g, "ccomp") >= 0
                || tree.child(g, "csubj") >= 0
                || REPORTING_VERBS.contains(tree.lemma(g)))
        || tree.relation(t).equals("obj") && tree.child(g, "xcomp") >= 0;
  }

  /** A one-word PERSON name: "Harris" (the dictionary left it uncoded, or it would be covered). */
  private static Anaphor.@Nullable Surname surname(DependencyTree tree, int t) {
    Token k = tree.token(t);
    if (!k.ner().equals("PERSON") || !k.pos().equals("NNP")) {
      return null;
    }
    boolean alone =
        (t == 0 || !tree.token(t - 1).ner().equals("PERSON"))
            && (t + 1 >= tree.size() || !tree.token(t + 1).ner().equals("PERSON"));
    // "Bennett 2026", a party: a name with words of its own is another name
    boolean heads =
        !tree.childrenWith(t, "nummod").isEmpty()
            || !tree.childrenWith(t, "compound").isEmpty()
            || !tree.childrenWith(t, "flat").isEmpty();
    return alone && !heads ? new Anaphor.Surname(t) : null;
  }

  /** "the spokesperson", "the foreign ministry", "The President": "the", role words, the noun. */
  private static Anaphor.@Nullable RoleNoun roleNoun(
      DependencyTree tree, int h, boolean[] covered) {
    Token k = tree.token(h);
    Anaphor.Sector sector = ROLE_NOUNS.get(tree.lemma(h));
    if (sector == null || !(k.pos().equals("NN") || k.pos().equals("NNP"))) {
      return null;
    }
    int det = tree.child(h, "det");
    if (det < 0 || det > h || !tree.lemma(det).equals("the")) {
      return null;
    }
    for (int t = det; t <= h; t++) {
      if (covered[t]) {
        return null;
      }
      boolean roleWord =
          ROLE_MODIFIERS.contains(tree.lemma(t)) || ROLE_NOUNS.containsKey(tree.lemma(t));
      if (t > det && t < h && (!roleWord || !tree.dominates(h, t))) {
        return null;
      }
    }
    for (int c : tree.children(h)) {
      if ((c < det || c > h) && !ROLE_TRAILERS.contains(tree.baseRelation(c))) {
        return null; // "the spokesperson of the ministry", "the minister, Ishaq Dar": named there
      }
    }
    return new Anaphor.RoleNoun(det, h, sector, Candidates.PERSON_NOUNS.contains(tree.lemma(h)));
  }

  /** "the two countries", "both nations", "both sides". */
  private static Anaphor.@Nullable Pair pair(DependencyTree tree, int h, boolean[] covered) {
    if (!tree.token(h).pos().equals("NNS") || !PAIR_NOUNS.contains(tree.lemma(h))) {
      return null;
    }
    int first = -1;
    boolean the = false;
    boolean two = false;
    for (int c : tree.children(h)) {
      String rel = tree.relation(c);
      String w = Candidates.word(tree, c);
      if (c > h) {
        if (!ROLE_TRAILERS.contains(tree.baseRelation(c))) {
          return null; // "both sides of the border"
        }
        continue;
      }
      if (rel.equals("det") && w.equals("both")) {
        first = c;
        two = true;
        the = true;
      } else if (rel.equals("det") && w.equals("the")) {
        first = c;
        the = true;
      } else if (rel.equals("nummod") && (w.equals("two") || w.equals("2"))) {
        two = true;
      } else if (!rel.equals("amod") && !rel.equals("compound")) {
        return null;
      }
    }
    if (!the || !two || first < 0) {
      return null;
    }
    for (int t = first; t <= h; t++) {
      if (covered[t]) {
        return null;
      }
    }
    return new Anaphor.Pair(first, h, !tree.lemma(h).equals("side"));
  }
}
