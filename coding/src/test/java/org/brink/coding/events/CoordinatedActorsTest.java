package org.brink.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.brink.coding.ontology.Ontology;
import org.brink.nlp.AnnotatorConfig;
import org.brink.nlp.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Coordinated countries and agents sharing what one of them says, on real parses of sentences
 * written for this test (synthetic), with Brink's bundled dictionaries.
 */
class CoordinatedActorsTest {
  private static final Ontology ONTOLOGY = Ontology.load();
  private static CoreNlpAnnotator annotator;
  private static VerbPatternMatcher verbs;

  @BeforeAll
  static void load() {
    annotator = new CoreNlpAnnotator(AnnotatorConfig.defaults());
    verbs = VerbPatternMatcher.bundled(ONTOLOGY::isKnown);
  }

  private static List<String> events(String text) {
    return CodeText.code(ONTOLOGY, annotator, verbs, text, LocalDate.of(2025, 3, 4)).events().stream()
        .map(e -> e.source().code() + " " + e.code().code() + " " + (e.target() == null ? "-" : e.target().code()))
        .toList();
  }

  @Test
  void countriesAfterAnAgentAndLinkAreEachThatAgent() {
    assertThat(events("The ambassadors of Iraq, Syria and Jordan met Iranian officials on Monday."))
        .containsExactlyInAnyOrder("IRQGOV 040 IRNGOV", "SYRGOV 040 IRNGOV", "JORGOV 040 IRNGOV");
  }

  @Test
  void countryAdjectivesBeforeOneAgentShareIt() {
    assertThat(events("Russian and Chinese diplomats met Iranian officials in Geneva."))
        .containsExactlyInAnyOrder("RUSGOV 040 IRNGOV", "CHNGOV 040 IRNGOV");
    // a country's name before a coordinated agent is the state itself
    assertThat(events("Iran and Iraqi officials met Turkish diplomats in Ankara."))
        .contains("IRN 040 TURGOV", "IRQGOV 040 TURGOV");
  }

  @Test
  void anAgentCoordinatedWithACountrysAgentIsThatCountrys() {
    assertThat(events("Danish media and government criticized Iran on Tuesday."))
        .containsExactlyInAnyOrder("DNKMED 111 IRN", "DNKGOV 111 IRN");
    // with a country of its own, the second agent keeps it
    assertThat(events("Iranian officials and lawmakers of Iraq criticized Israel."))
        .containsExactlyInAnyOrder("IRNGOV 111 ISR", "IRQLEG 111 ISR");
  }
}
