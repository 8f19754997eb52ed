package org.brink.coding.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Brink's verb-pattern dictionary, parsed and indexed by verb lemma.
 *
 * <p>The format is documented in {@code docs/patterns.md}. One pattern group a line:
 *
 * <pre>
 * # comment
 * CODE[:REVERSE]  PHRASE [, PHRASE ...]  [; with LEMMA|LEMMA ...] [; subject LEMMA|LEMMA ...] [; before WORDS] [; after WORDS] [; mutual] [; alone] [; no object]
 * PHRASE = VERB [PARTICLE] [+NOUN|NOUN...] [&gt;PREP|PREP...] [&lt;PREP|PREP...]
 * </pre>
 *
 * Parsing collects every error with its line and throws them together, so a dictionary author
 * fixes a file in one pass.
 */
public final class VerbPatternDictionary {
  /** Where the bundled dictionary lives on the classpath. */
  public static final String DEFAULT_RESOURCE = "/org/brink/coding/events/verbs.txt";

  private static final Pattern CODE = Pattern.compile("\\d{2,4}");
  private static final Pattern WORD = Pattern.compile("[a-z][a-z'-]*");

  private final Map<String, List<VerbPattern>> byVerb;
  private final int size;

  private VerbPatternDictionary(Map<String, List<VerbPattern>> byVerb) {
    this.byVerb = byVerb;
    this.size = byVerb.values().stream().mapToInt(List::size).sum();
  }

  /** Where the bundled noun patterns live on the classpath. */
  public static final String NOUN_RESOURCE = "/org/brink/coding/events/nouns.txt";

  /** The bundled verb patterns; codes are checked against {@code knownCode}. */
  public static VerbPatternDictionary loadDefault(Predicate<String> knownCode) {
    return loadResource(DEFAULT_RESOURCE, knownCode);
  }

  /** The bundled noun patterns ({@code nouns.txt}): the same format with a noun as head. */
  public static VerbPatternDictionary loadNouns(Predicate<String> knownCode) {
    return loadResource(NOUN_RESOURCE, knownCode);
  }

