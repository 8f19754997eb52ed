package org.brink.coding.quotes;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.brink.coding.actors.ActorMention;
import org.brink.coding.events.DependencyTree;
import org.brink.coding.events.SentenceView;
import org.brink.core.Quote;
import org.brink.core.Span;
import org.brink.core.TextRef;
import org.brink.core.Token;
import org.jspecify.annotations.Nullable;

/**
 * Finds the speaker of a quote in one text's parsed sentences.
 *
 * <p>Implementation notes. Words inside any quote never attribute: neither a verb quoted within
 * a quote nor the other half of a split quote. In order:
 *
 * <ol>
 *   <li>The sentences the quote touches: the subject of a speech verb, or the noun of "according
 *       to", outside the quotes; for a quote over several sentences, after it in the sentence
 *       where it ends or before it in the one where it starts. Of several, the one nearest the
 *       quote wins ("'…,' said A, while B …"). A verb without a subject of its own takes the one
 *       of the clause it hangs from ("… he said and added", "was quoted as saying"), or after the
 *       quote the object the parser reads into an inverted subject ("'…,' said the minister"),
 *       or the subject after a speech verb that opens the sentence ("Said he: '…'").
 *       Claim verbs ("called it 'unconstitutional'") count only when they govern the quote. A
 *       participle after a comma hung low by the parser takes the sentence's subject ("X blocked
 *       the order ..., calling it '…'"). "In
 *       X's own words" and "in the words of X" name X; "in these words" the subject of its verb.
 *       With none of these, a quote after a colon in its own sentence ("he put it this way:
 *       '…'") is the subject's of the first verb above the quote before the colon.
 *   <li>Only for a quote that is a sentence of its own (nothing but punctuation outside it): the
 *       next sentence when it is a short attribution without quotes ("X said.", "said X in a
 *       statement."); else the previous sentence when it ends in a colon ("X said:"), even across
 *       a blank line; else the previous sentence when it is a short attribution, either of its
 *       own quote ("'…,' X said. '…'", a continuation) or standing alone, as long as no quote
 *       comes right before it that it would attribute instead. Short attributions do not reach
 *       across a blank line.
 * </ol>
 *
 * Nothing further away counts. The speaker's text is the name phrase (determiner, modifiers,
 * compounds and flat names; "a spokesman for the ministry" keeps its for-phrase, "Matthew Miller,
 * the spokesperson for ..." drops the apposition). Its code comes from the actor mention on the
 * phrase's head (a dictionary mention before one coreference added, the longer before the
 * shorter, none when two codes tie), else from one overlapping the phrase, else, when the name is
 * no actor, from the apposition or for-phrase. A speaker with no code that is "he" or "she", a role
 * noun with a name in apposition, or "the" and a title takes the person {@link PersonAntecedent}
 * finds, as {@code refersTo} and with that person's code if any.
 */
final class Attribution {
  static final Set<String> SPEECH_VERBS =
      Set.of(
          "say", "state", "tell", "add", "declare", "announce", "write", "warn", "insist",
          "stress", "note", "explain", "remark", "clarify", "reply", "respond", "continue",
          "conclude", "argue", "assert", "claim", "emphasize", "emphasise", "admit", "acknowledge",
          "vow", "pledge", "promise", "urge", "tweet", "post", "predict", "caution", "observe",
          "express", "recall", "complain", "answer", "testify", "confirm");

  /**
   * Verbs that characterise what someone said: they attribute a quote only when they govern it
   * ("called it 'blatantly unconstitutional'", "condemned what it called 'state terrorism'").
   */
  static final Set<String> CLAIM_VERBS =
      Set.of(
          "call", "describe", "term", "label", "brand", "dub", "denounce", "condemn", "criticize",
          "criticise", "praise", "hail", "accuse", "offer", "welcome", "reject", "deny", "dismiss",
          "demand", "threaten", "blast", "slam", "cite", "allege");

