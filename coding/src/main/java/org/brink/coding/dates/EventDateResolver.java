package org.brink.coding.dates;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.brink.coding.dates.TemporalReader.Run;
import org.brink.coding.events.DependencyTree;
import org.jspecify.annotations.Nullable;

/*
 * Implementation notes.
 *
 * 1. TemporalReader finds the sentence's temporal expressions (runs of adjacent temporal tokens).
 * 2. Attached: walk from the trigger up its heads to the head of its clause (the first verb, root,
 *    clausal dependent or copular predicate). At each step, take the expressions that hang directly
 *    on that token by obl / nmod / advmod / dep (obl:tmod, nmod:tmod, obl:npmod included) with no
 *    preposition, with on / in / at / during / over, or a possessive ("Monday's attack").
 *    "after Monday", "since Monday" and "before Monday" do not date the event. The first step with
 *    any expression decides; of several, the most specific wins (explicit day, weekday, offset,
 *    vague), and a weekday beside a split-off "last week" is that weekday of last week.
 * 3. Fallback, for attachment errors ("attacked the post on Monday" with "Monday" under "post"):
 *    when nothing is attached, a sentence with exactly one expression that names a day gives it,
 *    but only if that expression lies in the trigger's own clause and no preposition other than
 *    those above stands on the path to it ("attacked after talks on Monday" is not dated). A date
 *    in another clause with its own verb ("Pakistan said on Wednesday that Iran attacked its
 *    border") belongs to that clause and never dates this event. Unparsed sentences take their
 *    only expression.
 * 4. Otherwise the publication date.
 */
/**
 * Finds the day an event happened from the temporal expressions of its sentence and the article's
 * publication date.
 *
 * <p>Stateless and thread-safe. See docs/dates-and-places.md for the rules.
 */
public final class EventDateResolver {
  private static final Set<String> RELATIONS = Set.of("obl", "nmod", "advmod", "dep");

  /** Case words that keep the time on the event; "'s" for "Monday's attack". */
  private static final Set<String> PREPOSITIONS =
      Set.of("on", "in", "at", "during", "over", "'s", "'");

  private static final Set<String> CLAUSE_RELATIONS =
      Set.of("root", "ccomp", "xcomp", "advcl", "acl", "csubj", "parataxis");

  /**
   * The date of the event whose trigger is token {@code trigger} of {@code tree}'s sentence.
   *
   * @param published the article's publication date, null when unknown
   */
  public EventDate resolve(DependencyTree tree, int trigger, @Nullable LocalDate published) {
    Objects.requireNonNull(tree, "tree");
    Objects.checkIndex(trigger, tree.size());
    List<Run> runs = TemporalReader.runs(tree.sentence().tokens());
    if (runs.isEmpty()) {
      return EventDate.publication(published);
    }
    int clause = clauseHead(tree, trigger);
    int node = trigger;
    for (int guard = 0; node >= 0 && guard <= tree.size(); guard++) {
      TemporalExpression attached = attachedTo(tree, runs, node);
      if (attached != null) {
        return attached.resolve(published);
      }
      if (node == clause) {
        break;
      }
      node = tree.head(node);
    }
    Run only = null;
    int days = 0;
    for (Run run : runs) {
      if (!(run.expression() instanceof TemporalExpression.Vague)) {
        days++;
        only = run;
      }
    }
    if (only != null
        && days == 1
        && (!tree.sentence().parsed() || inClause(tree, attachment(tree, only), clause))) {
      return only.expression().resolve(published);
    }
    return EventDate.publication(published);
  }

  /** The most specific expression hanging directly on {@code node} (or containing it), or null. */
  private static @Nullable TemporalExpression attachedTo(
      DependencyTree tree, List<Run> runs, int node) {
    TemporalExpression best = null;
    TemporalExpression.Offset lastWeek = null;
    for (Run run : runs) {
      if (!run.contains(node) && !hangsOn(tree, run, node)) {
        continue;
      }
      TemporalExpression e = run.expression();
      if (e instanceof TemporalExpression.Offset o
          && o.amount() == 1
          && o.unit() == ChronoUnit.WEEKS) {
        lastWeek = o;
      }
      if (best == null || rank(e) < rank(best)) {
        best = e;
      }
    }
    if (best instanceof TemporalExpression.Weekday w && w.weeksBack() == 0 && lastWeek != null) {
      return new TemporalExpression.Weekday(w.day(), 1);
    }
    return best;
  }

  private static boolean hangsOn(DependencyTree tree, Run run, int node) {
    for (int t = run.first(); t <= run.last(); t++) {
      if (tree.head(t) == node
          && RELATIONS.contains(tree.baseRelation(t))
          && preposition(tree, t)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code t} has no preposition or one that places the event at that time. */
  private static boolean preposition(DependencyTree tree, int t) {
    String p = tree.caseOf(t);
    return p == null || PREPOSITIONS.contains(p);
  }

  private static int rank(TemporalExpression e) {
    return switch (e) {
      case TemporalExpression.Explicit x -> 0;
      case TemporalExpression.Weekday x -> 1;
      case TemporalExpression.Offset x -> 2;
      case TemporalExpression.Vague x -> 3;
    };
  }

  /**
   * Whether token {@code t} lies in the clause headed by {@code clause} with no preposition on the
   * way that moves the time away from the event ("attacked after talks on Monday").
   */
  private static boolean inClause(DependencyTree tree, int t, int clause) {
    if (clauseHead(tree, t) != clause) {
      return false;
    }
    for (int node = t, guard = 0;
        node >= 0 && node != clause && guard <= tree.size();
        node = tree.head(node), guard++) {
      if (!preposition(tree, node)) {
        return false;
      }
    }
    return true;
  }

  /** The token of {@code run} whose head lies outside it (the first one), else its first token. */
  private static int attachment(DependencyTree tree, Run run) {
    for (int t = run.first(); t <= run.last(); t++) {
      if (!run.contains(tree.head(t))) {
        return t;
      }
    }
    return run.first();
  }

  /**
   * The head of the clause {@code i} stands in: itself if a verb or clausal, else the nearest such
   * head.
   */
  static int clauseHead(DependencyTree tree, int i) {
    int t = i;
    for (int guard = 0; guard <= tree.size(); guard++) {
      if (tree.token(t).isVerb()
          || CLAUSE_RELATIONS.contains(tree.baseRelation(t))
          || tree.child(t, "cop") >= 0
          || tree.head(t) < 0) {
        return t;
      }
      t = tree.head(t);
    }
    return t;
  }
}
