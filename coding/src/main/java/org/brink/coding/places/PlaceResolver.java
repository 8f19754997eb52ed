package org.brink.coding.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.brink.coding.actors.ActorMention;
import org.brink.coding.events.DependencyTree;
import org.brink.core.Location;
import org.brink.core.Span;
import org.brink.core.Token;
import org.jspecify.annotations.Nullable;

/**
 * Finds where an event happened: the place phrase of its trigger, resolved through the
 * {@link Gazetteer}.
 *
 * <p>Immutable and thread-safe. Method and limits: {@code docs/dates-and-places.md}, "Places".
 */
public final class PlaceResolver {
  /*
   * Implementation notes.
   *
   * 1. Place phrases: obl/nmod children of the trigger with a place preposition (PHRASE_CASES);
   *    then those of the trigger's object or passive subject ("struck targets in Syria") and of its
   *    other obl phrases ("clashed with police near ..."); then, when
   *    the trigger is the object, subject or complement of another word ("carried out a strike at
   *    Isfahan", "threatened to attack ... in Kharkiv"), that word's; last, the object itself when
   *    it is a place that names no actor ("shelled Kharkiv", "bombed the town of Khan Younis").
   *    Time phrases are skipped.
   * 2. Inside each phrase, the subtree below it (not into clauses; nested nmod/obl only with a place
   *    preposition, "of" or a possessive) gives names: runs of adjacent proper-noun tokens, and
   *    country mentions from countries.txt ("Syrian").
   * 3. Each name's candidates: the gazetteer's places of that name; failing that, of its
   *    location-tagged part; failing that, the country of a countries.txt mention over it ("the
   *    Gaza Strip" -> PSE).
   * 4. The place is the first name with a candidate inside a country or state named by another
   *    name ("Kharkiv, Ukraine", "Paris, Texas", "Isfahan in central Iran", "the Syrian capital
   *    Damascus"), choosing among those contained candidates; otherwise the first name with any
   *    candidate. Ties: a country of the article first, then the largest population.
   */

  /** Prepositions that attach a place phrase to the trigger. */
  static final Set<String> PHRASE_CASES =
      Set.of("in", "at", "near", "across", "outside", "into", "on", "from", "inside", "throughout", "around", "over");

  /** Inside a place phrase, also "of" ("the city of Kermanshah") and possessives ("Ukraine's"). */
  private static final Set<String> INNER_CASES = union(PHRASE_CASES, Set.of("of", "'s", "'"));

  /** Relations from the trigger to a word whose place phrases are also the trigger's. */
  private static final Set<String> UPWARD = Set.of("obj", "nsubj", "nsubj:pass", "xcomp", "compound");

  /**
   * Verbs of talk, judgement and decision about an event: their place is where that happened, not
   * where the event did ("the strikes were condemned in Paris", "the attack was discussed in
   * Geneva").
   */
  private static final Set<String> ELSEWHERE_VERBS =
      Set.of(
          "condemn", "denounce", "criticize", "criticise", "deplore", "discuss", "debate", "welcome",
          "praise", "investigate", "examine", "review", "approve", "authorize", "authorise", "order",
          "plan", "decide", "announce", "protest", "mourn", "commemorate");

  /** Nouns of settlements and areas whose of-phrase names a place: "the town of Khan Younis". */
  private static final Set<String> PLACE_NOUNS =
      Set.of("city", "town", "village", "capital", "port", "province", "region", "district");

  /** Relations from the trigger to an argument whose place phrases locate the event. */
  private static final Set<String> ARGUMENTS = Set.of("obj", "nsubj:pass");

  /** Relations that leave the phrase: clauses and discourse. */
  private static final Set<String> CLAUSES =
      Set.of("acl", "advcl", "ccomp", "csubj", "parataxis", "discourse", "vocative", "dep", "list");

  private static final Set<String> LOCATION_NER = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
  private static final Set<String> NOT_PLACE_NER =
      Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL", "MONEY", "PERCENT");
  private static final int MAX_DEPTH = 4;

  private final Gazetteer gazetteer;

  public PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  /** A resolver over the bundled gazetteer. */
  public static PlaceResolver bundled() {
    return new PlaceResolver(Gazetteer.bundled());
  }

  /**
   * The place of the event whose trigger is token {@code trigger}.
   *
   * @param tree the sentence's parse
   * @param trigger the index of the event's verb or noun
   * @param actors the sentence's actor mentions; countries.txt mentions name countries
   * @param articleCountries ISO-3 (or actor dictionary) codes of the countries of the article's
   *     actors and places, preferred for an ambiguous name
   * @return the place, or null when no place phrase names a place the gazetteer or the actor
   *     dictionary knows
   */
  public @Nullable Location resolve(
      DependencyTree tree, int trigger, List<ActorMention> actors, Set<String> articleCountries) {
    Located at = locate(tree, trigger, actors, articleCountries);
    return at == null ? null : at.location();
  }

