package org.brink.coding.events.petrarch;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The English a PETRARCH dictionary needs to be read for Brink: closed word classes (particles,
 * prepositions, auxiliaries) and the singular of a plural noun.
 *
 * <p>Implementation notes: PETRARCH patterns name word forms ("SANCTIONS", "TALKS"), Brink patterns
 * name lemmas ("sanction", "talk"). {@link #singular} undoes regular English plurals, the way a
 * lemmatizer reads a plural noun, with a short list of irregular and invariant nouns. It is a
 * heuristic: a singular word that merely ends in "s" keeps its "s" only when the rules know it
 * ("crisis", "status", "news").
 */
final class EnglishWords {
  /** What Brink's own dictionary parser accepts as a word. */
  private static final Pattern BRINK_WORD = Pattern.compile("[a-z][a-z'-]*");

  /** Words read as a particle when they follow the verb in a pattern ("* UP", "* OFF (FOR)"). */
  static final Set<String> PATTERN_PARTICLES =
      Set.of(
          "up",
          "down",
          "out",
          "off",
          "back",
          "away",
          "aside",
          "forward",
          "forth",
          "together",
          "apart");

  /** Words read as a particle when they end a multi-word verb ("+GIVE_IN", "+TAKE_OVER"). */
  static final Set<String> VERB_PARTICLES =
      union(
          PATTERN_PARTICLES, Set.of("in", "over", "behind", "around", "through", "along", "about"));

  /** Words that may open a prepositional phrase. */
  static final Set<String> PREPOSITIONS =
      Set.of(
          "about",
          "above",
          "across",
          "after",
          "against",
          "along",
          "alongside",
          "amid",
          "amidst",
          "among",
          "amongst",
          "around",
          "as",
          "at",
          "atop",
          "before",
          "behind",
          "below",
          "beneath",
          "beside",
          "besides",
          "between",
          "beyond",
          "by",
          "despite",
          "down",
          "during",
          "except",
          "for",
          "from",
          "in",
          "inside",
          "into",
          "like",
          "near",
          "of",
          "off",
          "on",
          "onto",
          "opposite",
          "out",
          "outside",
          "over",
          "past",
          "per",
          "since",
          "through",
          "throughout",
          "till",
          "to",
          "toward",
          "towards",
          "under",
          "underneath",
          "unlike",
          "until",
          "up",
          "upon",
          "versus",
          "via",
          "with",
          "within",
          "without");

  /**
   * Prepositions that, standing bare after the verb, open a phrase in an old linear pattern ("*
   * WITH +"): the prepositions without the words that are more often particles or adjectives.
   */
  static final Set<String> LINEAR_PREPOSITIONS =
      minus(PREPOSITIONS, Set.of("up", "down", "out", "off", "like", "past"));

  /** Words that are never a noun, so never an object noun: possessives, adverbs of time. */
  static final Set<String> NOT_NOUNS =
      Set.of(
          "their", "its", "his", "her", "our", "my", "your", "now", "again", "also", "still",
          "then", "soon", "immediately", "already", "yet", "not", "never", "together");

  /** Words a noun phrase may start with that say nothing about it. */
  static final Set<String> DETERMINERS = Set.of("the", "a", "an");

  /**
   * The forms of "say" and "tell" a PETRARCH block may be headed by: Brink codes what is reported,
   * not the saying, so these give no bare event of their own (their patterns still do).
   */
  static final Set<String> SAYING =
      Set.of("say", "says", "said", "saying", "tell", "tells", "told", "telling");

  /** Auxiliaries: never the verb that codes an event (PETRARCH removed WILL and WOULD in 2019). */
  static final Set<String> AUXILIARIES =
      Set.of(
          "be", "is", "are", "am", "was", "were", "been", "being", "will", "would", "shall",
          "should", "can", "could", "may", "might", "must");

  private static final Map<String, String> IRREGULAR =
      Map.ofEntries(
          Map.entry("men", "man"),
          Map.entry("women", "woman"),
          Map.entry("children", "child"),
          Map.entry("crises", "crisis"),
          Map.entry("analyses", "analysis"),
          Map.entry("theses", "thesis"),
          Map.entry("diagnoses", "diagnosis"),
          Map.entry("hypotheses", "hypothesis"),
          Map.entry("lives", "life"),
          Map.entry("wives", "wife"),
          Map.entry("knives", "knife"),
          Map.entry("thieves", "thief"),
          Map.entry("halves", "half"),
          Map.entry("shoes", "shoe"),
          Map.entry("toes", "toe"),
          Map.entry("sorties", "sortie"),
          Map.entry("movies", "movie"),
          Map.entry("cookies", "cookie"));

  /** Nouns that end in "s" in the singular, or whose plural is their lemma. */
  private static final Set<String> INVARIANT =
      Set.of(
          "news",
          "series",
          "species",
          "means",
          "headquarters",
          "politics",
          "economics",
          "chaos",
          "bias",
          "alias",
          "atlas",
          "canvas",
          "lens",
          "whereabouts",
          "crossroads",
          "kudos",
          "thanks",
          "overseas",
          "always",
          "perhaps",
          "afterwards",
          "towards",
          "does");

  /** Words ending in "men" that are not plurals of "-man". */
  private static final Set<String> NOT_MEN_PLURALS =
      Set.of("specimen", "regimen", "abdomen", "omen", "stamen", "acumen");

  private EnglishWords() {}

  static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  /** Whether Brink's dictionary format accepts the (lower-case) word. */
  static boolean isBrinkWord(String word) {
    return BRINK_WORD.matcher(word).matches();
  }

  /** The singular of a lower-case noun: "sanctions" to "sanction", "rallies" to "rally". */
  static String singular(String w) {
    String irregular = IRREGULAR.get(w);
    if (irregular != null) {
      return irregular;
    }
    if (w.length() > 3 && w.endsWith("men") && !NOT_MEN_PLURALS.contains(w)) {
      return w.substring(0, w.length() - 3) + "man"; // servicemen, gunmen
    }
    if (w.length() <= 3 || !w.endsWith("s") || INVARIANT.contains(w)) {
      return w;
    }
    if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("'s")) {
      return w; // access, status, crisis
    }
    if (w.endsWith("ies")) {
      // rallies -> rally, but ties -> tie
      return w.length() > 4 ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 1);
    }
    if (w.endsWith("sses")
        || w.endsWith("shes")
        || w.endsWith("ches")
        || w.endsWith("xes")
        || w.endsWith("zzes")
        || w.endsWith("oes")) {
      return w.substring(0, w.length() - 2); // marches, taxes, embargoes
    }
    return w.substring(0, w.length() - 1);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  private static Set<String> minus(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.removeAll(b);
    return Set.copyOf(out);
  }
}
