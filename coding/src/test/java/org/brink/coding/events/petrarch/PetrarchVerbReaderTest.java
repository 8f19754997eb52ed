package org.brink.coding.events.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.brink.coding.events.VerbPattern;
import org.brink.coding.events.WordSequence;
import org.brink.coding.events.petrarch.PetrarchVerbReader.Result;
import org.brink.coding.ontology.Ontology;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Each PETRARCH construct on a small hand-written dictionary, with the exact Brink patterns. */
class PetrarchVerbReaderTest {
  static final Predicate<String> KNOWN = Ontology.load()::isKnown;

  private static Result read(String text) {
    return PetrarchVerbReader.read("t.verbs", text, KNOWN);
  }

  private static VerbPattern pattern(
      String code,
      String verb,
      @Nullable String particle,
      Set<String> nouns,
      List<String> preps,
      Set<String> with,
      int line,
      String phrase) {
    return new VerbPattern(code, null, verb, particle, nouns, preps, with, "t.verbs:" + line, phrase);
  }

  /** A pattern whose words after the verb are matched as a run ({@code ; after}). */
  private static VerbPattern run(
      String code, String verb, List<String> preps, int line, String phrase, String after) {
    List<String> errors = new java.util.ArrayList<>();
    WordSequence words = WordSequence.parseAfter(after, "t.verbs:" + line, errors);
    assertThat(errors).isEmpty();
    return new VerbPattern(
        code, null, verb, null, Set.of(), preps, Set.of(), "t.verbs:" + line, phrase, WordSequence.NONE, words, List.of(), false, Set.of(), false, false);
  }

  private static VerbPattern bare(String code, String verb, int line) {
    return pattern(code, verb, null, Set.of(), List.of(), Set.of(), line, verb);
  }

  @Test
  void eachVerbOfABlockCodesAloneWithItsOwnOrTheBlockCode() {
    Result r =
        read(
            """
            --- ATTACK [190] ---
            ATTACK
            POUND {POUNDS POUNDED POUNDING}  # inflections are ignored
            SHELL [194]
            """);
    assertThat(r.patterns())
        .containsExactly(
            bare("190", "attack", 2), bare("190", "pound", 3), bare("194", "shell", 4));
    assertThat(r.problems()).isEmpty();
    assertThat(r.counts().verbs()).isEqualTo(3);
    assertThat(r.counts().verbPatterns()).isEqualTo(3);
  }

  @Test
  void aBlockWithTheNullCodeGivesItsVerbsNoEventOfTheirOwn() {
    Result r =
        read(
            """
            --- MEET [---] ---
            MEET
            CONFER [040]
            """);
    assertThat(r.patterns()).containsExactly(bare("040", "confer", 3));
    assertThat(r.counts().verbs()).isEqualTo(2);
  }

  @Test
  void aPatternAppliesToEveryVerbOfItsBlockWithTheObjectNounInTheSingular() {
    Result r =
        read(
            """
            --- EXPEL [---] ---
            EXPEL
            OUST
            - * AMBASSADORS [161] # EXPEL
            """);
    assertThat(r.patterns())
        .containsExactly(
            pattern(
                "161",
                "expel",
                null,
                Set.of("ambassador"),
                List.of(),
                Set.of(),
                4,
                "expel +ambassador"),
            pattern(
                "161",
                "oust",
                null,
                Set.of("ambassador"),
                List.of(),
                Set.of(),
                4,
                "oust +ambassador"));
    assertThat(r.counts().mapped()).isEqualTo(1);
    assertThat(r.approximations()).isEmpty();
  }

  @Test
  void aMultiWordNounIsARunOfAdjacentWords() {
    Result r =
        read(
            """
            --- SEVER [---] ---
            SEVER
            - * {DIPLOMATIC TIES} [161]
            """);
    assertThat(r.patterns())
        .containsExactly(run("161", "sever", List.of(), 3, "sever", "diplomatic_ties"));
    assertThat(r.counts().mapped()).isEqualTo(1);
  }

