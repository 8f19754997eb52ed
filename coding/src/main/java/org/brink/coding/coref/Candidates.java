package org.brink.coding.coref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.brink.coding.events.DependencyTree;
import org.brink.core.Token;

/**
 * The noun phrases of one sentence that anaphors may refer to, with the features that decide which:
 * person or not, number, grammatical role.
 *
 * <p>Implementation notes. Actor mentions (from the dictionary or resolved here) come first, as
 * units whose head is the rightmost token attached outside them ("Pakistan's army" -> "army").
 * Every other noun or third-person pronoun heading a nominal argument becomes a candidate with no
 * referents, so that "the strike" competes with "Pakistan" for "it" and an anaphor whose likeliest
 * antecedent is no actor stays unresolved. A noun such as "forces" or "spokesperson" takes the
 * actor of its owner ("its forces", "the spokesperson of the foreign ministry"). Coordinated
 * candidates also form a plural group; the members then lose their role, so that the group, not its
 * first member, is the subject.
 */
final class Candidates {
  /** Nouns that name a person, for "he" and "she". */
  static final Set<String> PERSON_NOUNS =
      Set.of(
          "minister",
          "president",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "official",
          "diplomat",
          "ambassador",
          "envoy",
          "leader",
          "chief",
          "commander",
          "secretary",
          "premier",
          "chancellor",
          "king",
          "queen",
          "emir",
          "prince",
          "monarch",
          "negotiator",
          "adviser",
          "advisor",
          "soldier",
          "man",
          "woman",
          "civilian",
          "journalist",
          "reporter",
          "lawmaker",
          "senator",
          "analyst",
          "mediator",
          "general",
          "officer",
          "lawyer",
          "activist",
          "protester",
          "ruler",
          "cleric",
          "mayor",
          "governor",
          "candidate",
          "head",
          "person",
          "resident",
          "owner",
          "suspect",
          "driver",
          "victim",
          "worker",
          "student",
          "doctor",
          "manager",
          "founder",
          "chairman",
          "chairwoman",
          "director",
          "executive",
          "businessman",
          "gunman",
          "attacker",
          "assailant",
          "teenager",
          "boy",
          "girl",
          "father",
          "mother",
          "son",
          "daughter",
          "wife",
          "husband",
          "priest",
          "judge",
          "prosecutor",
          "defendant",
          "witness",
          "pilot",
          "captain",
          "coach",
          "player",
          "author",
          "writer",
          "scientist",
          "professor",
          "teacher",
          "colonel",
          "lieutenant",
          "sergeant",
          "citizen",
          "member",
          "prisoner",
          "hostage",
          "refugee",
          "migrant",
          "child",
          "farmer",
          "legislator",
          "politician");

  /** Singular nouns for bodies of people, which take "it" and "they". */
  static final Set<String> COLLECTIVE_NOUNS =
      Set.of(
          "army",
          "military",
          "navy",
          "police",
          "militia",
          "junta",
          "force",
          "guard",
          "staff",
          "personnel",
          "crew",
          "team",
          "family",
          "public",
          "population",
          "workforce");

  /** Nouns whose actor is their owner's: "its forces", "the spokesperson of the ministry". */
  static final Set<String> OWNED_NOUNS =
      Set.of(
          "minister",
          "president",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "spokespeople",
          "official",
          "diplomat",
          "ambassador",
          "envoy",
          "leader",
          "leadership",
          "commander",
          "government",
          "ministry",
          "administration",
          "authority",
          "army",
          "military",
          "navy",
          "force",
          "troop",
          "soldier",
          "police",
          "militia",
          "fighter",
          "militant",
          "delegation",
          "embassy");