  private static VerbPatternDictionary loadResource(String resource, Predicate<String> knownCode) {
    try (InputStream in = VerbPatternDictionary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      String name = resource.substring(resource.lastIndexOf('/') + 1);
      return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), knownCode);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * Parses a dictionary.
   *
   * @param name the file name used in rule ids and error messages
   * @throws IllegalArgumentException listing every bad line
   */
  public static VerbPatternDictionary parse(String name, String content, Predicate<String> knownCode) {
    List<VerbPattern> patterns = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    int lineNo = 0;
    try (BufferedReader reader = new BufferedReader(new java.io.StringReader(content))) {
      for (String raw; (raw = reader.readLine()) != null; ) {
        lineNo++;
        String line = stripComment(raw).strip();
        if (line.isEmpty()) {
          continue;
        }
        patterns.addAll(parseLine(line, name + ":" + lineNo, knownCode, errors));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(
          errors.size() + " error(s) in " + name + ":\n" + String.join("\n", errors));
    }
    return of(patterns);
  }

  /**
   * A dictionary of the given patterns, indexed by verb and ordered most specific first as {@link
   * #parse} orders them; for combining dictionaries ({@code of(concat(a.all(), b.all()))}).
   */
  public static VerbPatternDictionary of(List<VerbPattern> patterns) {
    Map<String, List<VerbPattern>> byVerb = new HashMap<>();
    for (VerbPattern p : patterns) {
      byVerb.computeIfAbsent(p.verb(), k -> new ArrayList<>()).add(p);
    }
    byVerb.replaceAll(
        (verb, list) -> {
          List<VerbPattern> sorted = new ArrayList<>(list);
          sorted.sort(
              Comparator.comparingInt(VerbPattern::specificity)
                  .reversed()
                  .thenComparing(VerbPattern::rule, VerbPatternDictionary::compareRules));
          return List.copyOf(sorted);
        });
    return new VerbPatternDictionary(Map.copyOf(byVerb));
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  private static List<VerbPattern> parseLine(
      String line, String where, Predicate<String> knownCode, List<String> errors) {
    String[] sections = line.split(";", -1); // -1: a line of only ";" is an error, not an empty array
    String head = sections[0].strip();
    int space = head.indexOf(' ');
    if (space < 0) {
      errors.add(where + ": pattern \"" + line + "\" has no phrase; write CODE PHRASE");
      return List.of();
    }
    String written = head.substring(0, space);
    int colon = written.indexOf(':');
    String code = colon < 0 ? written : written.substring(0, colon);
    String reverse = colon < 0 ? null : written.substring(colon + 1);
    for (String c : reverse == null ? List.of(code) : List.of(code, reverse)) {
      if (!CODE.matcher(c).matches()) {
        errors.add(where + ": code \"" + c + "\" is not a CAMEO code; codes are 2-4 digits, a reverse event's after a colon (042:043)");
        return List.of();
      }
      if (!knownCode.test(c)) {
        errors.add(where + ": code \"" + c + "\" is not in the CAMEO ontology");
        return List.of();
      }
    }
    Set<String> with = Set.of();
    Set<String> subject = Set.of();
    WordSequence before = WordSequence.NONE;
    WordSequence after = WordSequence.NONE;
    boolean mutual = false;
    boolean alone = false;
    boolean noObject = false;
    for (int i = 1; i < sections.length; i++) {
      String section = sections[i].strip();
      if (section.startsWith("with ")) {
        with = words(section.substring(5), where, "with", errors);
      } else if (section.startsWith("subject ")) {
        subject = words(section.substring(8), where, "subject", errors);
      } else if (section.startsWith("before ")) {
        before = WordSequence.parse(section.substring(7), where, errors);
      } else if (section.startsWith("after ")) {
        after = WordSequence.parseAfter(section.substring(6), where, errors);
      } else if (section.equals("mutual")) {
        mutual = true;
      } else if (section.equals("alone")) {
        alone = true;
      } else if (section.equals("no object")) {
        noObject = true;
      } else {
        errors.add(
            where
                + ": unknown section \""
                + section
                + "\"; sections are \"with LEMMA|...\", \"subject LEMMA|...\", \"before WORD|WORD_WORD ...\", \"after WORD ...\", \"mutual\", \"alone\" and \"no object\"");
      }
    }
    List<VerbPattern> out = new ArrayList<>();
    for (String phrase : head.substring(space + 1).split(",", -1)) {
      VerbPattern p = parsePhrase(code, reverse, phrase, with, subject, before, after, mutual, alone, noObject, where, errors);
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }

  private static @Nullable VerbPattern parsePhrase(
      String code,
      @Nullable String reverse,
      String phrase,
      Set<String> with,
      Set<String> subject,
      WordSequence before,
      WordSequence after,
      boolean mutual,
      boolean alone,
      boolean noObject,
      String where,
      List<String> errors) {
    String[] words = phrase.strip().split("\\s+");
    if (words.length == 0 || words[0].isEmpty()) {
      errors.add(where + ": empty phrase; write a verb lemma such as \"attack\"");
      return null;
    }
    String verb = words[0];
    if (!WORD.matcher(verb).matches()) {
      errors.add(
          where + ": phrase \"" + phrase + "\" must start with a verb lemma in lower case, not \"" + verb + "\"");
      return null;
    }
    @Nullable String particle = null;
    Set<String> nouns = Set.of();
    List<String> preps = List.of();
    List<String> sourcePreps = List.of();
    for (int i = 1; i < words.length; i++) {
      String w = words[i];
      if (w.startsWith("+")) {
        nouns = words(w.substring(1), where, "object noun", errors);
      } else if (w.startsWith(">")) {
        preps = List.copyOf(words(w.substring(1), where, "preposition", errors));
      } else if (w.startsWith("<")) {
        sourcePreps = List.copyOf(words(w.substring(1), where, "source preposition", errors));
      } else if (WORD.matcher(w).matches() && particle == null && nouns.isEmpty() && preps.isEmpty()) {
        particle = w;
      } else {
        errors.add(
            where
                + ": phrase \""
                + phrase
                + "\" has an unexpected word \""
                + w
                + "\"; write VERB [PARTICLE] [+NOUN|...] [>PREP|...] [<PREP|...]");
        return null;
      }
    }
    if (noObject && !nouns.isEmpty()) {
      errors.add(where + ": phrase \"" + phrase.strip() + "\" names an object noun, which \"; no object\" forbids");
      return null;
    }
    return new VerbPattern(
        code, reverse, verb, particle, nouns, preps, with, where, phrase.strip(),
        before, after, sourcePreps, mutual, subject, alone, noObject);
  }

  private static Set<String> words(String list, String where, String what, List<String> errors) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : list.split("\\|")) {
      String word = w.strip().toLowerCase(Locale.ROOT);
      if (!WORD.matcher(word).matches()) {
        errors.add(where + ": " + what + " \"" + w.strip() + "\" is not a lower-case word");
      } else {
        out.add(word);
      }
    }
    return out;
  }

  /** The patterns of a verb lemma, most specific first; empty when none. */
  public List<VerbPattern> forVerb(String lemma) {
    return byVerb.getOrDefault(lemma, List.of());
  }

  /**
   * The patterns for a verb token: those written for its very word form first, when that differs
   * from its lemma ("left" for a PETRARCH block headed LEFT, which is not the lemma "leave"), then
   * those of its lemma; each group most specific first.
   */
  public List<VerbPattern> forToken(String word, String lemma) {
    String form = word.toLowerCase(Locale.ROOT);
    List<VerbPattern> byLemma = forVerb(lemma);
    if (form.equals(lemma)) {
      return byLemma;
    }
    List<VerbPattern> byForm = forVerb(form);
    if (byForm.isEmpty()) {
      return byLemma;
    }
    List<VerbPattern> both = new ArrayList<>(byForm);
    both.addAll(byLemma);
    return both;
  }

  /** Every verb lemma that has a pattern. */
  public Collection<String> verbs() {
    return byVerb.keySet();
  }

  public int size() {
    return size;
  }

  /** Every pattern, ordered by rule. */
  public List<VerbPattern> all() {
    return byVerb.values().stream()
        .flatMap(List::stream)
        .sorted(Comparator.comparing(VerbPattern::rule, VerbPatternDictionary::compareRules))
        .toList();
  }

  private static int compareRules(String a, String b) {
    String[] x = a.split(":");
    String[] y = b.split(":");
    int byFile = x[0].compareTo(y[0]);
    return byFile != 0 ? byFile : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
  }

  @Override
  public String toString() {
    return "VerbPatternDictionary[" + size + " patterns, " + byVerb.size() + " verbs]";
  }
}
