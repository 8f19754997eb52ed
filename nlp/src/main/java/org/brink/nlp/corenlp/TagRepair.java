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
 *
 * <p>Second, present-tense news leads and headlines ("The Ukrainian military targets the Ryazan
 * Refinery", "Israel strikes Iran") are tagged as noun phrases when the verb is also a plural
 * noun. A plural noun from a short list of event verbs is retagged as a verb (VBZ) when no finite
 * verb comes before it (a coordinated later verb, "... and causes a fire", does not count) and the
 * next word opens a noun phrase (a determiner,
 * a proper noun, a number, a currency sign, a possessive or an adjective: "Lukashenko pardons several opposition
 * figures"; court verbs, "A German court sentences seven members").
 */
final class TagRepair {
  private static final Set<String> COMPOUND_NOUNS = Set.of("drone", "drones");
  private static final Set<String> EVENT_VERBS =
      Set.of(
          "target", "strike", "attack", "raid", "shell", "bomb", "hit", "kill", "arrest", "sanction",
          "summon", "protest", "visit", "host", "release", "order", "charge", "claim", "request",
          "sign", "fire", "seize", "capture", "ban", "block", "call", "plan", "pledge", "pardon",
          "halt", "impose", "threaten", "warn", "urge", "demand", "expel", "suspend", "deploy",
          "launch", "reject", "accuse", "condemn", "welcome", "announce", "approve", "offer", "grant",
          "sentence", "convict", "acquit", "jail", "detain", "indict", "oust", "fine", "sue");
  private static final Set<String> NOUN_PHRASE_OPENERS = Set.of("DT", "NNP", "NNPS", "CD", "PRP$", "JJ", "$");
  private static final Set<String> FINITE_VERBS = Set.of("VBZ", "VBD", "VBP", "MD");

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
    for (int i = 1; i + 1 < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      if (FINITE_VERBS.contains(t.tag())) {
        return; // the clause has its verb already: what follows is not a lead's verb
      }
      String word = t.word();
      String base = word.length() > 1 ? word.substring(0, word.length() - 1) : word;
      if ("NNS".equals(t.tag())
          && word.endsWith("s")
          && EVENT_VERBS.contains(base)
          && NOUN_PHRASE_OPENERS.contains(tokens.get(i + 1).tag())) {
        t.setTag("VBZ");
        t.setLemma(base);
        return;
      }
    }
  }
}
