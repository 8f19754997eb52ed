package org.brink.coding.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.brink.core.Modality;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a clause says its event happened: {@link Modality#NEGATED}, {@link
 * Modality#HYPOTHETICAL}, {@link Modality#FUTURE} or {@link Modality#ASSERTED}.
 *
 * <p>Implementation notes: the reader looks at the trigger's own auxiliaries, negators and
 * subordinators, then climbs the clauses that embed it (xcomp, ccomp, advcl, and conj that share
 * the head's auxiliaries) and asks what each embedding verb does to its complement: "denied",
 * "refrained from" and "refused to" negate it; "urged", "threatened", "warned that ... would" and
 * "if" make it hypothetical; "vowed" and "will" put it in the future. The strongest reading wins,
 * in the order negated, hypothetical, future, asserted. Speech verbs ("said that") pass their
 * complement's modality through unchanged.
 */
public final class ModalityReader {
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
  private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> HYPOTHETICAL_AUX =
      Set.of("would", "could", "might", "may", "should", "must", "can", "'d", "ca");
  private static final Set<String> CONDITIONAL_MARKS = Set.of("if", "unless", "whether", "lest");

  /** Verbs that report a statement: their past-tense "would" is a reported "will". */
  private static final Set<String> REPORTING_VERBS =
      Set.of(
          "say", "tell", "announce", "state", "declare", "confirm", "add", "report", "indicate",
          "insist", "reiterate", "affirm", "assert", "stress", "explain", "write", "inform");

  /** Verbs whose complement did not happen: "denied attacking", "refrained from striking". */
  private static final Set<String> NEGATING_VERBS =
      Set.of(
          "deny", "refrain", "refuse", "decline", "fail", "avoid", "reject", "rule", "stop",
          "cease", "abstain", "forgo", "halt", "dismiss", "disavow", "rebut", "neglect", "cancel",
          "scrap", "abandon");

  /**
   * Verbs and adjectives whose complement is a plan, promise or readiness: "vowed to retaliate",
   * "is ready to contribute troops", "is willing to withdraw".
   */
  private static final Set<String> FUTURE_VERBS =
      Set.of(
          "vow", "pledge", "promise", "plan", "intend", "prepare", "aim", "decide", "agree",
          "vote", "resolve", "schedule", "set", "expect", "commit", "go", "ready", "willing",
          "prepared", "determined", "poised", "eager", "committed", "offer", "swear");

  /**
   * Nouns whose infinitive is a promise or an agreed plan: "reached a consensus to exchange
   * information", "signed an agreement to reopen the border", "his pledge to withdraw". Only the
   * infinitive counts: "the deal signed in May" is no promise of a signing.
   */
  private static final Set<String> FUTURE_NOUNS =
      Set.of(
          "agreement", "consensus", "deal", "accord", "understanding", "pledge", "promise",
          "commitment", "offer", "readiness", "willingness", "vow");

  /**
   * Verbs whose complement is wanted, asked, feared, weighed or authorised, not done ("approved a
   * planned invasion to seize Gaza City": no seizure yet).
   */
  private static final Set<String> HYPOTHETICAL_VERBS =
      Set.of(
          "urge", "call", "ask", "appeal", "press", "demand", "request", "want", "wish", "hope",
          "seek", "threaten", "warn", "fear", "consider", "weigh", "mull", "propose", "suggest",
          "recommend", "try", "attempt", "encourage", "advise", "plead", "discuss", "debate",
          "contemplate", "need", "ponder", "invite", "pressure", "push", "lobby", "implore",
          "exhort", "beseech", "order", "instruct", "approve", "authorize", "authorise",
          "postpone", "delay", "defer", "accuse", "allege", "blame", "suspect");

  /** Marks of an adverbial clause: time, cause, contrast, condition (never "from", "to"). */
  private static final Set<String> ADVERBIAL_MARKS =
      Set.of(
          "after", "before", "when", "whenever", "while", "because", "since", "as", "until", "till",
          "though", "although", "if", "unless", "once", "whereas");

  private static final Set<String> EMBEDDING =
      Set.of("xcomp", "ccomp", "advcl", "csubj", "acl", "conj", "dep");

  /** The modality of the event whose trigger is token {@code verb}. */
  public Modality read(DependencyTree tree, int verb) {
    return explain(tree, verb).modality();
  }

  /** A modality decision and the words that made it, in the order found. */
  public record Reading(Modality modality, List<String> reasons) {
    public Reading {
      reasons = List.copyOf(reasons);
    }
  }

  /** The modality of the event at {@code verb} with the reasons for it, for {@code brink explain}. */
  public Reading explain(DependencyTree tree, int verb) {
    return explain(tree, verb, NO_TOKEN);
  }

  private static final IntPredicate NO_TOKEN = t -> false;

  /**
   * The modality of an event whose pattern itself holds the tokens {@code inPattern} (words a
   * pattern needs before its verb, such as "did n't" in a dictionary's code for not clashing):
   * those words are the event's meaning and do not change its modality.
   */
  public Modality read(DependencyTree tree, int verb, IntPredicate inPattern) {
    return explain(tree, verb, inPattern).modality();
  }

  /** {@link #explain(DependencyTree, int)} leaving out the tokens the pattern holds. */
  public Reading explain(DependencyTree tree, int verb, IntPredicate inPattern) {
    Decision d = new Decision(inPattern);
    own(tree, verb, d, "", reportedWould(tree, verb));
    int current = verb;
    for (int depth = 0; depth < 8; depth++) {
      String rel = tree.baseRelation(current);
      int gov = tree.head(current);
      if (gov < 0 || !EMBEDDING.contains(rel)) {
        break;
      }
      String govWord = "\"" + tree.token(gov).word() + "\"";
      if (inPattern.test(gov)) {
        // "failed to agree" with "failed to" in the pattern: the governor is the event's own word
        own(tree, gov, d, " of the controlling " + govWord);
        current = gov;
        continue;
      }
      if (rel.equals("conj")) {
        // "did not attack or shell": the second verb shares the first's auxiliaries unless it
        // has its own subject or auxiliary, or is contrasted ("but").
        if (hasOwn(tree, current, "nsubj") || hasOwn(tree, current, "aux") || contrasted(tree, current)) {
          break;
        }
        own(tree, gov, d, " of the coordinated " + govWord);
      } else if (rel.equals("acl") && tree.token(gov).pos().startsWith("NN") && !infinitive(tree, current)) {
        // "an executive order raising tariffs", "a statement condemning the strike": a participle
        // describing a noun says what the order or statement does; the noun's verb meaning (to
        // order is to want done) is for its infinitive ("an order to attack")
      } else if (rel.equals("advcl") && adverbial(tree, current)) {
        // "halted the talks after Iran attacked", "urged calm when the strikes began": a clause of
        // time, cause or condition is no complement of the verb it hangs on
      } else {
        String lemma = tree.lemma(gov);
        if (NEGATING_VERBS.contains(lemma) && own(tree, gov, new Decision(), "") != Modality.NEGATED) {
          d.raise(Modality.NEGATED, "complement of " + govWord);
        } else if (HYPOTHETICAL_VERBS.contains(lemma)) {
          d.raise(Modality.HYPOTHETICAL, "complement of " + govWord);
        } else if (FUTURE_VERBS.contains(lemma) && !rel.equals("advcl")) {
          d.raise(Modality.FUTURE, "complement of " + govWord);
        } else if (FUTURE_NOUNS.contains(lemma) && rel.equals("acl") && infinitive(tree, current)) {
          d.raise(Modality.FUTURE, "infinitive of " + govWord);
        } else if (rel.equals("xcomp") && infinitive(tree, current) && promisingObject(tree, gov)) {
          // "reached a consensus to exchange information": the parser hangs the noun's
          // infinitive on the verb
          d.raise(Modality.FUTURE, "infinitive of the object of " + govWord);
        }
        if (rel.equals("xcomp") || rel.equals("dep")) {
          // "did not try to attack", "will seek to strike": control verbs pass on their own
          // auxiliaries and negation; "said it would be ready to host": a reported "would" too
          own(tree, gov, d, " of the controlling " + govWord, reportedWould(tree, gov));
        } else if (rel.equals("ccomp")) {
          // A reported clause keeps its own modality, but a hypothetical or negated report
          // ("would say that", "did not confirm that") makes it unsure.
          Modality report = own(tree, gov, new Decision(), "");
          if (report == Modality.NEGATED || report == Modality.HYPOTHETICAL) {
            d.raise(Modality.HYPOTHETICAL, "reported by " + report.code() + " " + govWord);
          }
        }
      }
      current = gov;
    }
    if (isQuestion(tree, verb)) {
      d.raise(Modality.HYPOTHETICAL, "a question");
    }
    return new Reading(d.modality, d.reasons);
  }

  /** Whether the clause is opened by a mark of time, cause, contrast or condition. */
  private static boolean adverbial(DependencyTree tree, int clause) {
    for (int c : tree.children(clause)) {
      if (tree.baseRelation(c).equals("mark") && ADVERBIAL_MARKS.contains(tree.lemma(c))) {
        return true;
      }
    }
    return false;
  }

  /** The strongest reading so far and the reason given for each raise. */
  private static final class Decision {
    Modality modality = Modality.ASSERTED;
    final List<String> reasons = new ArrayList<>(2);
    final IntPredicate inPattern;

    Decision() {
      this(NO_TOKEN);
    }

    Decision(IntPredicate inPattern) {
      this.inPattern = inPattern;
    }

    void raise(Modality m, String reason) {
      reasons.add(m.code() + ": " + reason);
      modality = stronger(modality, m);
    }
  }

  /**
   * What a verb does to its complement by its meaning alone: "denied" negates, "threatened" and
   * "feared" make hypothetical, "vowed" puts in the future; asserted for any other verb.
   */
  Modality ofComplementOf(String verbLemma) {
    if (NEGATING_VERBS.contains(verbLemma)) {
      return Modality.NEGATED;
    }
    if (HYPOTHETICAL_VERBS.contains(verbLemma)) {
      return Modality.HYPOTHETICAL;
    }
    return FUTURE_VERBS.contains(verbLemma) ? Modality.FUTURE : Modality.ASSERTED;
  }

  /** What the clause's own words say: negation, modal and future auxiliaries, "if". */
  private Modality own(DependencyTree tree, int verb, Decision d, String where) {
    return own(tree, verb, d, where, false);
  }

  /**
   * Whether the clause of {@code verb} is a report of a plan in the past tense, where "would" is
   * the reported "will": "Iraq said it would allow the inspectors back", "the rebels announced
   * they would meet the mediator". Not when the clause is conditional ("said it would respond if
   * attacked"), nor under verbs that make it a threat or a wish ("warned that it would").
   */
  static boolean reportedWould(DependencyTree tree, int verb) {
    int clause = verb;
    // "said it would seek to meet": the reported clause is the controlling verb's
    for (int depth = 0; depth < 2 && tree.baseRelation(clause).equals("xcomp"); depth++) {
      clause = tree.head(clause);
    }
    if (clause < 0) {
      return false;
    }
    int head = tree.head(clause);
    boolean reportedByHead =
        tree.baseRelation(clause).equals("ccomp") && head >= 0 && REPORTING_VERBS.contains(tree.lemma(head));
    if (!reportedByHead && reportingChild(tree, clause) < 0) {
      return false;
    }
    for (int c : tree.children(clause)) {
      String rel = tree.baseRelation(c);
      if (rel.equals("mark") && CONDITIONAL_MARKS.contains(tree.lemma(c))) {
        return false;
      }
      if (rel.equals("advcl") && CONDITIONAL_MARKS.contains(String.valueOf(tree.caseOf(c)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A reporting verb the parser hung under the clause it reports, before the clause's subject:
   * "was quoted as saying he would be ready" parses "saying" as a discourse or dep of "ready";
   * -1 when there is none.
   */
  private static int reportingChild(DependencyTree tree, int clause) {
    int subject = tree.child(clause, "nsubj");
    for (int c : tree.children(clause)) {
      String rel = tree.baseRelation(c);
      if ((rel.equals("discourse") || rel.equals("dep")) && c < subject && REPORTING_VERBS.contains(tree.lemma(c))) {
        return c;
      }
    }
    return -1;
  }

  private Modality own(DependencyTree tree, int verb, Decision d, String where, boolean reported) {
    Modality m = Modality.ASSERTED;
    boolean inverted = IntentCodes.invertedCondition(tree, verb);
    for (int c : tree.children(verb)) {
      if (d.inPattern.test(c)) {
        continue;
      }
      String rel = tree.baseRelation(c);
      String lemma = tree.lemma(c);
      String word = tree.token(c).word().toLowerCase(java.util.Locale.ROOT);
      @Nullable Modality found = null;
      if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det")) && NEGATORS.contains(lemma)) {
        found = Modality.NEGATED;
      } else if (rel.equals("aux")) {
        if (FUTURE_AUX.contains(lemma) || FUTURE_AUX.contains(word)) {
          found = Modality.FUTURE;
        } else if (reported && word.equals("would")) {
          found = Modality.FUTURE; // the reported "will"
        } else if (HYPOTHETICAL_AUX.contains(lemma) || HYPOTHETICAL_AUX.contains(word)) {
          found = Modality.HYPOTHETICAL;
        }
      } else if (rel.equals("mark") && CONDITIONAL_MARKS.contains(lemma)) {
        found = Modality.HYPOTHETICAL;
      }
      if (found == null && inverted && (rel.equals("aux") || rel.equals("cop"))) {
        found = Modality.HYPOTHETICAL; // "had Israel attacked, ...": a condition by inversion
      }
      if (found != null) {
        d.raise(found, "\"" + tree.token(c).word() + "\"" + where);
        m = stronger(m, found);
      }
    }
    return m;
  }

  /** Whether the object of {@code verb} is a promise or an agreed plan ("reached an agreement"). */
  private static boolean promisingObject(DependencyTree tree, int verb) {
    int object = tree.child(verb, "obj");
    return object >= 0 && FUTURE_NOUNS.contains(tree.lemma(object));
  }

  /** Whether the clause of {@code verb} is a to-infinitive ("a pledge to withdraw"). */
  private static boolean infinitive(DependencyTree tree, int verb) {
    // "for its forces to be deployed" has two marks
    for (int c : tree.children(verb)) {
      if (tree.baseRelation(c).equals("mark") && tree.lemma(c).equals("to")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasOwn(DependencyTree tree, int verb, String rel) {
    return tree.child(verb, rel) >= 0;
  }

  private static boolean contrasted(DependencyTree tree, int verb) {
    for (int c : tree.children(verb)) {
      if (tree.baseRelation(c).equals("cc")) {
        String l = tree.lemma(c);
        if (l.equals("but") || l.equals("yet")) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isQuestion(DependencyTree tree, int verb) {
    int root = verb;
    for (int guard = 0; tree.head(root) >= 0 && guard < tree.size(); guard++) {
      root = tree.head(root);
    }
    int last = tree.size() - 1;
    return last >= 0 && tree.token(last).word().equals("?") && root == verb;
  }

  /** The stronger of two readings: negated over hypothetical over future over asserted. */
  static Modality stronger(Modality a, Modality b) {
    return rank(a) >= rank(b) ? a : b;
  }

  private static int rank(Modality m) {
    return switch (m) {
      case ASSERTED -> 0;
      case FUTURE -> 1;
      case HYPOTHETICAL -> 2;
      case NEGATED -> 3;
    };
  }
}
