package org.brink.coding.events.petrarch;

import static org.brink.coding.events.petrarch.EnglishWords.lower;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.brink.coding.events.WordSequence;
import org.brink.coding.events.petrarch.PatternSyntax.Compound;
import org.brink.coding.events.petrarch.PatternSyntax.Marker;
import org.brink.coding.events.petrarch.PatternSyntax.Node;
import org.brink.coding.events.petrarch.PatternSyntax.Phrase;
import org.brink.coding.events.petrarch.PatternSyntax.SynsetRef;
import org.brink.coding.events.petrarch.PatternSyntax.Word;
import org.jspecify.annotations.Nullable;

/**
 * Maps the two sides of one PETRARCH pattern onto the parts of a Brink pattern: particle, object
 * nouns, target prepositions and a {@code with} condition, noting every loss.
 *
 * <p>Implementation notes. After the verb stand a particle ({@code * UP}, {@code * (UP ...)}, or a
 * bare particle anywhere: Brink's particle has no position), at most one noun phrase, the direct
 * object, whose head gives the object nouns, and prepositional phrases, whose prepositions tell
 * where the target is (only those holding {@code +} when one does). Older linear patterns are read
 * into this shape first: a bare preposition opens a phrase ({@code * WITH +}), two adjacent words
 * make one noun ({@code * BITTER WORDS}). Every other word PETRARCH requires (the nouns inside the
 * phrases, the modifiers of a {@code {...}} noun) is a condition; Brink's {@code with} holds one
 * set of alternatives, so the first condition is kept (phrase nouns first, then modifiers) and the
 * others are reported. Words before the verb become a {@link WordSequence} condition, and {@code %}
 * before it a pattern for coordinated subjects coded against each other; after the verb {@code %}
 * marks the target like {@code +}. Anything Brink cannot express at all ({@code +} before the verb,
 * a source after it, several objects) throws {@link Unmappable}. Not thread-safe: one instance maps one
 * pattern.
 */
final class PatternMapper {
  record Note(Reason reason, String message) {}

  /** The Brink reading of a pattern. */
  record Shape(
      @Nullable String particle,
      Set<String> nouns,
      List<String> prepositions,
      Set<String> with,
      WordSequence before,
      WordSequence after,
      List<String> sourcePrepositions,
      boolean mutual,
      List<Note> notes) {
    Shape {
      nouns = Collections.unmodifiableSet(new LinkedHashSet<>(nouns));
      prepositions = List.copyOf(prepositions);
      with = Collections.unmodifiableSet(new LinkedHashSet<>(with));
      notes = List.copyOf(notes);
    }
  }

  /** Alternative lemmas one of which PETRARCH needs, and how the dictionary wrote them. */
  private record Group(Set<String> lemmas, String written) {}

  /** A noun phrase: its head and the modifiers PETRARCH also needs. */
  private record NounGroups(Group head, List<Group> modifiers) {}

  private final Synsets synsets;
  private final List<Note> notes = new ArrayList<>();
  private int multiword;
  private String multiwordExample = "";
  private int leftOut;
  private String leftOutExample = "";

  PatternMapper(Synsets synsets) {
    this.synsets = synsets;
  }

