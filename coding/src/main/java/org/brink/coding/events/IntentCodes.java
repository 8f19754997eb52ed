package org.brink.coding.events;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * CAMEO's intent codes for acts that are only promised or threatened.
 *
 * <p>CAMEO codes the statement of intent, not the future act: "Finland will give a grant to
 * Tanzania" is 0331 (express intent to provide economic aid), "Iran vowed to retaliate against
 * Israel" is 1384 (threaten with conventional attack). A cooperative act (roots 04 to 08) in the
 * future becomes its 03x intent code whether it is announced ("will give") or promised ("pledged
 * to give"); a conflictual act (roots 16 to 20) becomes its 13x threat code only when an actor
 * vows, threatens, warns or announces it ("the rebels said they would blockade the capital" is
 * 133, "Iran said it will strike" 138): "the EU will impose sanctions" stays a future 163, a report
 * of a planned act. A cooperative act promised only unless someone acts is a threat (130), and a
 * coercive act set off by a condition ("will impose sanctions if ...") is its threat code. The
 * event then is the statement, asserted.
 */
final class IntentCodes {
  /** Verbs that state an intent: their complement's act is promised or threatened. */
  static final Set<String> INTENT_VERBS =
      Set.of(
          "vow", "pledge", "promise", "offer", "agree", "threaten", "warn", "commit", "undertake",
          "swear", "intend", "plan", "decide", "resolve", "prepare", "ready", "willing",
          "prepared", "determined");

  private static final Map<String, String> EXACT =
      Map.ofEntries(
          Map.entry("045", "039"),
          Map.entry("057", "032"),
          Map.entry("061", "0311"),
          Map.entry("062", "0312"),
          Map.entry("063", "0313"),
          Map.entry("064", "0314"),
          Map.entry("071", "0331"),
          Map.entry("072", "0332"),
          Map.entry("073", "0333"),
          Map.entry("074", "0334"),
          Map.entry("081", "0351"),
          Map.entry("082", "0352"),
          Map.entry("083", "034"),
          Map.entry("0831", "0341"),
          Map.entry("0832", "0342"),
          Map.entry("0833", "0343"),
          Map.entry("0834", "0344"),
          Map.entry("084", "0353"),
          Map.entry("0841", "0353"),
          Map.entry("0842", "0353"),
          Map.entry("085", "0354"),
          Map.entry("086", "0355"),
          Map.entry("087", "0356"),
          Map.entry("0871", "0356"),
          Map.entry("161", "1313"),
          Map.entry("162", "1311"),
          Map.entry("163", "1312"),
          Map.entry("164", "134"),
          Map.entry("165", "135"),
          Map.entry("166", "136"),
          Map.entry("1661", "136"),
          Map.entry("1662", "136"),
          Map.entry("1663", "136"),
          Map.entry("1621", "1311"),
          Map.entry("1622", "1311"),
          Map.entry("1623", "1311"),
          Map.entry("1721", "1321"),
          Map.entry("1722", "1322"),
          Map.entry("1723", "1323"),
          Map.entry("1724", "1324"),
          Map.entry("172", "132"),
          Map.entry("191", "1381"),
          Map.entry("192", "1382"),
          Map.entry("204", "1385"));

  private static final Map<String, String> BY_ROOT =
      Map.ofEntries(
          Map.entry("04", "036"),
          Map.entry("05", "032"),
          Map.entry("06", "031"),
          Map.entry("07", "033"),
          Map.entry("08", "035"),
          Map.entry("14", "133"),
          Map.entry("16", "131"),
          Map.entry("17", "137"),
          Map.entry("18", "1383"),
          Map.entry("19", "1384"),
          Map.entry("20", "1385"));

  private static final Set<String> COOPERATIVE_ROOTS = Set.of("04", "05", "06", "07", "08");

  /** Verbs by which an actor announces its own act: "said", "announced". */
  private static final Set<String> ANNOUNCING_VERBS =
      Set.of("say", "announce", "declare", "state", "tell", "confirm");

  private IntentCodes() {}

  /**
   * The intent code for a future act of code {@code code}, or null when the act keeps its own
   * code.
   *
   * @param stated whether an intent verb ("vowed", "threatened") carries the act
   */
  static @Nullable String of(String code, boolean stated) {
    String root = code.substring(0, 2);
    if (!stated && !COOPERATIVE_ROOTS.contains(root)) {
      return null;
    }
    String exact = EXACT.get(code);
    return exact != null ? exact : BY_ROOT.get(root);
  }

  /**
   * Whether an actor states the intent: an intent verb governs {@code verb} through control or
   * complement clauses ("vowed to retaliate"), or a reporting verb governs its clause ("said they
   * would blockade Paris": a conflictual act an actor announces is a threat, as CAMEO codes it).
   */
  static boolean stated(DependencyTree tree, int verb) {
    int current = verb;
    for (int depth = 0; depth < 4; depth++) {
      String rel = tree.baseRelation(current);
      int gov = tree.head(current);
      if (gov < 0 || !(rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("conj"))) {
        return false;
      }
      String lemma = tree.lemma(gov);
      if (INTENT_VERBS.contains(lemma) || (rel.equals("ccomp") && ANNOUNCING_VERBS.contains(lemma))) {
        return true;
      }
      current = gov;
    }
    return false;
  }

  /**
   * Whether the act is promised only unless someone acts ("will withdraw its force unless the
   * president arranges a ceasefire"): a conditional act of that kind is a threat.
   */
  static boolean unless(DependencyTree tree, int verb) {
    for (int c : tree.children(verb)) {
      if (isCondition(tree, c) && "unless".equals(tree.caseOf(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the act is set off by a condition ("will impose sanctions if Iran enriches uranium",
   * "may halt mediation unless the parties cooperate"): an announced coercive act of that kind is
   * a threat, as CAMEO codes conditional coercion.
   */
  static boolean conditional(DependencyTree tree, int verb) {
    for (int c : tree.children(verb)) {
      if (isCondition(tree, c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code clause} is an if- or unless-clause of the verb it hangs on, or a condition
   * put by inversion ("should Israel attack", "had Israel attacked", "were Iran to strike").
   */
  static boolean isCondition(DependencyTree tree, int clause) {
    return tree.baseRelation(clause).equals("advcl")
            && CONDITION_MARKS.contains(String.valueOf(tree.caseOf(clause)))
        || invertedCondition(tree, clause);
  }

  /**
   * Whether the clause opens with "should", "had" or "were" before its subject and has no
   * subordinator of its own (the parser hangs it as advcl or dep): "Iran will respond should
   * Israel attack", "had Israel attacked, Iran would have retaliated".
   */
  static boolean invertedCondition(DependencyTree tree, int clause) {
    String clauseRelation = tree.baseRelation(clause);
    if (!clauseRelation.equals("advcl") && !clauseRelation.equals("dep")) {
      return false;
    }
    int subject = -1;
    int inverted = -1;
    for (int c : tree.children(clause)) {
      String rel = tree.baseRelation(c);
      if (rel.equals("mark")) {
        return false;
      }
      if (rel.equals("nsubj")) {
        subject = subject < 0 ? c : subject;
      }
      if ((rel.equals("aux") || rel.equals("cop"))
          && INVERTING.contains(tree.token(c).word().toLowerCase(Locale.ROOT))) {
        inverted = inverted < 0 ? c : inverted;
      }
    }
    return inverted >= 0 && subject > inverted;
  }

  private static final Set<String> INVERTING = Set.of("should", "had", "were");

  private static final Set<String> CONDITION_MARKS = Set.of("if", "unless");

  /** The threat for a cooperative act promised unless someone acts: 130, threaten. */
  static final String CONDITIONAL_THREAT = "130";
}
