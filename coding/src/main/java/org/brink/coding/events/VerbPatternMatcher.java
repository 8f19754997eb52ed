package org.brink.coding.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.brink.coding.actors.ActorMention;
import org.brink.core.Modality;
import org.brink.core.Span;
import org.jspecify.annotations.Nullable;

/**
 * Finds events in a parsed sentence: each verb that has a pattern, its subject as source and its
 * object or prepositional phrase as target, and the clause's modality.
 *
 * <p>Implementation notes. For each verb token the patterns of its lemma are tried from the most
 * specific down and the first that fits wins. The source is the verb's subject, or in a passive its
 * by-phrase; a verb without a subject of its own takes it from the clause that controls it
 * ("Iran vowed to strike": the subject of "vowed"; "urged Iran to talk": the object of "urged"),
 * from the verb it is coordinated with, or from the noun a relative clause modifies. An argument
 * names an actor when a dictionary mention covers its head word or stands in the noun phrase's
 * own modifiers ("the Iranian foreign ministry's spokesman"); coordinated arguments ("Iran and
 * Pakistan") give one event each. Identical (source, target, code) triples in a sentence are kept
 * once.
 */
public final class VerbPatternMatcher {
  /** How the entry of a domestic target starts: the other party's country stands for unnamed people. */
  public static final String DOMESTIC_ENTRY = "domestic: ";

  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");
  /** Currency words an amount of money is written with ("EUR 50 million in food"). */
  private static final Set<String> CURRENCIES =
      Set.of("eur", "usd", "gbp", "euro", "euros", "dollar", "dollars", "pound", "yen", "yuan",
          "rupee", "rupees", "franc", "ruble", "rouble", "riyal", "dirham", "shekel", "lira");
  /** Pronouns by which a threat's author names itself in its that-clause. */
  private static final Set<String> SELF_PRONOUNS = Set.of("it", "we", "i");

  /**
   * Nouns that count, group or measure their "of" phrase: "a wave of strikes", "a barrage of
   * drones", "70 million dollars of aid", "50,000 tonnes of wheat", "700 kg of medicine"; and spans of time, "ten days
   * of war games", "13 nights of strikes".
   */
  static final Set<String> QUANTIFIERS =
      Set.of(
          "wave", "series", "barrage", "round", "salvo", "spate", "string", "volley", "number",
          "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "flurry", "swarm",
          "hail", "package", "set", "raft", "batch", "new", "fresh", "range", "slew", "dollar",
          "dollars", "euro", "euros", "million", "millions", "billion", "billions", "ton", "tons",
          "tonne", "tonnes", "worth", "amount", "shipment", "consignment", "part", "portion", "hour",
          "hours", "day", "days", "night", "nights", "week", "weeks", "month", "months", "kg",
          "kilogram", "kilograms", "kilo", "kilos", "pound", "pounds", "litre", "litres", "liter",
          "liters", "gallon", "gallons", "barrel", "barrels", "truckload", "truckloads", "crate",
          "crates", "carton", "cartons", "sack", "sacks", "bag", "bags", "box", "boxes");

  /** Modifier relations through which a noun phrase names its actor. */
  private static final Set<String> ACTOR_MODIFIERS =
      Set.of("compound", "amod", "nmod:poss", "nmod", "appos", "flat", "det", "nmod:of", "obl:of");

  /** Prepositions of an nmod that still speak of the same actor ("the minister of Iran"). */
  private static final Set<String> OWNING_PREPOSITIONS = Set.of("of", "for", "from");

  /** Codes that need no target: a statement is an event with or without an addressee. */
  private static final Set<String> TARGETLESS_ROOTS = Set.of("01");

  /**
   * Codes that mean nothing without a source: statements, intents, meetings and cooperation are
   * someone's ("the response would be met with force" is no meeting). Attacks and coercion may
   * have an unnamed source ("a hospital was attacked").
   */
  private static final Set<String> SOURCE_REQUIRED_ROOTS = Set.of("01", "03", "04", "05", "06");

  /** Codes of acts between parties: coordinated subjects without a target act on each other. */
  private static final Set<String> SYMMETRIC_ROOTS = Set.of("03", "04", "05", "06");

  /**
   * Acts of those roots that go one way, at what the verb names, never between the parties:
   * praise or endorse (051), defend (052), rally behind (053), recognize (054), apologize (055),
   * forgive (056). "Qatar and Saudi Arabia support the reserves" is no support of each other.
   */
  private static final Set<String> DIRECTED = Set.of("051", "052", "053", "054", "055", "056");

  /**
   * Codes of answers to someone's proposal, appeal or demand: discuss, endorse, yield, demand,
   * disapprove, reject.
   */
  private static final Set<String> RESPONSE_ROOTS = Set.of("04", "05", "08", "10", "11", "12");

  /**
   * Codes whose unnamed source takes the target's country: investigate, demand, protest, reduce
   * relations (a party leaving a government), coerce.
   */
  private static final Set<String> DOMESTIC_SOURCE_ROOTS = Set.of("09", "10", "14", "16", "17");

  /** Nouns for organs of a state that investigate, judge or coerce its own people. */
  private static final Set<String> STATE_AGENT_NOUNS =
      Set.of(
          "judge", "prosecutor", "court", "police", "authority", "authorities", "government",
          "junta", "regime", "army", "military", "commission", "ministry", "magistrate");

  /** Codes of force: assault, fight, mass violence. */
  private static final Set<String> MATERIAL_CONFLICT_ROOTS = Set.of("18", "19", "20");

  /** Codes of cooperation, whose target may be the party a to- or with-phrase names. */
  private static final Set<String> COOPERATIVE_ROOTS = Set.of("02", "03", "04", "05", "06", "07", "08");

  /** Prepositions that name the party an act of cooperation is with, to or for. */
  private static final Set<String> RECIPIENT_PREPOSITIONS = Set.of("to", "with", "for");

  /** Codes whose target may be the subject of a that-clause: "demanded that the US cancel". */
  private static final Set<String> THAT_CLAUSE_TARGET_ROOTS = Set.of("02", "10", "11", "12", "13");

  /** Codes whose adversary may stand deeper in the complements: threats, force, relations, fights. */
  private static final Set<String> DEEP_TARGET_ROOTS = Set.of("13", "15", "16", "19");

  /** Prepositions that introduce an adversary. */
  private static final Set<String> ADVERSARY_PREPOSITIONS = Set.of("against", "with", "on", "at", "into");

  /** Prepositions of a complement clause's phrase that name the target. */
  private static final Set<String> COMPLEMENT_TARGET_PREPOSITIONS = Set.of("with", "to", "against", "on");

  private final VerbPatternDictionary patterns;
  private final ModalityReader modality;
  private final NounPatternMatcher nouns;
  private final java.util.function.Predicate<String> knownCode;

  /**
   * @param patterns the verb patterns
   * @param nouns the noun patterns ({@code nouns.txt}), same format with a noun as head
   */
  public VerbPatternMatcher(VerbPatternDictionary patterns, VerbPatternDictionary nouns, ModalityReader modality) {
    this(patterns, nouns, modality, code -> true);
  }

  /**
   * @param knownCode the codes the ontology knows; an intent code it does not know is not used
   */
  public VerbPatternMatcher(
      VerbPatternDictionary patterns,
      VerbPatternDictionary nouns,
      ModalityReader modality,
      java.util.function.Predicate<String> knownCode) {
    this.patterns = Objects.requireNonNull(patterns, "patterns");
    this.modality = Objects.requireNonNull(modality, "modality");
    this.nouns = new NounPatternMatcher(nouns, modality);
    this.knownCode = Objects.requireNonNull(knownCode, "knownCode");
  }

  /** The matcher over Brink's bundled verb and noun patterns, codes checked by {@code knownCode}. */
  public static VerbPatternMatcher bundled(java.util.function.Predicate<String> knownCode) {
    return new VerbPatternMatcher(
        VerbPatternDictionary.loadDefault(knownCode),
        VerbPatternDictionary.loadNouns(knownCode),
        new ModalityReader(),
        knownCode);
  }

  /** Every event in the sentence: verb events first, then noun events, each in token order. */
  public List<EventMatch> match(DependencyTree tree, List<ActorMention> actors) {
    List<EventMatch> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    boolean[] used = new boolean[tree.size()];
    boolean[] agentNouns = new boolean[tree.size()];
    List<EventMatch> alone = new ArrayList<>();
    for (int v = 0; v < tree.size(); v++) {
      if (!tree.token(v).isVerb() && !isNominalVerbUse(tree, v)) {
        continue;
      }
      for (VerbPattern p : patterns.forToken(tree.token(v).word(), tree.lemma(v))) {
        List<EventMatch> found = tryPattern(p, tree, v, actors, reason -> {});
        if (found != null) {
          for (EventMatch e : found) {
            markTrigger(tree, e, used);
            markAgentNoun(tree, e, agentNouns);
            if (p.alone()) {
              alone.add(e);
            } else {
              keepOnce(e, seen, out);
            }
          }
          break;
        }
      }
    }
    for (int n = 0; n < tree.size(); n++) {
      for (EventMatch e : nouns.match(tree, n, actors, used)) {
        if (!(agentNouns[n] && e.target() == null)) {
          keepOnce(e, seen, out);
        }
      }
    }
    for (EventMatch e : alone) {
      // "promised to democratize" is a promise; "promised to strike" only the intent to strike
      int complement = infinitiveComplement(tree, e.verb());
      if (out.stream().noneMatch(o -> tree.dominates(complement, o.verb()))) {
        keepOnce(e, seen, out);
      }
    }
    return out;
  }

