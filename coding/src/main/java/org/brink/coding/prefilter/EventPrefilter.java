package org.brink.coding.prefilter;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.brink.coding.actors.ActorMatcher;
import org.brink.coding.actors.ActorMention;
import org.brink.coding.events.VerbPatternDictionary;
import org.brink.core.Sentence;
import org.brink.core.Token;

/**
 * Decides which sentences of an article need the dependency parse, from their tokens alone: a
 * sentence that cannot hold an event or a quote, and that no such sentence needs as context, is
 * skipped. Skipping is safe only when conservative, so each rule errs towards parsing.
 *
 * <p>A sentence is parsed when (rules in the order applied):
 *
 * <ol>
 *   <li><b>trigger</b>: one of its words could, under any part of speech, have a lemma that heads
 *       a verb or noun pattern. The coder only codes at a verb or noun whose lemma has patterns.
 *   <li><b>quote</b>: it holds a quotation mark, or is next to a sentence that does (a quote's
 *       speaker is looked for one sentence before or after it).
 *   <li><b>antecedent window</b>: it is one of the {@value #WINDOW} sentences before a sentence
 *       parsed by the rules above, or before one parsed by this rule that holds a third-person
 *       pronoun (a chain "Iran ... it ... they"). Coreference looks this far back for pronouns, role
 *       nouns and "the two countries", and sentences in between compete as antecedents.
 *   <li><b>surname</b>: it holds a capitalised word that a parsed sentence after it also holds: a
 *       surname is resolved to a full name at any distance.
 *   <li><b>country</b>: it names a country (through an actor mention) that no parsed sentence
 *       names: the countries an article's actors name help resolve ambiguous place names.
 * </ol>
 *
 * <p>An article with no trigger at all, or with no actor mention in any sentence, keeps only its
 * quote sentences and their windows: it has no event to code (every event has a source or a target
 * actor, and pronouns, role nouns and domestic targets resolve to an actor the article names). Thread-safe and immutable once built.
 */
public final class EventPrefilter {
  /** How many sentences back coreference looks for a pronoun's antecedent. */
  static final int WINDOW = 3;

  private static final Set<String> PRONOUNS =
      Set.of(
          "he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "theirs",
          "himself", "herself", "itself", "themselves");

  private final Set<String> triggers;
  private final ActorMatcher actors;

  /**
   * @param triggers the lemmas that head a verb or noun pattern, lower case
   * @param actors the matcher the coder uses, for the countries an article names
   */
  public EventPrefilter(Collection<String> triggers, ActorMatcher actors) {
    Set<String> lower = new HashSet<>();
    for (String t : triggers) {
      lower.add(t.toLowerCase(Locale.ROOT));
    }
    this.triggers = Set.copyOf(lower);
    this.actors = Objects.requireNonNull(actors, "actors");
  }

  /** The prefilter for the coder built from these verb and noun pattern dictionaries. */
  public static EventPrefilter of(
      VerbPatternDictionary verbs, VerbPatternDictionary nouns, ActorMatcher actors) {
    Set<String> all = new HashSet<>(verbs.verbs());
    all.addAll(nouns.verbs());
    return new EventPrefilter(all, actors);
  }

  /** How many trigger lemmas the prefilter knows. */
  public int triggerCount() {
    return triggers.size();
  }