  @Test
  void aPhraseWithWordsAndNoTargetMarkIsARunOfWordsNotTheTargetsPlace() {
    Result r =
        read(
            """
            --- THANK [---] ---
            THANK
            - * (FOR COOPERATING) [051]
            """);
    assertThat(r.patterns())
        .as("PETRARCH takes the target as for any verb phrase: the object ('thanked Chile for cooperating')")
        .containsExactly(run("051", "thank", List.of(), 3, "thank", "for cooperating"));
    assertThat(r.counts().mapped()).isEqualTo(1);
  }

  @Test
  void aPhraseHoldingTheTargetGivesItsPrepositionAlone() {
    Result r =
        read(
            """
            --- CLASH [---] ---
            CLASH
            - * (WITH +) [190]
            - * (AT ^) [190]
            """);
    assertThat(r.patterns())
        .containsExactly(
            pattern("190", "clash", null, Set.of(), List.of("with"), Set.of(), 3, "clash >with"),
            pattern("190", "clash", null, Set.of(), List.of("at"), Set.of(), 4, "clash >at"));
    assertThat(r.approximations()).isEmpty();
  }

  @Test
  void slashSeparatesAlternativePrepositionsAndNouns() {
    Result r =
        read(
            """
            --- GATHER [---] ---
            GATHER
            - * (TO/FOR PROTEST/RALLY) [141]
            """);
    assertThat(r.patterns())
        .containsExactly(
            run("141", "gather", List.of(), 3, "gather", "to|for protest|rally"));
  }

  @Test
  void synonymSetsExpandToTheirMembersNestedSetsIncluded() {
    Result r =
        read(
            """
            &MILITARY
            +SOLDIER
            +TROOPS
            +ARMED_FORCES

            &FIGHTERS_
            +&MILITARY
            +MILITIAS

            --- SEND [---] ---
            SEND
            - * &FIGHTERS [154]
            """);
    assertThat(r.patterns())
        .containsExactly(
            run("154", "send", List.of(), 12, "send", "soldier|troops|armed_forces|militias"));
    // a multi-word synonym makes the set a run of words: ARMED FORCES needs both
    assertThat(r.approximations()).isEmpty();
    assertThat(r.counts().synsets()).isEqualTo(2);
  }

  @Test
  void aSynonymSetMayBeUsedBeforeItIsDefined() {
    Result r =
        read(
            """
            --- SEND [---] ---
            SEND
            - * &AID [070]

            &AID
            +AID
            +ASSISTANCE
            """);
    assertThat(r.patterns())
        .containsExactly(
            pattern(
                "070",
                "send",
                null,
                Set.of("aid", "assistance"),
                List.of(),
                Set.of(),
                3,
                "send +aid|assistance"));
  }

  @Test
  void aParticleAfterTheVerbBecomesThePatternsParticle() {
    Result r =
        read(
            """
            --- BREAK [---] ---
            BREAK
            - * OFF TIES [161]
            - * (UP TALKS) [164]
            """);
    assertThat(r.patterns())
        .containsExactly(
            pattern("161", "break", "off", Set.of("tie"), List.of(), Set.of(), 3, "break off +tie"),
            pattern(
                "164", "break", "up", Set.of("talk"), List.of(), Set.of(), 4, "break up +talk"));
  }

  @Test
  void aMultiWordVerbGivesVerbAndParticleOrPreposition() {
    Result r =
        read(
            """
            --- STRENGTHEN [---] ---
            +BEEF_UP [154]
            +ASK_FOR [020]
            +WAGE_WAR [190]
            """);
    assertThat(r.patterns())
        .containsExactly(
            pattern("154", "beef", "up", Set.of(), List.of(), Set.of(), 2, "beef up"),
            pattern("020", "ask", null, Set.of(), List.of("for"), Set.of(), 3, "ask >for"),
            pattern("190", "wage", null, Set.of("war"), List.of(), Set.of(), 4, "wage +war"));
  }