  /** The verb's infinitive complement ("promised to democratize", "ordered him to appear"), or -1. */
  private static int infinitiveComplement(DependencyTree tree, int v) {
    for (int c : tree.children(v)) {
      // the parser may make the infinitive an adverbial clause marked "to"
      String rel = tree.baseRelation(c);
      boolean complement = rel.equals("xcomp") || (rel.equals("advcl") && "to".equals(tree.caseOf(c)) && c > v);
      if (complement && tree.token(c).isVerb()) {
        return c;
      }
    }
    return -1;
  }

  /**
   * Why each verb with patterns did or did not give an event, for {@code brink explain}: one line
   * per pattern tried, in the order tried, ending at the one that fired.
   */
  public List<String> explain(DependencyTree tree, List<ActorMention> actors) {
    List<String> lines = new ArrayList<>();
    for (int v = 0; v < tree.size(); v++) {
      if (!tree.token(v).isVerb() && !isNominalVerbUse(tree, v)) {
        continue;
      }
      List<VerbPattern> candidates = patterns.forToken(tree.token(v).word(), tree.lemma(v));
      if (candidates.isEmpty()) {
        continue;
      }
      String at = "\"" + tree.token(v).word() + "\" (" + tree.lemma(v) + ", token " + v + ")";
      for (VerbPattern p : candidates) {
        String[] reason = {""};
        List<EventMatch> found = tryPattern(p, tree, v, actors, r -> reason[0] = r);
        String head = at + " " + p.rule() + " " + p.code() + " " + p.phrase();
        if (found != null) {
          lines.add(head + ": fired");
          break;
        }
        lines.add(head + ": no, " + reason[0]);
      }
    }
    return lines;
  }

  private static void markTrigger(DependencyTree tree, EventMatch e, boolean[] used) {
    for (int t = 0; t < tree.size(); t++) {
      if (e.trigger().contains(tree.token(t).span())) {
        used[t] = true;
      }
    }
  }

  /**
   * "US drone strikes killed eight militants": the strikes are the killing, one event, not two.
   * An event noun that is the subject of a use of force is not coded again on its own unless it
   * names a target of its own ("Iran's strike on Pakistan killed two children").
   */
  private void markAgentNoun(DependencyTree tree, EventMatch e, boolean[] agentNouns) {
    if (!MATERIAL_CONFLICT_ROOTS.contains(e.pattern().root())) {
      return;
    }
    int subject = tree.child(e.verb(), "nsubj");
    if (subject >= 0 && nouns.isEventNoun(tree.lemma(subject))) {
      agentNouns[subject] = true;
    }
  }

  /** Identical (code, source, target) triples within a sentence are kept once. */
  private static void keepOnce(EventMatch e, Set<String> seen, List<EventMatch> out) {
    if (seen.add(e.triple())) {
      out.add(e);
    }
  }

  /**
   * Verbs the tagger reads as nouns while the parser gives them a verb's arguments: headline verbs
   * ("Iran strikes Pakistan") and verbs after an auxiliary ("said it would blockade Algiers"), a
   * common noun with an object and a subject or auxiliary.
   */
  private static boolean isNominalVerbUse(DependencyTree tree, int v) {
    String pos = tree.token(v).pos();
    return (pos.equals("NNS") || pos.equals("NN"))
        && tree.child(v, "obj") >= 0
        && (tree.child(v, "nsubj") >= 0 || tree.child(v, "aux") >= 0);
  }

