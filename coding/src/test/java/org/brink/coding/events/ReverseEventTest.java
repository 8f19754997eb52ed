package org.brink.coding.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.brink.coding.ontology.Ontology;
import org.brink.core.CodedArticle;
import org.brink.nlp.AnnotatorConfig;
import org.brink.nlp.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/** Paired codes ({@code 042:043 visit}): the act and its reverse from the target to the source. */
class ReverseEventTest {
  private static final Ontology ONTOLOGY = Ontology.load();

  private static VerbPatternDictionary parse(String text) {
    return VerbPatternDictionary.parse("t.txt", text, ONTOLOGY::isKnown);
  }

  @Test
  void aPairedCodeIsReadWithItsReverse() {
    VerbPattern p = parse("042:043  visit, tour\n").forVerb("visit").get(0);
    assertThat(p.code()).isEqualTo("042");
    assertThat(p.reverse()).isEqualTo("043");
    assertThat(p.reversed().code()).isEqualTo("043");
    assertThat(p.reversed().reverse()).isNull();
    assertThat(parse("042  visit\n").forVerb("visit").get(0).reverse()).isNull();
  }

  @Test
  void aBadReverseCodeIsAnErrorNamingTheLine() {
    assertThatThrownBy(() -> parse("# visits\n042:43x  visit\n"))
        .hasMessageContaining("t.txt:2: code \"43x\" is not a CAMEO code");
    assertThatThrownBy(() -> parse("042:999  visit\n"))
        .hasMessageContaining("t.txt:1: code \"999\" is not in the CAMEO ontology");
  }

  @Test
  void theMatcherGivesTheReverseEventFromTargetToSource() {
    VerbPatternMatcher verbs =
        new VerbPatternMatcher(
            parse("042:043  visit\n"), parse("010  statement\n"), new ModalityReader(), ONTOLOGY::isKnown);
    String text = "President Macron visited China on Monday. Iran did not visit Iraq.";
    CodedArticle coded =
        CodeText.code(
            ONTOLOGY, new CoreNlpAnnotator(AnnotatorConfig.defaults()), verbs, text, LocalDate.of(2024, 4, 14));
    assertThat(coded.events())
        .extracting(
            e -> e.source().code() + " " + e.code().code() + " " + e.target().code() + " " + e.modality().code())
        .containsExactly(
            "FRAGOV 042 CHN asserted",
            "CHN 043 FRAGOV asserted",
            "IRN 042 IRQ negated",
            "IRQ 043 IRN negated");
    assertThat(coded.events().get(1).rule()).contains("reverse of 042");
  }

  @Test
  void aPairedCodesHostIsThePlaceArrivedInButAPlainCodesIsNot() {
    VerbPatternMatcher paired =
        new VerbPatternMatcher(
            parse("032:033  arrive\n"), parse("010  statement\n"), new ModalityReader(), ONTOLOGY::isKnown);
    VerbPatternMatcher plain =
        new VerbPatternMatcher(
            parse("032  arrive\n"), parse("010  statement\n"), new ModalityReader(), ONTOLOGY::isKnown);
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(AnnotatorConfig.defaults());
    String text = "President Macron arrived in China on Monday.";
    LocalDate day = LocalDate.of(2024, 4, 14);
    assertThat(CodeText.code(ONTOLOGY, annotator, paired, text, day).events())
        .extracting(e -> e.source().code() + " " + e.code().code() + " " + e.target().code())
        .containsExactly("FRAGOV 032 CHN", "CHN 033 FRAGOV");
    assertThat(CodeText.code(ONTOLOGY, annotator, plain, text, day).events())
        .extracting(e -> e.source().code() + " " + e.code().code() + " " + (e.target() == null ? "-" : e.target().code()))
        .containsExactly("FRAGOV 032 -");
  }
}