  /**
   * Titles written with a capital before a name, whose for- or of-phrase belongs to the speaker's
   * name: "District Judge for Washington John C. Coughenour", "Minister of Defence Rajnath Singh".
   */
  private static final Set<String> TITLES =
      Set.of(
          "judge", "minister", "secretary", "ambassador", "envoy", "spokesman", "spokeswoman",
          "spokesperson", "commissioner", "representative", "director", "chairman", "chairwoman",
          "governor", "mayor", "commander", "chief", "president", "senator", "attorney");

  /** Where the parser hangs a trailing participle clause (", calling it '…'"). */
  private static final Set<String> TRAILING_CLAUSES = Set.of("dep", "advcl", "xcomp", "conj");

  /** Speech verbs whose object is the one spoken to, not the speaker. */
  private static final Set<String> ADDRESSEE_VERBS =
      Set.of("tell", "urge", "ask");

  /** "Said" and "Says" opening a sentence, which the tagger may read as a proper noun. */
  private static final Set<String> FRONTED_SAY = Set.of("Said", "Says");

  /** The most words outside quotes a sentence may have to count as a short attribution. */
  static final int SHORT_ATTRIBUTION_WORDS = 10;

  private static final Set<String> CLAUSE_RELATIONS = Set.of("ccomp", "xcomp", "parataxis");

  private final String text;
  private final List<SentenceView> views;
  private final List<Span> quotes;

  Attribution(String text, List<SentenceView> views, List<Span> quotes) {
    this.text = text;
    this.views = views;
    this.quotes = quotes;
  }

  /** Where a candidate may stand in a sentence relative to the quote. */
  private enum Side {
    ANY,
    BEFORE,
    AFTER
  }

  Quote.@Nullable Speaker speaker(Span quote) {
    int first = -1;
    int last = -1;
    for (int v = 0; v < views.size(); v++) {
      if (views.get(v).sentence().span().overlaps(quote)) {
        first = first < 0 ? v : first;
        last = v;
      }
    }
    if (first < 0) {
      return null;
    }
    Quote.@Nullable Speaker found =
        first == last
            ? inSentence(views.get(first), quote, Side.ANY)
            : inSentence(views.get(last), quote, Side.AFTER);
    if (found == null && first != last) {
      found = inSentence(views.get(first), quote, Side.BEFORE);
    }
    if (found != null || !wholeSentences(views.get(first), views.get(last), quote)) {
      return found;
    }
    @Nullable SentenceView next = adjacent(last, 1);
    if (next != null
        && !hasQuote(next)
        && !paragraphBetween(views.get(last), next)
        && shortAttribution(next)) {
      return inSentence(next, quote, Side.ANY);
    }
    @Nullable SentenceView previous = adjacent(first, -1);
    if (previous == null) {
      return null;
    }
    if (previous.sentence().span().of(text).strip().endsWith(":")) {
      return inSentence(previous, quote, Side.ANY);
    }
    if (!paragraphBetween(previous, views.get(first)) && shortAttribution(previous)) {
      @Nullable SentenceView before = adjacent(first - 1, -1);
      boolean claimed = before != null && hasQuote(before) && !hasQuote(previous);
      return claimed ? null : inSentence(previous, quote, Side.ANY);
    }
    return null;
  }

  /** Whether a blank line stands between two sentences. */
  private boolean paragraphBetween(SentenceView before, SentenceView after) {
    return text.substring(before.sentence().span().end(), after.sentence().span().begin())
        .contains("\n\n");
  }

  /** The view of the sentence right before or after view {@code v}, if it is parsed. */
  private @Nullable SentenceView adjacent(int v, int step) {
    int w = v + step;
    if (v < 0 || w < 0 || w >= views.size()) {
      return null;
    }
    int index = views.get(v).sentence().index();
    return views.get(w).sentence().index() == index + step ? views.get(w) : null;
  }