  /** The events the pattern gives at verb {@code v}, or null when it does not fit. */
  private @Nullable List<EventMatch> tryPattern(
      VerbPattern p, DependencyTree tree, int v, List<ActorMention> actors, Consumer<String> why) {
    boolean passive = tree.isPassive(v);
    List<Integer> triggerTokens = new ArrayList<>(List.of(v));
    if (p.particle() != null) {
      int prt = particle(tree, v, p.particle());
      if (prt < 0) {
        why.accept("no particle \"" + p.particle() + "\"");
        return null;
      }
      triggerTokens.add(prt);
    } else {
      int prt = tree.child(v, "compound:prt");
      if (prt >= 0 && p.after().isEmpty() && hasPhrasalPattern(tree, v, tree.lemma(prt))) {
        // "called off the strikes" is not "called": where the dictionary knows the verb with
        // this particle as a verb of its own, a pattern without the particle does not code it
        // ("shot down", "struck back", which no pattern names, stay "shot", "struck")
        why.accept("the verb has the particle \"" + tree.lemma(prt) + "\" and patterns of its own, the pattern none");
        return null;
      }
    }
    int[] preceding = p.before().isEmpty() ? new int[0] : p.before().match(tree, v);
    if (preceding == null) {
      why.accept("no \"" + p.before().render() + "\" before the verb");
      return null;
    }
    int[] following = p.after().isEmpty() ? new int[0] : p.after().matchAfter(tree, v);
    if (following == null) {
      why.accept("no \"" + p.after().renderAfter() + "\" after the verb");
      return null;
    }
    int object = seeThrough(tree, passive ? tree.child(v, "nsubj:pass") : objectOf(tree, v));
    if (object < 0 && !passive && !p.objectNouns().isEmpty()) {
      // only for the pattern's own object noun: a participle clause under the verb keeps its
      // other work (the by-phrase of "bases operated by AUSSOM" is found below the verb)
      object = seeThrough(tree, reducedRelativeObject(tree, v));
    }
    if (p.noObject() && object >= 0) {
      why.accept("object \"" + tree.lemma(object) + "\", and the pattern needs none");
      return null;
    }
    if (!p.objectNouns().isEmpty()) {
      // "fired artillery shells": the noun may also be a compound before the object's head
      boolean head = object >= 0 && isOneOf(tree, object, p.objectNouns());
      int compound = object < 0 || head ? -1 : compoundOneOf(tree, object, p.objectNouns());
      int predicate = passive && !head && compound < 0 ? objectOf(tree, v) : -1;
      if (predicate >= 0 && isOneOf(tree, predicate, p.objectNouns())) {
        // "was shot dead": the parser reads the passive's predicate word as an object; the
        // subject stays the one acted on
        triggerTokens.add(predicate);
      } else if (!head && compound < 0) {
        why.accept(object < 0 ? "no object" : "object \"" + tree.lemma(object) + "\" is not one of " + p.objectNouns());
        return null;
      } else {
        triggerTokens.add(object);
      }
      if (compound >= 0) {
        triggerTokens.add(compound);
      }
    }
    if (!p.with().isEmpty() && !hasComplementLemma(tree, v, p.with())) {
      why.accept("none of " + p.with() + " among the complements");
      return null;
    }
    if (!p.subject().isEmpty() && !subjectHasLemma(tree, v, p.subject())) {
      why.accept("none of " + p.subject() + " in the subject");
      return null;
    }
    if (p.alone() && infinitiveComplement(tree, v) < 0) {
      why.accept("no infinitive complement");
      return null;
    }
    // Where the target is.
    List<ActorMention> targets = List.of();
    List<Integer> phrases = List.of();
    if (!p.prepositions().isEmpty()) {
      phrases =
          prepositionalTargets(tree, v, p.objectNouns().isEmpty() ? -1 : object, p.prepositions());
      if (phrases.isEmpty() && p.objectNouns().isEmpty()) {
        // "called on Iran": the parser may read "on" as a particle with "Iran" as the object.
        int prt = particleAmong(tree, v, p.prepositions());
        if (prt >= 0 && object >= 0) {
          phrases = List.of(object);
          triggerTokens.add(prt);
        }
      }
      if (phrases.isEmpty() && p.objectNouns().isEmpty()) {
        // "call on" needs its "on": bare "called Iran" is another pattern
        why.accept("no phrase with " + p.prepositions());
        return null;
      }
      targets = firstWithActors(tree, phrases, actors);
    } else if (object >= 0) {
      // "granted Hungary an exemption", "gave Ukraine weapons": the recipient before the object
      int iobj = tree.child(v, "iobj");
      targets = iobj >= 0 ? actorsOf(tree, iobj, actors) : List.of();
      if (targets.isEmpty()) {
        targets = actorsOf(tree, object, actors);
      }
    }
    String root = p.root();
    List<ActorMention> sources = sources(tree, v, passive, actors);
    boolean stateOfPlace = false;
    if (sources.isEmpty() && passive && PlaceActors.isActOfTheState(p.code())) {
      // "two journalists were arrested in Iran": only the state of the place arrests, tries,
      // expels or investigates there
      sources = PlaceActors.ofClause(tree, v, actors);
      stateOfPlace = !sources.isEmpty();
    }
    // An object that is part of the trigger ("opened fire") is no argument: the act's argument
    // is then in its purpose clause ("opened fire to disperse demonstrators").
    int argument = p.objectNouns().isEmpty() ? object : purposeObject(tree, v);
    if (targets.isEmpty() && RESPONSE_ROOTS.contains(root)) {
      // "dismissed an appeal from the president", "accepted demands from rebels": the answer is
      // to whoever made the appeal or demand
      if (argument >= 0) {
        argument = author(tree, argument);
      } else if (object >= 0) {
        // "accepted demands from rebels": the demands are the trigger, their author the argument
        int author = author(tree, object);
        argument = author != object ? author : -1;
      }
    }
    if (!targets.isEmpty() && ownPossessive(tree, targets, sources)) {
      // "Syria offered its troops to Lebanon's president": the possessive names the source
      // itself; a phrase naming another party is the target.
      List<ActorMention> other = recipient(tree, v, object, actors, 2);
      int subject = other.isEmpty() ? thatClauseSubject(tree, v, root) : -1;
      if (subject >= 0) {
        // "insisted on their demand that Colombo free the prisoners": the clause's subject
        other = actorsOf(tree, subject, actors);
      }
      if (!other.isEmpty()) {
        targets = other;
      }
    }
    if (targets.isEmpty() && argument >= 0 && argument != object) {
      targets = actorsOf(tree, argument, actors);
    }
    if (targets.isEmpty()) {
      targets = complementTarget(tree, v, argument, root, actors);
    }
    if (targets.isEmpty() && COOPERATIVE_ROOTS.contains(root)) {
      // "agreed to US mediation", "held a meeting with President Obama", "telephoned the minister
      // to discuss": the party the cooperation is with or for.
      targets = recipient(tree, v, object, actors, 1);
      if (targets.isEmpty()) {
        targets = governingObject(tree, v, actors);
      }
      if (targets.isEmpty() && !p.prepositions().isEmpty()) {
        // "signed a deal to supply missiles to Vietnam": with no with-phrase, the party the
        // complements name (the patterns without a phrase of their own read them below)
        targets = LowerTargets.of(tree, v, object, actors);
      }
    }
    if (targets.isEmpty() && !stateOfPlace && PlaceActors.isPlaceTarget(p.code())) {
      targets = placeTarget(tree, v, object, phrases, actors);
    }
    if (targets.isEmpty() && p.prepositions().isEmpty() && !stateOfPlace && !TARGETLESS_ROOTS.contains(root)) {
      // as PETRARCH reads a verb with no phrase of its own: failing the object, the first of the
      // verb's phrases that names an actor ("departed from Libya", "left for Minas Tirith");
      // never a place phrase ("in", "at": places are the event's location) or the agent ("by"),
      // unless the pattern's own words after the verb name its preposition (PETRARCH's "* OVER
      // EFFORTS" is a clash over the efforts, wherever they stand)
      targets = firstWithActors(tree, namedPhrases(tree, v, following), actors);
      if (targets.isEmpty()) {
        targets = firstWithActors(tree, nonPlacePhrases(tree, v), actors);
      }
      if (targets.isEmpty() && p.reverse() != null) {
        // a paired code is a visit and its hosting: the place arrived in is the host ("arrived
        // in Gondor" gives Gondor's 033)
        targets = firstWithActors(tree, phrases(tree, v, true), actors);
      }
      if (targets.isEmpty()) {
        // below the object and phrases: a participle or infinitive, a party in a place phrase
        targets = LowerTargets.of(tree, v, object, actors);
      }
    }
    // the people acted on: the argument, else the trigger's own object ("imposed a curfew" on
    // the source's own country), else a that-clause's subject
    int named = argument >= 0 ? argument : object >= 0 ? object : thatClauseSubject(tree, v, root);
    if (sources.isEmpty() && !targets.isEmpty() && DOMESTIC_SOURCE_ROOTS.contains(root)) {
      // "Islamic fundamentalists began a hunger strike to demand the president's resignation":
      // unnamed people protesting a government are of that government's country; "a judge
      // opened fraud investigations against government officials", "the military government
      // declared a state of siege in Haiti": unnamed state agents investigating or coercing in a
      // named country are of that country
      int subject = reporter(tree, v, tree.child(v, "nsubj"));
      boolean fits =
          subject >= 0
              && (root.equals("10") || root.equals("14") || root.equals("16")
                  ? arePeople(tree, subject)
                  : isStateAgent(tree, subject));
      if (fits) {
        // protesters in a named place are its people ("blocked streets in Hong Kong in defiance
        // of Chinese authorities": HKG), else the target's
        List<ActorMention> place = root.equals("14") ? PlaceActors.ofClause(tree, v, actors) : List.of();
        sources = List.of(domestic(tree, subject, place.isEmpty() ? targets.get(0) : place.get(0)));
      }
    }
    if (targets.isEmpty() && !sources.isEmpty() && root.equals("14")) {
      // "Iraqi Kurds demonstrated in Kirkuk": a protest with no named target is against the
      // protesters' own country; the trigger is the evidence.
      targets = List.of(domestic(tree, v, sources.get(0)));
    }
    if (targets.isEmpty() && !sources.isEmpty() && named >= 0 && domesticTarget(tree, named, root)) {
      // "police arrested three people", "the government accused Darfur rebels": an act on
      // unnamed people is domestic (CAMEO codes the target with the source's country); the
      // object phrase is the evidence.
      targets = List.of(domestic(tree, named, sources.get(0)));
    }
    if (targets.isEmpty() && sources.size() >= 2 && SYMMETRIC_ROOTS.contains(root) && !DIRECTED.contains(p.code().substring(0, 3))) {
      // "Czechia and China signed an agreement": coordinated parties act on each other.
      targets = sources;
    }
    if (sources.isEmpty() && targets.isEmpty() && root.equals("14")) {
      // "Hundreds of thousands of people blocked streets in Hong Kong": unnamed people protesting
      // in a named country are its people, protesting against it; so are "demonstrators
      // protesting election results in Monrovia"
      int subject = tree.child(v, "nsubj");
      if (subject < 0) {
        subject = participleSubject(tree, v);
      }
      List<ActorMention> place = subject >= 0 && arePeople(tree, subject) ? placeTarget(tree, v, object, phrases, actors) : List.of();
      if (!place.isEmpty()) {
        sources = List.of(domestic(tree, subject, place.get(0)));
        targets = place;
      }
    }
    if (!p.sourcePrepositions().isEmpty()) {
      // PETRARCH's "+ * (FROM $)": the subject is the target and the phrase the source
      // ("Eriador received money from Osgiliath", "an Eriadorian was shot dead in Osgiliath")
      List<ActorMention> from =
          firstWithActors(tree, prepositionalTargets(tree, v, object, p.sourcePrepositions()), actors);
      int subject = tree.child(v, passive ? "nsubj:pass" : "nsubj");
      // a target phrase of its own ("* (OF $) (FROM +)") names the target; else the subject does
      List<ActorMention> whom =
          !p.prepositions().isEmpty() ? targets : subject >= 0 ? agentsOf(tree, subject, actors) : List.of();
      if (from.isEmpty() || whom.isEmpty()) {
        why.accept(
            from.isEmpty()
                ? "no " + p.sourcePrepositions() + " phrase naming the source"
                : "the subject names no actor to be the target");
        return null;
      }
      sources = from;
      targets = whom;
    }
    if (p.mutual()) {
      // PETRARCH's '%': "X and Y agreed" codes each coordinated subject against the others
      if (sources.size() < 2) {
        why.accept("fits, but needs coordinated subjects and has " + sources.size());
        return null;
      }
      targets = sources;
    }
    if (sources.isEmpty() && targets.isEmpty()) {
      why.accept("fits, but neither source nor target names an actor");
      return null;
    }
    if (sources.isEmpty() && SOURCE_REQUIRED_ROOTS.contains(root)) {
      why.accept("fits, but root " + root + " needs a source and none names an actor");
      return null;
    }
    Modality m = modality.read(tree, v, t -> contains(preceding, t) || contains(following, t));
    if (m == Modality.FUTURE) {
      // A promised or threatened act is coded as the statement of intent (03x, 13x), asserted.
      boolean unless = IntentCodes.unless(tree, v);
      String intent =
          unless && COOPERATIVE_ROOTS.contains(root)
              ? IntentCodes.CONDITIONAL_THREAT
              : IntentCodes.of(p.code(), IntentCodes.conditional(tree, v) || IntentCodes.stated(tree, v));
      if (intent != null && knownCode.test(intent)) {
        p = p.withCode(intent, "intent");
        m = Modality.ASSERTED;
      }
    } else if (m == Modality.HYPOTHETICAL
        && IntentCodes.conditional(tree, v)
        && IntentCodes.stated(tree, v)) {
      // "the EC may halt mediation if cooperation founders, the minister said": an announced
      // coercive act on a condition is a threat (13x); "the rebels said they would meet the
      // mediator if he ...": an announced cooperative act on a condition is an offer, its intent
      // (03x), unless it is promised only unless someone acts (130). Either is made, asserted.
      boolean cooperative = COOPERATIVE_ROOTS.contains(root);
      String intent =
          cooperative && IntentCodes.unless(tree, v)
              ? IntentCodes.CONDITIONAL_THREAT
              : IntentCodes.of(p.code(), true);
      if (intent != null && knownCode.test(intent)) {
        p = p.withCode(intent, cooperative && !intent.startsWith("13") ? "conditional offer" : "conditional threat");
        m = Modality.ASSERTED;
      }
    }
    if (m == Modality.NEGATED) {
      // "refused to meet", "declined to resign": the refusal is the event (12x), where CAMEO
      // defines one; the refusing verb joins the trigger and decides the modality.
      int refuser = RefusalCodes.refuser(tree, v);
      String refusal = refuser < 0 ? null : RefusalCodes.of(p.code());
      if (refusal != null && knownCode.test(refusal)) {
        p = p.withCode(refusal, "refusal");
        m = modality.read(tree, refuser);
        triggerTokens.add(refuser);
      }
    }
    Span trigger = triggerSpan(tree, triggerTokens);
    List<EventMatch> out = new ArrayList<>();
    List<@Nullable ActorMention> srcs = orNone(sources);
    List<@Nullable ActorMention> tgts = orNone(targets);
    for (ActorMention s : srcs) {
      for (ActorMention t : tgts) {
        if (s != null && t != null && s.first() == t.first() && s.last() == t.last()) {
          continue;
        }
        double confidence = confidence(p, s, t, tree, v);
        out.add(new EventMatch(p, v, trigger, s, t, m, confidence));
        if (p.reverse() != null && s != null && t != null) {
          // PETRARCH's paired codes: "X visited Y" is also Y's hosting of X
          out.add(new EventMatch(p.reversed(), v, trigger, t, s, m, confidence));
        }
      }
    }
    return out.isEmpty() ? null : out;
  }

