package org.brink.coding.events;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * CAMEO's reject codes (12x) for acts an actor refuses to do.
 *
 * <p>"Pakistan refused to deploy peacekeepers" did not deploy anything: the deployment stays
 * negated, and the refusal is the event. CAMEO defines a refusal for meetings and negotiation
 * (125), mediation (126), settlements (127), material cooperation (121x), aid (122x), political
 * reform (123x) and yielding (124x): "declined to resign" is 1231, "is refusing to lift the
 * curfew" 1241, "refused to meet" 125. Declining to promise an act (03x) refuses that act ("refused
 * to commit to any assistance" is 120, to pledge aid 122, to offer talks 125). For any other act ("refused to attack", "refused to
 * comment") CAMEO defines no refusal, and the act is only kept as negated.
 *
 * <p>Only verbs that say an actor will not do something count ("refuse", "decline", "rule out",
 * "balk at"), not those that say it did not happen ("denied attacking", "failed to reach",
 * "refrained from"). A negated future in the actor's own clause is a refusal too ("Syria will not
 * accept more refugees", "the US said it would not meet the demands"): its negator stands for the
 * refusing verb.
 */
final class RefusalCodes {
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never");
  private static final Set<String> FUTURE_AUX = Set.of("will", "wo", "shall");
  private static final Set<String> REFUSING_VERBS = Set.of("refuse", "decline", "balk", "baulk");
  /** Refusing verbs whose act hangs under them as an adverbial clause: "balked at sending troops". */
  private static final Set<String> BALKING_VERBS = Set.of("balk", "baulk");

  private static final Map<String, String> EXACT =
      Map.ofEntries(
          Map.entry("045", "126"),
          Map.entry("057", "127"),
          Map.entry("061", "1211"),
          Map.entry("062", "1212"),
          Map.entry("071", "1221"),
          Map.entry("072", "1222"),
          Map.entry("073", "1223"),
          Map.entry("074", "1224"),
          Map.entry("083", "123"),
          Map.entry("0831", "1231"),
          Map.entry("0832", "1232"),
          Map.entry("0833", "1233"),
          Map.entry("0834", "1234"),
          // declining to promise an act refuses the act: "refused to commit to any assistance"
          Map.entry("031", "121"),
          Map.entry("0311", "1211"),
          Map.entry("0312", "1212"),
          Map.entry("033", "122"),
          Map.entry("0331", "1221"),
          Map.entry("0332", "1222"),
          Map.entry("0333", "1223"),
          Map.entry("0334", "1224"),
          Map.entry("034", "123"),
          Map.entry("0341", "1231"),
          Map.entry("0342", "1232"),
          Map.entry("0343", "1233"),
          Map.entry("0344", "1234"),
          Map.entry("035", "124"),
          Map.entry("0351", "1241"),
          Map.entry("0352", "1242"),
          Map.entry("0353", "1243"),
          Map.entry("0354", "1244"),
          Map.entry("0355", "1245"),
          Map.entry("0356", "1246"),
          Map.entry("036", "125"),
          Map.entry("037", "127"),
          Map.entry("038", "126"),
          Map.entry("039", "126"));

  /** By the act's three-digit parent, for the acts of a family that share one refusal. */
  private static final Map<String, String> BY_PARENT =
      Map.ofEntries(
          Map.entry("081", "1241"),
          Map.entry("082", "1242"),
          Map.entry("084", "1243"),
          Map.entry("085", "1244"),
          Map.entry("086", "1245"),
          Map.entry("087", "1246"));

  private static final Map<String, String> BY_ROOT =
      Map.ofEntries(
          Map.entry("03", "120"), Map.entry("04", "125"), Map.entry("06", "121"), Map.entry("07", "122"), Map.entry("08", "124"));

  private RefusalCodes() {}

  /** The reject code for refusing an act of code {@code code}, or null where CAMEO has none. */
  static @Nullable String of(String code) {
    String exact = EXACT.get(code);
    if (exact != null) {
      return exact;
    }
    if (code.length() >= 3) {
      String parent = BY_PARENT.get(code.substring(0, 3));
      if (parent != null) {
        return parent;
      }
    }
    return BY_ROOT.get(code.substring(0, 2));
  }

  /**
   * The verb that refuses the act at {@code verb} ("refused" in "refused to meet or negotiate"),
   * or -1 when no refusing verb controls it.
   */
  static int refuser(DependencyTree tree, int verb) {
    int negator = futureNegator(tree, verb);
    if (negator >= 0) {
      return negator;
    }
    int current = verb;
    for (int depth = 0; depth < 3; depth++) {
      String rel = tree.baseRelation(current);
      int gov = tree.head(current);
      if (gov < 0) {
        return -1;
      }
      if (rel.equals("conj")) {
        current = gov;
        continue;
      }
      boolean controlled = rel.equals("xcomp") || rel.equals("dep");
      boolean balked = rel.equals("advcl") && BALKING_VERBS.contains(tree.lemma(gov));
      return (controlled || balked) && refuses(tree, gov) ? gov : -1;
    }
    return -1;
  }

  /**
   * The negator of a negated future at {@code verb} ("will not accept", "won't meet", "said it
   * would not release"), or -1. A "would" counts only where it reports a "will".
   */
  private static int futureNegator(DependencyTree tree, int verb) {
    int negator = -1;
    boolean future = false;
    for (int c : tree.children(verb)) {
      String rel = tree.baseRelation(c);
      String word = tree.token(c).word().toLowerCase(Locale.ROOT);
      if ((rel.equals("advmod") || rel.equals("neg")) && NEGATORS.contains(word)) {
        negator = c;
      } else if (rel.equals("aux")) {
        future |=
            FUTURE_AUX.contains(word)
                || (word.equals("would") && ModalityReader.reportedWould(tree, verb));
      }
    }
    return future ? negator : -1;
  }

  /** "refused", "declined", "ruled out", "balked at". */
  private static boolean refuses(DependencyTree tree, int verb) {
    String lemma = tree.lemma(verb);
    if (REFUSING_VERBS.contains(lemma)) {
      return true;
    }
    if (lemma.equals("rule")) {
      int prt = tree.child(verb, "compound:prt");
      return prt >= 0 && tree.lemma(prt).equals("out");
    }
    return false;
  }
}
