package org.brink.coding.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.brink.coding.actors.ActorMention;
import org.brink.core.Modality;
import org.jspecify.annotations.Nullable;

/**
 * Finds events carried by nouns: "Iran's strike on Pakistan", "a retaliatory strike by the
 * Pakistani military in Iran", "the Israeli strike against Iranian Air Force assets", "additional
 * sanctions against Iran".
 *
 * <p>Implementation notes: the source is the noun's possessor, its {@code by} phrase, or an actor
 * among its adjectives and compounds ("Israeli strikes", "US sanctions"); the target is the phrase
 * the pattern's preposition introduces. A noun is coded only when one of them names an actor, and
 * never when a verb pattern already took it as its object ("launched strikes on Iran"). Modality
 * comes from the noun's own determiner ("any response", "no strikes"), from nouns that frame it as
 * a possibility ("the threat of a strike") and from the clause it stands in ("denied the strike",
 * "warned that any response would be met").
 */
final class NounPatternMatcher {
  private static final Set<String> HYPOTHETICAL_DETERMINERS = Set.of("any", "possible", "potential", "eventual");
  private static final Set<String> NEGATING_DETERMINERS = Set.of("no");
  /** Prepositions that introduce what talks, threats or plans are about. */
  private static final Set<String> TOPIC_PREPOSITIONS = Set.of("on", "about", "over", "of");
  /**
   * Nouns whose complement did not (yet) happen: "the threat of strikes", "negotiations on a troop
   * pullback".
   */
  private static final Set<String> FRAMING_NOUNS =
      Set.of(
          "threat", "possibility", "risk", "fear", "prospect", "plan", "call", "warning", "danger",
          "option", "demand", "proposal", "rumour", "rumor", "speculation", "claim", "allegation",
          "negotiation", "talk", "talks", "discussion", "dialogue", "debate", "vote", "referendum");

  /**
   * Verbs whose subject is the agent of their object event: "the EU adopted sanctions", "Iran
   * carried out strikes", "the minister repeated a warning to Moscow", "Cairo lodged a protest".
   * Other verbs' subjects are not ("Pakistan condemned the strike").
   */
  private static final Set<String> AGENTIVE_GOVERNORS =
      Set.of(
          "prepare", "adopt", "announce", "approve", "unveil", "order", "plan", "threaten",
          "carry", "conduct", "begin", "intensify", "step", "expand", "continue", "resume",
          "extend", "escalate", "mount", "stage", "launch", "impose", "authorize", "authorise",
          "pass", "introduce", "propose", "consider", "vow", "promise", "pledge", "hold", "complete",
          "finish", "start", "speed", "accelerate", "tighten", "enforce", "maintain", "reimpose",
          "renew", "widen", "issue", "repeat", "reiterate", "deliver", "lodge", "file", "level",
          "voice", "make", "give", "send", "sound", "wage");

  /**
   * Verbs that say an event happened, was seen or went on; their subject event took place where
   * they say: "Israeli airstrikes are reported in southern Lebanon", "clashes occurred near
   * Kharkiv", "the shelling continued across Donetsk".
   */
  private static final Set<String> OCCURRENCE_VERBS =
      Set.of(
          "report", "occur", "happen", "continue", "resume", "persist", "intensify", "escalate",
          "erupt", "rage", "spread", "record", "observe", "see", "hear", "take", "break", "flare");

  /** Roots of force, whose victims a passive verb of harm names. */
  private static final Set<String> VICTIM_ROOTS = Set.of("18", "19", "20");

  /** The phrases of a passive verb of harm that hold the event suffered: "killed in", "hit by". */
  private static final Set<String> VICTIM_PHRASES = Set.of("in", "by");

  /**
   * Verbs of harm whose passive subject suffered the event noun in their in- or by-phrase: "the
   * mayor was killed in a Ukrainian drone strike", "two soldiers were wounded by Houthi shelling".
   */
  private static final Set<String> HARM_VERBS =
      Set.of(
          "kill", "wound", "injure", "hurt", "destroy", "damage", "hit", "target", "strike",
          "flatten", "level", "raze", "burn");