  /**
   * The verb's direct object; when there is none, a noun the parser hung under the verb's time
   * modifier or as-phrase ("rejected Thursday a United Nations appeal" parses "appeal" as a dep of
   * "Thursday").
   */
  static int objectOf(DependencyTree tree, int v) {
    int object = tree.child(v, "obj");
    if (object >= 0) {
      return object;
    }
    // the parser hangs an object that follows a time or an as-phrase on that phrase ("rejected
    // Thursday a United Nations appeal", "denounced as an ugly crime Serbia's suppression of ...")
    for (int c : tree.children(v)) {
      boolean before =
          tree.relation(c).equals("obl:tmod")
              || (tree.baseRelation(c).equals("obl") && "as".equals(tree.caseOf(c)));
      if (before) {
        for (int d : tree.children(c)) {
          if (tree.relation(d).equals("dep") && tree.token(d).pos().startsWith("NN") && d > c) {
            return d;
          }
        }
      }
    }
    return -1;
  }

  /**
   * The object the parser made the subject of a participle after it: "prevented the rally staged
   * by students" and "blocked roads demanding his return" parse as the verb with a dep or ccomp
   * clause whose subject is the noun right after the verb. A participle with no auxiliary has no subject
   * of its own, so the noun is the verb's object; -1 when the parse is not of that shape.
   */
  private static int reducedRelativeObject(DependencyTree tree, int v) {
    int next = v + 1;
    int prt = tree.child(v, "compound:prt");
    if (prt == next) {
      next++;
    }
    for (int c : tree.children(v)) {
      String pos = tree.token(c).pos();
      String rel = tree.relation(c);
      // the tagger may take the participle for a past tense; its by-phrase shows it passive
      boolean participle = pos.equals("VBN") || pos.equals("VBG") || (pos.equals("VBD") && passiveAgent(tree, c) >= 0);
      if (!(rel.equals("dep") || rel.equals("ccomp")) || c < v || !participle) {
        continue;
      }
      int subject = tree.child(c, "nsubj");
      boolean finite = tree.child(c, "aux") >= 0 || tree.child(c, "aux:pass") >= 0 || tree.child(c, "mark") >= 0;
      if (subject < 0 || subject > c || finite) {
        continue;
      }
      if (tree.token(subject).isNoun() && firstOfPhrase(tree, subject) == next) {
        return subject;
      }
    }
    return -1;
  }

  /** The first token of a noun's phrase: its determiners, numbers and adjectives before it. */
  private static int firstOfPhrase(DependencyTree tree, int noun) {
    int first = noun;
    for (int c : tree.children(noun)) {
      String base = tree.baseRelation(c);
      boolean premodifier =
          base.equals("det") || base.equals("amod") || base.equals("compound") || base.equals("nummod") || base.equals("nmod:poss");
      if (premodifier && c < first) {
        first = Math.min(first, firstOfPhrase(tree, c));
      }
    }
    return first;
  }

  /** Who made a proposal, appeal or offer: its from- or by-phrase ("an appeal from X"), else itself. */
  private static int author(DependencyTree tree, int noun) {
    for (int c : tree.children(noun)) {
      String prep = String.valueOf(tree.caseOf(c));
      if (tree.baseRelation(c).equals("nmod") && (prep.equals("from") || prep.equals("by"))) {
        return c;
      }
      if (tree.baseRelation(c).equals("acl") && tree.token(c).pos().equals("VBN")) {
        // "the proposal made by Egypt", "memos sent from Bree"
        for (int d : tree.children(c)) {
          String by = String.valueOf(tree.caseOf(d));
          if (tree.baseRelation(d).equals("obl") && (by.equals("by") || by.equals("from"))) {
            return d;
          }
        }
      }
    }
    return noun;
  }

  /**
   * For "it" or "they" as the subject of a reported clause, the subject of the verb reporting it
   * ("the party said it will boycott the elections": the party), as coreference reads such a
   * pronoun; otherwise {@code subject} itself.
   */
  private static int reporter(DependencyTree tree, int v, int subject) {
    if (subject < 0 || !Set.of("it", "they").contains(tree.lemma(subject).toLowerCase(java.util.Locale.ROOT))) {
      return subject;
    }
    int head = tree.head(v);
    int reporter = head >= 0 && tree.baseRelation(v).equals("ccomp") ? tree.child(head, "nsubj") : -1;
    return reporter >= 0 ? reporter : subject;
  }

  /**
   * The people a present participle describes, its subject: "demonstrators protesting election
   * results", "rebels attacking the town"; -1 for other verbs and nouns.
   */
  private static int participleSubject(DependencyTree tree, int v) {
    int noun = tree.head(v);
    boolean participle =
        noun >= 0
            && tree.baseRelation(v).equals("acl")
            && !tree.relation(v).equals("acl:relcl")
            && tree.token(v).pos().equals("VBG");
    return participle && isPeople(tree, noun) ? noun : -1;
  }