  /**
   * The Brink reading of a pattern.
   *
   * @throws Unmappable when Brink cannot express it
   */
  Shape map(String beforeText, String afterText) {
    List<Node> before = PatternSyntax.parse(beforeText, synsets);
    List<Node> after = PatternSyntax.parse(afterText, synsets);
    boolean mutual = hasMarker(before, '%');
    WordSequence preceding = preceding(beforeText);
    List<Node> rest = new ArrayList<>(after);
    String particle = particle(rest);
    rest = adjacentWords(linearPhrases(rest));
    boolean sourceInPhrase =
        rest.stream().anyMatch(n -> n instanceof Phrase p && hasMarker(p.items(), '$'));
    if (rest.stream().anyMatch(n -> !(n instanceof Phrase) && hasMarker(List.of(n), '$'))) {
      throw new Unmappable(
          Reason.SOURCE_AFTER_VERB,
          "'$' after the verb outside a phrase takes the source from a noun phrase; Brink takes it"
              + " from the subject or a prepositional phrase");
    }
    if (hasMarker(before, '+') && !sourceInPhrase) {
      notes.add(
          new Note(
              Reason.TARGET_BEFORE_VERB,
              "'+' before the verb with no '$' phrase: Brink takes the target from the subject"
                  + " only in a passive"));
    }

    List<Node> nounPhrases = new ArrayList<>();
    List<Phrase> phrases = new ArrayList<>();
    boolean targetSeen = false;
    boolean targetBeforeNoun = false;
    for (Node n : rest) {
      switch (n) {
        case Marker m -> targetSeen |= isTarget(m);
        case Phrase p -> phrases.add(p);
        default -> {
          nounPhrases.add(n);
          targetBeforeNoun |= targetSeen;
        }
      }
    }
    boolean severalObjects = nounPhrases.size() > 1;
    // "* THEIR ^ ABOUT +", "INDICATED WOULD * NOW": a lone word after the verb that is no noun
    // (a possessive, an adverb) cannot be the object; it is matched as a run
    boolean notANoun =
        nounPhrases.size() == 1
            && EnglishWords.NOT_NOUNS.contains(EnglishWords.lower(PatternSyntax.text(nounPhrases.get(0)).strip()));
    // the words after the verb as a run, for a pattern the object-and-phrase reading loses
    // words of; null when a word is not one Brink can match
    WordSequence run = severalObjects ? following(afterText) : null;
    if (severalObjects && run == null) {
      throw new Unmappable(
          Reason.SEVERAL_OBJECTS,
          nounPhrases.size()
              + " noun phrases after the verb ("
              + nounPhrases.stream().map(PatternSyntax::text).collect(Collectors.joining(", "))
              + "); Brink matches one object noun");
    }
    Set<String> nouns = Set.of();
    List<Group> objectModifiers = List.of();
    if (!nounPhrases.isEmpty()) {
      NounGroups object = nounGroups(nounPhrases.get(0));
      nouns = object.head().lemmas();
      objectModifiers = object.modifiers();
      if (targetBeforeNoun) {
        notes.add(
            new Note(
                Reason.INDIRECT_OBJECT_TARGET,
                "'+' before the object noun is an indirect object; Brink takes the target from"
                    + " the direct object"));
      }
    }

    Set<String> allPreps = new LinkedHashSet<>();
    Set<String> targetPreps = new LinkedHashSet<>();
    Set<String> sourcePreps = new LinkedHashSet<>();
    List<Group> phraseHeads = new ArrayList<>();
    List<Group> phraseModifiers = new ArrayList<>();
    boolean wordedPhrase = false;
    for (Phrase p : phrases) {
      List<String> preps = prepositions(p);
      if (hasMarker(p.items(), '$')) {
        sourcePreps.addAll(preps);
        continue;
      }
      allPreps.addAll(preps);
      if (hasMarker(p.items(), '+') || hasMarker(p.items(), '%')) {
        targetPreps.addAll(preps);
      }
      wordedPhrase |= p.items().stream().anyMatch(item -> !(item instanceof Marker));
      for (Node item : p.items()) {
        if (!(item instanceof Marker)) {
          NounGroups g = nounGroups(item);
          phraseHeads.add(g.head());
          phraseModifiers.addAll(g.modifiers());
        }
      }
    }
    List<String> prepositions = List.copyOf(targetPreps.isEmpty() ? allPreps : targetPreps);

    List<Group> conditions = new ArrayList<>(phraseHeads);
    conditions.addAll(objectModifiers);
    conditions.addAll(phraseModifiers);
    Set<String> with = conditions.isEmpty() ? Set.of() : conditions.get(0).lemmas();
    if (conditions.size() > 1) {
      notes.add(
          new Note(
              Reason.SEVERAL_CONDITIONS,
              "PETRARCH needs "
                  + conditions.stream().map(Group::written).collect(Collectors.joining(" and "))
                  + "; Brink's 'with' checks only "
                  + conditions.get(0).written()));
    }
    if (phrases.size() > 1) {
      notes.add(
          new Note(
              Reason.SEVERAL_PHRASES,
              "PETRARCH needs all "
                  + phrases.size()
                  + " prepositional phrases; Brink needs one introduced by '"
                  + String.join("|", prepositions)
                  + "'"));
    }
    if (!nouns.isEmpty() && !phrases.isEmpty() && phraseHeads.isEmpty()) {
      notes.add(
          new Note(
              Reason.OPTIONAL_PHRASE,
              "Brink does not require the '"
                  + String.join("|", allPreps)
                  + "' phrase of a pattern with an object noun"));
    }
    if (multiword > 0) {
      notes.add(
          new Note(
              Reason.MULTIWORD_NOUN,
              multiword == 1
                  ? "multi-word synonym " + multiwordExample + " matched by its head word"
                  : multiword
                      + " multi-word synonyms matched by their head word, e.g. "
                      + multiwordExample));
    }
    if (leftOut > 0) {
      notes.add(
          new Note(
              Reason.WORD_LEFT_OUT,
              leftOut
                  + (leftOut == 1 ? " word" : " words")
                  + " Brink cannot match left out, e.g. '"
                  + leftOutExample
                  + "'"));
    }
    if (hasMarker(after, '%')) {
      notes.add(
          new Note(
              Reason.COMPOUND_ACTOR,
              "'%' after the verb read as the target, each coordinated actor coded on its own"));
    }
    // Phrases with words and no '+' ("* (FOR CONSTRUCTION)", "* &PREPOSIT1 PROGRAMS") are a
    // condition on the words, not the place of the target: PETRARCH then takes the target as for
    // any verb phrase (the object, else a phrase). Their words are matched as a run, with no target
    // phrase. A bare "(TO)" or "(AT ^)" still says where the target is.
    boolean conditionOnly = wordedPhrase && targetPreps.isEmpty();
    if (conditionOnly || severalObjects || notANoun || !with.isEmpty() || notes.stream().anyMatch(n -> LOSSY.contains(n.reason()))) {
      // The object and phrases lose words PETRARCH needs: match its words as a run instead (as
      // TABARI did), the phrases still telling where the target is.
      if (!severalObjects) {
        run = following(afterText);
      }
      if (run != null && conditionOnly) {
        notes.removeIf(n -> LOSSY.contains(n.reason()) || n.reason() == Reason.OPTIONAL_PHRASE || n.reason() == Reason.SEVERAL_PHRASES);
        return new Shape(particle, Set.of(), List.of(), Set.of(), preceding, run, List.copyOf(sourcePreps), mutual, notes);
      }
      if (run != null) {
        List<Note> kept = new ArrayList<>();
        for (Note n : notes) {
          if (!LOSSY.contains(n.reason())
              && n.reason() != Reason.OPTIONAL_PHRASE
              && n.reason() != Reason.SEVERAL_PHRASES) {
            kept.add(n);
          }
        }
        return new Shape(particle, Set.of(), prepositions, Set.of(), preceding, run, List.copyOf(sourcePreps), mutual, kept);
      }
    }
    return new Shape(
        particle, nouns, prepositions, with, preceding, WordSequence.NONE, List.copyOf(sourcePreps), mutual, notes);
  }

