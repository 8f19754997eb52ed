package org.brink.coding.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.brink.coding.actors.ActorMention;
import org.brink.coding.events.DependencyTree;
import org.brink.coding.events.SentenceView;
import org.brink.core.Span;
import org.brink.core.TextRef;
import org.brink.core.Token;
import org.jspecify.annotations.Nullable;

/**
 * The person a "he" or "she" speaker stands for when actor coreference found none, because the
 * person is in no dictionary ("John Salvador, a farmer, ... '…,' he said") or was not resolved.
 *
 * <p>Implementation notes. A person is a run of tokens the NER tagged PERSON, outside quotes. The
 * search is a simplified Hobbs walk: first the speaker's own sentence before the pronoun, nearest
 * person first, but not one whose phrase or relative clause holds the pronoun ("Colmer, whom he
 * regards as …") or who is another argument of the pronoun's verb; then up to {@value #SENTENCES_BACK} sentences back (the window the prefilter
 * keeps parsed before a quote), nearest sentence first, where a person who is the subject of the
 * main clause (or of one coordinated with it) wins over the subject of a lower clause, and that
 * over one who is no subject; among equals the nearest to the pronoun wins, and among persons who
 * are no subject the first. A subject that is a role noun ("the President", "the
 * pilot") before a name is found ends the search with none: the pronoun may well stand for it. A sentence whose
 * subject is the same pronoun and that names no person subject continues the chain ("Dulles ...
 * He began ... '…,' he said"): its other persons are passed over, being what "he" did things to.
 * A title that tells the person's sex (Mrs., Miss, Mr., Sir) must agree with the pronoun. Nothing
 * further back is looked at: a wrong name is worse than none.
 */
final class PersonAntecedent {
  /** How many sentences before the speaker's are searched. */
  static final int SENTENCES_BACK = 3;

  private static final Set<String> FEMALE_TITLES =
      Set.of("mrs", "mrs.", "miss", "ms", "ms.", "mme", "mme.", "madame", "lady", "dame");
  private static final Set<String> MALE_TITLES = Set.of("mr", "mr.", "sir", "lord", "messrs.");

  /** Nouns for a person by office or part, which a later "he" or "she" may stand for. */
  private static final Set<String> ROLE_NOUNS =
      Set.of(
          "president", "premier", "minister", "chancellor", "secretary", "senator", "governor",
          "mayor", "king", "queen", "prince", "leader", "spokesman", "spokeswoman", "spokesperson",
          "ambassador", "envoy", "judge", "magistrate", "chairman", "chairwoman", "director",
          "commander", "general", "officer", "official", "pilot", "captain", "man", "woman",
          "boy", "girl", "chief");

  /** Links inside a name phrase; "dep" is how the parser often hangs a name on its title. */
  private static final Set<String> NAME_LINKS = Set.of("flat", "compound", "appos", "dep");

  private static final Set<String> COORDINATION = Set.of("conj", "parataxis");

  /** A person found: its name and the code of the actor mention covering it, if any. */
  record Person(TextRef name, @Nullable String code) {}

  private PersonAntecedent() {}