  /** A place and the words in the sentence that name it. */
  public record Located(Location location, Span span) {
    public Located {
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(span, "span");
    }
  }

  /** As {@link #resolve}, with the span of the name that gave the place, for evidence. */
  public @Nullable Located locate(
      DependencyTree tree, int trigger, List<ActorMention> actors, Set<String> articleCountries) {
    Objects.requireNonNull(tree, "tree");
    Objects.requireNonNull(actors, "actors");
    Objects.requireNonNull(articleCountries, "articleCountries");
    if (trigger < 0 || trigger >= tree.size()) {
      throw new IllegalArgumentException("trigger " + trigger + " outside sentence of " + tree.size() + " tokens");
    }
    Set<String> context = new HashSet<>();
    for (String c : articleCountries) {
      context.add(Gazetteer.isoCountry(c));
    }
    List<Name> names = new ArrayList<>();
    for (int phrase : placePhrases(tree, trigger, actors)) {
      names.addAll(names(tree, phrase, actors));
    }
    Comparator<Place> rank =
        Comparator.comparing((Place p) -> !context.contains(p.country())).thenComparing(Gazetteer.BY_POPULATION);
    for (Name name : names) {
      List<Place> contained = new ArrayList<>();
      for (Place candidate : name.candidates) {
        if (withinAnother(candidate, name, names)) {
          contained.add(candidate);
        }
      }
      if (!contained.isEmpty()) {
        return located(tree, name, contained.stream().min(rank).orElseThrow());
      }
    }
    for (Name name : names) {
      if (!name.candidates.isEmpty()) {
        return located(tree, name, name.candidates.stream().min(rank).orElseThrow());
      }
    }
    return null;
  }

  private static Located located(DependencyTree tree, Name name, Place place) {
    return new Located(name.locate(place), tree.sentence().span(name.first, name.last));
  }

