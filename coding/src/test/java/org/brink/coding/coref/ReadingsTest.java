package org.brink.coding.coref;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.brink.coding.actors.ActorMention;
import org.brink.coding.events.DependencyTree;
import org.brink.coding.events.SentenceView;
import org.brink.core.Sentence;
import org.brink.core.Span;
import org.brink.core.Token;
import org.junit.jupiter.api.Test;

class ReadingsTest {
  private static final String TEXT = "They met Iran";
  private static final Sentence SENTENCE =
      new Sentence(
          0,
          new Span(0, 13),
          List.of(
              new Token(0, "They", "they", "PRP", "O", new Span(0, 4)),
              new Token(1, "met", "meet", "VBD", "O", new Span(5, 8)),
              new Token(2, "Iran", "Iran", "NNP", "LOCATION", new Span(9, 13))),
          List.of());

  private static ActorMention at(int token, String code) {
    Span span = SENTENCE.tokens().get(token).span();
    return new ActorMention(code, token, token, span, span.of(TEXT), "test");
  }

  private static SentenceView view(ActorMention... mentions) {
    return new SentenceView(new DependencyTree(SENTENCE), List.of(mentions));
  }

  @Test
  void readsASentenceWithoutSharedSpansOnce() {
    SentenceView v = view(at(0, "PAK"), at(2, "IRN"));
    assertThat(Readings.of(v)).containsExactly(v);
  }

  @Test
  void readsASentenceOncePerActorOfAnAnaphorWithTwo() {
    List<SentenceView> readings = Readings.of(view(at(0, "IND"), at(0, "PAK"), at(2, "IRN")));
    assertThat(readings)
        .extracting(r -> r.actors().stream().map(ActorMention::code).toList())
        .containsExactly(List.of("IND", "IRN"), List.of("PAK", "IRN"));
  }

  @Test
  void keepsTheFirstChoiceOnceReadingsWouldPassTheLimit() {
    String text = "they they they they they";
    List<Token> tokens = new ArrayList<>();
    List<ActorMention> mentions = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Span span = new Span(5 * i, 5 * i + 4);
      tokens.add(new Token(i, "they", "they", "PRP", "O", span));
      mentions.add(new ActorMention("IND", i, i, span, "they", "coref:test"));
      mentions.add(new ActorMention("PAK", i, i, span, "they", "coref:test"));
    }
    Sentence five = new Sentence(0, new Span(0, text.length()), tokens, List.of());
    List<SentenceView> readings = Readings.of(new SentenceView(new DependencyTree(five), mentions));
    assertThat(readings).hasSize(Readings.MAX_READINGS); // 2^5 = 32 combinations
    assertThat(readings).allSatisfy(r -> assertThat(r.actors()).hasSize(5));
    assertThat(readings).allSatisfy(r -> assertThat(r.actors().get(4).code()).isEqualTo("IND"));
  }
}