  /**
   * The person the pronoun at token {@code pronoun} of view {@code at} stands for, or null when
   * it is no "he" or "she" or no person qualifies.
   */
  static @Nullable Person of(
      String text, List<SentenceView> views, int at, int pronoun, List<Span> quotes) {
    String word = views.get(at).tree().token(pronoun).word().toLowerCase(Locale.ROOT);
    if (!word.equals("he") && !word.equals("she")) {
      return null;
    }
    boolean female = word.equals("she");
    DependencyTree tree = views.get(at).tree();
    if (roleSubject(tree, pronoun)) {
      return null;
    }
    List<int[]> own = persons(views.get(at), quotes, female);
    for (int i = own.size() - 1; i >= 0; i--) {
      int[] run = own.get(i);
      int head = tree.headOf(run[0], run[1]);
      // "Colmer, whom he regards as ...": a pronoun inside the person's own phrase, or beside it
      // as another argument of one verb, is somebody else
      if (run[1] < pronoun
          && !tree.dominates(head, pronoun)
          && !relativeAfter(tree, run, pronoun)
          && tree.head(head) != tree.head(pronoun)) {
        return person(text, views.get(at), run);
      }
    }
    for (int v = at - 1; v >= earliest(views, at); v--) {
      SentenceView view = views.get(v);
      List<int[]> found = persons(view, quotes, female);
      int[] best = null;
      int bestDepth = Integer.MAX_VALUE;
      for (int[] run : found) {
        int depth = subjectDepth(view.tree(), run);
        if (depth != Integer.MAX_VALUE && depth <= bestDepth) { // on a tie the nearer
          best = run;
          bestDepth = depth;
        }
      }
      if (best != null) {
        return person(text, view, best);
      }
      if (roleSubject(view.tree(), view.tree().size())) {
        return null;
      }
      if (pronounSubject(view.tree(), word, quotes)) {
        continue;
      }
      if (!found.isEmpty()) {
        return person(text, view, found.get(0));
      }
    }
    return null;
  }

  /**
   * The person named by the apposition at token {@code appos} ("the magistrate, K.J.P.
   * Baraclough"), or null when it names none.
   */
  static @Nullable Person named(String text, SentenceView view, int appos) {
    for (int[] run : persons(view, List.of(), null)) {
      if (run[0] <= appos && appos <= run[1]) {
        return person(text, view, run);
      }
    }
    return null;
  }

  /**
   * The person a role-noun speaker with "the" stands for ("'…,' said the President"): the
   * nearest person before it, in its sentence or up to {@value #SENTENCES_BACK} back, whose title
   * is that noun ("President Eisenhower held a meeting ..."); null when none is.
   */
  static @Nullable Person titled(
      String text, List<SentenceView> views, int at, int role, List<Span> quotes) {
    DependencyTree own = views.get(at).tree();
    String title = own.token(role).word().toLowerCase(Locale.ROOT);
    int det = own.child(role, "det");
    if (!ROLE_NOUNS.contains(own.lemma(role).toLowerCase(Locale.ROOT))
        || det < 0
        || !own.token(det).word().equalsIgnoreCase("the")) {
      return null;
    }
    for (int v = at; v >= earliest(views, at); v--) {
      DependencyTree tree = views.get(v).tree();
      List<int[]> runs = persons(views.get(v), quotes, null);
      for (int i = runs.size() - 1; i >= 0; i--) {
        int[] run = runs.get(i);
        if ((v < at || run[1] < role)
            && run[0] > 0
            && tree.token(run[0] - 1).word().toLowerCase(Locale.ROOT).equals(title)) {
          return person(text, views.get(v), run);
        }
      }
    }
    return null;
  }

  /**
   * The first view within {@value #SENTENCES_BACK} sentences before view {@code at} (views are
   * the parsed sentences, so some indices may be missing).
   */
  private static int earliest(List<SentenceView> views, int at) {
    int index = views.get(at).sentence().index();
    int v = at;
    while (v > 0 && index - views.get(v - 1).sentence().index() <= SENTENCES_BACK) {
      v--;
    }
    return v;
  }

  /**
   * The PERSON runs of a sentence outside quotes whose title does not contradict the pronoun's
   * sex ({@code female}; null for any).
   */
  private static List<int[]> persons(
      SentenceView view, List<Span> quotes, @Nullable Boolean female) {
    DependencyTree tree = view.tree();
    List<int[]> runs = new ArrayList<>();
    int i = 0;
    while (i < tree.size()) {
      if (!person(tree.token(i)) || Attribution.quoted(tree.token(i).span(), quotes)) {
        i++;
        continue;
      }
      int first = i;
      while (i + 1 < tree.size() && person(tree.token(i + 1))) {
        i++;
      }
      if (agrees(tree, first, female)) {
        runs.add(new int[] {first, i});
      }
      i++;
    }
    return runs;
  }

