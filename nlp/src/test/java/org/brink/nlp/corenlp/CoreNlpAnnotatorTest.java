package org.brink.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.brink.core.AnnotatedText;
import org.brink.core.ArticleId;
import org.brink.core.ArticleMeta;
import org.brink.core.CleanText;
import org.brink.core.Dependency;
import org.brink.core.Outcome;
import org.brink.core.Sentence;
import org.brink.core.Token;
import org.brink.nlp.AnnotatorConfig;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorTest {
  private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator(AnnotatorConfig.defaults());

  private static AnnotatedText annotate(String text) {
    return done(ANNOTATOR.apply(clean(text)));
  }

  private static CleanText clean(String text) {
    return new CleanText(ArticleId.ofContent(text), ArticleMeta.of("test"), text, List.of());
  }

  private static AnnotatedText done(Outcome<AnnotatedText> outcome) {
    return ((Outcome.Done<AnnotatedText>) outcome).value();
  }

  @Test
  void tokenSpansIndexTheInputText() {
    String text = "Iran\u2019s army “struck” targets in Pakistan on Tuesday.\n\nPakistan retaliated.";
    AnnotatedText a = annotate(text);
    assertThat(a.sentences()).hasSize(2);
    for (Sentence s : a.sentences()) {
      assertThat(s.span().of(text)).isNotBlank();
      for (Token t : s.tokens()) {
        assertThat(t.span().of(text)).isEqualTo(t.word());
      }
    }
  }

  @Test
  void parsesSubjectAndObjectOfAVerb() {
    Sentence s = annotate("Iran attacked Pakistan.").sentences().get(0);
    assertThat(s.dependencies()).contains(new Dependency("nsubj", 1, 0), new Dependency("obj", 1, 2));
    assertThat(s.tokens().get(1).lemma()).isEqualTo("attack");
    assertThat(s.tokens().get(0).ner()).isIn("COUNTRY", "LOCATION");
  }

  @Test
  void skipsParsingOfOverlongSentencesWithAWarning() {
    CoreNlpAnnotator small = new CoreNlpAnnotator(new AnnotatorConfig(5, false));
    String text = "Iran attacked Pakistan on a cold morning in January.";
    Outcome.Done<AnnotatedText> done =
        (Outcome.Done<AnnotatedText>)
            small.apply(new CleanText(ArticleId.ofContent(text), ArticleMeta.of("t.txt"), text, List.of()));
    assertThat(done.value().sentences().get(0).parsed()).isFalse();
    assertThat(done.warnings()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("sentence-skipped");
      assertThat(p.message()).isEqualTo("sentence 0 has 10 tokens; sentences over 5 are not parsed or coded");
    });
  }

  @Test
  void aSentenceOfFiftyThousandTokensIsTaggedNotParsedAndTheOthersAreParsed() {
    // hostile input: one "sentence" of 50,000 tokens between two ordinary ones
    StringBuilder text = new StringBuilder("Iran attacked Pakistan.\n\n");
    for (int i = 0; i < 50_000; i++) {
      text.append(i % 2 == 0 ? "talks " : "resumed ");
    }
    text.append("\n\nPakistan retaliated.");
    Outcome<AnnotatedText> outcome = ANNOTATOR.apply(clean(text.toString()));

    Outcome.Done<AnnotatedText> done = (Outcome.Done<AnnotatedText>) outcome;
    List<Sentence> sentences = done.value().sentences();
    assertThat(sentences.get(0).parsed()).isTrue();
    assertThat(sentences.get(sentences.size() - 1).parsed()).isTrue();
    assertThat(sentences.stream().mapToInt(s -> s.tokens().size()).sum()).isGreaterThan(50_000);
    assertThat(done.warnings())
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.code()).isEqualTo("sentence-skipped"));
  }

  @Test
  void labelsPeopleOrganisationsPlacesAndDatesButNotMisc() {
    // Synthetic sentence written for this test.
    Sentence s =
        annotate("Yusuf Demir of the United Nations said in Geneva on October 7, 2023 that the Israeli and Egyptian envoys met.")
            .sentences()
            .get(0);
    java.util.Map<String, String> ner = new java.util.HashMap<>();
    s.tokens().forEach(t -> ner.put(t.word(), t.ner()));
    assertThat(ner).containsEntry("Demir", "PERSON").containsEntry("Nations", "ORGANIZATION")
        .containsEntry("Geneva", "LOCATION").containsEntry("October", "DATE").containsEntry("2023", "DATE");
    assertThat(ner.values()).doesNotContain("MISC");
  }

  @Test
  void loadsModelsOncePerJvm() {
    new CoreNlpAnnotator(AnnotatorConfig.defaults());
    new CoreNlpAnnotator(new AnnotatorConfig(10, false));
    assertThat(CoreNlpAnnotator.modelLoads()).isEqualTo(1);
  }
  @Test
  void readsDroneBeforeANounAsANounNotAVerb() {
    Sentence s = annotate("Russian forces launched a wave of missile and drone strikes across Ukraine.").sentences().get(0);
    Token drone = s.tokens().stream().filter(t -> t.word().equals("drone")).findFirst().orElseThrow();
    assertThat(drone.pos()).isEqualTo("NN");
    assertThat(s.dependencies()).noneMatch(d -> d.governor() == drone.index() && d.relation().equals("obj"));
  }

  @Test
  void aSelectorSkipsSentencesButKeepsTheirTokensAndSpansAndTheOthersAreAnnotatedAsWithout() {
    // Synthetic text written for this test.
    String text = "The rain was light. Iran attacked a depot near the border. Markets stayed calm.";
    org.brink.core.AnnotatedText all = done(ANNOTATOR.apply(clean(text)));
    CoreNlpAnnotator selective =
        new CoreNlpAnnotator(
            AnnotatorConfig.defaults(),
            (t, sentences, lemmas) -> {
              boolean[] keep = new boolean[sentences.size()];
              for (int i = 0; i < keep.length; i++) {
                keep[i] = sentences.get(i).tokens().stream().anyMatch(k -> lemmas.of(k.word()).contains("attack"));
              }
              return keep;
            });
    org.brink.core.AnnotatedText some = done(selective.apply(clean(text)));
    assertThat(some.sentences()).hasSameSizeAs(all.sentences());
    for (int i = 0; i < all.sentences().size(); i++) {
      assertThat(some.sentences().get(i).span()).isEqualTo(all.sentences().get(i).span());
      assertThat(some.sentences().get(i).tokens()).extracting(org.brink.core.Token::span)
          .isEqualTo(all.sentences().get(i).tokens().stream().map(org.brink.core.Token::span).toList());
    }
    assertThat(some.sentences().get(0).parsed()).isFalse();
    assertThat(some.sentences().get(2).parsed()).isFalse();
    assertThat(some.sentences().get(1)).isEqualTo(all.sentences().get(1));
    assertThat(selective.sentencesSeen()).isEqualTo(3);
    assertThat(selective.sentencesSelected()).isEqualTo(1);
  }
}
