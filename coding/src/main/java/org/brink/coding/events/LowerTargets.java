package org.brink.coding.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.brink.coding.actors.ActorMention;

/**
 * Targets from below the verb, for a verb whose object and phrases name no actor: where PETRARCH
 * reads the meaning of a verb phrase from its noun phrases, then their phrases and participles,
 * then the clauses under the verb.
 *
 * <p>Design decision: these are the last readings tried, after every rule of the verb's own
 * arguments (docs/patterns.md, "Targets the verb's own phrases do not name"), and each reads only
 * a complement of the verb, never a subject or a clause of time, cause or condition:
 *
 * <ol>
 *   <li>a participle describing the object: its agent or origin when passive ("welcomed the
 *       proposals sent by Norway", "sent from Norway": Norway), else its object ("boycotted the
 *       summit honouring Cuba": Cuba) or its first phrase naming an actor;
 *   <li>a to-infinitive under the verb or its object: its object, else its with/to/against/on
 *       phrase ("signed an accord to supply Chad with wheat": Chad; "vowed to wage war on the
 *       rebels": the rebels);
 *   <li>the party named by a with/against/between phrase inside a place phrase of an active
 *       clause ("the toll rose in the conflict with Eritrea": Eritrea), which names a party to the
 *       act, not a place;
 *   <li>a with/to/against/on phrase the parser hung on a time phrase of the verb ("lifted the
 *       embargo in February to Iran");
 *   <li>the party of a stance the verb's in-phrase takes ("in defiance of Chinese authorities");
 *   <li>the subject of a that-clause under the verb or its object.
 * </ol>
 */
final class LowerTargets {
  /** Prepositions of a complement clause's phrase that name the party acted on or with. */
  private static final Set<String> CLAUSE_PREPOSITIONS = Set.of("with", "to", "against", "on");

  /** Prepositions that name a party inside a phrase of place ("in the dispute with Eritrea"). */
  private static final Set<String> PARTY_PREPOSITIONS = Set.of("with", "against", "between");

  /** Prepositions by which a stance noun names its party. */
  private static final Set<String> STANCE_PREPOSITIONS = Set.of("of", "against", "at", "to", "for", "over");

  /** Prepositions of a passive participle's phrase that name who acted: its agent or origin. */
  private static final Set<String> AGENT_PREPOSITIONS = Set.of("by", "from");

  private LowerTargets() {}

  /**
   * The actors the verb's complements name below its object and phrases, or an empty list.
   *
   * @param object the verb's object (in a passive, its subject), or -1
   */
  static List<ActorMention> of(DependencyTree tree, int v, int object, List<ActorMention> all) {
    // a pronoun's actor ("his", "it") found this far down stands as often for the source itself
    List<ActorMention> actors = all.stream().filter(m -> !isPronoun(tree, m)).toList();
    if (object >= 0) {
      List<ActorMention> found = participle(tree, object, actors);
      if (!found.isEmpty()) {
        return found;
      }
    } else {
      List<ActorMention> found = misreadParticiple(tree, v, actors);
      if (!found.isEmpty()) {
        return found;
      }
    }
    // people as the object are the ones addressed ("pressed the governors to declare ..."): the
    // infinitive says what they are to do, not to whom
    List<ActorMention> found =
        object >= 0 && VerbPatternMatcher.arePeople(tree, object) ? List.of() : infinitive(tree, v, actors);
    if (found.isEmpty() && object >= 0) {
      found = infinitive(tree, object, actors);
    }
    if (found.isEmpty()) {
      found = partyInPlace(tree, v, actors);
    }
    if (found.isEmpty()) {
      found = phraseAfterTime(tree, v, actors);
    }
    if (found.isEmpty()) {
      found = stanceParty(tree, v, actors);
    }
    if (found.isEmpty()) {
      found = contentClauseSubject(tree, v, actors);
    }
    if (found.isEmpty() && object >= 0) {
      found = contentClauseSubject(tree, object, actors);
    }
    return found;
  }

  /**
   * The subject of a that-clause under the verb or its object, the party the clause is about
   * ("conceded that Chile had a claim", "expressed hopes that Peru could be drawn into the talks"),
   * never a pronoun (which stands for the source as often as not). Only a clause opened by "that"
   * (as its mark, or hung on it as the parser sometimes does): a clause without one is as often a
   * misattached report ("..., Thai military sources said").
   */
  private static List<ActorMention> contentClauseSubject(DependencyTree tree, int head, List<ActorMention> actors) {
    for (int c : tree.children(head)) {
      if (!tree.baseRelation(c).equals("ccomp") || !opensWithThat(tree, c)) {
        continue;
      }
      int subject = tree.child(c, "nsubj");
      if (subject >= 0 && !tree.token(subject).pos().startsWith("PRP")) {
        return VerbPatternMatcher.actorsOf(tree, subject, actors);
      }
    }
    return List.of();
  }