  private static boolean person(Token t) {
    return t.ner().equals("PERSON");
  }

  /** Whether the title before the run (if any) is of the pronoun's sex. */
  private static boolean agrees(DependencyTree tree, int first, @Nullable Boolean female) {
    if (first == 0 || female == null) {
      return true;
    }
    String title = tree.token(first - 1).word().toLowerCase(Locale.ROOT);
    return female ? !MALE_TITLES.contains(title) : !FEMALE_TITLES.contains(title);
  }

  /**
   * How deep the clause lies whose subject the run is (1 for the main clause), or {@code
   * Integer.MAX_VALUE} when it is no subject: the main clause's subject is the likelier antecedent
   * ("When Khrushchev hinted ..., Kennedy faced a problem. ... he had set forth ...").
   */
  private static int subjectDepth(DependencyTree tree, int[] run) {
    int t = phraseHead(tree, tree.headOf(run[0], run[1]));
    if (!tree.baseRelation(t).equals("nsubj")) {
      return Integer.MAX_VALUE;
    }
    int depth = 1;
    int hops = 0;
    for (int v = tree.head(t); v >= 0 && hops < tree.size(); v = tree.head(v), hops++) {
      // coordinated and juxtaposed clauses are as high as the clause they join
      if (!COORDINATION.contains(tree.baseRelation(v)) && tree.head(v) >= 0) {
        depth++;
      }
    }
    return depth;
  }

  /**
   * Whether a subject before token {@code limit} is a role noun ("the President", "the pilot")
   * rather than a name or a pronoun: the pronoun may stand for it, so no name further back is
   * safe.
   */
  private static boolean roleSubject(DependencyTree tree, int limit) {
    for (int t = 0; t < limit; t++) {
      if (tree.baseRelation(t).equals("nsubj")
          && !person(tree.token(t))
          && ROLE_NOUNS.contains(tree.lemma(t).toLowerCase(Locale.ROOT))
          && !titles(tree, t)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a role noun is the title of a name ("Secretary of State John Foster Dulles"). */
  private static boolean titles(DependencyTree tree, int role) {
    for (int t = 0; t < tree.size(); t++) {
      if (person(tree.token(t)) && t != role && phraseHead(tree, t) == role) {
        return true;
      }
    }
    return false;
  }

  /** The head of the name phrase a token belongs to, climbing flat, compound and appos links. */
  private static int phraseHead(DependencyTree tree, int t) {
    int at = t;
    for (int hops = 0; hops < 4 && NAME_LINKS.contains(tree.baseRelation(at)); hops++) {
      at = tree.head(at);
    }
    return at;
  }

  /** Whether a relative pronoun follows the run before the pronoun ("Colmer, whom he ..."). */
  private static boolean relativeAfter(DependencyTree tree, int[] run, int pronoun) {
    int t = run[1] + 1;
    if (t < pronoun && tree.token(t).word().equals(",")) {
      t++;
    }
    return t < pronoun && tree.token(t).pos().startsWith("WP");
  }

  /** Whether the sentence has the pronoun itself, outside quotes, as a subject. */
  private static boolean pronounSubject(DependencyTree tree, String pronoun, List<Span> quotes) {
    for (int t = 0; t < tree.size(); t++) {
      if (tree.token(t).word().equalsIgnoreCase(pronoun)
          && tree.baseRelation(t).equals("nsubj")
          && !Attribution.quoted(tree.token(t).span(), quotes)) {
        return true;
      }
    }
    return false;
  }

  private static Person person(String text, SentenceView view, int[] run) {
    Span span = view.tree().sentence().span(run[0], run[1]);
    @Nullable String code = null;
    for (ActorMention m : view.actors()) {
      if (m.covers(run[0]) && m.covers(run[1])) {
        code = m.code();
        break;
      }
    }
    return new Person(TextRef.of(text, span), code);
  }
}
