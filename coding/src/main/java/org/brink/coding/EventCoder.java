package org.brink.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.brink.coding.actors.ActorDictionary;
import org.brink.coding.actors.ActorMatcher;
import org.brink.coding.actors.ActorMention;
import org.brink.coding.coref.ActorCoreference;
import org.brink.coding.coref.Readings;
import org.brink.coding.events.DependencyTree;
import org.brink.coding.events.EventMatch;
import org.brink.coding.events.SentenceView;
import org.brink.coding.events.VerbPatternMatcher;
import org.brink.coding.dates.EventDate;
import org.brink.coding.dates.EventDateResolver;
import org.brink.coding.ontology.Ontology;
import org.brink.coding.places.Gazetteer;
import org.brink.coding.places.PlaceResolver;
import org.brink.coding.quotes.FirstPersonSpeakers;
import org.brink.coding.quotes.QuoteExtractor;
import org.brink.core.ActorRef;
import org.brink.core.AnnotatedText;
import org.brink.core.CodedArticle;
import org.brink.core.CodedEvent;
import org.brink.core.Outcome;
import org.brink.core.Quote;
import org.brink.core.Sentence;
import org.brink.core.Span;
import org.brink.core.Stage;
import org.brink.core.TextRef;
import org.jspecify.annotations.Nullable;

/**
 * Codes an annotated article: actors in every parsed sentence, events from the verb patterns with
 * their modality, and quotes with their speakers.
 *
 * <p>Immutable and thread-safe once built; build it once and share it, the dictionaries are large.
 */
public final class EventCoder implements Stage<AnnotatedText, CodedArticle> {
  /** Roots whose act on unnamed people, or on no one named, is an act on the place's country. */
  private static final Set<String> PLACE_TARGET_ROOTS = Set.of("14", "17", "18", "19", "20");

  /** Uses of force: assault, fight, mass violence. */
  private static final Set<String> ATTACK_ROOTS = Set.of("18", "19", "20");

  private final Ontology ontology;
  private final ActorMatcher actors;
  private final VerbPatternMatcher verbs;
  private final QuoteExtractor quotes;
  private final PlaceResolver places = PlaceResolver.bundled();
  private final EventDateResolver dates = new EventDateResolver();
  private final FirstPersonSpeakers firstPerson = new FirstPersonSpeakers();

  public EventCoder(Ontology ontology, ActorMatcher actors, VerbPatternMatcher verbs, QuoteExtractor quotes) {
    this.ontology = Objects.requireNonNull(ontology, "ontology");
    this.actors = Objects.requireNonNull(actors, "actors");
    this.verbs = Objects.requireNonNull(verbs, "verbs");
    this.quotes = Objects.requireNonNull(quotes, "quotes");
  }

  /** The coder with Brink's bundled ontology, actor dictionary and verb patterns. */
  public static EventCoder withBundledDictionaries() {
    Ontology ontology = Ontology.load();
    return new EventCoder(
        ontology,
        new ActorMatcher(ActorDictionary.loadDefault()),
        VerbPatternMatcher.bundled(ontology::isKnown),
        new QuoteExtractor());
  }

  /** The coder with the given dictionaries (see {@link DictionarySources}). */
  public static EventCoder with(Ontology ontology, DictionarySources.Loaded dictionaries) {
    return new EventCoder(
        ontology, new ActorMatcher(dictionaries.actors()), dictionaries.patterns(), new QuoteExtractor());
  }

  @Override
  public String name() {
    return "code";
  }

  /** The actor matcher this coder uses, for explanations. */
  ActorMatcher actorMatcher() {
    return actors;
  }

  /** The verb and noun pattern matcher this coder uses, for explanations. */
  VerbPatternMatcher patternMatcher() {
    return verbs;
  }

