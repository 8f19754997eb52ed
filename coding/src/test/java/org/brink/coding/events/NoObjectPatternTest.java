package org.brink.coding.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.brink.coding.ontology.Ontology;
import org.brink.nlp.AnnotatorConfig;
import org.brink.nlp.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The {@code ; no object} section: a pattern for the verb used without a direct object. */
class NoObjectPatternTest {
  private static final Ontology ONTOLOGY = Ontology.load();
  private static CoreNlpAnnotator annotator;

  @BeforeAll
  static void load() {
    annotator = new CoreNlpAnnotator(AnnotatorConfig.defaults());
  }

  /** Codes picked for the test only (synthetic sentences below). */
  private static final String MOBILIZE =
      """
      154  mobilize ; no object
      154  mobilize +reservist|troop
      """;

  private static List<String> code(String text) {
    return CodeText.events(annotator, MOBILIZE, text);
  }

  @Test
  void aNoObjectPatternCodesTheVerbOnlyWithoutAnObject() {
    assertThat(code("Chile mobilized along the border with Peru."))
        .anyMatch(e -> e.startsWith("CHL 154 "));
    assertThat(code("Chile mobilized 5,000 reservists.")).containsExactly("CHL 154 - asserted");
    assertThat(code("Chile mobilized farmers' unions in Peru.")).isEmpty();
    // in a passive the subject is what was mobilized
    assertThat(code("Farmers' unions in Peru were mobilized by Chile.")).isEmpty();
  }

  @Test
  void aNoObjectPhraseNamingAnObjectNounIsAnErrorNamingTheLine() {
    assertThatThrownBy(() -> VerbPatternDictionary.parse("t.txt", "# force\n154  mobilize +troop ; no object\n", ONTOLOGY::isKnown))
        .hasMessageContaining("t.txt:2: phrase \"mobilize +troop\" names an object noun");
  }
}
