package org.brink.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.brink.coding.events.petrarch.PetrarchVerbReader;
import org.brink.coding.ontology.Ontology;
import org.brink.nlp.AnnotatorConfig;
import org.brink.nlp.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/**
 * A PETRARCH phrase with words and no {@code +} ("* (FOR COOPERATING)", "* OVER EFFORTS") is a
 * condition on the words, not the place of the target: the target is read as for any verb, and a
 * place phrase the pattern's own words name may hold it. The dictionary lines and sentences are
 * synthetic, written for these tests.
 */
class PetrarchPhraseConditionTest {
  private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator(AnnotatorConfig.defaults());
  private static final Ontology ONTOLOGY = Ontology.load();

  private static List<String> code(String petrarch, String text) {
    String brink = PetrarchVerbReader.read("t.verbs", petrarch, ONTOLOGY::isKnown).brinkText();
    return CodeText.events(ANNOTATOR, brink, text);
  }

  @Test
  void aPhraseWithoutATargetMarkLeavesTheTargetToTheObject() {
    String verbs = "--- THANK [---] ---\nTHANK\n- * (FOR COOPERATING) [051]\n";
    assertThat(code(verbs, "Chile thanked Peru for cooperating on Monday."))
        .containsExactly("CHL 051 PER asserted");
    assertThat(code(verbs, "Chile thanked Peru on Monday."))
        .as("the phrase's words are still needed")
        .isEmpty();
  }

  @Test
  void aPlacePhraseThePatternNamesMayHoldTheTarget() {
    String verbs = "--- CLASH [---] ---\nCLASH\n- * OVER EFFORTS [121]\n";
    assertThat(code(verbs, "Chile clashed over the efforts of Peru to build a dam."))
        .containsExactly("CHL 121 PER asserted");
  }
}