  @Override
  public Outcome<CodedArticle> apply(AnnotatedText input) {
    String text = input.text();
    LocalDate published = input.meta().published();
    List<SentenceView> views = new ArrayList<>();
    for (Sentence s : input.sentences()) {
      if (s.parsed()) {
        views.add(new SentenceView(new DependencyTree(s), actors.find(s, text, published)));
      }
    }
    // Every sentence's actors first: an anaphor may stand for an actor named sentences before.
    views = new ActorCoreference().resolve(text, views);
    // Quotes next: inside an attributed quote, "we" and "I" are the speaker's actor.
    List<Quote> quoted = quotes.extract(text, views);
    views = firstPerson.resolve(views, quoted);
    Set<String> articleCountries = countries(views);
    List<CodedEvent> events = new ArrayList<>();
    for (SentenceView view : views) {
      Sentence s = view.sentence();
      int n = 0;
      List<EventMatch> matches = sameAttacker(eachCode(Readings.match(verbs, view)));
      List<PlaceResolver.@Nullable Located> located = new ArrayList<>(matches.size());
      List<@Nullable ActorRef> targets = new ArrayList<>(matches.size());
      for (EventMatch m : matches) {
        PlaceResolver.Located at = places.locate(view.tree(), m.verb(), view.actors(), articleCountries);
        located.add(at);
        targets.add(target(m, at, text));
      }
      List<@Nullable ActorRef> shared = sameAttack(matches, targets);
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < matches.size(); i++) {
        EventMatch m = matches.get(i);
        ActorRef source = ref(m.source(), text);
        ActorRef target = shared.get(i);
        // shared sources and targets and places may make two triggers one event: kept once
        if (!seen.add(m.pattern().code() + "|" + code(source) + "|" + code(target))) {
          continue;
        }
        EventDate date = dates.resolve(view.tree(), m.verb(), published);
        PlaceResolver.Located at = located.get(i);
        events.add(
            new CodedEvent(
                input.id().value() + "#" + s.index() + "." + n++,
                ontology.resolve(m.pattern().code()),
                m.modality(),
                source,
                target,
                date.date(),
                date.date() == null ? null : date.basis(),
                at == null ? null : at.location(),
                s.index(),
                TextRef.of(text, s.span()),
                TextRef.of(text, m.trigger()),
                m.pattern().rule() + " " + m.pattern().phrase(),
                m.confidence()));
      }
    }
    return Outcome.done(
        new CodedArticle(
            input.id(),
            input.meta(),
            text,
            input.sentences().size(),
            events,
            quoted,
            input.warnings()));
  }

  /**
   * An actor a PETRARCH dictionary gives several codes ("LORIEN [ELR/GAL]", a mention coded
   * {@code ELR/GAL}) takes part in the event once for each: one match per combination of the
   * source's and the target's codes.
   */
  static List<EventMatch> eachCode(List<EventMatch> matches) {
    List<EventMatch> out = new ArrayList<>(matches.size());
    for (EventMatch m : matches) {
      for (ActorMention s : alternatives(m.source())) {
        for (ActorMention t : alternatives(m.target())) {
          out.add(
              s == m.source() && t == m.target()
                  ? m
                  : new EventMatch(m.pattern(), m.verb(), m.trigger(), s, t, m.modality(), m.confidence()));
        }
      }
    }
    return out;
  }

  private static List<@Nullable ActorMention> alternatives(@Nullable ActorMention m) {
    if (m == null || m.code().indexOf('/') < 0) {
      return Collections.singletonList(m);
    }
    List<@Nullable ActorMention> out = new ArrayList<>();
    for (String code : m.code().split("/")) {
      out.add(new ActorMention(code, m.first(), m.last(), m.span(), m.text(), m.entry()));
    }
    return out;
  }

  /** The countries the article's actors name: context for ambiguous place names. */
  private static Set<String> countries(List<SentenceView> views) {
    Set<String> out = new TreeSet<>();
    for (SentenceView v : views) {
      for (ActorMention m : v.actors()) {
        if (m.namesCountry()) {
          out.add(m.country());
        }
      }
    }
    return out;
  }

  /**
   * The event's target, or for an attack, coercion or protest on unnamed people or no one named,
   * the country of the place where it happened: "Palestinian bombers killed 23 people in Tel Aviv"
   * is PSE→ISR, not an act on Palestinians; "an RSF drone strike on a vehicle in El Fasher" is on
   * Sudan. A target the matcher read as the source's own people (domestic) gives way only to a
   * place in another country.
   */
  private static @Nullable ActorRef target(EventMatch m, PlaceResolver.@Nullable Located at, String text) {
    ActorMention t = m.target();
    String root = m.pattern().root();
    if (at == null || at.location().country() == null || !PLACE_TARGET_ROOTS.contains(root)) {
      return ref(t, text);
    }
    String placeCountry = Gazetteer.cameoCountry(at.location().country());
    boolean domestic = t != null && t.entry().startsWith(VerbPatternMatcher.DOMESTIC_ENTRY);
    String sourceCountry = m.source() == null ? null : m.source().country();
    if (t == null || (domestic && !placeCountry.equals(sourceCountry))) {
      return new ActorRef(placeCountry, at.span().of(text), at.span());
    }
    return ref(t, text);
  }

  /**
   * A sentence's events, where an attack with no source takes the source of the sentence's other
   * attacks when they all have one country: "Seven people are killed across Ukraine by Russian
   * drone strikes, including three civilians killed in Kyiv" are Russia's killings in Kyiv too.
   * Not when its target is that country ("two of the attackers were killed" is no attack of theirs
   * on themselves), nor when the sentence's attacks name two sources.
   */
  static List<EventMatch> sameAttacker(List<EventMatch> matches) {
    ActorMention attacker = null;
    for (EventMatch m : matches) {
      ActorMention s = m.source();
      if (s == null || !ATTACK_ROOTS.contains(m.pattern().root())) {
        continue;
      }
      if (attacker != null && !attacker.country().equals(s.country())) {
        return matches;
      }
      attacker = attacker == null ? s : attacker;
    }
    if (attacker == null) {
      return matches;
    }
    List<EventMatch> out = new ArrayList<>(matches.size());
    for (EventMatch m : matches) {
      ActorMention t = m.target();
      boolean open =
          m.source() == null
              && ATTACK_ROOTS.contains(m.pattern().root())
              && (t == null || !t.country().equals(attacker.country()));
      out.add(open ? m.withSource(attacker) : m);
    }
    return out;
  }

  /**
   * The targets of a sentence's events, where an attack with no target, or on people the matcher
   * read as the source's own (a domestic target), takes the target of another attack by the same
   * source's country in the sentence: "Eleven people are injured in an airstrike carried out by
   * Israel in Tyre, southern Lebanon" injures people in Lebanon, like the airstrike; in "Russian
   * forces shelled Kharkiv, killing two people" the killing is in Ukraine too. A domestic target
   * gives way only to a foreign one. An attack placed somewhere of its own already has that
   * place's country ("kidnapped Russian advisers and exploded bombs in Kabul": the bombs were not
   * on the advisers).
   *
   * @param targets each match's target after {@link #target}, in the order of {@code matches}
   */
  private static List<@Nullable ActorRef> sameAttack(
      List<EventMatch> matches, List<@Nullable ActorRef> targets) {
    boolean[] open = new boolean[matches.size()];
    for (int i = 0; i < matches.size(); i++) {
      ActorMention t = matches.get(i).target();
      ActorRef r = targets.get(i);
      open[i] =
          r == null
              || t != null
                  && t.entry().startsWith(VerbPatternMatcher.DOMESTIC_ENTRY)
                  && r.span().equals(t.span());
    }
    List<@Nullable ActorRef> out = new ArrayList<>(targets);
    for (int i = 0; i < matches.size(); i++) {
      EventMatch m = matches.get(i);
      ActorMention s = m.source();
      if (!open[i] || s == null || !ATTACK_ROOTS.contains(m.pattern().root())) {
        continue;
      }
      for (int j = 0; j < matches.size(); j++) {
        EventMatch other = matches.get(j);
        ActorRef ot = targets.get(j);
        if (j != i
            && !open[j]
            && ot != null
            && other.source() != null
            && other.source().country().equals(s.country())
            && ATTACK_ROOTS.contains(other.pattern().root())
            && (targets.get(i) == null || !ot.code().startsWith(s.country()))) {
          out.set(i, ot);
          break;
        }
      }
    }
    return out;
  }

  private static String code(@Nullable ActorRef r) {
    return r == null ? "" : r.code();
  }

  private static @Nullable ActorRef ref(@Nullable ActorMention m, String text) {
    if (m == null) {
      return null;
    }
    Span span = m.span();
    return new ActorRef(m.code(), span.of(text), span);
  }
}