  /**
   * @param text the cleaned text the sentences' spans index
   * @param sentences the article's sentences, tokenized (tags and parse not needed)
   * @param lemmas every lemma a word could have under any part of speech
   * @return one flag per sentence, true for the sentences to parse
   */
  public boolean[] select(String text, List<Sentence> sentences, Function<String, Set<String>> lemmas) {
    int n = sentences.size();
    boolean[] keep = new boolean[n];
    boolean[] primary = new boolean[n];
    boolean anyTrigger = false;
    for (int i = 0; i < n; i++) {
      if (hasTrigger(sentences.get(i), lemmas)) {
        primary[i] = true;
        anyTrigger = true;
      }
    }
    List<List<ActorMention>> mentions = anyTrigger ? mentions(text, sentences) : List.of();
    if (anyTrigger && mentions.stream().allMatch(List::isEmpty)) {
      // No actor anywhere in the article: every event needs a source or a target, and pronouns,
      // role nouns and domestic targets all resolve to an actor named somewhere in the article.
      // Only quotes are left to find.
      java.util.Arrays.fill(primary, false);
      anyTrigger = false;
    }
    for (int i = 0; i < n; i++) {
      if (hasQuoteMark(sentences.get(i))) {
        for (int j = Math.max(0, i - 1); j <= Math.min(n - 1, i + 1); j++) {
          primary[j] = true;
        }
      }
    }
    // Antecedent windows, from the last sentence back so that a chain of pronouns extends them.
    for (int i = n - 1; i >= 0; i--) {
      if (primary[i] || (keep[i] && hasPronoun(sentences.get(i)))) {
        keep[i] = true;
        for (int j = Math.max(0, i - WINDOW); j < i; j++) {
          keep[j] = true;
        }
      }
    }
    // Surnames: a capitalised word of a parsed sentence keeps every earlier sentence holding it.
    Set<String> names = new HashSet<>();
    for (int i = n - 1; i >= 0; i--) {
      Sentence s = sentences.get(i);
      if (!keep[i] && sharesName(s, names)) {
        keep[i] = true;
      }
      if (keep[i]) {
        addNames(s, names);
      }
    }
    if (anyTrigger) {
      keepCountries(mentions, keep);
    }
    return keep;
  }

  private boolean hasTrigger(Sentence s, Function<String, Set<String>> lemmas) {
    for (Token t : s.tokens()) {
      String w = t.word();
      if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
        continue;
      }
      if (triggers.contains(w.toLowerCase(Locale.ROOT))) {
        return true; // a pattern written for the word form ("left")
      }
      for (String lemma : lemmas.apply(w)) {
        if (triggers.contains(lemma)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasQuoteMark(Sentence s) {
    for (Token t : s.tokens()) {
      String w = t.word();
      for (int k = 0; k < w.length(); k++) {
        char c = w.charAt(k);
        if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u00AB' || c == '\u00BB') {
          return true;
        }
        // a single mark opening or closing a word, not an apostrophe inside one ("Iran's")
        if ((c == '\'' || c == '\u2019') && (k == 0 || k == w.length() - 1) && !w.equals("'s") && !w.equals("\u2019s")) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasPronoun(Sentence s) {
    for (Token t : s.tokens()) {
      if (PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean capitalised(String w) {
    return w.length() > 1 && Character.isUpperCase(w.charAt(0));
  }

  private static boolean sharesName(Sentence s, Set<String> names) {
    for (Token t : s.tokens()) {
      if (capitalised(t.word()) && names.contains(t.word())) {
        return true;
      }
    }
    return false;
  }

  private static void addNames(Sentence s, Set<String> names) {
    for (Token t : s.tokens()) {
      if (capitalised(t.word())) {
        names.add(t.word());
      }
    }
  }

  /** The actor mentions of each sentence, found on tokens alone and without a date. */
  private List<List<ActorMention>> mentions(String text, List<Sentence> sentences) {
    List<List<ActorMention>> mentions = new java.util.ArrayList<>(sentences.size());
    for (Sentence sentence : sentences) {
      mentions.add(actors.find(sentence, text, null));
    }
    return mentions;
  }

  /** Keeps, in order, each skipped sentence that names a country no parsed sentence names. */
  private static void keepCountries(List<List<ActorMention>> mentions, boolean[] keep) {
    Set<String> named = new HashSet<>();
    for (int i = 0; i < mentions.size(); i++) {
      if (keep[i]) {
        countries(mentions.get(i), named);
      }
    }
    for (int i = 0; i < mentions.size(); i++) {
      if (!keep[i]) {
        Set<String> here = new HashSet<>();
        countries(mentions.get(i), here);
        if (!named.containsAll(here)) {
          keep[i] = true;
          named.addAll(here);
        }
      }
    }
  }

  private static void countries(List<ActorMention> mentions, Set<String> into) {
    for (ActorMention m : mentions) {
      if (m.namesCountry()) {
        into.add(m.country());
      }
    }
  }
}