  static final Set<String> THIRD_PERSON =
      Set.of("he", "him", "his", "she", "her", "it", "its", "they", "them", "their");

  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "him", "his", "she", "her");
  private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their");

  /** Relations (without subtype) by which a noun phrase is an argument or a modifier noun. */
  private static final Set<String> NOMINAL =
      Set.of("nsubj", "obj", "iobj", "obl", "nmod", "appos", "conj", "root", "dep");

  private static final Set<String> CORE = Set.of("nsubj", "obj", "iobj");

  /** Prepositions of a place phrase: "in Laos", "across Pakistan". */
  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of(
          "in",
          "at",
          "near",
          "across",
          "inside",
          "into",
          "throughout",
          "within",
          "around",
          "outside");

  /** Relations through which a noun's owner is named. */
  private static final Set<String> OWNER_RELATIONS =
      Set.of("nmod:poss", "appos", "compound", "amod", "flat");

  private static final Set<String> OWNING_PREPOSITIONS = Set.of("of", "for", "from");

  /** Entity classes that are never actors: "on Monday", "three", "40 percent". */
  private static final Set<String> NOT_ENTITIES =
      Set.of("DATE", "TIME", "DURATION", "NUMBER", "ORDINAL", "PERCENT", "MONEY", "SET");

  private Candidates() {}

  /**
   * An actor mention of the sentence, from the dictionary or resolved.
   *
   * @param person whether the dictionary says it is a person (people.txt)
   * @param collective whether it names a body of people by a singular name (groups.txt: "Hamas")
   */
  record Unit(int first, int last, List<Referent> referents, boolean person, boolean collective) {
    Unit {
      referents = List.copyOf(referents);
    }
  }

  /** The sentence's candidates, ordered by head token; groups follow their members. */
  static List<Candidate> of(int sentence, DependencyTree tree, String text, List<Unit> units) {
    int n = tree.size();
    Unit[] unitAt = new Unit[n];
    List<Candidate> single = new ArrayList<>();
    for (Unit u : units) {
      for (int t = u.first(); t <= u.last(); t++) {
        unitAt[t] = u;
      }
      int head = tree.headOf(u.first(), u.last());
      if (!nominal(tree, head)) {
        continue; // "the Iranian strike": an adjective is no antecedent
      }
      int named = nameHead(tree, u.first(), head);
      Candidate.Plurality plurality =
          u.collective() && plurality(tree, named) == Candidate.Plurality.SINGULAR
              ? Candidate.Plurality.COLLECTIVE
              : plurality(tree, named);
      single.add(
          new Candidate(
              sentence,
              head,
              u.first(),
              u.last(),
              tree.sentence().span(u.first(), u.last()).of(text),
              tree.token(head).ner(),
              u.person() || personNoun(tree, head) || PERSON_PRONOUNS.contains(word(tree, head)),
              plurality,
              role(tree, head),
              place(tree, head),
              false,
              u.referents()));
    }
    for (int t = 0; t < n; t++) {
      Token k = tree.token(t);
      if (unitAt[t] != null || NOT_ENTITIES.contains(k.ner()) || !nominal(tree, t)) {
        continue;
      }
      boolean pronoun =
          (k.pos().equals("PRP") || k.pos().equals("PRP$")) && THIRD_PERSON.contains(word(tree, t));
      boolean adjectiveAsNoun = k.pos().startsWith("JJ") && CORE.contains(tree.baseRelation(t));
      if (!k.isNoun() && !pronoun && !adjectiveAsNoun) {
        continue;
      }
      List<Referent> referents =
          OWNED_NOUNS.contains(tree.lemma(t)) ? owner(tree, t, unitAt) : List.of();
      single.add(
          new Candidate(
              sentence,
              t,
              t,
              t,
              k.word(),
              k.ner(),
              k.ner().equals("PERSON")
                  || personNoun(tree, t)
                  || PERSON_PRONOUNS.contains(word(tree, t)),
              plurality(tree, t),
              role(tree, t),
              place(tree, t),
              false,
              referents));
    }
    single.sort(Comparator.comparingInt(Candidate::head));
    return withGroups(sentence, tree, text, single);
  }

  /**
   * The word whose number the mention takes: its head, but in a name with an of-phrase the word
   * before "of" ("the Nigerian Union of Teachers" is one union, "it", however the parser hangs
   * "Teachers").
   */
  private static int nameHead(DependencyTree tree, int first, int head) {
    for (int t = first; t < head; t++) {
      if (tree.lemma(t + 1).equals("of") && tree.token(t).isNoun()) {
        return t;
      }
    }
    return head;
  }

  private static List<Candidate> withGroups(
      int sentence, DependencyTree tree, String text, List<Candidate> single) {
    Map<Integer, Candidate> byHead = new LinkedHashMap<>();
    for (Candidate c : single) {
      byHead.put(c.head(), c);
    }
    List<Candidate> groups = new ArrayList<>();
    for (Candidate c : single) {
      List<Candidate> members = new ArrayList<>(List.of(c));
      for (int conj : tree.childrenWith(c.head(), "conj")) {
        Candidate m = byHead.get(conj);
        if (m != null) {
          members.add(m);
        }
      }
      if (members.size() < 2) {
        continue;
      }
      boolean allActors = members.stream().allMatch(Candidate::isActor);
      List<Referent> referents = new ArrayList<>();
      if (allActors) {
        Set<String> codes = new HashSet<>();
        for (Candidate m : members) {
          for (Referent r : m.referents()) {
            if (codes.add(r.code())) {
              referents.add(r);
            }
          }
        }
      }
      int first = members.stream().mapToInt(Candidate::first).min().orElseThrow();
      int last = members.stream().mapToInt(Candidate::last).max().orElseThrow();
      groups.add(
          new Candidate(
              sentence,
              c.head(),
              first,
              last,
              tree.sentence().span(first, last).of(text),
              "O",
              members.stream().allMatch(Candidate::person),
              Candidate.Plurality.PLURAL,
              c.role(),
              c.place(),
              true,
              referents));
      for (Candidate m : members) {
        byHead.put(m.head(), m.withRole(Candidate.Role.OTHER));
      }
    }
    List<Candidate> out = new ArrayList<>(byHead.values());
    out.addAll(groups);
    out.sort(Comparator.comparingInt(Candidate::head).thenComparing(Candidate::group));
    return out;
  }

  private static boolean nominal(DependencyTree tree, int t) {
    String rel = tree.relation(t);
    return NOMINAL.contains(tree.baseRelation(t))
        && !rel.equals("obl:tmod")
        && !rel.equals("obl:npmod")
        && !rel.equals("nmod:tmod");
  }

  /** "the minister", "former legislator Zaldy Co": the noun or a title before it names a person. */
  private static boolean personNoun(DependencyTree tree, int t) {
    if (!tree.token(t).isNoun()) {
      return false;
    }
    if (PERSON_NOUNS.contains(tree.lemma(t))) {
      return true;
    }
    for (int c : tree.childrenWith(t, "compound")) {
      if (c < t && PERSON_NOUNS.contains(tree.lemma(c)) && tree.token(t).pos().startsWith("NNP")) {
        return true;
      }
    }
    return false;
  }

  static Candidate.Plurality plurality(DependencyTree tree, int t) {
    String w = word(tree, t);
    String pos = tree.token(t).pos();
    // "the French", "the Congolese": an adjective heading a noun phrase speaks of a people
    if (PLURAL_PRONOUNS.contains(w)
        || pos.equals("NNS")
        || pos.equals("NNPS")
        || pos.startsWith("JJ")) {
      return Candidate.Plurality.PLURAL;
    }
    if (pos.startsWith("NN") && COLLECTIVE_NOUNS.contains(tree.lemma(t))) {
      return Candidate.Plurality.COLLECTIVE;
    }
    return Candidate.Plurality.SINGULAR;
  }

  /** Whether token {@code t} heads a place phrase: "in Laos". */
  static boolean place(DependencyTree tree, int t) {
    String base = tree.baseRelation(t);
    return (base.equals("obl") || base.equals("nmod"))
        && PLACE_PREPOSITIONS.contains(String.valueOf(tree.caseOf(t)));
  }

  private static Candidate.Role role(DependencyTree tree, int t) {
    String rel = tree.relation(t);
    boolean subject = rel.equals("nsubj") || rel.equals("nsubj:pass");
    int gov = tree.head(t);
    if (subject && gov >= 0 && tree.relation(gov).equals("root")) {
      return Candidate.Role.SUBJECT;
    }
    String base = tree.baseRelation(t);
    return CORE.contains(base) ? Candidate.Role.CORE : Candidate.Role.OTHER;
  }

  /** The actor of the nearest owner among {@code t}'s modifiers, or none. */
  private static List<Referent> owner(DependencyTree tree, int t, Unit[] unitAt) {
    int best = -1;
    for (int c : tree.children(t)) {
      String rel = tree.relation(c);
      boolean owning =
          OWNER_RELATIONS.contains(rel)
              || tree.baseRelation(c).equals("nmod")
                  && OWNING_PREPOSITIONS.contains(String.valueOf(tree.caseOf(c)));
      if (owning && unitAt[c] != null && (best < 0 || Math.abs(c - t) < Math.abs(best - t))) {
        best = c;
      }
    }
    return best < 0 ? List.of() : unitAt[best].referents();
  }

  static String word(DependencyTree tree, int t) {
    return tree.token(t).word().toLowerCase(Locale.ROOT);
  }
}
