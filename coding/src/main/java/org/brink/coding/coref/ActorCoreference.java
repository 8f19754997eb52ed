package org.brink.coding.coref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.brink.coding.actors.ActorMention;
import org.brink.coding.events.DependencyTree;
import org.brink.coding.events.SentenceView;
import org.brink.coding.quotes.QuoteExtractor;
import org.brink.core.Quote;
import org.brink.core.Sentence;
import org.brink.core.Span;
import org.brink.core.Token;
import org.jspecify.annotations.Nullable;

/**
 * Resolves anaphors to the actors they stand for within one article: third-person pronouns ("it",
 * "they", "his"), a surname after the full name, definite role nouns ("the spokesperson", "the
 * ministry") and "the two countries". Each resolved anaphor becomes an {@link ActorMention} on the
 * anaphor's own words, with the antecedent's code and an entry that says why, e.g. {@code
 * coref:pronoun->sentence 0 'Pakistan's army'}.
 *
 * <p>Precision comes first: a wrong actor is worse than none, so every rule gives up when two
 * antecedents fit. Immutable, stateless and thread-safe.
 */
public final class ActorCoreference {
  /*
   * Implementation notes. Sentences are resolved in order and, within one, anaphors left to right;
   * a resolved anaphor is a candidate for later ones, so chains form ("Pakistan's army ... it ...
   * They"). Candidates (Candidates) are noun phrases with a person flag, a number and a role; the
   * ones that name no actor ("the strike", an unresolved "it") stay in as competitors, so that an
   * anaphor whose likeliest antecedent is no actor stays unresolved.
   *
   * Pronouns, in the pronoun's own sentence: the agreeing phrases before it, without the
   * co-arguments of its verb ("Iran attacked it") and place phrases ("in Laos"). Subjects, objects
   * and actors (other than "X of Y") compete; other phrases only when none of those agree. Exactly
   * one referent among them resolves the pronoun, and "it" only to a subject ("... arms to Cuba,
   * that it would not be tolerated" is an event). A subject after the pronoun whose clause holds
   * it ("Before it struck, Iran ...", "To continue their talks, Kennedy invited ...") stops the
   * search.
   *
   * In an earlier sentence, nearest first: the main clause's subject wins if it agrees, else the
   * only agreeing phrase; two agreeing phrases and no subject among them are ambiguous. For "they",
   * a subject met with another actor ("X met Y") or a collective subject beside a plural ("Hamas
   * attacked Israeli troops") is ambiguous, and a sentence with two actors of which neither agrees
   * ends the search, as "they" may mean both.
   *
   * Either way, an actor of another country named before the pronoun in its own sentence, even as a
   * modifier ("Guyana military chief Omar Khan ... its"), makes it ambiguous; a dictionary name
   * inside a longer name ("Air Canada") is no antecedent.
   *
   * The window: 3 sentences back, and across a paragraph break only the sentence just before it.
   * Role nouns look 2 sentences back and need every fitting actor there to give one code.
   * Surnames look at the whole article before them: a full name is unambiguous at any distance.
   */

  /** How many sentences back a pronoun or "the two countries" looks. */
  static final int WINDOW = 3;

  /** How many sentences back a role noun looks. */
  static final int ROLE_WINDOW = 2;

  /** Verbs whose subject and object act together, so "they" after them may mean both. */
  /** Verbs whose subject reports the clause they govern: "Iraq said it would ...". */
  private static final Set<String> REPORTING_VERBS =
      Set.of(
          "say", "announce", "state", "declare", "confirm", "insist", "reiterate", "stress",
          "affirm", "indicate", "warn", "threaten", "vow", "pledge", "promise", "claim");

  private static final Set<String> JOINT_VERBS =
      Set.of(
          "meet",
          "talk",
          "negotiate",
          "agree",
          "sign",
          "discuss",
          "hold",
          "speak",
          "confer",
          "host",
          "receive",
          "welcome",
          "join",
          "visit",
          "call");

  /** Nouns for bodies that "it" may mean as well as any actor. */
  private static final Set<String> ORGANISATION_NOUNS =
      Set.of(
          "organization",
          "organisation",
          "group",
          "party",
          "movement",
          "company",
          "firm",
          "court",
          "council",
          "commission",
          "agency",
          "committee",
          "alliance",
          "coalition",
          "union",
          "bank",
          "network",
          "association",
          "institute",
          "board",
          "tribunal",
          "parliament",
          "assembly");

