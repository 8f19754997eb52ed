package org.brink.coding.events.petrarch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.brink.coding.events.VerbPattern;
import org.brink.coding.events.VerbPatternDictionary;

/**
 * Reads a PETRARCH verb dictionary (the PETRARCH-2 {@code CAMEO.2.0.txt} format, and the older
 * linear PETRARCH-1/TABARI patterns) into Brink {@link VerbPattern}s.
 *
 * <p>A PETRARCH verb block lists synonymous verbs and the patterns they share:
 *
 * <pre>
 * &amp;CEASEFIRE              a synonym set
 * +TRUCE
 * +CEASE_FIRE
 * --- OBSERVE [010] ---   a block and its default code
 * NOTE
 * SEE {SEES SEEN}         a verb, its inflections (ignored: Brink matches lemmas)
 * - * &amp;CEASEFIRE [0871]  * is the verb; a noun after it is the object
 * - * (WITH HOSTILITY) [110]
 * </pre>
 *
 * gives {@code 010 note}, {@code 010 see}, {@code 0871 note +truce|fire}, {@code 0871 see
 * +truce|fire}, {@code 110 note >with ; with hostility}, and so on: one Brink pattern per verb of
 * the block. What maps, what is approximated and what is dropped is documented in {@code
 * docs/patterns.md} ("PETRARCH verb dictionaries"). A line that cannot be mapped is skipped and
 * reported; the rest of the file still loads, so reading never fails on content.
 *
 * <p>Design decision: the translation is also written as Brink dictionary text ({@link
 * Result#brinkText()}), line-aligned with the PETRARCH file: each Brink line stands at the line
 * number of the PETRARCH line it comes from, the others are kept as comments. Parsing that text
 * with {@link VerbPatternDictionary#parse} gives exactly {@link Result#patterns()}, rules ({@code
 * FILE:LINE}) included, and the text can be printed for review.
 */
public final class PetrarchVerbReader {
  private PetrarchVerbReader() {}

  /**
   * Reads a dictionary.
   *
   * @param fileName the name used in rules ({@code "CAMEO.2.0.txt:812"}) and messages; a bare file
   *     name, without ':'
   * @param content the whole file
   * @param knownCode which CAMEO codes Brink may code; patterns with other codes are reported
   */
  public static Result read(String fileName, String content, Predicate<String> knownCode) {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(knownCode, "knownCode");
    if (fileName.isBlank() || fileName.indexOf(':') >= 0) {
      throw new IllegalArgumentException(
          "file name '" + fileName + "' must be non-blank without ':', since rules are FILE:LINE");
    }
    return new VerbFileTranslator(fileName, content, knownCode).translate();
  }

  /**
   * What was read.
   *
   * @param synsets synonym sets defined
   * @param blocks verb blocks ({@code --- NAME [CODE] ---})
   * @param verbs verbs taken into a block (each verb once, in its first block)
   * @param verbPatterns bare-verb Brink patterns: verbs whose own or block code is an event
   * @param patternLines pattern lines ({@code - ...}); always {@code mapped + approximated +
   *     discarded + dropped}
   * @param mapped pattern lines Brink expresses as written
   * @param approximated pattern lines mapped with a loss, each loss in {@link
   *     Result#approximations()}
   * @param discarded {@code [---]} pattern lines: "no event" in PETRARCH, which Brink cannot hold
   *     (see {@link Result#discards()})
   * @param dropped pattern lines not mapped, each in {@link Result#problems()}
   * @param patterns Brink patterns produced, bare verbs included (one per verb of a block)
   */
  public record Counts(
      int synsets,
      int blocks,
      int verbs,
      int verbPatterns,
      int patternLines,
      int mapped,
      int approximated,
      int discarded,
      int dropped,
      int patterns) {}

  /**
   * A dictionary read.
   *
   * @param fileName the name given to {@link #read}
   * @param patterns the Brink patterns, in file order
   * @param discards the {@code [---]} patterns Brink could express if it had negative patterns,
   *     each with the null code {@code "---"}; not part of {@link #patterns()}
   * @param problems lines not mapped, in line order: {@code "FILE:LINE: reason: 'line'"}
   * @param approximations losses of mapped lines, in line order, same form
   * @param problemCounts problems by category ({@code "words-before-verb"}), sorted by category
   * @param approximationCounts approximations by category, sorted by category
   * @param counts what was read, mapped, approximated and dropped
   * @param brinkText the translation in Brink's dictionary format, line-aligned with the file
   */
  public record Result(
      String fileName,
      List<VerbPattern> patterns,
      List<VerbPattern> discards,
      List<String> problems,
      List<String> approximations,
      Map<String, Integer> problemCounts,
      Map<String, Integer> approximationCounts,
      Counts counts,
      String brinkText) {
    public Result {
      Objects.requireNonNull(fileName, "fileName");
      patterns = List.copyOf(patterns);
      discards = List.copyOf(discards);
      problems = List.copyOf(problems);
      approximations = List.copyOf(approximations);
      problemCounts = Collections.unmodifiableMap(new LinkedHashMap<>(problemCounts));
      approximationCounts = Collections.unmodifiableMap(new LinkedHashMap<>(approximationCounts));
      Objects.requireNonNull(counts, "counts");
      Objects.requireNonNull(brinkText, "brinkText");
    }

    /**
     * The patterns as a dictionary, by parsing {@link #brinkText()} under {@link #fileName()}. Any
     * well-formed code is taken: the translation kept codes outside CAMEO on purpose and noted
     * each in {@link #approximations()}.
     */
    public VerbPatternDictionary dictionary() {
      return VerbPatternDictionary.parse(fileName, brinkText, code -> true);
    }
  }
}