  private static boolean withinAnother(Place candidate, Name self, List<Name> names) {
    for (Name other : names) {
      if (other.overlaps(self)) {
        continue;
      }
      for (Place container : other.candidates) {
        if (candidate.isWithin(container)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The heads of the place phrases that may locate the event, nearest to the trigger first. */
  private static List<Integer> placePhrases(
      DependencyTree tree, int trigger, List<ActorMention> actors) {
    List<Integer> out = new ArrayList<>(4);
    addPhrases(tree, trigger, out);
    for (int c : tree.children(trigger)) {
      if (ARGUMENTS.contains(tree.relation(c))) {
        addPhrases(tree, c, out);
      }
    }
    for (int c : tree.children(trigger)) {
      // "clashed with police near the city of ...": the parser often hangs the place on the noun.
      if (tree.baseRelation(c).equals("obl") && !out.contains(c)) {
        addPhrases(tree, c, out);
      }
    }
    for (int c : tree.children(trigger)) {
      // "killed 23 people when they blew themselves up in Tel Aviv": a when- or while-clause is the
      // same moment, so its place phrases are the act's place
      if (tree.baseRelation(c).equals("advcl") && sameMoment(tree, c)) {
        addPhrases(tree, c, out);
      }
    }
    int node = trigger;
    for (int up = 0; up < 2 && UPWARD.contains(tree.relation(node)) && tree.head(node) >= 0; up++) {
      boolean subject = tree.baseRelation(node).equals("nsubj");
      node = tree.head(node);
      if (subject && ELSEWHERE_VERBS.contains(tree.lemma(node))) {
        break; // "Israeli airstrikes were condemned in Paris": the condemning was there, not the strikes
      }
      addPhrases(tree, node, out);
    }
    // Last, an object that is itself a place and names no actor: "shelled Kharkiv", "bombed the
    // town of Khan Younis".
    for (int c : tree.children(trigger)) {
      if (ARGUMENTS.contains(tree.relation(c))
          && (LOCATION_NER.contains(tree.token(c).ner()) || PLACE_NOUNS.contains(tree.lemma(c)))
          && !out.contains(c)
          && actors.stream().noneMatch(m -> m.covers(c))) {
        out.add(c);
      }
    }
    return out;
  }

  /** Whether a clause is marked "when" (an adverb to the parser) or "while". */
  private static boolean sameMoment(DependencyTree tree, int clause) {
    if (SAME_MOMENT.contains(String.valueOf(tree.caseOf(clause)))) {
      return true;
    }
    int adverb = tree.child(clause, "advmod");
    return adverb >= 0 && adverb < clause && SAME_MOMENT.contains(tree.lemma(adverb));
  }

  /** Markers of a clause that happens at the same moment as its governor. */
  private static final Set<String> SAME_MOMENT = Set.of("when", "while");

  private static void addPhrases(DependencyTree tree, int head, List<Integer> out) {
    for (int c : tree.children(head)) {
      String base = tree.baseRelation(c);
      if ((base.equals("obl") || base.equals("nmod"))
          && PHRASE_CASES.contains(String.valueOf(tree.caseOf(c)))
          && !isTime(tree, c)
          && !out.contains(c)) {
        out.add(c);
      }
    }
  }

  private static boolean isTime(DependencyTree tree, int token) {
    return NOT_PLACE_NER.contains(tree.token(token).ner()) || tree.relation(token).endsWith(":tmod");
  }

  /** The names in the phrase headed by {@code phrase}, left to right. */
  private List<Name> names(DependencyTree tree, int phrase, List<ActorMention> actors) {
    TreeSet<Integer> tokens = new TreeSet<>();
    collect(tree, phrase, tokens, 0);
    List<Name> out = new ArrayList<>(2);
    List<Integer> run = new ArrayList<>(3);
    int previous = -2;
    for (int t : tokens) {
      ActorMention mention = countryMention(t, actors);
      boolean nameToken = isProperNoun(tree.token(t)) || mention != null;
      boolean breaksMention = !run.isEmpty() && !Objects.equals(countryMention(run.get(0), actors), mention);
      if (!nameToken || t != previous + 1 || breaksMention) {
        addName(tree, run, actors, out);
        run = new ArrayList<>(3);
      }
      if (nameToken) {
        run.add(t);
      }
      previous = t;
    }
    addName(tree, run, actors, out);
    return out;
  }

  private static void collect(DependencyTree tree, int node, Set<Integer> tokens, int depth) {
    tokens.add(node);
    if (depth >= MAX_DEPTH) {
      return;
    }
    for (int c : tree.children(node)) {
      String base = tree.baseRelation(c);
      if (CLAUSES.contains(base)) {
        continue;
      }
      if ((base.equals("nmod") || base.equals("obl"))
          && !tree.relation(c).equals("nmod:poss")
          && !INNER_CASES.contains(String.valueOf(tree.caseOf(c)))) {
        continue;
      }
      if (isTime(tree, c)) {
        continue;
      }
      collect(tree, c, tokens, depth + 1);
    }
  }

  private void addName(DependencyTree tree, List<Integer> run, List<ActorMention> actors, List<Name> out) {
    if (run.isEmpty()) {
      return;
    }
    int first = run.get(0);
    int last = run.get(run.size() - 1);
    List<Place> candidates = gazetteer.lookup(words(tree, first, last));
    String written = null;
    if (candidates.isEmpty()) {
      // "the Gaza Strip" names no city; "Tehran Province" may hold a city tagged as a location.
      int from = first;
      int to = last;
      while (from <= to && !LOCATION_NER.contains(tree.token(from).ner())) {
        from++;
      }
      while (to >= from && !LOCATION_NER.contains(tree.token(to).ner())) {
        to--;
      }
      if (from <= to && (from != first || to != last)) {
        candidates = gazetteer.lookup(words(tree, from, to));
      }
    }
    if (candidates.isEmpty()) {
      ActorMention mention = countryMention(first, actors);
      if (mention == null) {
        mention = countryMention(last, actors);
      }
      if (mention != null) {
        String code = mention.country();
        Place country = gazetteer.country(code);
        candidates =
            List.of(country != null
                ? country
                : new Place(Place.Kind.COUNTRY, withoutArticle(mention.text()), code, null, null, null, 0, null));
        written = withoutArticle(mention.text());
      }
    }
    out.add(new Name(first, last, candidates, written));
  }

  private static String words(DependencyTree tree, int first, int last) {
    StringBuilder s = new StringBuilder();
    for (int i = first; i <= last; i++) {
      Token t = tree.token(i);
      boolean glued = i > first && tree.token(i - 1).span().end() == t.span().begin();
      if (i > first && !glued) {
        s.append(' ');
      }
      s.append(t.word());
    }
    return s.toString();
  }

  private static String withoutArticle(String text) {
    return text.toLowerCase(Locale.ROOT).startsWith("the ") ? text.substring(4) : text;
  }

  private static boolean isProperNoun(Token t) {
    if (NOT_PLACE_NER.contains(t.ner())) {
      return false;
    }
    return t.pos().equals("NNP") || t.pos().equals("NNPS") || LOCATION_NER.contains(t.ner());
  }

  private static @Nullable ActorMention countryMention(int token, List<ActorMention> actors) {
    for (ActorMention a : actors) {
      if (a.covers(token) && a.isCountryFirst()) {
        return a;
      }
    }
    return null;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  /** A name in a place phrase: tokens {@code first..last} and the places it may be. */
  private record Name(int first, int last, List<Place> candidates, @Nullable String written) {
    boolean overlaps(Name other) {
      return first <= other.last && other.first <= last;
    }

    /** The chosen place; a country known only from the actor dictionary keeps its written name. */
    Location locate(Place place) {
      return written != null && place.kind() == Place.Kind.COUNTRY ? place.toLocation(written) : place.toLocation();
    }
  }
}