  @Test
  void aMultiWordVerbTakesOnlyThePatternsItsOwnWordsDoNotClashWith() {
    Result r =
        read(
            """
            --- WAGE [---] ---
            FIGHT
            +WAGE_WAR
            - * (AGAINST +) [190]
            - * BATTLE [190]
            """);
    assertThat(r.patterns())
        .containsExactly(
            pattern(
                "190", "fight", null, Set.of(), List.of("against"), Set.of(), 4, "fight >against"),
            pattern(
                "190",
                "wage",
                null,
                Set.of("war"),
                List.of("against"),
                Set.of(),
                4,
                "wage +war >against"),
            pattern(
                "190", "fight", null, Set.of("battle"), List.of(), Set.of(), 5, "fight +battle"));
    assertThat(r.approximations())
        .containsExactly(
            "t.verbs:3: 1 pattern of block WAGE does not apply to '+WAGE_WAR', whose own particle,"
                + " object noun or preposition clashes with theirs (line 5): '+WAGE_WAR'");
  }

  @Test
  void aLoneWordAfterTheVerbThatIsNoNounIsMatchedAsARunNotAsTheObject() {
    Result r =
        read(
            """
            --- WARN [160] ---
            WARN
            - * THEIR ^ ABOUT +  [162]
            - INDICATED WOULD * NOW  [1010]
            - * CITIZENS  [163]
            """);
    assertThat(r.patterns())
        .extracting(p -> p.code() + " " + p.phrase() + " | " + p.objectNouns() + " | " + p.after().renderAfter())
        .contains("162 warn >about | [] | their about", "1010 warn | [] | now", "163 warn +citizen | [citizen] | ");
  }

  @Test
  void aSayingVerbGivesNoBareEventButKeepsItsPatterns() {
    Result r =
        read(
            """
            --- SAID [023] ---
            SAID
            - * PLEASED  [041]
            --- TELL [023] ---
            TELL
            ACKNOWLEDGE
            """);
    assertThat(r.patterns())
        .extracting(p -> p.code() + " " + p.phrase())
        .containsExactly("041 said +pleased", "023 acknowledge");
    assertThat(r.approximations())
        .containsExactly(
            "t.verbs:2: 'SAID' alone gives no 023: Brink codes what is said, not the saying; the"
                + " block's patterns still apply: 'SAID'",
            "t.verbs:5: 'TELL' alone gives no 023: Brink codes what is said, not the saying; the"
                + " block's patterns still apply: 'TELL'");
    assertThat(r.approximationCounts()).containsEntry("bare-saying", 2);
  }

  @Test
  void wordsBeforeTheVerbAreJoinedIntoOneLemma() {
    Result r =
        read(
            """
            --- ARREST [173] ---
            RE_+ARREST
            """);
    assertThat(r.patterns()).containsExactly(bare("173", "re-arrest", 2));
    assertThat(r.approximations())
        .containsExactly(
            "t.verbs:2: 'RE_+ARREST' read as the single verb 're-arrest': 'RE_+ARREST'");
  }

  @Test
  void sourceBeforeAndTargetAfterTheVerbAreBrinksDefaultReading() {
    Result r =
        read(
            """
            --- CONDEMN [---] ---
            CONDEMN
            - $ * + [111]
            """);
    assertThat(r.patterns()).containsExactly(bare("111", "condemn", 3));
    assertThat(r.counts().mapped()).isEqualTo(1);
  }

  @Test
  void aPairedCodeGivesTheReverseEventToo() {
    Result r =
        read(
            """
            --- RUSH [---] ---
            RUSH
            - * (TO) [042:043]
            """);
    assertThat(r.patterns())
        .containsExactly(
            new VerbPattern(
                "042", "043", "rush", null, Set.of(), List.of("to"), Set.of(), "t.verbs:3", "rush >to"));
    assertThat(r.approximations()).isEmpty();
    assertThat(r.counts().mapped()).isEqualTo(1);
    // the Brink text it renders reads back to the same pattern
    assertThat(r.dictionary().forVerb("rush")).containsExactlyElementsOf(r.patterns());
  }

  @Test
  void aReverseEventOutsideCameoIsDroppedAndReported() {
    Result r =
        read(
            """
            --- RUSH [---] ---
            RUSH
            - * (TO) [042:999]
            """);
    assertThat(r.patterns())
        .containsExactly(
            pattern("042", "rush", null, Set.of(), List.of("to"), Set.of(), 3, "rush >to"));
    assertThat(r.approximations())
        .containsExactly(
            "t.verbs:3: code [042:999]: the reverse event 999 is not a CAMEO code Brink knows;"
                + " Brink gives only 042: '- * (TO) [042:999]'");
    assertThat(r.counts().approximated()).isEqualTo(1);
  }

