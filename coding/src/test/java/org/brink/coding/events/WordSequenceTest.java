package org.brink.coding.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.brink.coding.ontology.Ontology;
import org.brink.nlp.AnnotatorConfig;
import org.brink.nlp.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Words a pattern needs before or after its verb ({@code ; before}, {@code ; after}) and
 * coordinated subjects coded against each other ({@code ; mutual}), on real parses of sentences
 * written for this test (synthetic).
 */
class WordSequenceTest {
  private static final Ontology ONTOLOGY = Ontology.load();
  private static CoreNlpAnnotator annotator;

  @BeforeAll
  static void load() {
    annotator = new CoreNlpAnnotator(AnnotatorConfig.defaults());
  }

  private static VerbPatternDictionary parse(String text) {
    return VerbPatternDictionary.parse("t.txt", text, ONTOLOGY::isKnown);
  }

  private static List<String> code(String patterns, String text) {
    return CodeText.events(annotator, patterns, text);
  }

  private static final String CLASH =
      """
      # codes picked for the test only
      121  clash >with
      124  clash >with ; before did_n't|wo_n't
      125  clash >with ; before did_n't|wo_n't ever
      111  agree ; before failed_to_
      """;

  @Test
  void theWordsBeforeTheVerbPickThePatternAndTheirNegationIsThePatternsOwn() {
    assertThat(code(CLASH, "Syria clashed with Jordan on Monday."))
        .containsExactly("SYR 121 JOR asserted");
    assertThat(code(CLASH, "Syria didn't clash with Jordan on Monday."))
        .containsExactly("SYR 124 JOR asserted");
    assertThat(code(CLASH, "Syria won't ever clash with Jordan."))
        .containsExactly("SYR 125 JOR asserted");
    // "did not" is none of the words written: the plain pattern, negated
    assertThat(code(CLASH, "Syria did not clash with Jordan on Monday."))
        .containsExactly("SYR 121 JOR negated");
  }

  @Test
  void aTrailingUnderscoreTiesTheWordsToTheVerb() {
    assertThat(code(CLASH, "Chile failed to agree with Peru on Monday."))
        .containsExactly("CHL 111 PER asserted");
    assertThat(code(CLASH, "Chile failed to quickly agree with Peru on Monday.")).isEmpty();
  }

  @Test
  void wordsAfterTheVerbAreARunWithinItsClauseWhateverTheirGrammaticalRole() {
    String describe = "080  describe\n024  describe ; after really_pleasant\n";
    assertThat(code(describe, "Chile described Peru as a really pleasant neighbour on Monday."))
        .containsExactly("CHL 024 PER asserted");
    // not adjacent: "really" and "pleasant" must touch
    assertThat(code(describe, "Chile described Peru as really a pleasant neighbour on Monday."))
        .containsExactly("CHL 080 PER asserted");
    // the words must stand in the verb's own clause, not in one coordinated with it
    assertThat(code(describe, "Chile described Peru, and Bolivia called it a really pleasant neighbour."))
        .contains("CHL 080 PER asserted")
        .noneMatch(e -> e.contains(" 024 "));
  }

  @Test
  void aSourcePhraseMakesTheSubjectTheTarget() {
    String patterns = "071  receive <from\n0841  free <from\n";
    assertThat(code(patterns, "Jordan received money from Qatar on Monday."))
        .containsExactly("QAT 071 JOR asserted");
    assertThat(code(patterns, "Jordanian soldiers were freed from Syria on Monday."))
        .containsExactly("SYR 0841 JORMIL asserted");
    // no phrase naming the source: no event
    assertThat(code(patterns, "Jordan received money on Monday.")).isEmpty();
  }

  @Test
  void aMutualPatternCodesCoordinatedSubjectsAgainstEachOther() {
    String agree = "030  agree ; mutual\n081  agree\n";
    assertThat(code(agree, "France and Germany agreed on Tuesday."))
        .containsExactlyInAnyOrder("FRA 030 DEU asserted", "DEU 030 FRA asserted");
    assertThat(code(agree, "Italy agreed on Tuesday.")).containsExactly("ITA 081 - asserted");
  }

  @Test
  void badWordsBeforeTheVerbAreAnErrorNamingTheLine() {
    assertThatThrownBy(() -> parse("# clashes\n124  clash ; before Did_n't\n"))
        .hasMessageContaining("t.txt:2: \"Did\" in \"before Did_n't\" is not a lower-case word");
    assertThatThrownBy(() -> parse("124  clash ; before _\n"))
        .hasMessageContaining("t.txt:1: \"before\" needs words");
    assertThatThrownBy(() -> parse("124  clash ; together\n"))
        .hasMessageContaining("t.txt:1: unknown section \"together\"");
  }
}