  /** The agent of a passive participle describing {@code noun}, or the object of an active one. */
  private static List<ActorMention> participle(DependencyTree tree, int noun, List<ActorMention> actors) {
    for (int c : tree.children(noun)) {
      if (!tree.relation(c).equals("acl") || !tree.token(c).isVerb() || hasMark(tree, c, "to")) {
        continue;
      }
      if (tree.token(c).pos().equals("VBN")) {
        List<ActorMention> found = agentOrOrigin(tree, c, actors);
        if (!found.isEmpty()) {
          return found;
        }
      } else {
        int obj = tree.child(c, "obj");
        if (obj >= 0) {
          return VerbPatternMatcher.actorsOf(tree, obj, actors);
        }
        // "the roads leading into Mordor": failing an object, its first phrase naming an actor
        List<ActorMention> found = firstPhrase(tree, c, prep -> !prep.equals("by"), actors);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  /** The agent of a passive participle, or where it came from ("the assurances sent from Norway"). */
  private static List<ActorMention> agentOrOrigin(DependencyTree tree, int participle, List<ActorMention> actors) {
    return firstPhrase(tree, participle, AGENT_PREPOSITIONS::contains, actors);
  }

  /** The actors of the first obl phrase of {@code head}, never a time, whose preposition fits. */
  private static List<ActorMention> firstPhrase(
      DependencyTree tree, int head, Predicate<String> preposition, List<ActorMention> actors) {
    for (int p : tree.children(head)) {
      if (tree.baseRelation(p).equals("obl")
          && preposition.test(String.valueOf(tree.caseOf(p)))
          && !VerbPatternMatcher.isTime(tree, p)) {
        List<ActorMention> found = VerbPatternMatcher.actorsOf(tree, p, actors);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  /**
   * A verb with no object whose object and its participle the parser read as a clause of their own:
   * "welcomed cultural memos sent by Norway" as dep(welcomed, sent) with nsubj(sent, memos). The
   * participle's agent or origin, when the noun stands between the verb and the participle.
   */
  private static List<ActorMention> misreadParticiple(DependencyTree tree, int v, List<ActorMention> actors) {
    for (int c : tree.children(v)) {
      String rel = tree.relation(c);
      if (c < v || !(rel.equals("dep") || rel.equals("ccomp")) || !tree.token(c).pos().equals("VBN") || tree.isPassive(c)) {
        continue;
      }
      int noun = tree.child(c, "nsubj");
      if (noun > v && noun < c && tree.token(noun).pos().startsWith("NN") && tree.child(c, "aux") < 0) {
        return agentOrOrigin(tree, c, actors);
      }
    }
    return List.of();
  }

  /** The object, else a with/to/against/on phrase, of a to-infinitive under {@code head}. */
  private static List<ActorMention> infinitive(DependencyTree tree, int head, List<ActorMention> actors) {
    for (int c : tree.children(head)) {
      String rel = tree.baseRelation(c);
      if (!(rel.equals("xcomp") || rel.equals("advcl") || rel.equals("acl"))
          || !tree.token(c).isVerb()
          || !hasMark(tree, c, "to")) {
        continue;
      }
      int obj = tree.child(c, "obj");
      List<ActorMention> found = obj >= 0 ? VerbPatternMatcher.actorsOf(tree, obj, actors) : List.of();
      if (found.isEmpty()) {
        found = firstPhrase(tree, c, CLAUSE_PREPOSITIONS::contains, actors);
      }
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /**
   * A with/against/between phrase inside one of the verb's place phrases, in an active clause (in
   * a passive it names who did it: "troops were killed in clashes with the cartel"), when the
   * phrase's own head, or one coordinated with it, is an actor (not a place further down: "a
   * collision between two buses outside Windhoek, Namibia").
   */
  private static List<ActorMention> partyInPlace(DependencyTree tree, int v, List<ActorMention> actors) {
    if (tree.isPassive(v)) {
      return List.of();
    }
    for (int c : tree.children(v)) {
      if (!tree.baseRelation(c).equals("obl")
          || !PlaceActors.PLACE_PREPOSITIONS.contains(String.valueOf(tree.caseOf(c)))
          || VerbPatternMatcher.isTime(tree, c)) {
        continue;
      }
      for (int n : tree.children(c)) {
        if (tree.baseRelation(n).equals("nmod") && PARTY_PREPOSITIONS.contains(String.valueOf(tree.caseOf(n)))) {
          List<ActorMention> found = new ArrayList<>(2);
          for (int head : heads(tree, n)) {
            ActorMention m = VerbPatternMatcher.covering(head, actors);
            if (m != null && !found.contains(m)) {
              found.add(m);
            }
          }
          if (!found.isEmpty()) {
            return found;
          }
        }
      }
    }
    return List.of();
  }

  /**
   * A with/to/against/on phrase the parser hung on a time phrase of the verb ("lift embargoes on
   * sales in late February to Iran, Libya and Sudan": "to Iran" under "February"), with the
   * actors it coordinates with the time word after it ("Libya", "Sudan").
   */
  private static List<ActorMention> phraseAfterTime(DependencyTree tree, int v, List<ActorMention> actors) {
    for (int c : tree.children(v)) {
      if (!tree.baseRelation(c).equals("obl") || !VerbPatternMatcher.isTime(tree, c)) {
        continue;
      }
      for (int n : tree.children(c)) {
        if (!tree.baseRelation(n).equals("nmod") || !CLAUSE_PREPOSITIONS.contains(String.valueOf(tree.caseOf(n)))) {
          continue;
        }
        List<ActorMention> found = new ArrayList<>(VerbPatternMatcher.actorsOf(tree, n, actors));
        if (found.isEmpty()) {
          continue;
        }
        for (int conj : tree.childrenWith(c, "conj")) {
          ActorMention m = conj > n ? VerbPatternMatcher.covering(conj, actors) : null;
          if (m != null && !found.contains(m)) {
            found.add(m);
          }
        }
        return found;
      }
    }
    return List.of();
  }

  /**
   * The party of a stance the verb's in-phrase takes: "blocked streets in defiance of Chinese
   * authorities" (CHN), "fired rockets in retaliation for Israeli strikes" (ISR).
   */
  private static List<ActorMention> stanceParty(DependencyTree tree, int v, List<ActorMention> actors) {
    for (int c : tree.children(v)) {
      if (!tree.baseRelation(c).equals("obl") || !PlaceActors.stance(tree, c)) {
        continue;
      }
      for (int n : tree.children(c)) {
        if (tree.baseRelation(n).equals("nmod") && STANCE_PREPOSITIONS.contains(String.valueOf(tree.caseOf(n)))) {
          // the party is the phrase's noun, its owner or its adjective ("Chinese authorities",
          // "Sweden's decision", "Israeli strikes"), not a word naming what a thing is about
          // ("in protest of the Gaza ceasefire agreement")
          List<ActorMention> found =
              VerbPatternMatcher.actorsOf(tree, n, actors).stream()
                  .filter(m -> m.covers(n) || partyOf(tree, m, n))
                  .toList();
          if (!found.isEmpty()) {
            return found;
          }
        }
      }
    }
    return List.of();
  }

  /** Whether the mention is the possessor or an adjective of the noun. */
  private static boolean partyOf(DependencyTree tree, ActorMention m, int noun) {
    for (int t = m.first(); t <= m.last(); t++) {
      String rel = tree.relation(t);
      if (tree.head(t) == noun && (rel.equals("nmod:poss") || rel.equals("amod"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPronoun(DependencyTree tree, ActorMention m) {
    return m.first() == m.last() && tree.token(m.first()).pos().startsWith("PRP");
  }

  /** A noun and the nouns coordinated with it. */
  private static List<Integer> heads(DependencyTree tree, int noun) {
    List<Integer> out = new ArrayList<>(List.of(noun));
    out.addAll(tree.childrenWith(noun, "conj"));
    return out;
  }

  private static boolean opensWithThat(DependencyTree tree, int clause) {
    for (int c : tree.children(clause)) {
      String r = tree.relation(c);
      if (c < clause && (r.equals("mark") || r.equals("dep")) && tree.lemma(c).equals("that")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasMark(DependencyTree tree, int verb, String word) {
    for (int c : tree.children(verb)) {
      if (tree.relation(c).equals("mark") && tree.lemma(c).equals(word)) {
        return true;
      }
    }
    return false;
  }
}