  @Test
  void aDiscardPatternIsCountedAndKeptApartWithTheNullCode() {
    Result r =
        read(
            """
            --- CRASH [190] ---
            CRASH
            - * (INTO SEA) [---]
            """);
    assertThat(r.patterns()).containsExactly(bare("190", "crash", 2));
    assertThat(r.discards())
        .containsExactly(run("---", "crash", List.of(), 3, "crash", "into sea"));
    assertThat(r.counts().discarded()).isEqualTo(1);
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void severalConditionsAreARunOfWords() {
    Result r =
        read(
            """
            --- LOOK [---] ---
            LOOK
            - * (TO FUTURE) (WITH OPTIMISM) [013]
            """);
    assertThat(r.patterns())
        .containsExactly(
            run("013", "look", List.of(), 3, "look", "to future with optimism"));
    // the run needs every word, so nothing is left out
    assertThat(r.approximations()).isEmpty();
  }

  @Test
  void aBarePrepositionInAnOldLinearPatternOpensAPhrase() {
    Result r =
        read(
            """
            --- TALK [---] ---
            TALK
            - * WITH + [040]
            """);
    assertThat(r.patterns())
        .containsExactly(
            pattern("040", "talk", null, Set.of(), List.of("with"), Set.of(), 3, "talk >with"));
    assertThat(r.approximations())
        .containsExactly(
            "t.verbs:3: 'WITH +' read as the prepositional phrase '(WITH +)': '- * WITH + [040]'");
  }

  @Test
  void aVerbListedInTwoBlocksTakesThePatternsOfBoth() {
    Result r =
        read(
            """
            --- VOICE [010] ---
            VOICE
            - * CONCERN [012]
            --- EXPRESS [---] ---
            VOICE
            - * OPTIMISM [013]
            """);
    assertThat(r.patterns())
        .containsExactly(
            bare("010", "voice", 2),
            pattern("012", "voice", null, Set.of("concern"), List.of(), Set.of(), 3, "voice +concern"),
            pattern(
                "013", "voice", null, Set.of("optimism"), List.of(), Set.of(), 6, "voice +optimism"));
    assertThat(r.approximations())
        .containsExactly(
            "t.verbs:5: verb 'voice' is also in block VOICE (line 2); Brink gives it the patterns of"
                + " both, PETRARCH-2 only those of the first: 'VOICE'");
  }

  @Test
  void commentsInAllThreeStylesAreSkipped() {
    Result r =
        read(
            """
            <!-- a comment
                 over two lines -->
            --- ATTACK [190] --- # the block
            ATTACK ;tony 3/9/91
            <!-- one more --> - * TOWN [190]
            """);
    assertThat(r.patterns())
        .containsExactly(
            bare("190", "attack", 4),
            pattern("190", "attack", null, Set.of("town"), List.of(), Set.of(), 5, "attack +town"));
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void patternLinesAreMappedApproximatedDiscardedOrDropped() {
    Result r =
        read(
            """
            --- GRUMBLE [111] ---
            GRUMBLE
            - * (ABOUT +) [111]
            - * (TO) [042:999]
            - * (INTO SEA) [---]
            - {RIOT POLICE} * [173]
            """);
    PetrarchVerbReader.Counts c = r.counts();
    assertThat(List.of(c.patternLines(), c.mapped(), c.approximated(), c.discarded(), c.dropped()))
        .containsExactly(4, 1, 1, 1, 1);
    assertThat(r.problemCounts()).containsExactly(java.util.Map.entry("words-before-verb", 1));
    assertThat(r.approximationCounts()).containsExactly(java.util.Map.entry("paired-code", 1));
    assertThat(c.patterns()).isEqualTo(r.patterns().size()).isEqualTo(3);
  }

  @Test
  void wordsBeforeTheVerbBecomeABeforeConditionWithSynonymSetsExpanded() {
    Result r =
        read(
            """
            &NEGAUX
            +DID N'T
            +WILL NOT

            --- CLASH [121] ---
            CLASH
            - MOST_CERTAINLY_&NEGAUX_EVER * [907]
            - &NEGAUX EVER * [905]
            - FAILED_TO_* [111]
            """);
    assertThat(r.problems()).isEmpty();
    assertThat(r.patterns())
        .filteredOn(p -> !p.before().isEmpty())
        .extracting(p -> p.code() + " " + p.before().render())
        .containsExactly(
            "907 most_certainly_did_n't_ever|most_certainly_will_not_ever",
            "905 did_n't|will_not ever",
            "111 failed_to_");
    assertThat(r.brinkText()).contains("905  clash ; before did_n't|will_not ever  # - &NEGAUX EVER * [905]");
    // the text parses back into the same conditions
    assertThat(r.dictionary().forVerb("clash"))
        .extracting(VerbPattern::before)
        .containsAll(r.patterns().stream().map(VerbPattern::before).toList());
  }

  @Test
  void wordsAfterTheVerbThatAreMoreThanOneObjectNounAreMatchedAsARun() {
    Result r =
        read(
            """
            &CURRENCY
            +DOLLARS
            +GOLDEN_GOBLIN_GALLEONS

            --- CONTRIBUTE [070] ---
            CONTRIBUTE
            - * &CURRENCY [903]
            - * RUPEES [071]
            - * REALLY_PLEASANT [024]
            - * IMPROVED ECONOMIC RELATIONS (WITH +) [904]
            """);
    assertThat(r.problems()).isEmpty();
    assertThat(r.patterns())
        .extracting(p -> p.code() + " " + p.phrase() + " | " + p.objectNouns() + " | " + p.after().renderAfter())
        .containsExactly(
            "070 contribute | [] | ",
            // a multi-word synonym needs all its words, adjacent
            "903 contribute | [] | golden_goblin_galleons|dollars",
            // one word is still an object noun
            "071 contribute +rupee | [rupee] | ",
            "024 contribute | [] | really_pleasant",
            // three nouns in a row, once dropped, are a run; the phrase still names the target
            "904 contribute >with | [] | improved economic relations with");
    assertThat(r.brinkText()).contains("024  contribute ; after really_pleasant  # - * REALLY_PLEASANT [024]");
  }

  @Test
  void aSourcePhraseAfterTheVerbTakesTheSourceAndLeavesTheSubjectAsTarget() {
    Result r =
        read(
            """
            --- RECEIVE [---] ---
            RECEIVE
            - + * FROM $ [071]
            - * (OF $) (FROM +) [012]
            - + HAS * MONEY $ [071]
            """);
    assertThat(r.patterns())
        .extracting(p -> p.code() + " " + p.phrase() + " " + p.sourcePrepositions())
        .containsExactly("071 receive <from [from]", "012 receive >from <of [of]");
    // a '$' that is no phrase's stays out
    assertThat(r.problems())
        .singleElement()
        .asString()
        .contains("'$' after the verb outside a phrase");
    assertThat(r.brinkText()).contains("071  receive <from  # - + * FROM $ [071]");
  }

  @Test
  void aCompoundMarkerBeforeTheVerbNeedsCoordinatedSubjectsAndAfterItMarksTheTarget() {
    Result r =
        read(
            """
            --- AGREE [081] ---
            AGREE
            - % * [030:030]
            - * (WITH %) [031]
            """);
    assertThat(r.problems()).isEmpty();
    assertThat(r.patterns())
        .extracting(p -> p.code() + " " + p.phrase() + " " + p.mutual())
        .containsExactly("081 agree false", "030 agree true", "031 agree >with false");
    assertThat(r.brinkText()).contains("030:030  agree ; mutual");
  }

  @Test
  void rejectsAFileNameThatWouldBreakRules() {
    assertThatThrownBy(() -> PetrarchVerbReader.read("C:verbs.txt", "", KNOWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "file name 'C:verbs.txt' must be non-blank without ':', since rules are FILE:LINE");
  }
}