  /** The speaker named by a speech verb or "according to" in the sentence, nearest the quote. */
  private Quote.@Nullable Speaker inSentence(SentenceView view, Span quote, Side side) {
    DependencyTree tree = view.tree();
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < tree.size(); i++) {
      Span at = tree.token(i).span();
      if (quoted(at, quotes)
          || side == Side.BEFORE && at.end() > quote.begin()
          || side == Side.AFTER && at.begin() < quote.end()) {
        continue;
      }
      int subject = -1;
      String lemma = tree.lemma(i);
      if (tree.token(i).isVerb() && SPEECH_VERBS.contains(lemma)) {
        subject = subjectOf(tree, i);
        if (subject < 0 && at.begin() >= quote.end()) {
          subject = invertedSubject(tree, i); // "'…,' said the prime minister"
        }
        subject = subject < 0 ? frontedSubject(tree, i) : subject; // "Said he: '…'"
        subject = subject < 0 ? trailingParticipleSubject(tree, i) : subject;
      } else if (tree.token(i).isVerb()
          && CLAIM_VERBS.contains(lemma)
          && governsQuote(tree, i, quote)) {
        subject = subjectOf(tree, i); // "called it 'blatantly unconstitutional'"
        subject = subject < 0 ? trailingParticipleSubject(tree, i) : subject;
      } else if (FRONTED_SAY.contains(tree.token(i).word()) && i == firstWord(tree)) {
        subject = frontedSubject(tree, i); // "Said he: '…'", the tagger reading "Said" as a name
      } else if (tree.token(i).word().equalsIgnoreCase("according")
          && tree.relation(i).equals("case")) {
        subject = tree.head(i);
      } else if (lemma.equals("word") && "in".equals(tree.caseOf(i))) {
        subject = whoseWords(tree, i); // "in the minister's own words", "in these words"
      }
      if (subject < 0 || quoted(tree.token(subject).span(), quotes)) {
        continue;
      }
      int distance =
          at.end() <= quote.begin() ? quote.begin() - at.end() : Math.abs(at.begin() - quote.end());
      if (distance < bestDistance) {
        best = subject;
        bestDistance = distance;
      }
    }
    if (best < 0 && side != Side.AFTER) {
      best = introducedByColon(view, quote);
    }
    return best < 0 ? null : speakerAt(view, best);
  }

  /**
   * The speaker a phrase "in ... words" names: its possessor ("in Mr. Kennedy's own words"), its
   * of-phrase ("in the words of the minister"), else the subject of the verb it belongs to ("he
   * set out his view in these words"); -1 when none.
   */
  private int whoseWords(DependencyTree tree, int words) {
    int owner = tree.child(words, "nmod:poss");
    if (owner >= 0) {
      return owner;
    }
    for (int c : tree.children(words)) {
      if (tree.baseRelation(c).equals("nmod") && "of".equals(tree.caseOf(c))) {
        return c;
      }
    }
    int v = verbAbove(tree, tree.head(words));
    return v >= 0 ? subjectOf(tree, v) : -1;
  }

  /** {@code node} if it is a verb, else the first verb at most three heads above it; -1 for none. */
  private static int verbAbove(DependencyTree tree, int node) {
    int v = node;
    for (int hops = 0; hops < 3 && v >= 0 && !tree.token(v).isVerb(); hops++) {
      v = tree.head(v);
    }
    return v >= 0 && tree.token(v).isVerb() ? v : -1;
  }

  /**
   * The subject of the clause that introduces the quote with a colon in the same sentence ("he
   * put it this way: '…'"): the first verb outside the quote above the quote's words, standing
   * before the colon; -1 when the quote does not follow a colon or no such verb has a subject.
   */
  private int introducedByColon(SentenceView view, Span quote) {
    int before = quote.begin() - 1;
    while (before >= 0 && (Character.isWhitespace(text.charAt(before))
        || QuoteMarks.isQuoteMark(text.charAt(before)))) {
      before--;
    }
    if (before < 0 || text.charAt(before) != ':') {
      return -1;
    }
    DependencyTree tree = view.tree();
    for (int i = 0; i < tree.size(); i++) {
      if (!quote.contains(tree.token(i).span())) {
        continue;
      }
      int head = tree.head(i);
      if (head < 0 || quote.contains(tree.token(head).span())) {
        continue; // not the top of the quote's words
      }
      int v = verbAbove(tree, head);
      if (v >= 0
          && tree.token(v).span().end() <= before
          && !quoted(tree.token(v).span(), quotes)) {
        return subjectOf(tree, v);
      }
      return -1;
    }
    return -1;
  }

  /**
   * The subject of a participle clause after a comma that the parser hung low in the sentence
   * ("X blocks the order ..., calling it '…'", "Y reports that ..., describing the situation as
   * '…'"): such a clause is the main clause's, so its subject is the sentence's first subject
   * before the comma; -1 when the verb is no such participle.
   */
  private int trailingParticipleSubject(DependencyTree tree, int verb) {
    if (!tree.token(verb).pos().equals("VBG")
        || verb == 0
        || !tree.token(verb - 1).word().equals(",")
        || !TRAILING_CLAUSES.contains(tree.baseRelation(verb))) {
      return -1;
    }
    for (int i = 0; i < verb; i++) {
      if (tree.relation(i).equals("root") && tree.token(i).isVerb()) {
        return subjectOf(tree, i);
      }
    }
    return -1;
  }

  /** Whether the verb governs a word of the quote. */
  private static boolean governsQuote(DependencyTree tree, int verb, Span quote) {
    for (int i = 0; i < tree.size(); i++) {
      if (quote.contains(tree.token(i).span()) && tree.dominates(verb, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The parser reads the speaker after an inverted speech verb as its object ("said the prime
   * minister"); verbs whose object is the one spoken to ("told", "urged") are left out.
   */
  private static int invertedSubject(DependencyTree tree, int verb) {
    int object = tree.child(verb, "obj");
    return object > verb && !ADDRESSEE_VERBS.contains(tree.lemma(verb)) ? object : -1;
  }

  /**
   * The subject after a speech verb that opens its sentence ("Said he: '…'", "Says the minister:
   * '…'"), which the parser hangs on the verb as a dependent or object; -1 when there is none.
   */
  private static int frontedSubject(DependencyTree tree, int verb) {
    if (verb != firstWord(tree)) {
      return -1;
    }
    for (int c : tree.children(verb)) {
      String rel = tree.baseRelation(c);
      if (c > verb
          && (rel.equals("dep") || rel.equals("obj"))
          && (tree.token(c).isNoun() || tree.token(c).pos().equals("PRP"))
          && subtree(tree, c)[0] == verb + 1) {
        return c;
      }
    }
    return -1;
  }

  /** The first token of the sentence with a letter or digit. */
  private static int firstWord(DependencyTree tree) {
    for (int i = 0; i < tree.size(); i++) {
      if (hasLetterOrDigit(tree.token(i).word())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The verb's subject outside the quotes, or that of the clause it hangs from ("he said and
   * added"), or -1.
   */
  private int subjectOf(DependencyTree tree, int verb) {
    int v = verb;
    for (int hops = 0; hops < 3 && v >= 0; hops++) {
      for (int s : tree.childrenWith(v, "nsubj")) {
        if (quoted(tree.token(s).span(), quotes) || !nominal(tree.token(s))) {
          continue; // "... if we must,' Netanyahu said": the parser hangs a quoted "we" here too
        }
        boolean relative = tree.token(s).pos().startsWith("W");
        // "the minister, who said ...": the relative pronoun stands for the noun
        return relative && tree.relation(v).equals("acl:relcl") ? tree.head(v) : s;
      }
      if (hops > 0) {
        int s = tree.child(v, "nsubj:pass"); // "X was quoted as saying"
        if (s >= 0 && !quoted(tree.token(s).span(), quotes)) {
          return s;
        }
      }
      String rel = tree.relation(v);
      if (rel.equals("acl:relcl") && tree.relation(tree.head(v)).equals("root")) {
        // "A senior official, who asked not to be named, said: ..." read as a noun with a
        // relative clause: the noun is the speaker
        return tree.head(v);
      }
      rel = tree.baseRelation(v);
      if (!rel.equals("conj") && !rel.equals("xcomp") && !rel.equals("advcl")) {
        return -1;
      }
      v = tree.head(v);
    }
    return -1;
  }

  /** A word that can be a speaker: a noun, pronoun or number ("the two said"). */
  private static boolean nominal(Token t) {
    String pos = t.pos();
    return pos.startsWith("NN")
        || pos.startsWith("PRP")
        || pos.startsWith("W")
        || pos.equals("CD")
        || pos.equals("DT");
  }

  /** Whether the quote fills its sentences: nothing but punctuation outside it. */
  private static boolean wholeSentences(SentenceView first, SentenceView last, Span quote) {
    for (SentenceView view : List.of(first, last)) {
      for (Token t : view.sentence().tokens()) {
        if (!quote.overlaps(t.span()) && hasLetterOrDigit(t.word())) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * "X said.", "said X in a statement.", "'…,' X said.": a speech verb with a subject and no
   * clause of its own outside the quotes, in few words.
   */
  private boolean shortAttribution(SentenceView view) {
    DependencyTree tree = view.tree();
    int words = 0;
    boolean speech = false;
    for (int i = 0; i < tree.size(); i++) {
      Token t = tree.token(i);
      if (quoted(t.span(), quotes) || !hasLetterOrDigit(t.word())) {
        continue;
      }
      words++;
      if (t.isVerb() && SPEECH_VERBS.contains(tree.lemma(i)) && subjectOf(tree, i) >= 0) {
        boolean clause = false;
        for (int c : tree.children(i)) {
          clause |=
              CLAUSE_RELATIONS.contains(tree.baseRelation(c))
                  && !quoted(tree.token(c).span(), quotes);
        }
        speech |= !clause;
      }
    }
    return speech && words <= SHORT_ATTRIBUTION_WORDS;
  }

  private boolean hasQuote(SentenceView view) {
    Span span = view.sentence().span();
    for (Span q : quotes) {
      if (span.overlaps(q)) {
        return true;
      }
    }
    return false;
  }

  private Quote.Speaker speakerAt(SentenceView view, int head) {
    DependencyTree tree = view.tree();
    int first = head;
    int last = head;
    int extra = -1; // an apposition or for-phrase that may name the actor when the name does not
    int titled = -1; // the title's last token when a name follows it in a phrase
    for (int c : tree.children(head)) {
      String rel = tree.relation(c);
      switch (rel) {
        case "compound", "flat", "det", "amod", "nmod:poss", "nummod" -> {
          int[] range = subtree(tree, c);
          first = Math.min(first, range[0]);
          last = Math.max(last, range[1]);
        }
        case "appos" -> extra = extra < 0 ? c : extra;
        case "dep" -> {
          // "Iran's president Ebrahim Raisi": the parser hangs the name off the title
          int[] range = subtree(tree, c);
          if (tree.token(c).pos().startsWith("NNP") && range[0] == last + 1) {
            last = range[1];
          }
        }
        case "nmod" -> {
          String kase = tree.caseOf(c);
          // "a spokesman for the ministry"; after a title, a person's name the parser hung on
          // a for-phrase: "District Judge for Washington John C. Coughenour"
          boolean titleOfName = TITLES.contains(tree.token(head).word().toLowerCase(Locale.ROOT));
          if ((!tree.token(head).pos().startsWith("NNP") || titleOfName)
              && kase != null
              && Set.of("for", "of", "at", "from").contains(kase)) {
            int[] range = subtree(tree, c);
            first = Math.min(first, range[0]);
            titled = titleOfName && tree.token(head).pos().startsWith("NNP") ? last : titled;
            last = Math.max(last, range[1]);
          }
        }
        default -> {}
      }
    }
    Span span = tree.sentence().span(first, last);
    // the title's own words say whose it is ("U.S. District Judge"), not the places in its phrase
    @Nullable String code =
        titled >= 0 ? codeOn(view.actors(), head, tree.sentence().span(first, titled)) : null;
    code = code == null ? codeOn(view.actors(), head, span) : code;
    if (code == null && extra >= 0) {
      code = describedBy(tree, view.actors(), extra);
    }
    @Nullable ActorMention on = bestOn(view.actors(), head);
    TextRef refersTo =
        on != null && on.antecedent() != null && code != null && code.equals(on.code())
            ? on.antecedent()
            : null;
    if (code == null && refersTo == null) {
      // "the magistrate, K.J.P. Baraclough": the name in apposition is the role's holder
      PersonAntecedent.@Nullable Person person =
          extra >= 0 ? PersonAntecedent.named(text, view, extra) : null;
      if (person == null && first == head && last == head) {
        // a "he" or "she" no actor stands for: the person the text named last
        person = PersonAntecedent.of(text, views, views.indexOf(view), head, quotes);
      } else if (person == null) {
        // "the President": the person last named with that title ("President Eisenhower")
        person = PersonAntecedent.titled(text, views, views.indexOf(view), head, quotes);
      }
      if (person != null) {
        code = person.code();
        refersTo = person.name();
      }
    }
    return new Quote.Speaker(span.of(text), code, span, refersTo);
  }

  /**
   * The code an apposition gives: of the mention on its head ("the spokesperson"), else on the
   * head of its for- or of-phrase ("the spokesperson for the State Department"); a place ("an
   * analyst in London") gives none.
   */
  private static @Nullable String describedBy(
      DependencyTree tree, List<ActorMention> actors, int appos) {
    @Nullable String code = codeOn(actors, appos, null);
    for (int c : tree.children(appos)) {
      String kase = tree.caseOf(c);
      if (code == null
          && tree.baseRelation(c).equals("nmod")
          && ("for".equals(kase) || "of".equals(kase))) {
        code = codeOn(actors, c, null);
      }
    }
    return code;
  }

  /**
   * The code of the mention on token {@code head}, preferring dictionary mentions and longer ones,
   * or of the only code among the mentions overlapping {@code span}; null when none or a tie.
   */
  private static @Nullable String codeOn(
      List<ActorMention> actors, int head, @Nullable Span span) {
    @Nullable ActorMention best = bestOn(actors, head);
    boolean tie = false;
    for (ActorMention m : actors) {
      if (best != null
          && m != best
          && m.covers(head)
          && compare(m, best) == 0
          && !m.code().equals(best.code())) {
        tie = true;
      }
    }
    if (best != null || span == null) {
      return best == null || tie ? null : best.code();
    }
    Set<String> codes = new LinkedHashSet<>();
    for (ActorMention m : actors) {
      if (m.span().overlaps(span)) {
        codes.add(m.code());
      }
    }
    return codes.size() == 1 ? codes.iterator().next() : null;
  }

  /** The best mention on token {@code head} (see {@link #compare}), the first of equals; null for none. */
  private static @Nullable ActorMention bestOn(List<ActorMention> actors, int head) {
    @Nullable ActorMention best = null;
    for (ActorMention m : actors) {
      if (m.covers(head) && (best == null || compare(m, best) > 0)) {
        best = m;
      }
    }
    return best;
  }

  /** Positive when {@code a} is the better mention: from the dictionary, then longer. */
  private static int compare(ActorMention a, ActorMention b) {
    boolean corefA = a.entry().startsWith("coref:");
    boolean corefB = b.entry().startsWith("coref:");
    if (corefA != corefB) {
      return corefA ? -1 : 1;
    }
    return Integer.compare(a.last() - a.first(), b.last() - b.first());
  }

  /** The first and last token of the subtree under {@code node}. */
  private static int[] subtree(DependencyTree tree, int node) {
    int first = node;
    int last = node;
    for (int i = 0; i < tree.size(); i++) {
      if (tree.dominates(node, i)) {
        first = Math.min(first, i);
        last = Math.max(last, i);
      }
    }
    return new int[] {first, last};
  }

  static boolean quoted(Span token, List<Span> quotes) {
    for (Span q : quotes) {
      if (q.contains(token)) {
        return true;
      }
    }
    return false;
  }

  static boolean hasLetterOrDigit(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetterOrDigit(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