  private static final String PEOPLE_FILE = "people.txt:";
  private static final String GROUPS_FILE = "groups.txt:";

  /**
   * The views with mentions added for resolved anaphors.
   *
   * @param text the cleaned text of the article, which the views' spans index
   * @param views the article's parsed sentences in order, with their dictionary mentions
   * @return one view per input view, in the same order; a view with nothing resolved is returned as
   *     it was, the others have the added mentions among theirs, ordered by first token. Two
   *     mentions may share one anaphor ("the two countries", "they" for "India and Pakistan"): see
   *     {@link Readings}.
   */
  public List<SentenceView> resolve(String text, List<SentenceView> views) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(views, "views");
    if (views.isEmpty()) {
      return List.of();
    }
    return new Pass(text, List.copyOf(views)).run();
  }

  @Override
  public String toString() {
    return "ActorCoreference[window " + WINDOW + " sentences, role nouns " + ROLE_WINDOW + "]";
  }

  /** A mention added for an anaphor, with the referent it stands for. */
  private record Resolved(ActorMention mention, Referent referent) {}

  /** A referent found in the {@code index}th place of a candidate. */
  private record Named(Referent referent, Candidate in, int index) {
    static final Comparator<Named> TEXT_ORDER =
        Comparator.<Named>comparingInt(n -> n.in().sentence())
            .thenComparingInt(n -> n.in().first())
            .thenComparingInt(Named::index);
  }

  /** One call's state: the text, the views, and what has been resolved so far. */
  private static final class Pass {
    private final String text;
    private final List<SentenceView> views;
    private final List<Span> quotes;
    private final List<List<Resolved>> resolved = new ArrayList<>();
    private final List<List<Candidate>> candidates = new ArrayList<>();

    Pass(String text, List<SentenceView> views) {
      this.text = text;
      this.views = views;
      this.quotes =
          new QuoteExtractor().extract(text, List.of()).stream().map(Quote::span).toList();
    }

    List<SentenceView> run() {
      for (int i = 0; i < views.size(); i++) {
        SentenceView view = views.get(i);
        List<Resolved> here = new ArrayList<>();
        for (Anaphor a : Anaphors.find(view.tree(), view.actors(), quotes)) {
          List<Candidate> same = candidatesOf(i, here);
          List<Referent> referents =
              switch (a) {
                case Anaphor.Pronoun p -> pronoun(i, p, same, here);
                case Anaphor.Surname s -> surname(i, s);
                case Anaphor.RoleNoun r -> role(i, r, same);
                case Anaphor.Pair p -> pair(i, p, same);
              };
          for (Referent r : referents) {
            here.add(new Resolved(mention(view, a, r), r));
          }
        }
        resolved.add(here);
        candidates.add(candidatesOf(i, here));
      }
      List<SentenceView> out = new ArrayList<>(views.size());
      for (int i = 0; i < views.size(); i++) {
        SentenceView view = views.get(i);
        if (resolved.get(i).isEmpty()) {
          out.add(view);
          continue;
        }
        List<ActorMention> actors = new ArrayList<>(view.actors());
        resolved.get(i).forEach(r -> actors.add(r.mention()));
        actors.sort(Comparator.comparingInt(ActorMention::first));
        out.add(new SentenceView(view.tree(), actors));
      }
      return out;
    }

    private ActorMention mention(SentenceView view, Anaphor a, Referent r) {
      Span span = view.sentence().span(a.first(), a.last());
      return new ActorMention(
          r.code(),
          a.first(),
          a.last(),
          span,
          span.of(text),
          "coref:" + a.rule() + "->" + r.chain(),
          r.origin());
    }

    private int index(int view) {
      return views.get(view).sentence().index();
    }

    private List<Candidate> candidatesOf(int i, List<Resolved> here) {
      int sentence = index(i);
      List<Candidates.Unit> units = new ArrayList<>();
      DependencyTree tree = views.get(i).tree();
      for (ActorMention m : views.get(i).actors()) {
        @Nullable String country =
            m.namesCountry() ? m.country() : null;
        // "Air Canada": a name inside a longer name is no antecedent, though it still competes.
        List<Referent> referents =
            insideLongerName(tree, m)
                ? List.of()
                : List.of(new Referent(m.code(), country, Referent.link(sentence, m.text()), m.origin()));
        // A person's entry with an agent noun absorbed ("Trump administration") is no person.
        int head = tree.headOf(m.first(), m.last());
        boolean person =
            m.entry().contains(PEOPLE_FILE) && tree.token(head).pos().startsWith("NNP");
        units.add(
            new Candidates.Unit(
                m.first(), m.last(), referents, person, m.entry().startsWith(GROUPS_FILE)));
      }
      Map<String, List<Resolved>> byRange = new LinkedHashMap<>();
      for (Resolved r : here) {
        byRange
            .computeIfAbsent(r.mention().first() + ":" + r.mention().last(), k -> new ArrayList<>())
            .add(r);
      }
      for (List<Resolved> same : byRange.values()) {
        ActorMention m = same.get(0).mention();
        List<Referent> referents =
            same.stream().map(r -> r.referent().via(sentence, r.mention().text())).toList();
        boolean surname = m.entry().startsWith("coref:surname");
        units.add(new Candidates.Unit(m.first(), m.last(), referents, surname, false));
      }
      return Candidates.of(sentence, views.get(i).tree(), text, units);
    }

    /** Whether a proper noun of the same entity class stands right before or after the mention. */
    private static boolean insideLongerName(DependencyTree tree, ActorMention m) {
      for (int t : new int[] {m.first() - 1, m.last() + 1}) {
        if (t < 0 || t >= tree.size() || !tree.token(t).pos().startsWith("NNP")) {
          continue;
        }
        String ner = tree.token(t).ner();
        for (int k = m.first(); k <= m.last() && !ner.equals("O"); k++) {
          if (tree.token(k).ner().equals(ner)) {
            return true;
          }
        }
      }
      return false;
    }

    /** Earlier views within {@code back} sentences, nearest first, up to the paragraph rule. */
    private List<Integer> earlier(int i, int back) {
      List<Integer> out = new ArrayList<>(back);
      Sentence here = views.get(i).sentence();
      for (int j = i - 1; j >= 0; j--) {
        Sentence there = views.get(j).sentence();
        int distance = here.index() - there.index();
        if (distance > back
            || distance > 1 && paragraphBreak(there.span().end(), here.span().begin())) {
          break;
        }
        out.add(j);
      }
      return out;
    }

    /** Whether a blank line stands in {@code text[from, to)}. */
    private boolean paragraphBreak(int from, int to) {
      boolean newline = false;
      for (int k = from; k < to && k < text.length(); k++) {
        char c = text.charAt(k);
        if (c == '\n') {
          if (newline) {
            return true;
          }
          newline = true;
        } else if (!Character.isWhitespace(c)) {
          newline = false;
        }
      }
      return false;
    }

    private List<Referent> pronoun(
        int i, Anaphor.Pronoun p, List<Candidate> same, List<Resolved> here) {
      DependencyTree tree = views.get(i).tree();
      Anaphor.Agreement agreement = p.agreement();
      List<Candidate> before = new ArrayList<>();
      Set<String> excluded = new LinkedHashSet<>();
      boolean cataphora = false;
      for (Candidate c : same) {
        if (c.first() > p.last() && cataphoric(tree, c, p)) {
          cataphora = true; // "Before it struck, Iran warned": the name comes after
        }
        if (c.last() >= p.first() || c.place() || !agreement.fits(c)) {
          continue;
        }
        if (bound(tree, c, p)) {
          if (!c.isActor()) {
            // "The president urged him": him is not the president, whoever that is
            return List.of();
          }
          excluded.add(c.key()); // "Biden urged him": him is not Biden
        } else {
          before.add(c);
        }
      }
      Candidate speaker = speaker(tree, p, before);
      if (speaker != null) {
        // "Iraq said it would allow ...": the speaker speaks of itself, even inside a report of
        // someone else's ("Ethiopia indicated it deplored ..., an official said")
        return speaker.referents();
      }
      if (cataphora) {
        return List.of();
      }
      if (!before.isEmpty()) {
        List<Referent> found = inOwnSentence(tree, agreement, before);
        return found.isEmpty() || otherActorBefore(i, p, found, here, same) ? List.of() : found;
      }
      List<Referent> found = inEarlierSentences(i, agreement, excluded);
      return found.isEmpty() || otherActorBefore(i, p, found, here, List.of()) ? List.of() : found;
    }

    /**
     * The actor that reports the pronoun's clause, when the pronoun is that clause's subject: "In a
     * letter to the United Nations, Iraq said it would allow ...", "NATO confirmed it would
     * tighten the blockade". The reporting subject speaks of itself whatever else the sentence
     * names; null when the pronoun is no such subject or the speaker is no agreeing actor.
     */
    private static @Nullable Candidate speaker(
        DependencyTree tree, Anaphor.Pronoun p, List<Candidate> before) {
      int pronoun = p.first();
      String rel = tree.relation(pronoun);
      if (p.possessive() || p.last() != pronoun || !(rel.equals("nsubj") || rel.equals("nsubj:pass"))) {
        return null;
      }
      int clause = tree.head(pronoun);
      int reporter = clause < 0 ? -1 : tree.head(clause);
      if (reporter < 0
          || !tree.baseRelation(clause).equals("ccomp")
          || !REPORTING_VERBS.contains(tree.lemma(reporter))) {
        return null;
      }
      int subject = tree.child(reporter, "nsubj");
      for (Candidate c : before) {
        if (c.head() == subject && c.isActor()) {
          return c;
        }
      }
      return null;
    }

    /** The one referent among the agreeing phrases before the pronoun in its sentence, or none. */
    private static List<Referent> inOwnSentence(
        DependencyTree tree, Anaphor.Agreement agreement, List<Candidate> before) {
      // Subjects, objects and other actors compete; the rest only when nothing else fits. An
      // actor "of" a noun describes it ("Albert Ramdin of Suriname ... its") and does not compete.
      List<Candidate> strong =
          before.stream()
              .filter(
                  c ->
                      c.core()
                          || c.isActor() && !describing(tree, c)
                          || agreement == Anaphor.Agreement.THING && organisation(tree, c))
              .toList();
      List<Candidate> pool = strong.isEmpty() ? before : strong;
      if (distinct(pool) != 1) {
        return List.of();
      }
      Candidate pick = pool.get(pool.size() - 1);
      // "shipped arms to Cuba, that it would not be tolerated": an "it" that does not refer to a
      // subject more likely means an event than an actor.
      boolean subject = tree.baseRelation(pick.head()).equals("nsubj");
      return agreement == Anaphor.Agreement.THING && !subject ? List.of() : pick.referents();
    }

    /** The referent in the nearest earlier sentence with an agreeing phrase, or none. */
    private List<Referent> inEarlierSentences(
        int i, Anaphor.Agreement agreement, Set<String> excluded) {
      for (int j : earlier(i, WINDOW)) {
        List<Candidate> all = candidates.get(j);
        List<Candidate> fitting =
            all.stream()
                .filter(c -> !c.place() && agreement.fits(c) && !excluded.contains(c.key()))
                .toList();
        if (fitting.isEmpty()) {
          if (agreement == Anaphor.Agreement.PLURAL && distinctActors(all) >= 2) {
            return List.of(); // "Blinken met Lavrov. They ...": both, which no one phrase names
          }
          continue;
        }
        Candidate subject = subject(fitting);
        if (subject != null) {
          boolean plural = agreement == Anaphor.Agreement.PLURAL;
          if (plural
              && (jointly(views.get(j).tree(), all, subject)
                  || collectiveBesidePlural(subject, fitting))) {
            return List.of();
          }
          return subject.referents();
        }
        return distinct(fitting) == 1 ? fitting.get(fitting.size() - 1).referents() : List.of();
      }
      return List.of();
    }

    /**
     * Whether the pronoun's own sentence names, before it, an actor of another country than {@code
     * found}, even as a modifier ("Guyana military chief Omar Khan ... its", "striking Hezbollah
     * infrastructure ... them"): it may be the one. Mentions heading one of {@code weighed} were
     * already weighed as candidates and do not count again.
     */
    private boolean otherActorBefore(
        int i,
        Anaphor.Pronoun p,
        List<Referent> found,
        List<Resolved> here,
        List<Candidate> weighed) {
      DependencyTree tree = views.get(i).tree();
      Set<String> countries = new LinkedHashSet<>();
      found.forEach(r -> countries.add(org.brink.core.ActorRef.countryOf(r.code())));
      List<ActorMention> mentions = new ArrayList<>(views.get(i).actors());
      here.forEach(r -> mentions.add(r.mention()));
      for (ActorMention m : mentions) {
        int h = tree.headOf(m.first(), m.last());
        boolean boundToIt = !p.possessive() && tree.head(h) == tree.head(p.first());
        boolean candidate = weighed.stream().anyMatch(c -> c.head() == h);
        if (m.last() < p.first()
            && !candidate
            && !boundToIt
            && !Candidates.place(tree, h)
            && !countries.contains(m.country())) {
          return true;
        }
      }
      return false;
    }

    /** "Albert Ramdin of Suriname": an actor in an of-phrase of a noun. */
    private static boolean describing(DependencyTree tree, Candidate c) {
      return tree.baseRelation(c.head()).equals("nmod") && "of".equals(tree.caseOf(c.head()));
    }

    /** An organisation the dictionary does not know: "the Muslim Brotherhood organization". */
    private static boolean organisation(DependencyTree tree, Candidate c) {
      return !c.isActor()
          && (c.ner().equals("ORGANIZATION") || ORGANISATION_NOUNS.contains(tree.lemma(c.head())));
    }

    /**
     * A subject after the pronoun whose clause holds the pronoun: "Before it struck, Iran ...", "To
     * continue their talks, Kennedy invited Stevenson".
     */
    private static boolean cataphoric(DependencyTree tree, Candidate c, Anaphor.Pronoun p) {
      String rel = tree.relation(c.head());
      int clause = tree.head(c.head());
      return (rel.equals("nsubj") || rel.equals("nsubj:pass"))
          && clause >= 0
          && tree.dominates(clause, p.first())
          && !tree.dominates(c.head(), p.first()); // "its forces would defend": its own phrase
    }

    /**
     * "Iran attacked it": a pronoun that is not possessive cannot mean its verb's other argument.
     */
    private static boolean bound(DependencyTree tree, Candidate c, Anaphor.Pronoun p) {
      return !p.possessive()
          && c.head() != p.first()
          && tree.head(c.head()) == tree.head(p.first());
    }

    private static int distinct(List<Candidate> candidates) {
      Set<String> keys = new LinkedHashSet<>();
      candidates.forEach(c -> keys.add(c.key()));
      return keys.size();
    }

    private static int distinctActors(List<Candidate> candidates) {
      return distinct(candidates.stream().filter(c -> c.isActor() && !c.group()).toList());
    }

    private static @Nullable Candidate subject(List<Candidate> fitting) {
      for (Candidate c : fitting) {
        if (c.role() == Candidate.Role.SUBJECT) {
          return c;
        }
      }
      return null;
    }

    /** "Iranian officials met Pakistani diplomats": the verb joins its subject to another actor. */
    private static boolean jointly(DependencyTree tree, List<Candidate> all, Candidate subject) {
      int verb = tree.head(subject.head());
      if (verb < 0 || !JOINT_VERBS.contains(tree.lemma(verb))) {
        return false;
      }
      for (Candidate c : all) {
        if (c != subject
            && c.isActor()
            && !c.key().equals(subject.key())
            && tree.head(c.head()) == verb) {
          return true;
        }
      }
      return false;
    }

    /** "Hamas attacked Israeli troops. They ...": a collective subject and a plural both fit. */
    private static boolean collectiveBesidePlural(Candidate subject, List<Candidate> fitting) {
      if (subject.plurality() != Candidate.Plurality.COLLECTIVE) {
        return false;
      }
      for (Candidate c : fitting) {
        if (c.plurality() == Candidate.Plurality.PLURAL && !c.key().equals(subject.key())) {
          return true;
        }
      }
      return false;
    }

    /**
     * "Harris" after "Kamala Harris": an earlier dictionary mention whose last PERSON word is the
     * surname, anywhere before it in the article, and no other full name with that surname.
     */
    private List<Referent> surname(int i, Anaphor.Surname s) {
      String surname = views.get(i).tree().token(s.first()).word();
      Map<String, Referent> codes = new LinkedHashMap<>();
      for (int j = i; j >= 0; j--) {
        SentenceView view = views.get(j);
        List<Token> tokens = view.sentence().tokens();
        boolean[] covered = new boolean[tokens.size()];
        for (ActorMention m : view.actors()) {
          for (int t = m.first(); t <= m.last(); t++) {
            covered[t] = true;
          }
          if (j == i && m.last() >= s.first() || !surnameOf(tokens, m.first(), m.last(), surname)) {
            continue;
          }
          @Nullable String country =
              m.namesCountry() ? m.country() : null;
          codes.putIfAbsent(
              m.code(), new Referent(m.code(), country, Referent.link(index(j), m.text()), m.origin()));
        }
        int end = j == i ? s.first() : tokens.size();
        for (int t = 1; t < end; t++) {
          if (!covered[t]
              && !covered[t - 1]
              && tokens.get(t).word().equals(surname)
              && tokens.get(t).ner().equals("PERSON")
              && tokens.get(t - 1).ner().equals("PERSON")) {
            return List.of(); // "Rachel Harris", whom the dictionary does not know, shares it
          }
        }
      }
      return codes.size() == 1 ? List.copyOf(codes.values()) : List.of();
    }

    /** Whether tokens first..last hold a full PERSON name ending in {@code surname}. */
    private static boolean surnameOf(List<Token> tokens, int first, int last, String surname) {
      int end = last;
      while (end >= first && !tokens.get(end).ner().equals("PERSON")) {
        end--;
      }
      return end > first
          && tokens.get(end).word().equals(surname)
          && tokens.get(end - 1).ner().equals("PERSON");
    }

    /**
     * "the spokesperson" and the like: every fitting actor in this sentence before it and the
     * {@link #ROLE_WINDOW} before that must give one code, and no unknown organisation or person
     * may compete.
     */
    private List<Referent> role(int i, Anaphor.RoleNoun r, List<Candidate> same) {
      List<Candidate> pool = new ArrayList<>();
      for (int k = same.size() - 1; k >= 0; k--) {
        if (same.get(k).last() < r.first()) {
          pool.add(same.get(k));
        }
      }
      for (int j : earlier(i, ROLE_WINDOW)) {
        pool.addAll(candidates.get(j).reversed());
      }
      Map<String, Referent> codes = new LinkedHashMap<>();
      for (Candidate c : pool) {
        if (c.group() || c.place()) {
          // a group's members are in the pool; "In Laos, the administration" is not Laos's
          continue;
        }
        if (!c.isActor()) {
          if (competes(c, r)) {
            return List.of();
          }
          continue;
        }
        for (Referent ref : c.referents()) {
          Referent derived = r.sector().derive(ref, c.person());
          if (derived != null) {
            codes.putIfAbsent(derived.code(), derived);
          }
        }
      }
      return codes.size() == 1 ? List.copyOf(codes.values()) : List.of();
    }

    /** An organisation or a person the dictionary does not know may be whom the role noun means. */
    private static boolean competes(Candidate c, Anaphor.RoleNoun r) {
      return c.ner().equals("ORGANIZATION") || c.ner().equals("PERSON") && r.person();
    }

    /**
     * "the two countries": the nearest sentences, back to {@link #WINDOW}, until two distinct
     * countries are named; a sentence that brings a third makes it ambiguous.
     */
    private List<Referent> pair(int i, Anaphor.Pair p, List<Candidate> same) {
      List<List<Candidate>> sentences = new ArrayList<>();
      sentences.add(same.stream().filter(c -> c.last() < p.first()).toList());
      for (int j : earlier(i, WINDOW)) {
        sentences.add(candidates.get(j));
      }
      Map<String, Named> found = new LinkedHashMap<>();
      for (List<Candidate> sentence : sentences) {
        for (Candidate c : sentence.reversed()) {
          if (c.group() || !c.isActor()) {
            continue;
          }
          for (int k = 0; k < c.referents().size(); k++) {
            Referent ref = c.referents().get(k);
            @Nullable String country = ref.country();
            @Nullable String key =
                country != null ? country : p.countriesOnly() ? null : ref.code();
            if (key != null) {
              found.putIfAbsent(key, new Named(new Referent(key, country, ref.chain(), ref.origin()), c, k));
            }
          }
        }
        if (found.size() >= 2) {
          return found.size() > 2
              ? List.of()
              : found.values().stream().sorted(Named.TEXT_ORDER).map(Named::referent).toList();
        }
      }
      return List.of();
    }
  }
}