  /** What the object-and-phrase reading loses of a pattern's words. */
  private static final Set<Reason> LOSSY =
      Set.of(Reason.SEVERAL_CONDITIONS, Reason.MULTIWORD_NOUN, Reason.ADJACENT_WORDS, Reason.WORD_LEFT_OUT);

  /** {@code +}, or {@code %} after the verb: coordinated targets, each coded on its own. */
  private static boolean isTarget(Marker m) {
    return m.symbol() == '+' || m.symbol() == '%';
  }

  /**
   * The words before the verb: each space-separated token an element, its {@code _}-joined words
   * adjacent, a synonym set its alternatives, a trailing {@code _} on the last token tying it to
   * the verb ({@code FAILED_TO_*}). The markers {@code $ % ^} stand for the subject and skipped
   * words, which Brink's matching allows anyway.
   */
  private WordSequence preceding(String text) {
    if (text.chars().anyMatch(ch -> "(){}/".indexOf(ch) >= 0)) {
      throw new Unmappable(
          Reason.WORDS_BEFORE_VERB,
          "words before the verb ('"
              + text.strip()
              + "') hold a phrase or alternatives; Brink matches plain words there");
    }
    WordSequence p = sequence(text, false);
    if (p == null) {
      throw new Unmappable(
          Reason.WORDS_BEFORE_VERB,
          "'" + text.strip() + "' before the verb holds a word Brink cannot match");
    }
    return p;
  }

