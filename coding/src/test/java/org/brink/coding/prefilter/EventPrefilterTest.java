package org.brink.coding.prefilter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.brink.coding.actors.ActorDictionary;
import org.brink.coding.actors.ActorMatcher;
import org.brink.core.Sentence;
import org.brink.core.Span;
import org.brink.core.Token;
import org.junit.jupiter.api.Test;

/**
 * The prefilter's decisions on synthetic articles (written for this test), tokenized by spaces so
 * that no parser is needed: the prefilter sees tokens only.
 */
class EventPrefilterTest {
  private static final EventPrefilter PREFILTER =
      new EventPrefilter(List.of("attack", "say", "strike"), new ActorMatcher(ActorDictionary.loadDefault()));

  /** A toy lemmatizer: the word, and the word without a final "s", "ed" or "ing". */
  private static final Function<String, Set<String>> LEMMAS =
      w -> {
        String l = w.toLowerCase(Locale.ROOT);
        return new java.util.HashSet<>(List.of(l, l.replaceAll("(s|ed|ing)$", "")));
      };

  @Test
  void aSentenceWithATriggerIsParsedAndOneWithoutIsSkipped() {
    assertThat(select("Iran attacked Iraq .", "The weather was mild in the valley .",
            "Fruit prices rose slightly over the week .", "Markets were calm .", "Schools opened on time ."))
        .containsExactly(true, false, false, false, false);
  }

  @Test
  void anArticleThatNamesNoActorKeepsOnlyItsQuotes() {
    // triggers, but no country, organisation, group or person anywhere: no event can be coded
    // (the quote keeps its neighbours and their antecedent window, not the trigger sentence)
    assertThat(select("The storm attacked the coast .", "Crops grew well .", "Rain was light .",
            "Roads were open .", "Stocks were full .", "\" We will rebuild , \" a farmer noted .",
            "Markets were calm ."))
        .containsExactly(false, true, true, true, true, true, true);
    // one actor anywhere brings the trigger sentences back
    assertThat(select("The storm attacked the coast .", "Crops grew well in Chad ."))
        .containsExactly(true, true);
  }

  @Test
  void anArticleWithoutTriggerOrQuoteIsSkippedWhole() {
    assertThat(select("Fruit prices rose slightly .", "Markets were calm ."))
        .containsExactly(false, false);
  }

  @Test
  void theThreeSentencesBeforeATriggerSentenceAreKeptForCoreference() {
    assertThat(select("Crops grew well .", "Rain was light in Chad .", "The harvest began .", "Stocks were full .",
            "It attacked the depot ."))
        .containsExactly(false, true, true, true, true);
  }

  @Test
  void aPronounInAKeptContextSentenceExtendsTheWindow() {
    assertThat(select("Crops grew well .", "Rain was light .", "They were late .", "Stocks were full .",
            "Roads were open in Chad .", "It attacked the depot ."))
        .containsExactly(true, true, true, true, true, true);
  }

  @Test
  void anEarlierSentenceWithTheSameCapitalisedNameIsKeptForSurnames() {
    assertThat(select("Minister Ana Velde arrived .", "Crops grew well .", "Rain was light .",
            "The harvest began in Chad .", "Stocks were full .", "Velde attacked the plan ."))
        .containsExactly(true, false, true, true, true, true);
  }

  @Test
  void quoteSentencesAndTheirNeighboursAreKept() {
    assertThat(select("\" We will stay calm , \" a farmer noted .", "Roads were open .", "Crops grew well .",
            "Rain was light .", "Stocks were full ."))
        .containsExactly(true, true, false, false, false);
  }

  @Test
  void anApostropheInsideAWordIsNoQuote() {
    assertThat(select("The farmer's crops grew .", "Roads were open ."))
        .containsExactly(false, false);
  }

  @Test
  void aSkippedSentenceNamingANewCountryIsKeptWhenTheArticleHasAnEvent() {
    assertThat(select("Rebels attacked the depot .", "Crops grew well .", "Rain was light .",
            "Roads were open .", "Stocks were full .", "Officials in Pakistan counted losses ."))
        .containsExactly(true, false, false, false, false, true);
  }

  private static List<Boolean> select(String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> out = new ArrayList<>();
    for (String s : sentences) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      List<Token> tokens = new ArrayList<>();
      int sentenceStart = text.length();
      for (String w : s.split(" ")) {
        if (text.length() > sentenceStart) {
          text.append(' ');
        }
        int begin = text.length();
        text.append(w);
        tokens.add(new Token(tokens.size(), w, w, "", "O", new Span(begin, text.length())));
      }
      out.add(new Sentence(out.size(), new Span(sentenceStart, text.length()), tokens, List.of()));
    }
    boolean[] keep = PREFILTER.select(text.toString(), out, LEMMAS);
    List<Boolean> flags = new ArrayList<>();
    for (boolean b : keep) {
      flags.add(b);
    }
    return flags;
  }
}