  /** Whether the noun is marked possessive ("Jordan's"). */
  private static boolean possessive(DependencyTree tree, int noun) {
    for (int c : tree.children(noun)) {
      if (tree.relation(c).equals("case") && (tree.lemma(c).equals("'s") || tree.lemma(c).equals("'"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The subject of a verb the parser hung as a participle under a sentence it read as a bare noun
   * phrase: in "Doctors from two aid groups donated medicine to ...", root "Doctors" with
   * acl(groups, donated). A past participle with an object of its own is active, so the root noun
   * before it is the one who acted; -1 for a verb under a clause, or with no object.
   */
  private static int headlessSubject(DependencyTree tree, int v) {
    String pos = tree.token(v).pos();
    if (!tree.baseRelation(v).equals("acl")
        || tree.relation(v).equals("acl:relcl")
        || !(pos.equals("VBN") || pos.equals("VBD"))
        || tree.child(v, "obj") < 0
        || tree.isPassive(v)) {
      return -1;
    }
    int root = v;
    for (int depth = 0; tree.head(root) >= 0 && depth < 8; depth++) {
      root = tree.head(root);
    }
    return tree.head(root) < 0 && root < v && tree.token(root).isNoun() ? root : -1;
  }

  /** The object of the verb's purpose clause ("opened fire to disperse demonstrators"), or -1. */
  private static int purposeObject(DependencyTree tree, int v) {
    for (int c : tree.children(v)) {
      String base = tree.baseRelation(c);
      if ((base.equals("xcomp") || base.equals("advcl")) && tree.token(c).isVerb()) {
        int object = tree.child(c, "obj");
        if (object >= 0) {
          return object;
        }
      }
    }
    return -1;
  }

  /**
   * Whether every target is a possessive or reflexive pronoun standing for a source's country:
   * "its troops", "their own people" as the object of the source's act.
   */
  private static boolean ownPossessive(
      DependencyTree tree, List<ActorMention> targets, List<ActorMention> sources) {
    if (sources.isEmpty()) {
      return false;
    }
    for (ActorMention t : targets) {
      boolean pronoun = t.first() == t.last() && tree.token(t.first()).pos().startsWith("PRP");
      boolean own = sources.stream().anyMatch(s -> s.country().equals(t.country()));
      if (!pronoun || !own) {
        return false;
      }
    }
    return true;
  }

  /**
   * The party named by a to-, with- or for-phrase of the verb or of its object: "offered its troops
   * to Lebanon's president", "agreed to US mediation", "held a meeting with the president".
   */
  private static List<ActorMention> recipient(
      DependencyTree tree, int v, int object, List<ActorMention> actors, int levels) {
    // breadth first from the verb and its object through their phrases, {@code levels} down:
    // "restrictions on its labour market for new EU members" is two
    List<Integer> start = object >= 0 ? List.of(v, object) : List.of(v);
    return firstPhraseNaming(
        tree,
        start,
        levels,
        RECIPIENT_PREPOSITIONS,
        c -> {
          String base = tree.baseRelation(c);
          return (base.equals("obl") || base.equals("nmod") || base.equals("obj")) && !isTime(tree, c);
        },
        actors);
  }

  /**
   * For a purpose clause ("telephoned the minister to discuss the talks"), the object of the verb
   * it serves: the purpose is pursued with the same party.
   */
  private static List<ActorMention> governingObject(DependencyTree tree, int v, List<ActorMention> actors) {
    String rel = tree.baseRelation(v);
    int gov = tree.head(v);
    if (gov < 0 || !rel.equals("advcl") || tree.child(v, "nsubj") >= 0) {
      return List.of();
    }
    int object = tree.child(gov, "obj");
    return object >= 0 ? actorsOf(tree, object, actors) : List.of();
  }

  /** The actors, or a list holding one null: an event with no actor on that side. */
  static List<@Nullable ActorMention> orNone(List<ActorMention> actors) {
    if (!actors.isEmpty()) {
      return new ArrayList<>(actors);
    }
    List<@Nullable ActorMention> l = new ArrayList<>(1);
    l.add(null);
    return l;
  }

  /**
   * A target the verb's own phrases do not name: its indirect object ("will give Tanzania a
   * grant"); the object or with/to/against phrase of a complement clause ("threatened to attack
   * Israel", "offered to negotiate with Armenia"); for demands, appeals and rejections, the subject
   * of a that-clause ("demanded that the US cancel", "rejected North Korea's demand to ...").
   */
  private static List<ActorMention> complementTarget(
      DependencyTree tree, int v, int object, String root, List<ActorMention> actors) {
    int iobj = tree.child(v, "iobj");
    if (iobj >= 0) {
      List<ActorMention> found = actorsOf(tree, iobj, actors);
      if (!found.isEmpty()) {
        return found;
      }
    }
    int xcomp = tree.child(v, "xcomp");
    if (xcomp >= 0 && object < 0) {
      int inner = tree.child(xcomp, "obj");
      if (inner >= 0) {
        List<ActorMention> found = actorsOf(tree, inner, actors);
        if (!found.isEmpty()) {
          return found;
        }
      }
      for (int c : tree.children(xcomp)) {
        if (tree.baseRelation(c).equals("obl")
            && COMPLEMENT_TARGET_PREPOSITIONS.contains(String.valueOf(tree.caseOf(c)))) {
          List<ActorMention> found = actorsOf(tree, c, actors);
          if (!found.isEmpty()) {
            return found;
          }
        }
      }
    }
    int subject = thatClauseSubject(tree, v, root);
    if (subject >= 0 && root.equals("13") && SELF_PRONOUNS.contains(tree.lemma(subject))) {
      // "Iran warned that it would strike Israel": "it" is the one who threatens; the threatened
      // party is deeper in the clause
      subject = -1;
    }
    if (subject >= 0) {
      List<ActorMention> found = actorsOf(tree, subject, actors);
      if (!found.isEmpty()) {
        return found;
      }
    }
    int ccomp = tree.child(v, "ccomp");
    int threatened = ccomp >= 0 && root.equals("13") ? tree.child(ccomp, "obj") : -1;
    if (threatened >= 0) {
      // "warned that it would strike Israel": the object of the threatened act
      List<ActorMention> found = actorsOf(tree, threatened, actors);
      if (!found.isEmpty()) {
        return found;
      }
    }
    if (root.equals("13") || IntentCodes.unless(tree, v)) {
      // "threatened to ban voting if Hamas ran": the party whose act sets off the threat; "will
      // hold a general strike unless Israel rescinds the law": an act held over a party unless it
      // acts is aimed at that party, whatever the act.
      List<ActorMention> found = conditionSubject(tree, v, actors);
      if (!found.isEmpty()) {
        return found;
      }
    }
    if (root.equals("07")) {
      // "send material to help defend Saudi Arabia": aid is for whoever its purpose serves
      List<ActorMention> found = beneficiary(tree, v, actors);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return DEEP_TARGET_ROOTS.contains(root) ? deepTarget(tree, v, actors) : List.of();
  }

  /**
   * Whom aid serves: the actors of the first object down the verb's chain of purpose clauses and
   * complements ("sent material to help defend Saudi Arabia"), three levels at most.
   */
  private static List<ActorMention> beneficiary(DependencyTree tree, int v, List<ActorMention> actors) {
    int current = v;
    for (int depth = 0; depth < 3; depth++) {
      int next = -1;
      for (int c : tree.children(current)) {
        String base = tree.baseRelation(c);
        if ((base.equals("xcomp") || base.equals("advcl")) && tree.token(c).isVerb()) {
          next = c;
          break;
        }
      }
      if (next < 0) {
        return List.of();
      }
      int object = tree.child(next, "obj");
      List<ActorMention> found = object >= 0 ? actorsOf(tree, object, actors) : List.of();
      if (!found.isEmpty()) {
        return found;
      }
      current = next;
    }
    return List.of();
  }

  /** The subject of an if/unless clause under the verb or its complement. */
  private static List<ActorMention> conditionSubject(DependencyTree tree, int v, List<ActorMention> actors) {
    List<Integer> heads = new ArrayList<>(List.of(v));
    // "threatened to stop talks to reduce arms if the US goes ahead": down the chain of complements
    for (int xcomp = tree.child(v, "xcomp"); xcomp >= 0 && heads.size() < 4; xcomp = tree.child(xcomp, "xcomp")) {
      heads.add(xcomp);
    }
    for (int head : heads) {
      for (int c : tree.children(head)) {
        if (IntentCodes.isCondition(tree, c)) {
          int subject = tree.child(c, "nsubj");
          if (subject >= 0) {
            List<ActorMention> found = actorsOf(tree, subject, actors);
            if (!found.isEmpty()) {
              return found;
            }
          }
        }
      }
    }
    return List.of();
  }

  /**
   * For threats, force postures, reduced relations and fights, the adversary named anywhere in the
   * verb's complements: "threatened to launch a new offensive in its war with Iraq", "mobilized
   * reservists for a possible war against Iraq". Breadth first, three levels at most, through
   * against/with/on/at/into phrases only, never through a subject or another clause's subject.
   */
  private static List<ActorMention> deepTarget(DependencyTree tree, int v, List<ActorMention> actors) {
    return firstPhraseNaming(
        tree,
        List.of(v),
        3,
        ADVERSARY_PREPOSITIONS,
        c -> {
          String base = tree.baseRelation(c);
          return !(base.equals("nsubj") || base.equals("csubj") || base.equals("advcl") || base.equals("parataxis"));
        },
        actors);
  }

  /**
   * Breadth first from {@code start}, {@code levels} down through the children {@code descend}
   * admits: the actors of the first obl or nmod phrase introduced by one of {@code prepositions}
   * (never a time) that names any.
   */
  private static List<ActorMention> firstPhraseNaming(
      DependencyTree tree,
      List<Integer> start,
      int levels,
      Set<String> prepositions,
      java.util.function.IntPredicate descend,
      List<ActorMention> actors) {
    List<Integer> level = start;
    for (int depth = 0; depth < levels && !level.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int node : level) {
        for (int c : tree.children(node)) {
          if (!descend.test(c)) {
            continue;
          }
          String base = tree.baseRelation(c);
          if ((base.equals("obl") || base.equals("nmod"))
              && prepositions.contains(String.valueOf(tree.caseOf(c)))
              && !isTime(tree, c)) {
            List<ActorMention> found = actorsOf(tree, c, actors);
            if (!found.isEmpty()) {
              return found;
            }
          }
          next.add(c);
        }
      }
      level = next;
    }
    return List.of();
  }

  /** The subject of a demand's or appeal's that-clause ("demanded that the US cancel"), or -1. */
  private static int thatClauseSubject(DependencyTree tree, int v, String root) {
    if (!THAT_CLAUSE_TARGET_ROOTS.contains(root)) {
      return -1;
    }
    int ccomp = tree.child(v, "ccomp");
    int object = ccomp < 0 ? objectOf(tree, v) : -1;
    if (object >= 0) {
      // "reiterated its demand that Israel ease restrictions": the clause of the object noun
      ccomp = nounThatClause(tree, object);
    } else if (ccomp < 0) {
      // "insisted on its demand that Israel ease restrictions": the noun of the verb's phrase
      for (int c : tree.children(v)) {
        if (ccomp < 0 && tree.baseRelation(c).equals("obl") && !isTime(tree, c)) {
          ccomp = nounThatClause(tree, c);
        }
      }
    }
    return ccomp >= 0 ? tree.child(ccomp, "nsubj") : -1;
  }

  /** The that-clause of a noun ("its demand that Israel ease restrictions"), or -1. */
  private static int nounThatClause(DependencyTree tree, int noun) {
    int clause = tree.child(noun, "acl");
    if (clause < 0) {
      clause = tree.child(noun, "ccomp");
    }
    return clause >= 0 && "that".equals(tree.caseOf(clause)) ? clause : -1;
  }

  /** The country of the place acted on: in the object, in the target phrases, or the clause. */
  private static List<ActorMention> placeTarget(
      DependencyTree tree, int v, int object, List<Integer> phrases, List<ActorMention> actors) {
    if (object >= 0) {
      List<ActorMention> found = PlaceActors.in(tree, object, actors);
      if (!found.isEmpty()) {
        return found;
      }
    }
    for (int phrase : phrases) {
      List<ActorMention> found = PlaceActors.in(tree, phrase, actors);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return PlaceActors.ofClause(tree, v, actors);
  }

  /**
   * Whether an object that names no actor is people of the source's own country: any object of
   * coercion (17), and for yielding (08), demands, disapproval, rejection, threats, protest,
   * assault, fighting and mass violence (10-20) an object that is a person or a group of people
   * ("rebels", "the president", "police fired on demonstrators").
   */
  private static boolean domesticTarget(DependencyTree tree, int object, String root) {
    if (root.equals("17")) {
      return true;
    }
    int r = Integer.parseInt(root);
    if (r < 10 && r != 8) {
      return false; // 08: releasing, pardoning, yielding to people of one's own country
    }
    if (r >= 18 && !PEOPLE_NOUNS.contains(tree.lemma(object))) {
      // "an Israeli airstrike killed Salah al-Bardawil": a named person the dictionary does not
      // know, killed in an attack, is nobody's people we can tell
      return false;
    }
    return isPeople(tree, object);
  }

  /** Whether a noun, or its title ("Judge Alejandro Rivera"), is an organ of a state. */
  private static boolean isStateAgent(DependencyTree tree, int noun) {
    if (STATE_AGENT_NOUNS.contains(tree.lemma(noun))) {
      return true;
    }
    for (int c : tree.children(noun)) {
      if (tree.baseRelation(c).equals("compound")
          && STATE_AGENT_NOUNS.contains(tree.lemma(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a protest's subject is people: a people noun, seen through counts ("hundreds of
   * thousands of people"), or a bare count of people ("thousands rallied").
   */
  static boolean arePeople(DependencyTree tree, int noun) {
    int n = noun;
    for (int depth = 0; depth < 3; depth++) {
      int next = seeThrough(tree, n);
      if (next == n) {
        break;
      }
      n = next;
    }
    return isPeople(tree, n) || PEOPLE_COUNTS.contains(tree.lemma(n));
  }

  private static final Set<String> PEOPLE_COUNTS =
      Set.of("dozens", "hundreds", "thousands", "tens", "millions", "dozen", "hundred", "thousand");

  /** Whether a noun is a person or a group of people ("rebels", "the president", "Ahmed"). */
  private static boolean isPeople(DependencyTree tree, int noun) {
    return PEOPLE_NOUNS.contains(tree.lemma(noun)) || tree.token(noun).ner().equals("PERSON");
  }

  /** Nouns for people and groups of people, as objects of an act. */
  private static final Set<String> PEOPLE_NOUNS =
      Set.of(
          "rebel", "protester", "demonstrator", "people", "person", "civilian", "opposition",
          "group", "militant", "activist", "journalist", "student", "worker", "leader", "president",
          "minister", "official", "critic", "dissident", "supporter", "member", "faction",
          "insurgent", "separatist", "party", "politician", "candidate", "suspect", "prisoner",
          "detainee", "resident", "villager", "farmer", "citizen", "youth", "elder", "cleric",
          "fundamentalist", "islamist", "refugee", "landowner", "teacher", "crowd", "mob", "family",
          "veteran", "opponent", "employee", "miner", "doctor", "nurse", "trader", "pensioner",
          "woman", "mother", "union", "movement", "figure", "man", "lawyer", "blogger", "writer",
          "artist", "priest", "officer", "commander", "mayor", "governor", "lawmaker", "legislator",
          "businessman", "migrant");

  /**
   * Unnamed people of the other party's country, named by their own phrase: the target of "police
   * arrested three people" (the police's country), the source of "fundamentalists began a hunger
   * strike against the president" (the president's country).
   */
  static ActorMention domestic(DependencyTree tree, int object, ActorMention other) {
    int first = object;
    int last = object;
    for (int c : tree.children(object)) {
      String rel = tree.baseRelation(c);
      if (rel.equals("det") || rel.equals("nummod") || rel.equals("amod") || rel.equals("compound")) {
        first = Math.min(first, c);
        last = Math.max(last, c);
      }
    }
    org.brink.core.Span span = tree.sentence().span(first, last);
    return new ActorMention(
        other.country(), first, last, span, spanText(tree, first, last),
        DOMESTIC_ENTRY + "the country of the other party (" + other.entry() + ")");
  }

  private static String spanText(DependencyTree tree, int first, int last) {
    StringBuilder out = new StringBuilder();
    int end = -1;
    for (int t = first; t <= last; t++) {
      org.brink.core.Token token = tree.token(t);
      if (end >= 0) {
        out.append(" ".repeat(Math.max(0, token.span().begin() - end)));
      }
      out.append(token.word());
      end = token.span().end();
    }
    return out.toString();
  }

  /** The counted noun of a quantifier ("a wave of strikes" gives "strikes"), else the token. */
  static int seeThrough(DependencyTree tree, int noun) {
    if (noun < 0) {
      return noun;
    }
    // "US$5 billion in financial assistance": an amount of money is what its in-phrase names
    boolean money = tree.token(noun).pos().equals("$") || CURRENCIES.contains(tree.lemma(noun));
    if (!money && !QUANTIFIERS.contains(tree.lemma(noun))) {
      return noun;
    }
    for (int c : tree.children(noun)) {
      String prep = tree.caseOf(c);
      if (tree.baseRelation(c).equals("nmod") && ("of".equals(prep) || (money && "in".equals(prep)))) {
        return c;
      }
    }
    return noun;
  }

  private static double confidence(
      VerbPattern p, @Nullable ActorMention s, @Nullable ActorMention t, DependencyTree tree, int v) {
    double c = 0.9;
    if (s == null) {
      c -= 0.25;
    }
    if (t == null && !TARGETLESS_ROOTS.contains(p.root())) {
      c -= 0.2;
    }
    if (tree.baseRelation(v).equals("ccomp")) {
      c -= 0.1; // reported by someone else
    }
    if (p.with().isEmpty() && p.objectNouns().isEmpty() && p.prepositions().isEmpty()) {
      c -= 0.05; // a bare verb is the least specific reading
    }
    return Math.max(0.1, Math.round(c * 100) / 100.0);
  }

  /** Whether the dictionary has a pattern for this verb with this particle ("call off"). */
  private boolean hasPhrasalPattern(DependencyTree tree, int v, String particle) {
    for (VerbPattern q : patterns.forToken(tree.token(v).word(), tree.lemma(v))) {
      if (particle.equals(q.particle())) {
        return true;
      }
    }
    return false;
  }

  private static int particle(DependencyTree tree, int v, String word) {
    for (int c : tree.children(v)) {
      String rel = tree.relation(c);
      if ((rel.equals("compound:prt") || rel.equals("advmod") || rel.equals("obl"))
          && tree.lemma(c).equals(word)) {
        return c;
      }
    }
    // "forced the agency out of the country": the parser reads "out" as the preposition of "of"
    for (int c : tree.children(v)) {
      if (tree.baseRelation(c).equals("obl")) {
        for (int m : tree.children(c)) {
          if (tree.relation(m).equals("case") && tree.lemma(m).equals(word) && m < c - 1) {
            return m;
          }
        }
      }
    }
    return -1;
  }

  /**
   * Whether a noun is one of {@code lemmas}, by its lemma or, where the lemmatizer kept a plural
   * ("troops" stays "troops"), by its lower-cased word without the plural s.
   */
  static boolean isOneOf(DependencyTree tree, int noun, Set<String> lemmas) {
    if (lemmas.contains(tree.lemma(noun))) {
      return true;
    }
    String word = tree.token(noun).word().toLowerCase(java.util.Locale.ROOT);
    return lemmas.contains(word) || (word.endsWith("s") && lemmas.contains(word.substring(0, word.length() - 1)));
  }

  /** A compound or adjective of {@code noun} with one of the lemmas ("artillery" of "artillery shells"), or -1. */
  private static int compoundOneOf(DependencyTree tree, int noun, Set<String> lemmas) {
    for (int c : tree.children(noun)) {
      // a compound or, as PETRARCH matches any word of the object's phrase, an adjective
      // ("renewed diplomatic ties" for PETRARCH's "* DIPLOMATIC")
      String r = tree.relation(c);
      if ((r.equals("compound") || r.equals("amod")) && c < noun && isOneOf(tree, c, lemmas)) {
        return c;
      }
    }
    return -1;
  }

  private static int particleAmong(DependencyTree tree, int v, List<String> words) {
    for (int c : tree.children(v)) {
      if (tree.relation(c).equals("compound:prt") && words.contains(tree.lemma(c))) {
        return c;
      }
    }
    return -1;
  }

  /**
   * The obliques of the verb and the modifiers of the object noun introduced by one of {@code
   * preps}, in sentence order; times ("on Monday") are never targets.
   */
  private static List<Integer> prepositionalTargets(
      DependencyTree tree, int v, int objectNoun, List<String> preps) {
    List<Integer> out = new ArrayList<>(2);
    for (int c : tree.children(v)) {
      String base = tree.baseRelation(c);
      // a gerund after the preposition is an advcl with that case ("committed to opening")
      boolean gerund = base.equals("advcl") && tree.token(c).pos().equals("VBG");
      if ((base.equals("obl") || base.equals("nmod") || gerund)
          && preps.contains(String.valueOf(tree.caseOf(c)))
          && !isTime(tree, c)) {
        out.add(c);
      }
    }
    List<Integer> nouns = new ArrayList<>(2);
    if (objectNoun >= 0) {
      nouns.add(objectNoun);
      int quantifier = tree.head(objectNoun);
      if (quantifier >= 0 && QUANTIFIERS.contains(tree.lemma(quantifier))) {
        nouns.add(quantifier); // "a barrage of drones on Kharkiv"
      }
    }
    for (int noun : nouns) {
      for (int c : tree.children(noun)) {
        if (tree.baseRelation(c).equals("nmod")
            && preps.contains(String.valueOf(tree.caseOf(c)))
            && !isTime(tree, c)) {
          out.add(c);
        }
      }
    }
    out.sort(Integer::compare);
    return out;
  }

  static boolean isTime(DependencyTree tree, int token) {
    String ner = tree.token(token).ner();
    return ner.equals("DATE") || ner.equals("TIME") || tree.relation(token).equals("obl:tmod");
  }

  /** The verb's place phrases whose preposition is one of the pattern's words after the verb. */
  private static List<Integer> namedPhrases(DependencyTree tree, int v, int[] words) {
    List<Integer> out = new ArrayList<>(1);
    if (words.length == 0) {
      return out;
    }
    for (int phrase : phrases(tree, v, true)) {
      for (int c : tree.children(phrase)) {
        if (tree.relation(c).equals("case") && contains(words, c)) {
          out.add(phrase);
        }
      }
    }
    return out;
  }

  /** The verb's obl phrases in sentence order, but for places, times and the agent. */
  private static List<Integer> nonPlacePhrases(DependencyTree tree, int v) {
    return phrases(tree, v, false);
  }

  /** The verb's obl phrases, never the agent or a time: place phrases or all the others. */
  private static List<Integer> phrases(DependencyTree tree, int v, boolean places) {
    List<Integer> out = new ArrayList<>(2);
    for (int c : tree.children(v)) {
      String prep = String.valueOf(tree.caseOf(c));
      if (tree.baseRelation(c).equals("obl")
          && !tree.relation(c).equals("obl:agent")
          && !prep.equals("by")
          // a verb's "of" phrase names what it is about ("warned of", "spoke of"), not a place
          && (PlaceActors.PLACE_PREPOSITIONS.contains(prep) && !prep.equals("of")) == places
          && !isTime(tree, c)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The actors of the first phrase that names any. */
  private static List<ActorMention> firstWithActors(
      DependencyTree tree, List<Integer> phrases, List<ActorMention> actors) {
    for (int phrase : phrases) {
      List<ActorMention> found = actorsOf(tree, phrase, actors);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /** Whether a lemma of {@code wanted} stands in the verb's complements (not its subject). */
  static boolean hasComplementLemma(DependencyTree tree, int v, Set<String> wanted) {
    for (int c : tree.children(v)) {
      String base = tree.baseRelation(c);
      if (base.equals("nsubj") || base.equals("csubj") || base.equals("punct")) {
        continue;
      }
      if (subtreeHasLemma(tree, c, wanted, 0)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a lemma of {@code wanted} stands in the verb's subject: its head or a modifier within
   * two steps ("the first deployment of NATO peacekeeping troops"), never a relative clause. A
   * verb coordinated with another, or its complement, has that verb's subject ("landed and
   * deployed", "were ordered to withdraw").
   */
  static boolean subjectHasLemma(DependencyTree tree, int v, Set<String> wanted) {
    int current = v;
    int subject = -1;
    for (int depth = 0; subject < 0 && current >= 0 && depth < 3; depth++) {
      subject = tree.child(current, "nsubj");
      if (subject < 0) {
        subject = tree.child(current, "nsubj:pass");
      }
      String rel = tree.baseRelation(current);
      current = rel.equals("conj") || rel.equals("xcomp") ? tree.head(current) : -1;
    }
    return subject >= 0 && nounPhraseHasLemma(tree, subject, wanted, 0);
  }

  private static boolean nounPhraseHasLemma(DependencyTree tree, int noun, Set<String> wanted, int depth) {
    if (isOneOf(tree, noun, wanted)) {
      return true;
    }
    if (depth >= 2) {
      return false;
    }
    for (int c : tree.children(noun)) {
      String base = tree.baseRelation(c);
      boolean modifier = base.equals("compound") || base.equals("amod") || base.equals("nmod") || base.equals("conj");
      if (modifier && nounPhraseHasLemma(tree, c, wanted, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean subtreeHasLemma(DependencyTree tree, int node, Set<String> wanted, int depth) {
    if (wanted.contains(tree.lemma(node)) || wanted.contains(tree.token(node).word().toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    if (depth > 6) {
      return false;
    }
    for (int c : tree.children(node)) {
      String base = tree.baseRelation(c);
      if (base.equals("parataxis") || (base.equals("ccomp") && depth > 0)) {
        continue;
      }
      if (subtreeHasLemma(tree, c, wanted, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  /** Who did it: the subject, the passive agent, or the controlling clause's subject or object. */
  private List<ActorMention> sources(DependencyTree tree, int v, boolean passive, List<ActorMention> actors) {
    if (passive) {
      int agent = passiveAgent(tree, v);
      if (agent >= 0) {
        return agentsOf(tree, agent, actors);
      }
      // "are killed in Israeli strikes", "in a series of Israeli airstrikes": the agent of the
      // event noun is the agent of the verb.
      for (int c : tree.children(v)) {
        int noun = seeThrough(tree, c);
        if (tree.baseRelation(c).equals("obl") && nouns.isEventNoun(tree.lemma(noun))) {
          List<ActorMention> found = NounPatternMatcher.sources(tree, noun, actors);
          if (!found.isEmpty()) {
            return found;
          }
        }
      }
      // "are killed and dozens are injured by Russian strikes": a passive coordinated with another
      // shares its agent
      if (tree.baseRelation(v).equals("conj") && tree.head(v) >= 0 && tree.isPassive(tree.head(v))) {
        return sources(tree, tree.head(v), true, actors);
      }
      int late = agentAfterAside(tree, v);
      return late >= 0 ? agentsOf(tree, late, actors) : List.of();
    }
    int subject = tree.child(v, "nsubj");
    if (subject < 0) {
      subject = participleSubject(tree, v);
    }
    if (subject < 0) {
      subject = headlessSubject(tree, v);
    }
    int current = v;
    for (int depth = 0; subject < 0 && depth < 6; depth++) {
      String rel = tree.baseRelation(current);
      int gov = tree.head(current);
      if (gov < 0) {
        break;
      }
      if (rel.equals("xcomp")) {
        // "urged Iran to talk": the object controls the complement when it is an actor or
        // people; "police used tear gas to break up the protest": otherwise the subject does
        int obj = tree.child(gov, "obj");
        boolean objectControls = obj >= 0 && (!actorsOf(tree, obj, actors).isEmpty() || isPeople(tree, obj));
        subject = objectControls ? obj : tree.child(gov, "nsubj");
      } else if (rel.equals("conj") || rel.equals("advcl") || rel.equals("dep")) {
        // "the camp was attacked by militiamen, killing 156 people": a participle of result
        // under a passive is its agent's act, not its subject's
        int agent = !rel.equals("conj") && tree.token(current).pos().equals("VBG") && tree.isPassive(gov)
            ? passiveAgent(tree, gov)
            : -1;
        if (agent >= 0) {
          return agentsOf(tree, agent, actors);
        }
        subject = tree.child(gov, "nsubj");
      } else if (rel.equals("acl") && tree.relation(current).equals("acl:relcl")) {
        return actorsOf(tree, gov, actors);
      } else if (rel.equals("acl")
          && tree.baseRelation(gov).equals("obj")
          && tree.head(gov) >= 0
          && !possessive(tree, gov)) {
        // "issued a statement condemning the strike": the statement's issuer condemns; "voted to
        // pass a bill imposing sanctions": failing a subject there, the climb goes on from the
        // verb whose object it is, for an active participle only ("agreed to repatriate nationals
        // convicted of trafficking": the agreeing states convicted no one). Not "met Jordan's
        // visiting king": a participle after a possessive begins the possessed noun's phrase.
        subject = tree.child(tree.head(gov), "nsubj");
        if (subject >= 0 || tree.token(current).pos().equals("VBN")) {
          break;
        }
        gov = tree.head(gov);
      } else {
        break;
      }
      current = gov;
    }
    if (subject < 0) {
      return List.of();
    }
    if (RELATIVE_PRONOUNS.contains(tree.lemma(subject)) && tree.relation(v).equals("acl:relcl")) {
      return actorsOf(tree, tree.head(v), actors);
    }
    return agentsOf(tree, subject, actors);
  }

  /**
   * A by-phrase that a parser hung inside an aside the passive's clause encloses in commas: "was
   * accused of misusing funds, much of it believed to have been embezzled, by government officials"
   * (the by-phrase follows the aside's closing comma, so it is the passive's agent, not the
   * embezzling's). Only a by-phrase right after a comma, below a nested passive that stands after
   * an earlier comma of the clause, and never "by which"; -1 when there is none.
   */
  private static int agentAfterAside(DependencyTree tree, int v) {
    for (int x = v + 2; x < tree.size(); x++) {
      if (!tree.baseRelation(x).equals("obl")
          || !"by".equals(tree.caseOf(x))
          || RELATIVE_PRONOUNS.contains(tree.lemma(x))) {
        continue;
      }
      int by = tree.child(x, "case");
      int inner = tree.head(x);
      if (by < 1
          || !tree.token(by - 1).word().equals(",")
          || inner == v
          || !tree.dominates(v, inner)
          || !tree.isPassive(inner)) {
        continue;
      }
      for (int c = v + 1; c < inner; c++) {
        if (tree.token(c).word().equals(",")) {
          return x;
        }
      }
    }
    return -1;
  }

  /** A passive verb's agent: its by-phrase ("was attacked by militiamen"), or -1. */
  private static int passiveAgent(DependencyTree tree, int v) {
    for (int c : tree.children(v)) {
      if (tree.relation(c).equals("obl:agent") || (tree.baseRelation(c).equals("obl") && "by".equals(tree.caseOf(c)))) {
        return c;
      }
    }
    return -1;
  }

  /**
   * The actors an agent phrase names; when it is an event noun ("Israeli strikes killed ..."),
   * the event's own agent.
   */
  private List<ActorMention> agentsOf(DependencyTree tree, int head, List<ActorMention> actors) {
    if (nouns.isEventNoun(tree.lemma(head)) && covering(head, actors) == null) {
      List<ActorMention> found = NounPatternMatcher.sources(tree, head, actors);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return actorsOf(tree, head, actors);
  }

  /**
   * The actors an argument names: the mention covering its head word or, failing that, one in its
   * own modifiers; plus those of arguments coordinated with it.
   */
  static List<ActorMention> actorsOf(DependencyTree tree, int head, List<ActorMention> actors) {
    List<ActorMention> out = new ArrayList<>(2);
    addActor(tree, head, actors, out);
    for (int c : tree.children(head)) {
      if (tree.baseRelation(c).equals("conj")) {
        addActor(tree, c, actors, out);
      }
    }
    return out;
  }

  private static void addActor(DependencyTree tree, int head, List<ActorMention> actors, List<ActorMention> out) {
    ActorMention covering = covering(head, actors);
    if (covering != null) {
      ActorMention mention = covering;
      covering = residence(tree, head, covering, actors);
      if (!out.contains(covering)) {
        out.add(covering);
      }
      // "the US and Western powers": the parser hangs "US" on "powers" as a compound coordinated
      // with "Western"; the compound names an actor of its own
      for (int c : tree.children(head)) {
        ActorMention other = covering(c, actors);
        if (other != null
            && other != mention
            && !out.contains(other)
            && coordinatedInto(tree, c, mention)) {
          out.add(other);
        }
      }
      // "the ambassadors of Iraq, Syria and Jordan": countries coordinated with one inside the
      // mention, past the head, are actors of the phrase too
      for (int t = head + 1; t <= mention.last(); t++) {
        for (int c : tree.children(t)) {
          ActorMention other = tree.baseRelation(c).equals("conj") && c > mention.last() ? covering(c, actors) : null;
          if (other != null && !out.contains(other)) {
            out.add(other);
          }
        }
      }
      return;
    }
    List<ActorMention> mods = modifierActors(tree, head, actors);
    if (!mods.isEmpty() && !out.contains(mods.get(0))) {
      ActorMention first = mods.get(0);
      out.add(first);
      // "the Turkish and Greek sides": each modifier coordinated with the first names an actor
      for (int t = first.first(); t <= first.last(); t++) {
        for (int c : tree.children(t)) {
          ActorMention other = tree.baseRelation(c).equals("conj") ? covering(c, actors) : null;
          if (other != null && !out.contains(other)) {
            out.add(other);
          }
        }
      }
    }
  }

  /**
   * A people named by a demonym where they live in another country: "ethnic Albanians in south
   * Serbia", "the Albanians of southern Serbia" are coded with the country they live in (SRB), as
   * CAMEO codes domestic groups; the demonym stays the evidence.
   */
  private static ActorMention residence(
      DependencyTree tree, int head, ActorMention people, List<ActorMention> actors) {
    boolean demonym =
        people.namesCountry()
            && people.code().length() == 3
            && tree.token(head).pos().equals("NNPS");
    if (!demonym) {
      return people;
    }
    if (hasModifier(tree, head, "amod", "ethnic")) {
      // "killed three ethnic Albanians in a gunbattle in southeastern Serbia": an ethnic group is
      // coded with the country the act happens in, as with an in-phrase of its own.
      int verb = head;
      for (int up = 0; up < 4 && verb >= 0 && !tree.token(verb).isVerb(); up++) {
        verb = tree.head(verb);
      }
      if (verb >= 0 && tree.token(verb).isVerb()) {
        for (ActorMention place : PlaceActors.ofClause(tree, verb, actors)) {
          if (!place.country().equals(people.country())) {
            return livingIn(people, place);
          }
        }
      }
    }
    for (int c : tree.children(head)) {
      String base = tree.baseRelation(c);
      ActorMention home = base.equals("amod") || base.equals("compound") ? covering(c, actors) : null;
      if (home != null && home != people && home.namesCountry() && !home.country().equals(people.country())) {
        // "Bosnian Serbs", "Kosovo Albanians": the first name is the country they live in
        return livingIn(people, home);
      }
    }
    for (int c : tree.children(head)) {
      String prep = String.valueOf(tree.caseOf(c));
      if (tree.baseRelation(c).equals("nmod") && (prep.equals("in") || prep.equals("of"))) {
        ActorMention place = covering(c, actors);
        if (place != null
            && place.namesCountry()
            && !place.country().equals(people.country())) {
          return livingIn(people, place);
        }
      }
    }
    return people;
  }

  /** The people coded with the country of the place they live in; the demonym stays the evidence. */
  private static ActorMention livingIn(ActorMention people, ActorMention place) {
    return new ActorMention(
        place.country(), people.first(), people.last(), people.span(), people.text(),
        people.entry() + "+residence:" + place.entry());
  }

  /** Whether a token of {@code mention} is coordinated with {@code token}. */
  private static boolean coordinatedInto(DependencyTree tree, int token, ActorMention mention) {
    for (int c : tree.children(token)) {
      if (tree.baseRelation(c).equals("conj") && mention.first() <= c && c <= mention.last()) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasModifier(DependencyTree tree, int head, String relation, String lemma) {
    for (int c : tree.children(head)) {
      if (tree.baseRelation(c).equals(relation) && tree.lemma(c).equalsIgnoreCase(lemma)) {
        return true;
      }
    }
    return false;
  }

  static @Nullable ActorMention covering(int token, List<ActorMention> actors) {
    for (ActorMention a : actors) {
      if (a.covers(token)) {
        return a;
      }
    }
    return null;
  }

  /** Actors in a noun phrase's own modifiers, nearest to the head first. */
  static List<ActorMention> modifierActors(DependencyTree tree, int head, List<ActorMention> actors) {
    List<ActorMention> found = new ArrayList<>(2);
    collectModifierActors(tree, head, actors, found, 0);
    found.sort((a, b) -> Integer.compare(distance(a, head), distance(b, head)));
    return found;
  }

  private static void collectModifierActors(
      DependencyTree tree, int node, List<ActorMention> actors, List<ActorMention> found, int depth) {
    if (depth > 4) {
      return;
    }
    for (int c : tree.children(node)) {
      String rel = tree.relation(c);
      String base = tree.baseRelation(c);
      boolean owning =
          ACTOR_MODIFIERS.contains(rel)
              || ACTOR_MODIFIERS.contains(base)
                  && (!base.equals("nmod") || rel.equals("nmod:poss") || OWNING_PREPOSITIONS.contains(String.valueOf(tree.caseOf(c))))
              // "the Saudi-led coalition": the leader hangs on "led" however the parser attaches it
              || tree.token(node).word().equalsIgnoreCase("led") && !base.equals("punct")
              || affiliation(tree, node, c);
      if (!owning) {
        continue;
      }
      ActorMention a = covering(c, actors);
      if (a != null) {
        if (!found.contains(a)) {
          found.add(a);
        }
      } else {
        collectModifierActors(tree, c, actors, found, depth + 1);
      }
    }
  }

  /**
   * Whether {@code c} ties the people of {@code node} to whom they serve: "workers affiliated
   * with the Serbian union", "troops loyal to the president", "fighters belonging to Hamas".
   */
  private static boolean affiliation(DependencyTree tree, int node, int c) {
    String base = tree.baseRelation(c);
    if ((base.equals("acl") || base.equals("amod")) && AFFILIATION_WORDS.contains(tree.lemma(c))) {
      return true;
    }
    return AFFILIATION_WORDS.contains(tree.lemma(node))
        && (base.equals("obl") || base.equals("nmod"))
        && Set.of("to", "with").contains(String.valueOf(tree.caseOf(c)));
  }

  private static final Set<String> AFFILIATION_WORDS = Set.of("loyal", "affiliate", "affiliated", "belong");

  private static int distance(ActorMention a, int token) {
    return Math.min(Math.abs(a.first() - token), Math.abs(a.last() - token));
  }

  private static boolean contains(int[] tokens, int token) {
    for (int t : tokens) {
      if (t == token) {
        return true;
      }
    }
    return false;
  }

  private static Span triggerSpan(DependencyTree tree, List<Integer> tokens) {
    Span span = tree.token(tokens.get(0)).span();
    for (int t : tokens) {
      span = span.union(tree.token(t).span());
    }
    return span;
  }
}
