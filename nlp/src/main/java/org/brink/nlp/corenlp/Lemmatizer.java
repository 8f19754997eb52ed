package org.brink.nlp.corenlp;

import edu.stanford.nlp.process.Morphology;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every lemma CoreNLP's lemmatizer could give a word, whatever part of speech the tagger picks: the
 * prefilter's view of a token before it is tagged.
 *
 * <p>Implementation notes: the word and its lower-case form are lemmatized as each verb and common
 * noun tag ({@code Morphology}, the lemmatizer the pipeline's lemma stage uses), and {@link
 * TagRepair}'s lemma (a plural "-s" cut off) is added, so the set holds whatever lemma the
 * annotated sentence would get for the word. A {@code Morphology} is not thread-safe: one per
 * thread. Results are cached per word in a map that is cleared when it grows past {@link
 * #CACHE_LIMIT} words, which bounds its memory on a corpus of any size.
 */
final class Lemmatizer {
  private static final String[] TAGS = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "NN", "NNS", "NNP", "NNPS", "JJ"};
  static final int CACHE_LIMIT = 200_000;
  private static final ThreadLocal<Morphology> MORPHOLOGY = ThreadLocal.withInitial(Morphology::new);
  private static final ConcurrentHashMap<String, Set<String>> CACHE = new ConcurrentHashMap<>();

  private Lemmatizer() {}

  static Set<String> lemmas(String word) {
    Set<String> cached = CACHE.get(word);
    if (cached != null) {
      return cached;
    }
    if (CACHE.size() > CACHE_LIMIT) {
      CACHE.clear();
    }
    Set<String> out = Set.copyOf(compute(word));
    CACHE.put(word, out);
    return out;
  }

  private static Set<String> compute(String word) {
    Morphology m = MORPHOLOGY.get();
    String lower = word.toLowerCase(Locale.ROOT);
    Set<String> out = new HashSet<>();
    out.add(lower);
    if (lower.length() > 1 && lower.endsWith("s")) {
      out.add(lower.substring(0, lower.length() - 1));
    }
    for (String tag : TAGS) {
      for (String w : lower.equals(word) ? new String[] {word} : new String[] {word, lower}) {
        String lemma = m.lemma(w, tag);
        if (lemma != null) {
          out.add(lemma.toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }
}
