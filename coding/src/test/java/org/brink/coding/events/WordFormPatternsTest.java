package org.brink.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.brink.coding.ontology.Ontology;
import org.brink.nlp.AnnotatorConfig;
import org.brink.nlp.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/**
 * Patterns written for a word form rather than a lemma, as PETRARCH dictionaries write blocks such
 * as LEFT beside LEAVE, and a passive's predicate word read as the object ("was shot dead").
 */
class WordFormPatternsTest {
  private static final Ontology ONTOLOGY = Ontology.load();
  private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator(AnnotatorConfig.defaults());

  private static VerbPatternDictionary parse(String text) {
    return VerbPatternDictionary.parse("t.txt", text, ONTOLOGY::isKnown);
  }

  private static java.util.List<String> code(String dictionary, String text) {
    return CodeText.events(ANNOTATOR, dictionary, text);
  }

  @Test
  void aWordFormsPatternsComeBeforeItsLemmasAndOnlyForThatForm() {
    VerbPatternDictionary d = parse("032  left\n012  leave\n");
    assertThat(d.forToken("left", "leave")).extracting(VerbPattern::code).containsExactly("032", "012");
    assertThat(d.forToken("Left", "leave")).extracting(VerbPattern::code).containsExactly("032", "012");
    assertThat(d.forToken("leaves", "leave")).extracting(VerbPattern::code).containsExactly("012");
    assertThat(d.forToken("leave", "leave")).extracting(VerbPattern::code).containsExactly("012");
    assertThat(d.forToken("quit", "quit")).isEmpty();
  }

  @Test
  void aPatternForThePastFormCodesThatFormAndTheLemmasPatternTheOthers() {
    String dictionary = "032:033  left\n1246  leave +talks\n";
    assertThat(code(dictionary, "President Macron left for China on Monday."))
        .containsExactly("FRAGOV 032 CHN asserted", "CHN 033 FRAGOV asserted");
    assertThat(code(dictionary, "President Macron will leave for China on Monday.")).isEmpty();
    assertThat(code(dictionary, "Iran left the talks with France on Monday."))
        .as("the form's bare pattern comes before the lemma's more specific one, as PETRARCH keys on the form")
        .containsExactly("IRN 032 FRA asserted", "FRA 033 IRN asserted");
  }

  @Test
  void aPassivesPredicateWordReadAsItsObjectCountsAsTheObjectNoun() {
    String dictionary = "1823  shoot +dead\n190  shoot\n";
    assertThat(code(dictionary, "A French soldier was shot dead by Malian troops on Monday."))
        .containsExactly("MLIMIL 1823 FRAMIL asserted");
    assertThat(code(dictionary, "A French soldier was shot by Malian troops on Monday."))
        .containsExactly("MLIMIL 190 FRAMIL asserted");
  }

  @Test
  void aVerbsOfPhraseNamesWhatItIsAboutNotAPlace() {
    assertThat(code("160  warn\n", "Iran warned of Israel on Monday."))
        .containsExactly("IRN 160 ISR asserted");
  }

  @Test
  void aVerbWithAParticleTheDictionaryKnowsTakesOnlyThatParticlesPatterns() {
    String dictionary = "080  call off +strike\n026  call ; with negotiation\n190  shoot\n";
    assertThat(code(dictionary, "Iran called off the strikes on Israel to allow negotiations."))
        .noneMatch(e -> e.contains(" 026 "))
        .anyMatch(e -> e.startsWith("IRN 080"));
    assertThat(code(dictionary, "Iran called for negotiations with Israel."))
        .anyMatch(e -> e.startsWith("IRN 026"));
    // no pattern knows "shoot down": it stays "shoot"
    assertThat(code(dictionary, "Iran shot down an Israeli drone on Monday."))
        .anyMatch(e -> e.startsWith("IRN 190 "));
  }
}