  /**
   * The words after the verb read as a run, as TABARI matched them: brackets dropped, a {@code
   * {...}} noun's words adjacent, {@code A/B} alternatives, markers skipped, a leading {@code _}
   * tying the first word to the verb ({@code *_OUT}); null when a word is not one Brink can match.
   */
  private @Nullable WordSequence following(String text) {
    StringBuilder b = new StringBuilder();
    boolean inNoun = false;
    for (char ch : text.toCharArray()) {
      switch (ch) {
        case '{' -> {
          inNoun = true;
          b.append(' ');
        }
        case '}' -> {
          inNoun = false;
          b.append(' ');
        }
        case '(', ')' -> b.append(' ');
        default -> b.append(Character.isWhitespace(ch) && inNoun ? '_' : ch);
      }
    }
    return sequence(b.toString(), true);
  }

  private @Nullable WordSequence sequence(String text, boolean after) {
    List<String> tokens = new ArrayList<>(List.of(text.strip().split("\\s+")));
    tokens.removeIf(t -> t.isEmpty() || (t.length() == 1 && "$+%^".indexOf(t.charAt(0)) >= 0));
    if (tokens.isEmpty()) {
      return WordSequence.NONE;
    }
    boolean adjacent =
        after ? text.stripLeading().startsWith("_") : tokens.get(tokens.size() - 1).endsWith("_");
    List<Set<List<String>>> elements = new ArrayList<>();
    for (String token : tokens) {
      List<String> parts = new ArrayList<>();
      for (String part : token.split("_")) {
        if (!part.isEmpty()) {
          parts.add(part);
        }
      }
      List<List<String>> alternatives = List.of(List.of());
      for (String part : synsets.regroup(parts)) {
        List<List<String>> next = new ArrayList<>();
        List<List<String>> pieces;
        if (part.startsWith("&")) {
          pieces = new ArrayList<>();
          for (Synsets.Synonym syn : synsets.expand(Synsets.label(part))) {
            pieces.add(syn.words().stream().map(EnglishWords::lower).toList());
          }
        } else if (part.length() == 1 && "$+%^".indexOf(part.charAt(0)) >= 0) {
          continue;
        } else {
          pieces = new ArrayList<>();
          for (String form : part.split("/")) {
            if (!form.isEmpty()) {
              pieces.add(List.of(lower(form)));
            }
          }
        }
        for (List<String> a : alternatives) {
          for (List<String> piece : pieces) {
            List<String> joined = new ArrayList<>(a);
            joined.addAll(piece);
            next.add(joined);
          }
        }
        alternatives = next;
      }
      Set<List<String>> element = new LinkedHashSet<>();
      for (List<String> a : alternatives) {
        if (!a.isEmpty()) {
          element.add(a);
        }
      }
      if (!element.isEmpty()) {
        elements.add(element);
      }
    }
    if (elements.isEmpty()) {
      return WordSequence.NONE;
    }
    List<String> errors = new ArrayList<>();
    WordSequence p = new WordSequence(elements, adjacent);
    // the words must be ones Brink's syntax can write
    if (after) {
      WordSequence.parseAfter(p.renderAfter(), "", errors);
    } else {
      WordSequence.parse(p.render(), "", errors);
    }
    return errors.isEmpty() ? p : null;
  }