  private final VerbPatternDictionary nouns;
  private final ModalityReader modality;

  NounPatternMatcher(VerbPatternDictionary nouns, ModalityReader modality) {
    this.nouns = Objects.requireNonNull(nouns, "nouns");
    this.modality = Objects.requireNonNull(modality, "modality");
  }

  /** Events at noun {@code n}, or an empty list; {@code used} marks tokens verb patterns took. */
  List<EventMatch> match(DependencyTree tree, int n, List<ActorMention> actors, boolean[] used) {
    if (!tree.token(n).isNoun() || used[n]) {
      return List.of();
    }
    for (VerbPattern p : nouns.forVerb(tree.lemma(n))) {
      if ((!p.with().isEmpty() && !hasModifierLemma(tree, n, p.with())) || !p.subject().isEmpty()) {
        // a condition on a clause's subject is for verbs: an event noun has none
        continue;
      }
      List<ActorMention> sources = sources(tree, n, actors);
      // "launched a wave of strikes": the quantifier stands where the noun would.
      int phrase = quantified(tree, n);
      int head = tree.head(phrase);
      if (sources.isEmpty()
          && head >= 0
          && tree.relation(phrase).equals("obj")
          && AGENTIVE_GOVERNORS.contains(tree.lemma(head))) {
        sources = governorSubject(tree, head, actors);
      }
      boolean participant = false;
      // talks "between X and Y" name their own parties: whoever acts after them is neither
      if (sources.isEmpty() && p.root().equals("04") && !between(tree, n)) {
        sources = participants(tree, phrase, actors);
        participant = !sources.isEmpty();
      } else if (sources.isEmpty() && p.root().equals("14")) {
        sources = protesters(tree, phrase, actors);
      }
      List<ActorMention> targets = targets(tree, n, p.prepositions(), actors);
      if (targets.isEmpty() && phrase != n) {
        targets = targets(tree, phrase, p.prepositions(), actors);
      }
      if (targets.isEmpty() && participant) {
        // "hosted the Japanese prime minister for an informal meeting": the participant's object
        int object = tree.child(tree.head(phrase), "obj");
        targets = object >= 0 ? VerbPatternMatcher.actorsOf(tree, object, actors) : List.of();
      }
      if (sources.isEmpty() && targets.size() >= 2 && between(tree, n)) {
        // "talks between Afghanistan and Pakistan": the pair acts on each other.
        sources = List.of(targets.get(0));
        targets = targets.subList(1, targets.size());
      }
      if (targets.isEmpty() && VICTIM_ROOTS.contains(p.root())) {
        targets = victims(tree, phrase, actors);
      }
      if (targets.isEmpty() && PlaceActors.PLACE_TARGET_ROOTS.contains(p.root())) {
        targets = places(tree, n, actors);
        if (targets.isEmpty() && phrase != n) {
          targets = places(tree, phrase, actors);
        }
        if (targets.isEmpty()) {
          targets = placesOfOccurrence(tree, phrase, actors);
        }
      }
      if (p.root().equals("14") && "in".equals(tree.caseOf(n)) && tree.child(n, "det") < 0) {
        // "staged a hunger strike in protest against the abuses": the manner of the act the
        // clause codes, no protest of its own
        return List.of();
      }
      if (sources.isEmpty() && targets.isEmpty() && p.root().equals("14")) {
        // "Protests erupted in Nairobi over fuel prices": protests seen or breaking out in a named
        // place with no one named are its people's, against their own country (as for a protest
        // verb with unnamed people as its subject)
        List<ActorMention> place = placesOfOccurrence(tree, phrase, actors);
        if (!place.isEmpty()) {
          sources = List.of(VerbPatternMatcher.domestic(tree, n, place.get(0)));
          targets = place;
        }
      }
      if (sources.isEmpty() && targets.isEmpty()) {
        continue;
      }
      Modality m = modality(tree, n);
      VerbPattern coded = p;
      if (m == Modality.FUTURE
          && !sources.isEmpty()
          && head >= 0
          && tree.relation(phrase).equals("obj")
          && tree.token(head).isVerb()) {
        // "NATO confirmed it would tighten the blockade of Serbia": an act the actor announces or
        // promises is its statement of intent, as for verbs (IntentCodes)
        String intent = IntentCodes.of(p.code(), IntentCodes.stated(tree, head));
        if (intent != null) {
          coded = p.withCode(intent, "intent");
          m = Modality.ASSERTED;
        }
      }
      List<EventMatch> out = new ArrayList<>();
      for (ActorMention s : VerbPatternMatcher.orNone(sources)) {
        for (ActorMention t : VerbPatternMatcher.orNone(targets)) {
          if (s != null && t != null && s.first() == t.first()) {
            continue;
          }
          double confidence = 0.8 - (s == null ? 0.25 : 0) - (t == null ? 0.2 : 0);
          out.add(new EventMatch(coded, n, tree.token(n).span(), s, t, m, Math.round(confidence * 100) / 100.0));
        }
      }
      return out;
    }
    return List.of();
  }

