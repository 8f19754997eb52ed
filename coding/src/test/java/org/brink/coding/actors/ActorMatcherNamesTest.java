package org.brink.coding.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.brink.core.Sentence;
import org.brink.core.Token;
import org.junit.jupiter.api.Test;

/**
 * Countries and titles beside people's names, with the tagger's person tags set by hand as
 * CoreNLP gives them on such phrases (synthetic sentences).
 */
class ActorMatcherNamesTest {
  private static final ActorMatcher MATCHER = new ActorMatcher(ActorDictionary.loadDefault());
  private static final LocalDate DAY = LocalDate.of(2000, 1, 1);

  /** Each mention as "code=text", the first {@code persons} tokens tagged PERSON. */
  private static List<String> coded(String text, int persons) {
    Sentence plain = TestSentence.of(text);
    List<Token> tokens = new ArrayList<>();
    for (Token t : plain.tokens()) {
      String ner = t.index() < persons ? "PERSON" : "O";
      tokens.add(new Token(t.index(), t.word(), t.lemma(), t.pos(), ner, t.span()));
    }
    Sentence tagged = new Sentence(0, plain.span(), tokens, List.of());
    return MATCHER.find(tagged, text, DAY).stream().map(m -> m.code() + "=" + m.text()).toList();
  }

  @Test
  void aCountryBeforeATitleIsACountryEvenWhenTheTaggerReadsItAsPartOfAName() {
    assertThat(coded("Pakistan President Mohammad Tarar rejected the offer", 4))
        .containsExactly("PAKGOV=Pakistan President");
    // a country word inside a name, with no title after it, stays part of the name
    assertThat(coded("Jordan Smith rejected the offer", 2)).isEmpty();
  }

  @Test
  void aTitleANameAndOfACountryAreThatCountrysOfficial() {
    assertThat(coded("King Idris of Morocco met the envoy", 2))
        .containsExactly("MARGOV=King Idris of Morocco");
    assertThat(coded("President Ramirez in Morocco met the envoy", 2)).containsExactly("MAR=Morocco");
  }

  @Test
  void longServingLeadersOfArchivesAreCodedForTheYearsTheyHeldOffice() {
    assertThat(MATCHER.find(TestSentence.of("Mugabe met Suharto"), "Mugabe met Suharto", DAY))
        .extracting(ActorMention::code)
        .containsExactly("ZWEGOV", "IDNELI");
    assertThat(coded("Archbishop Desmond Tutu called for sanctions", 0)).containsExactly("ZAFREL=Archbishop Desmond Tutu");
  }
}