  /**
   * Takes the particle out: {@code * UP ...}, {@code * (UP ...)} right after the verb, or a bare
   * particle further on ({@code * STAFF OUT}); Brink's particle has no position.
   */
  private static @Nullable String particle(List<Node> rest) {
    if (rest.isEmpty()) {
      return null;
    }
    if (rest.get(0) instanceof Phrase p && p.preposition() instanceof Word w && isParticle(w)) {
      rest.remove(0);
      rest.addAll(0, p.items());
      return lower(w.forms().get(0));
    }
    for (int i = 0; i < rest.size(); i++) {
      if (rest.get(i) instanceof Word w && isParticle(w)) {
        rest.remove(i);
        return lower(w.forms().get(0));
      }
    }
    return null;
  }

  /**
   * Reads two adjacent bare words ({@code * BITTER WORDS}) as one noun, {@code {BITTER WORDS}}, the
   * way the older dictionaries meant them; three or more stay separate noun phrases.
   */
  private List<Node> adjacentWords(List<Node> nodes) {
    List<Node> out = new ArrayList<>();
    for (int i = 0; i < nodes.size(); ) {
      int j = i;
      while (j < nodes.size()
          && (nodes.get(j) instanceof Word || nodes.get(j) instanceof SynsetRef)) {
        j++;
      }
      if (j - i == 2) {
        Compound c = new Compound(nodes.subList(i, j));
        notes.add(
            new Note(
                Reason.ADJACENT_WORDS,
                "'"
                    + PatternSyntax.text(nodes.subList(i, j))
                    + "' read as the noun '"
                    + PatternSyntax.text(c)
                    + "'"));
        out.add(c);
        i = j;
      } else if (j > i) {
        out.addAll(nodes.subList(i, j));
        i = j;
      } else {
        out.add(nodes.get(i));
        i++;
      }
    }
    return out;
  }

  private static boolean isParticle(Word w) {
    return w.forms().size() == 1
        && EnglishWords.PATTERN_PARTICLES.contains(lower(w.forms().get(0)));
  }

  /**
   * Reads {@code WITH +} in an old linear pattern as the phrase {@code (WITH +)}, and a noun that
   * starts with a preposition, {@code {FOR DONATIONS}}, as the phrase {@code (FOR DONATIONS)}.
   */
  private List<Node> linearPhrases(List<Node> nodes) {
    List<Node> out = new ArrayList<>();
    for (int i = 0; i < nodes.size(); ) {
      Node n = nodes.get(i);
      if (n instanceof Compound c && isLinearPreposition(c.items().get(0))) {
        Phrase p = new Phrase(c.items().get(0), c.items().subList(1, c.items().size()));
        notes.add(
            new Note(
                Reason.LINEAR_PHRASE,
                "'"
                    + PatternSyntax.text(c)
                    + "' read as the prepositional phrase '"
                    + PatternSyntax.text(p)
                    + "'"));
        out.add(p);
        i++;
        continue;
      }
      if (!isLinearPreposition(n)) {
        out.add(n);
        i++;
        continue;
      }
      int j = i + 1;
      while (j < nodes.size()
          && !(nodes.get(j) instanceof Phrase)
          && !isLinearPreposition(nodes.get(j))) {
        j++;
      }
      Phrase p = new Phrase(n, nodes.subList(i + 1, j));
      notes.add(
          new Note(
              Reason.LINEAR_PHRASE,
              "'"
                  + PatternSyntax.text(nodes.subList(i, j))
                  + "' read as the prepositional phrase '"
                  + PatternSyntax.text(p)
                  + "'"));
      out.add(p);
      i = j;
    }
    return out;
  }

  private boolean isLinearPreposition(Node n) {
    if (n instanceof Word w) {
      return w.forms().stream().allMatch(f -> EnglishWords.LINEAR_PREPOSITIONS.contains(lower(f)));
    }
    if (n instanceof SynsetRef s && synsets.isDefined(s.label())) {
      return synsets.expand(s.label()).stream()
          .allMatch(
              syn ->
                  syn.words().size() == 1
                      && EnglishWords.LINEAR_PREPOSITIONS.contains(lower(syn.head())));
    }
    return false;
  }

