package org.brink.coding.events.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.brink.coding.events.petrarch.PetrarchVerbReader.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lines Brink cannot map: each is skipped with an exact message naming the file, the line, the
 * reason and the line itself, and the rest of the file still loads.
 */
class PetrarchVerbProblemsTest {
  private static final String BLOCK = "--- PROTEST [140] ---\nPROTEST\n";

  private static Result read(String text) {
    return PetrarchVerbReader.read("t.verbs", text, PetrarchVerbReaderTest.KNOWN);
  }

  static Stream<Arguments> unmappablePatterns() {
    return Stream.of(
        Arguments.of("- * RALLY", "no [CODE] at the end of the pattern"),
        Arguments.of("- * * RALLY [141]", "a pattern needs one '*' where the verb stands, not 2"),
        Arguments.of("- RALLY [141]", "a pattern needs one '*' where the verb stands, not 0"),
        Arguments.of("- * (AGAINST RALLY [141]", "'(' without ')'"),
        Arguments.of("- * {MASS RALLY [141]", "'{' without '}'"),
        Arguments.of("- * RALLY) [141]", "')' without its opening bracket"),
        Arguments.of("- * &NOSUCH [141]", "synonym set '&NOSUCH' is not defined"),
        Arguments.of(
            "- {RIOT POLICE} * [141]",
            "words before the verb ('{RIOT POLICE}') hold a phrase or alternatives; Brink matches"
                + " plain words there"),
        Arguments.of(
            "- * MONEY $ [141]",
            "'$' after the verb outside a phrase takes the source from a noun phrase; Brink takes it"
                + " from the subject or a prepositional phrase"),
        Arguments.of(
            "- * (NO OBSTACLE) [141]", "'(NO OBSTACLE)' does not start with a preposition"),
        Arguments.of("- * {U.N. MISSION} [141]", "'U.N.' is not a word Brink can match"),
        Arguments.of(
            "- * RALLY [:141]",
            "code [:141] gives only the reverse event 141 (object to subject); Brink codes subject"
                + " to object"),
        Arguments.of("- * RALLY [14X]", "code '14X' is not a CAMEO code; codes are 2-4 digits"));
  }

  @ParameterizedTest
  @MethodSource("unmappablePatterns")
  void reportsAPatternBrinkCannotMapAndLoadsTheRest(String line, String reason) {
    Result r = read(BLOCK + line + "\n- * RALLY [141]\n");
    assertThat(r.problems()).containsExactly("t.verbs:3: " + reason + ": '" + line + "'");
    assertThat(r.counts().dropped()).isEqualTo(1);
    assertThat(r.patterns())
        .extracting(p -> p.rule() + " " + p.phrase())
        .containsExactly("t.verbs:2 protest", "t.verbs:4 protest +rally");
  }

  static Stream<Arguments> badVerbs() {
    return Stream.of(
        Arguments.of("WILL", "'WILL' is an auxiliary, not a verb that codes an event"),
        Arguments.of(
            "+SHOT_AND {}", "'+SHOT_AND' joins two verbs with AND; a Brink pattern has one"),
        Arguments.of(
            "BEEF_UP",
            "multi-word verb 'BEEF_UP' needs one '+' before its verb word, as in '+BEEF_UP' or"
                + " 'RE_+ARREST'"),
        Arguments.of(
            "+ABC_DEF_GHI",
            "'+ABC_DEF_GHI' has more words than a Brink verb, particle, object noun and"
                + " preposition"),
        Arguments.of("F-16", "verb 'F-16' is not a word Brink can match"),
        Arguments.of("RALLY {RALLIES} extra", "unexpected 'extra' after the verb"),
        // found by PetrarchVerbsFuzzTest: an IndexOutOfBoundsException before
        Arguments.of("__", "verb '__' has no word, only underscores"));
  }

  @ParameterizedTest
  @MethodSource("badVerbs")
  void reportsAVerbBrinkCannotMatch(String line, String reason) {
    Result r = read(BLOCK + line + "\n");
    assertThat(r.problems()).containsExactly("t.verbs:3: " + reason + ": '" + line + "'");
  }

  @Test
  void reportsLinesThatAreNeitherSynonymsBlocksVerbsNorPatterns() {
    Result r =
        read(
            """
            ATTACK
            +TROOPS
            &
            ~ a (a b ATTACK) SAY = a b 015
            --- ATTACK [190] ---
            * (TO QUESTION) [110]
            """);
    assertThat(r.problems())
        .containsExactly(
            "t.verbs:1: not a synonym set, block header, verb or pattern line: 'ATTACK'",
            "t.verbs:2: '+' line outside a synonym set or verb block: '+TROOPS'",
            "t.verbs:3: a synonym set line is '&LABEL' alone: '&'",
            "t.verbs:4: verb transformations ('~') rewrite events PETRARCH-2 has already coded;"
                + " Brink has no such step: '~ a (a b ATTACK) SAY = a b 015'",
            "t.verbs:6: '*' in a verb line; a pattern line starts with '-': '* (TO QUESTION)"
                + " [110]'");
  }

  @Test
  void reportsAPatternOutsideAnyBlock() {
    Result r = read("- * RALLY [141]\n");
    assertThat(r.problems())
        .containsExactly(
            "t.verbs:1: pattern outside a verb block ('--- NAME [CODE] ---'): '- * RALLY [141]'");
  }

  @Test
  void keepsACodeOutsideCameoAndNotesItOnceWhereItIsWritten() {
    // WEIS-coded dictionaries (PETRARCH's validation verbs) code outside CAMEO: the events carry
    // the dictionary's code, without CAMEO's facts
    Result r = read("--- ATTACK [223] ---\nATTACK\nSTORM [999]\n- * TOWN [190]\n- * CITY [903]\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.approximations())
        .containsExactly(
            "t.verbs:1: code '223' is not in the CAMEO ontology; its events carry it with no quad"
                + " class, Goldstein weight or PLOVER category: '--- ATTACK [223] ---'",
            "t.verbs:3: code '999' is not in the CAMEO ontology; its events carry it with no quad"
                + " class, Goldstein weight or PLOVER category: 'STORM [999]'",
            "t.verbs:5: code '903' is not in the CAMEO ontology; its events carry it with no quad"
                + " class, Goldstein weight or PLOVER category: '- * CITY [903]'");
    assertThat(r.approximationCounts()).containsExactly(java.util.Map.entry("outside-cameo", 3));
    assertThat(r.patterns())
        .extracting(p -> p.code() + " " + p.phrase())
        .containsExactlyInAnyOrder(
            "223 attack", "999 storm", "190 attack +town", "190 storm +town", "903 attack +city", "903 storm +city");
    assertThat(r.dictionary().forVerb("storm")).hasSize(3);
  }

  @Test
  void reportsASynonymSetHoldingPhrases() {
    Result r =
        read(
            """
            &TOTHEEND
            +(TO THE END)
            --- RESIST [---] ---
            RESIST
            - * &TOTHEEND [113]
            """);
    assertThat(r.problems())
        .containsExactly(
            "t.verbs:5: synonym set '&TOTHEEND' holds phrases ('(TO THE END)'), which Brink cannot"
                + " read as nouns: '- * &TOTHEEND [113]'");
  }
}
