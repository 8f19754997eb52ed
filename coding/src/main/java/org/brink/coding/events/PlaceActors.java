package org.brink.coding.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.brink.coding.actors.ActorMention;

/**
 * Countries named as places, for targets: "targets the Ryazan Refinery in Ryazan Oblast, Russia",
 * "strikes across the Gaza Strip", "an airstrike in Tyre, southern Lebanon".
 *
 * <p>Design decision: CAMEO coders code a military or coercive act on a place as an act on the
 * state the place belongs to. Until the gazetteer resolves every place, a country, capital or
 * territory the actor dictionary knows stands for its country when it appears as the place of an
 * attack's target or of the attack itself. Only the country part of the code is kept: "in Kabul"
 * is a place in Afghanistan (AFG), not an act on the Afghan government (AFGGOV).
 */
final class PlaceActors {
  /** Prepositions that introduce a place. */
  static final Set<String> PLACE_PREPOSITIONS =
      Set.of("in", "at", "across", "near", "inside", "into", "throughout", "around", "outside", "of", "on", "over");

  /**
   * Nouns of a stance towards a party, whose in-phrase names the party, not a place: "in defiance
   * of Chinese authorities", "in protest at Israel's policy", "in retaliation for Russian strikes"
   * (LowerTargets reads them as targets).
   */
  private static final Set<String> STANCE_NOUNS = Set.of("defiance", "protest", "opposition", "retaliation", "reprisal");

  /**
   * Whether the phrase is an in-phrase of a stance ("in protest at ..."); "at a protest in
   * London" is a place.
   */
  static boolean stance(DependencyTree tree, int phrase) {
    return STANCE_NOUNS.contains(tree.lemma(phrase)) && "in".equals(tree.caseOf(phrase));
  }

  /**
   * Roots whose target may be the country of the place acted on; for investigation (09) the place
   * investigated ("sent inspectors to a plant in central Iran").
   */
  static final Set<String> PLACE_TARGET_ROOTS = Set.of("07", "09", "15", "17", "18", "19", "20");

  /** Nouns of acts whose adjective names who acted, not where: "Israeli airstrikes". */
  private static final Set<String> EVENTS_NOT_PLACES =
      Set.of(
          "strike", "airstrike", "attack", "raid", "bombardment", "shelling", "bombing",
          "offensive", "assault", "incursion", "operation", "fire", "drone", "missile", "rocket",
          "force", "forces", "troop", "soldier", "army", "military");

  /**
   * Whether an act of this code may take the country of the place acted on as its target: the
   * roots above, and easing administrative sanctions (081x: "lifted a curfew in Montenegro"), the
   * mirror of imposing them (172x).
   */
  static boolean isPlaceTarget(String code) {
    return PLACE_TARGET_ROOTS.contains(code.substring(0, 2)) || code.startsWith("081");
  }

  /**
   * Whether only the state of the place where it happens does an act of this code: investigating
   * (09), administrative sanctions (172x), arrests and charges (173), expulsions (174). With no
   * agent named, that state is the source ("journalists were arrested in Iran").
   */
  static boolean isActOfTheState(String code) {
    return code.startsWith("09") || code.startsWith("172") || code.startsWith("173") || code.startsWith("174");
  }

  private static final Set<String> COORDINATORS = Set.of("and", "or");

  private PlaceActors() {}

  /**
   * The country named as a place in the phrase headed by {@code head}: in the head itself, its
   * appositions and compounds, or its place phrases, nearest first.
   */
  static List<ActorMention> in(DependencyTree tree, int head, List<ActorMention> actors) {
    List<ActorMention> out = new ArrayList<>(1);
    search(tree, head, actors, out, 0);
    return out;
  }

  /** The country named in the verb's own place phrases ("killed ... in Niamey, Niger"). */
  static List<ActorMention> ofClause(DependencyTree tree, int verb, List<ActorMention> actors) {
    List<ActorMention> own = ofPhrases(tree, verb, actors);
    if (!own.isEmpty()) {
      return own;
    }
    // "reported in Nabatieh, in other towns and in the Tyre District, Lebanon": the parser may hang
    // the last of coordinated place phrases on a stray "and" (dep) rather than on the first
    for (int c : tree.children(verb)) {
      if (tree.baseRelation(c).equals("dep") && COORDINATORS.contains(tree.lemma(c))) {
        List<ActorMention> found = ofPhrases(tree, c, actors);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  private static List<ActorMention> ofPhrases(DependencyTree tree, int verb, List<ActorMention> actors) {
    for (int c : tree.children(verb)) {
      if (!tree.baseRelation(c).equals("obl")
          || !PLACE_PREPOSITIONS.contains(String.valueOf(tree.caseOf(c)))
          || stance(tree, c)) {
        continue;
      }
      if (VerbPatternMatcher.isTime(tree, c)) {
        // "demonstrated on Tuesday in Serbia": the parser may hang the place on the time phrase
        for (int p : tree.children(c)) {
          if (tree.baseRelation(p).equals("nmod") && PLACE_PREPOSITIONS.contains(String.valueOf(tree.caseOf(p)))) {
            List<ActorMention> found = in(tree, p, actors);
            if (!found.isEmpty()) {
              return found;
            }
          }
        }
        continue;
      }
      List<ActorMention> found = in(tree, c, actors);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  private static void search(DependencyTree tree, int node, List<ActorMention> actors, List<ActorMention> out, int depth) {
    if (depth > 4 || !out.isEmpty()) {
      return;
    }
    ActorMention here = VerbPatternMatcher.covering(node, actors);
    if (here != null && here.namesCountry()) {
      out.add(asPlace(here));
      return;
    }
    for (int c : tree.children(node)) {
      String base = tree.baseRelation(c);
      // an adjective names the place only of a place noun ("a Lebanese town"), not of an act
      // ("in a series of Israeli airstrikes" is no place in Israel)
      boolean adjective = base.equals("amod") && !EVENTS_NOT_PLACES.contains(tree.lemma(node));
      // "refugees fleeing the civil war in Liberia", "people living in Liberia": the place of a
      // participle that describes the phrase, and of its object
      boolean participle =
          base.equals("acl") && !tree.relation(c).equals("acl:relcl") && tree.token(c).isVerb()
              || base.equals("obj") && tree.baseRelation(node).equals("acl");
      boolean place =
          base.equals("appos") || base.equals("compound") || adjective || base.equals("flat") || participle
              || ((base.equals("nmod") || base.equals("obl")) && PLACE_PREPOSITIONS.contains(String.valueOf(tree.caseOf(c))));
      if (place) {
        search(tree, c, actors, out, depth + 1);
        if (!out.isEmpty()) {
          return;
        }
      }
    }
  }

  private static ActorMention asPlace(ActorMention m) {
    return new ActorMention(m.country(), m.first(), m.last(), m.span(), m.text(), m.entry() + "+place");
  }

}
