package org.brink.nlp.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Repairs part-of-speech tags the tagger gets wrong in conflict news, before the parse.
 *
 * <p>The English tagger reads "drone" in "drone strikes", "missile and drone strikes" as a verb
 * ("Russian drone strikes" → "Russian [subject] drone [verb] strikes [object]"), and the parse
 * then has no strike at all. A noun that the tagger marked as a verb, when the next word is a noun
 * and the noun is one of the weapon words that head such compounds, is retagged as a noun. The
 * list is closed and small on purpose: each entry was seen to fail.
 */
final class TagRepair {
  private static final Set<String> COMPOUND_NOUNS = Set.of("drone", "drones");

  private TagRepair() {}

  static void repair(List<CoreLabel> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      String tag = t.tag();
      String next = tokens.get(i + 1).tag();
      if (tag != null
          && tag.startsWith("VB")
          && next != null
          && next.startsWith("NN")
          && COMPOUND_NOUNS.contains(t.word().toLowerCase(Locale.ROOT))) {
        t.setTag(t.word().toLowerCase(Locale.ROOT).endsWith("s") ? "NNS" : "NN");
        t.setLemma("drone");
      }
    }
  }
}