  private List<String> prepositions(Phrase p) {
    List<String> forms = new ArrayList<>();
    switch (p.preposition()) {
      case Word w -> w.forms().forEach(f -> forms.add(lower(f)));
      case SynsetRef s -> {
        for (Synsets.Synonym syn : synsets.expand(s.label())) {
          forms.add(syn.words().size() == 1 ? lower(syn.head()) : lower(syn.text()));
        }
      }
      default -> throw new IllegalStateException("phrase without a preposition: " + p);
    }
    for (String f : forms) {
      if (!EnglishWords.PREPOSITIONS.contains(f)) {
        throw new Unmappable(
            Reason.NOT_A_PREPOSITION,
            "'" + PatternSyntax.text(p) + "' does not start with a preposition");
      }
    }
    return List.copyOf(new LinkedHashSet<>(forms));
  }

  private NounGroups nounGroups(Node np) {
    return switch (np) {
      case Word w -> new NounGroups(group(w), List.of());
      case SynsetRef s -> new NounGroups(group(s), List.of());
      case Compound c -> {
        List<Node> items =
            c.items().stream()
                .filter(n -> !(n instanceof Marker))
                .filter(
                    n ->
                        !(n instanceof Word w
                            && w.forms().size() == 1
                            && EnglishWords.DETERMINERS.contains(lower(w.forms().get(0)))))
                .toList();
        if (items.isEmpty()) {
          throw new Unmappable(
              Reason.NOT_A_WORD, "'" + PatternSyntax.text(c) + "' has no noun Brink can match");
        }
        List<Group> modifiers = new ArrayList<>();
        for (Node m : items.subList(0, items.size() - 1)) {
          modifiers.add(groupOf(m));
        }
        yield new NounGroups(groupOf(items.get(items.size() - 1)), modifiers);
      }
      default -> throw new IllegalStateException("not a noun phrase: " + np);
    };
  }

  private Group groupOf(Node n) {
    return switch (n) {
      case Word w -> group(w);
      case SynsetRef s -> group(s);
      default -> throw new IllegalStateException("not a word: " + n);
    };
  }

  private Group group(Word w) {
    Set<String> lemmas = new LinkedHashSet<>();
    for (String f : w.forms()) {
      String l = lower(f);
      if (EnglishWords.isBrinkWord(l)) {
        lemmas.add(EnglishWords.singular(l));
      } else {
        leftOut(f);
      }
    }
    return nonEmpty(lemmas, PatternSyntax.text(w));
  }

  private Group group(SynsetRef s) {
    Set<String> lemmas = new LinkedHashSet<>();
    for (Synsets.Synonym syn : synsets.expand(s.label())) {
      if (syn.words().stream().anyMatch(w -> w.chars().anyMatch(ch -> "(){}".indexOf(ch) >= 0))) {
        throw new Unmappable(
            Reason.NOT_A_WORD,
            "synonym set '&"
                + s.label()
                + "' holds phrases ('"
                + syn.text()
                + "'), which Brink cannot read as nouns");
      }
      String l = lower(syn.head());
      if (!EnglishWords.isBrinkWord(l)) {
        leftOut(syn.text());
        continue;
      }
      String lemma = EnglishWords.singular(l);
      if (syn.words().size() > 1) {
        if (multiword++ == 0) {
          multiwordExample = "'" + syn.text() + "' as '" + lemma + "'";
        }
      }
      lemmas.add(lemma);
    }
    return nonEmpty(lemmas, "&" + s.label());
  }

  private void leftOut(String written) {
    if (leftOut++ == 0) {
      leftOutExample = written;
    }
  }

  private static Group nonEmpty(Set<String> lemmas, String written) {
    if (lemmas.isEmpty()) {
      throw new Unmappable(Reason.NOT_A_WORD, "'" + written + "' is not a word Brink can match");
    }
    return new Group(lemmas, written);
  }

  private static boolean hasMarker(List<Node> nodes, char symbol) {
    for (Node n : nodes) {
      boolean found =
          switch (n) {
            case Marker m -> m.symbol() == symbol;
            case Compound c -> hasMarker(c.items(), symbol);
            case Phrase p -> hasMarker(p.items(), symbol);
            default -> false;
          };
      if (found) {
        return true;
      }
    }
    return false;
  }
}
