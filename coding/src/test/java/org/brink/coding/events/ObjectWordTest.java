package org.brink.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.brink.nlp.AnnotatorConfig;
import org.brink.nlp.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/**
 * A pattern's object word ({@code +WORD}) matched on the object's head, a compound before it, or
 * an adjective of it, as PETRARCH matches a lone word after the verb against any word of the
 * object's phrase ("* DIPLOMATIC"). The sentences are synthetic, written for these tests.
 */
class ObjectWordTest {
  private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator(AnnotatorConfig.defaults());

  @Test
  void anAdjectiveOfTheObjectMatchesTheObjectWord() {
    String dictionary = "064  renew +diplomatic\n031  renew\n";
    assertThat(CodeText.events(ANNOTATOR, dictionary, "Chile and Peru renewed diplomatic ties on Monday."))
        .containsExactlyInAnyOrder("CHL 064 PER asserted", "PER 064 CHL asserted");
    assertThat(CodeText.events(ANNOTATOR, dictionary, "Chile and Peru renewed trade ties on Monday."))
        .as("no such adjective: the bare pattern")
        .containsExactlyInAnyOrder("CHL 031 PER asserted", "PER 031 CHL asserted");
  }
}
