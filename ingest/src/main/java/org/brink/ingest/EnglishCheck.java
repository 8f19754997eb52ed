package org.brink.ingest;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A cheap test of whether a text is English, which Brink's models and dictionaries cover.
 *
 * <p>Implementation notes: two signals, both counted in one pass. The script: a text whose letters
 * are mostly not Latin is not English. The function words: in English prose the fifty-odd most
 * common function words ("the", "of", "and", "said") make up a third or more of the words, and in
 * other languages written in Latin letters only a few percent (some are shared: "a", "in", "is"). A
 * text is judged not English when under 20% of its words are English function words while the
 * common function words of Spanish, French, German, Italian, Portuguese or Dutch are at least three
 * and more than twice as frequent, or, for texts of {@value #LONG_TEXT} words or more, when under
 * 10% are. Texts under {@value #MIN_WORDS} words are not judged: headlines and one-line summaries
 * are too short to tell.
 */
final class EnglishCheck {
  static final int MIN_WORDS = 12;

  /**
   * From this many words on, a text with almost no English function words is judged not English
   * even when no other language's function words are found (Polish, Turkish, Indonesian...).
   * Shorter texts need that positive evidence: a one-sentence summary full of names can have few
   * function words.
   */
  static final int LONG_TEXT = 40;

  private static final Set<String> ENGLISH =
      Set.of(
          "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "on", "was", "with", "as",
          "by", "at", "he", "she", "they", "his", "her", "their", "its", "from", "be", "are",
          "were", "been", "has", "have", "had", "not", "but", "or", "an", "this", "which", "will",
          "would", "who", "after", "said", "says", "also", "than", "into", "over", "about", "more",
          "there", "we", "i", "you", "what", "when", "can", "could", "should", "while", "against",
          "between", "up", "out", "other", "them", "these", "those", "if", "our", "before");

  private static final Set<String> OTHER =
      Set.of(
          // Spanish
          "de",
          "la",
          "que",
          "el",
          "en",
          "los",
          "del",
          "las",
          "por",
          "un",
          "una",
          "para",
          "con",
          "se",
          "su",
          "al",
          "es",
          "lo",
          "como",
          "más",
          "pero",
          "sus",
          "fue",
          "ha",
          "este",
          "esta",
          // French
          "le",
          "les",
          "des",
          "et",
          "du",
          "une",
          "est",
          "pour",
          "qui",
          "dans",
          "par",
          "sur",
          "pas",
          "au",
          "avec",
          "ce",
          "il",
          "elle",
          "sont",
          "été",
          "aux",
          "ont",
          // German
          "der",
          "die",
          "und",
          "den",
          "das",
          "ist",
          "nicht",
          "von",
          "mit",
          "sich",
          "auf",
          "für",
          "dem",
          "ein",
          "eine",
          "zu",
          "im",
          "auch",
          "sie",
          "werden",
          "wurde",
          "nach",
          "bei",
          "hat",
          // Dutch
          "het",
          "een",
          "van",
          "niet",
          "zijn",
          "op",
          "voor",
          "dat",
          "ook",
          "werd",
          // Italian and Portuguese
          "di",
          "che",
          "della",
          "non",
          "sono",
          "gli",
          "da",
          "os",
          "não",
          "em",
          "uma",
          "com",
          "na",
          "dos",
          "pelo",
          "nel",
          "alla");

  private EnglishCheck() {}

  /** Why the text does not look like English, or empty when it does or is too short to judge. */
  static Optional<String> whyNotEnglish(String text) {
    Map<UnicodeScript, Integer> letters = new EnumMap<>(UnicodeScript.class);
    int totalLetters = 0;
    int words = 0;
    int english = 0;
    int other = 0;
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= text.length(); ) {
      int cp = i < text.length() ? text.codePointAt(i) : ' ';
      if (Character.isLetter(cp)) {
        totalLetters++;
        letters.merge(UnicodeScript.of(cp), 1, Integer::sum);
        word.appendCodePoint(Character.toLowerCase(cp));
      } else if (word.length() > 0) {
        words++;
        String w = word.toString();
        if (ENGLISH.contains(w)) {
          english++;
        } else if (OTHER.contains(w)) {
          other++;
        }
        word.setLength(0);
      }
      i += i < text.length() ? Character.charCount(cp) : 1;
    }
    if (words < MIN_WORDS) {
      return Optional.empty();
    }
    int latin = letters.getOrDefault(UnicodeScript.LATIN, 0);
    if (latin * 2 < totalLetters) {
      UnicodeScript main = UnicodeScript.LATIN;
      int most = -1;
      for (Map.Entry<UnicodeScript, Integer> e : letters.entrySet()) {
        if (e.getKey() != UnicodeScript.LATIN && e.getValue() > most) {
          main = e.getKey();
          most = e.getValue();
        }
      }
      return Optional.of(
          String.format(
              Locale.ROOT,
              "text does not look like English (%d%% of %,d letters are %s script)",
              Math.round(most * 100.0 / totalLetters),
              totalLetters,
              scriptName(main)));
    }
    double share = (double) english / words;
    boolean otherLanguage = share < 0.20 && other >= 3 && other > 2 * english;
    boolean noEnglish = share < 0.10 && words >= LONG_TEXT;
    if (otherLanguage || noEnglish) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "text does not look like English (English function words %d%% of %,d words)",
              Math.round(share * 100),
              words));
    }
    return Optional.empty();
  }

  private static String scriptName(UnicodeScript script) {
    String name = script.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
