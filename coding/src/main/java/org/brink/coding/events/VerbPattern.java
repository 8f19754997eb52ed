package org.brink.coding.events;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the verb-pattern dictionary: a verb (with particle, object noun and preposition
 * where the phrase needs them) that codes an event, and where its target is found.
 *
 * <p>Example: {@code 163 impose +sanction|embargo >on|against} is verb {@code impose} with an
 * object whose lemma is {@code sanction} or {@code embargo}, target in an {@code on} or {@code
 * against} phrase.
 *
 * @param code the CAMEO code it gives
 * @param reverse the code of the event it also gives from the target to the source (PETRARCH's
 *     {@code [042:043]}: "X visited Y" is X's visit and Y's hosting), or null
 * @param verb the verb's lemma
 * @param particle a particle the verb must have ({@code up} in "step up"), or null
 * @param objectNouns lemmas one of which the direct object must have; empty for any or none
 * @param prepositions where the target is: an oblique of the verb, or a modifier of the object
 *     noun, introduced by one of these; empty to take the direct object
 * @param with lemmas one of which must appear among the verb's complements (e.g. {@code
 *     restraint} for "urge ... to show restraint"); empty for no such condition
 * @param rule where the pattern is written, {@code "verbs.txt:LINE"}
 * @param phrase the phrase as written, for explanations
 * @param before words that must stand before the verb ({@link WordSequence}); they count as part
 *     of the pattern, so a negation among them does not negate the event ("did n't clash" coded
 *     as a dictionary's own code for not clashing)
 * @param after words that must stand after the verb, within its subtree ({@link WordSequence}),
 *     for PETRARCH patterns whose words Brink cannot read as an object or phrase
 * @param sourcePrepositions where the source is when the subject is the target (PETRARCH's {@code
 *     + * (FROM $)}: "Eriador received money from Osgiliath" is Osgiliath's aid to Eriador): a
 *     phrase of the verb or its object introduced by one of these; empty for the usual reading
 * @param mutual whether the pattern needs coordinated subjects, each coded against the others
 *     (PETRARCH's {@code %}: "X and Y agreed" is X to Y and Y to X)
 * @param subject lemmas one of which must stand in the clause's subject, its head or a modifier
 *     ({@code peacekeeper} for "peacekeepers arrived in Bosnia", which is no visit); empty for no
 *     such condition
 * @param alone whether the pattern needs an infinitive complement and codes the verb only when
 *     that complement gives no event of its own ("promised to democratize" is a promise, 030;
 *     "promised to strike" is only the intent to strike)
 * @param noObject whether the pattern needs the verb without a direct object (in a passive,
 *     without a subject): "Iran mobilized" and "Iran mobilized for war" are a mobilization,
 *     "mobilized pressure groups" is none; the objects that do make it one are listed in a
 *     pattern of their own ({@code mobilize +reservist|troop})
 */
public record VerbPattern(
    String code,
    @Nullable String reverse,
    String verb,
    @Nullable String particle,
    Set<String> objectNouns,
    List<String> prepositions,
    Set<String> with,
    String rule,
    String phrase,
    WordSequence before,
    WordSequence after,
    List<String> sourcePrepositions,
    boolean mutual,
    Set<String> subject,
    boolean alone,
    boolean noObject) {
  public VerbPattern {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(verb, "verb");
    objectNouns = Set.copyOf(objectNouns);
    prepositions = List.copyOf(prepositions);
    with = Set.copyOf(with);
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    sourcePrepositions = List.copyOf(sourcePrepositions);
    subject = Set.copyOf(subject);
  }

  /** A pattern with no words before the verb, no compound subject and no condition on its subject. */
  public VerbPattern(
      String code,
      @Nullable String reverse,
      String verb,
      @Nullable String particle,
      Set<String> objectNouns,
      List<String> prepositions,
      Set<String> with,
      String rule,
      String phrase) {
    this(code, reverse, verb, particle, objectNouns, prepositions, with, rule, phrase, WordSequence.NONE, WordSequence.NONE, List.of(), false, Set.of(), false, false);
  }

  /**
   * The same pattern giving another code (an intent code for a promised act, a reject code for a
   * refused one) and no reverse event: a promise or refusal is one actor's.
   */
  public VerbPattern withCode(String newCode, String why) {
    return new VerbPattern(newCode, null, verb, particle, objectNouns, prepositions, with, rule, phrase + " (" + why + ": " + code + " → " + newCode + ")", before, after, sourcePrepositions, mutual, subject, alone, noObject);
  }

  /** The pattern of the reverse event, from the target to the source; only when {@link #reverse} is set. */
  public VerbPattern reversed() {
    return new VerbPattern(Objects.requireNonNull(reverse, "reverse"), null, verb, particle, objectNouns, prepositions, with, rule, phrase + " (reverse of " + code + ")", before, after, sourcePrepositions, mutual, subject, alone, noObject);
  }

  /** The code's two-digit CAMEO root: {@code "19"} for {@code "190"}. */
  public String root() {
    return code.substring(0, 2);
  }

  /** Higher for more specific patterns: the most specific pattern that matches a verb wins. */
  public int specificity() {
    return (particle == null ? 0 : 2)
        + (objectNouns.isEmpty() ? 0 : 3)
        + (prepositions.isEmpty() ? 0 : 1)
        + (sourcePrepositions.isEmpty() ? 0 : 1)
        + (with.isEmpty() ? 0 : 4)
        + (subject.isEmpty() ? 0 : 4)
        + before.specificity()
        + after.specificity()
        + (mutual ? 2 : 0)
        + (alone ? 1 : 0)
        + (noObject ? 1 : 0)
        + code.length();
  }
}