  /** Whether an adjective or compound of the noun has one of the lemmas: "drone strike". */
  private static boolean hasModifierLemma(DependencyTree tree, int n, Set<String> wanted) {
    for (int c : tree.children(n)) {
      String rel = tree.baseRelation(c);
      if ((rel.equals("amod") || rel.equals("compound")) && wanted.contains(tree.lemma(c))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the lemma heads a noun pattern: "strike", "attack", "sanction". */
  boolean isEventNoun(String lemma) {
    return !nouns.forVerb(lemma).isEmpty();
  }

  /** Who did the event a noun names: its possessor, by-phrase, national adjective or compound. */
  static List<ActorMention> sources(DependencyTree tree, int n, List<ActorMention> actors) {
    for (int c : tree.children(n)) {
      String rel = tree.relation(c);
      if (rel.equals("nmod:poss") || (tree.baseRelation(c).equals("nmod") && "by".equals(tree.caseOf(c)))) {
        List<ActorMention> found = VerbPatternMatcher.actorsOf(tree, c, actors);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    for (int c : tree.children(n)) {
      String rel = tree.baseRelation(c);
      if (rel.equals("amod") || rel.equals("compound")) {
        List<ActorMention> found = VerbPatternMatcher.actorsOf(tree, c, actors);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    // "an airstrike carried out by Israel", "attacks launched by the militia"
    for (int c : tree.children(n)) {
      if (tree.baseRelation(c).equals("acl") && AGENTIVE_GOVERNORS.contains(tree.lemma(c))) {
        for (int a : tree.children(c)) {
          if (tree.relation(a).equals("obl:agent")
              || (tree.baseRelation(a).equals("obl") && "by".equals(tree.caseOf(a)))) {
            List<ActorMention> found = VerbPatternMatcher.actorsOf(tree, a, actors);
            if (!found.isEmpty()) {
              return found;
            }
          }
        }
      }
    }
    return List.of();
  }

  /** The quantifier phrase a noun is counted by ("a wave of strikes"), or the noun itself. */
  private static int quantified(DependencyTree tree, int n) {
    int head = tree.head(n);
    boolean counted =
        head >= 0
            && VerbPatternMatcher.QUANTIFIERS.contains(tree.lemma(head))
            && tree.baseRelation(n).equals("nmod")
            && "of".equals(tree.caseOf(n));
    return counted ? head : n;
  }

  private static boolean between(DependencyTree tree, int n) {
    for (int c : tree.children(n)) {
      if ("between".equals(tree.caseOf(c))) {
        return true;
      }
    }
    return false;
  }

  /** The country of the place the event noun happened in: "strikes across the Gaza Strip". */
  private static List<ActorMention> places(DependencyTree tree, int n, List<ActorMention> actors) {
    for (int c : tree.children(n)) {
      if (tree.baseRelation(c).equals("acl")) {
        List<ActorMention> found = PlaceActors.ofClause(tree, c, actors); // "carried out ... in Tyre"
        if (!found.isEmpty()) {
          return found;
        }
      }
      String rel = tree.baseRelation(c);
      if ((rel.equals("nmod") || rel.equals("obl"))
          && PlaceActors.PLACE_PREPOSITIONS.contains(String.valueOf(tree.caseOf(c)))
          && !VerbPatternMatcher.isTime(tree, c)) {
        List<ActorMention> found = PlaceActors.in(tree, c, actors);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  /**
   * The place of the verb an event noun is the subject of, when that verb says the event happened
   * ("airstrikes are reported in Tyre, Lebanon"; "took place in Gaza" needs its "place").
   */
  private static List<ActorMention> placesOfOccurrence(DependencyTree tree, int phrase, List<ActorMention> actors) {
    int verb = tree.head(phrase);
    String rel = tree.relation(phrase);
    if (verb < 0 || !(rel.equals("nsubj") || rel.equals("nsubj:pass")) || !OCCURRENCE_VERBS.contains(tree.lemma(verb))) {
      return List.of();
    }
    if (tree.lemma(verb).equals("take") && !hasObjectLemma(tree, verb, "place")) {
      return List.of();
    }
    return PlaceActors.ofClause(tree, verb, actors);
  }

  private static boolean hasObjectLemma(DependencyTree tree, int verb, String lemma) {
    int object = tree.child(verb, "obj");
    return object >= 0 && tree.lemma(object).equals(lemma);
  }

  /** Who a passive verb of harm says suffered the event: "X was killed in a drone strike". */
  private static List<ActorMention> victims(DependencyTree tree, int phrase, List<ActorMention> actors) {
    int verb = tree.head(phrase);
    if (verb < 0
        || !tree.baseRelation(phrase).equals("obl")
        || !VICTIM_PHRASES.contains(String.valueOf(tree.caseOf(phrase)))
        || !HARM_VERBS.contains(tree.lemma(verb))
        || !tree.isPassive(verb)) {
      return List.of();
    }
    int subject = tree.child(verb, "nsubj:pass");
    return subject < 0 ? List.of() : VerbPatternMatcher.actorsOf(tree, subject, actors);
  }

  /**
   * The subject of an active verb whose for/during/after/following/at/before phrase the talks are:
   * "arrived in Doha for talks with Iranian officials", "said after talks with the minister"; one
   * who travels to, speaks after or acts during talks takes part in them.
   */
  private static List<ActorMention> participants(DependencyTree tree, int phrase, List<ActorMention> actors) {
    int verb = participantVerb(tree, phrase);
    return verb < 0 ? List.of() : governorSubject(tree, verb, actors);
  }

  /**
   * The protesters of a demonstration in a during- or at-phrase of an active verb: its subject
   * when it is people and no organ of a state ("Palestinian youths threw stones during
   * demonstrations against ..."; not "police officers fired tear gas during demonstrations").
   */
  private static List<ActorMention> protesters(DependencyTree tree, int phrase, List<ActorMention> actors) {
    // during or at it: those who riot "following a demonstration" may not have held it
    int verb = DURING.contains(String.valueOf(tree.caseOf(phrase))) ? participantVerb(tree, phrase) : -1;
    int subject = verb < 0 ? -1 : tree.child(verb, "nsubj");
    if (subject < 0 || !VerbPatternMatcher.arePeople(tree, subject) || FORCE_NOUNS.contains(tree.lemma(subject))) {
      return List.of();
    }
    List<ActorMention> found = VerbPatternMatcher.actorsOf(tree, subject, actors);
    boolean state = found.stream().anyMatch(m -> m.code().length() >= 6 && STATE_SECTORS.contains(m.code().substring(3, 6)));
    return state ? List.of() : found;
  }

  private static final Set<String> DURING = Set.of("during", "at");

  /** People of a state's forces, who police demonstrations rather than hold them. */
  private static final Set<String> FORCE_NOUNS = Set.of("officer", "commander", "policeman", "soldier", "guard", "trooper");

  /** Sectors of a state's organs (after the country in a code). */
  private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "SPY", "JUD");

  /**
   * The active verb whose for/during/after/following/at/before phrase is {@code phrase}, or -1.
   */
  private static int participantVerb(DependencyTree tree, int phrase) {
    int verb = tree.head(phrase);
    boolean fits =
        verb >= 0
            && tree.baseRelation(phrase).equals("obl")
            && PARTICIPANT_PREPOSITIONS.contains(String.valueOf(tree.caseOf(phrase)))
            && tree.token(verb).isVerb()
            && !tree.isPassive(verb);
    return fits ? verb : -1;
  }

  /** Prepositions by which talks are a phrase of a participant's act. */
  private static final Set<String> PARTICIPANT_PREPOSITIONS =
      Set.of("for", "during", "after", "following", "follow", "at", "before"); // "following" may be lemmatised

  private static List<ActorMention> governorSubject(DependencyTree tree, int verb, List<ActorMention> actors) {
    int subject = tree.child(verb, "nsubj");
    return subject < 0 ? List.of() : VerbPatternMatcher.actorsOf(tree, subject, actors);
  }

  private static List<ActorMention> targets(
      DependencyTree tree, int n, List<String> preps, List<ActorMention> actors) {
    for (int c : tree.children(n)) {
      String rel = tree.baseRelation(c);
      boolean prepositional = (rel.equals("nmod") || rel.equals("obl")) && preps.contains(String.valueOf(tree.caseOf(c)));
      boolean targeting = rel.equals("acl") && preps.contains(tree.lemma(c)); // "strikes targeting Iran"
      if (targeting) {
        int obj = tree.child(c, "obj");
        if (obj >= 0) {
          List<ActorMention> found = VerbPatternMatcher.actorsOf(tree, obj, actors);
          if (!found.isEmpty()) {
            return found;
          }
        }
      } else if (prepositional && !VerbPatternMatcher.isTime(tree, c)) {
        List<ActorMention> found = VerbPatternMatcher.actorsOf(tree, c, actors);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  private Modality modality(DependencyTree tree, int n) {
    Modality m = Modality.ASSERTED;
    for (int c : tree.children(n)) {
      String lemma = tree.lemma(c);
      String rel = tree.baseRelation(c);
      if ((rel.equals("det") || rel.equals("amod")) && HYPOTHETICAL_DETERMINERS.contains(lemma)) {
        m = ModalityReader.stronger(m, Modality.HYPOTHETICAL);
      } else if (rel.equals("det") && NEGATING_DETERMINERS.contains(lemma)) {
        m = ModalityReader.stronger(m, Modality.NEGATED);
      }
    }
    int head = tree.head(n);
    if (head < 0) {
      return m;
    }
    if (tree.token(head).isNoun() && FRAMING_NOUNS.contains(tree.lemma(head))) {
      return ModalityReader.stronger(m, Modality.HYPOTHETICAL);
    }
    if (tree.token(head).isVerb()) {
      if (tree.baseRelation(n).equals("obl") && TOPIC_PREPOSITIONS.contains(String.valueOf(tree.caseOf(n)))) {
        // "renewed negotiations on a troop pullback": the parser may hang the topic on the verb
        int object = tree.child(head, "obj");
        if (object >= 0 && FRAMING_NOUNS.contains(tree.lemma(object))) {
          return ModalityReader.stronger(m, Modality.HYPOTHETICAL);
        }
      }
      m = ModalityReader.stronger(m, modality.read(tree, head));
      m = ModalityReader.stronger(m, modality.ofComplementOf(tree.lemma(head)));
    }
    return m;
  }

}
