package org.brink.coding.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brink.coding.quotes.Quoted.described;
import static org.brink.coding.quotes.Quoted.quotes;

import java.util.List;
import org.brink.core.Quote;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Quotes and speakers on real CoreNLP parses of sentences written for these tests. */
class QuoteExtractorTest {
  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

  @Nested
  class Shapes {
    @Test
    void findsACurlyQuoteWithItsSpanInTheText() {
      String text = "\u201CWe will not back down,\u201D Antony Blinken said.";
      assertThat(Quoted.quotes(text))
          .singleElement()
          .satisfies(
              q -> {
                assertThat(q.span().of(text)).isEqualTo(q.text());
                assertThat(q.speaker()).isNotNull();
                assertThat(q.speaker().span().of(text)).isEqualTo("Antony Blinken");
              });
    }

    @Test
    void givesBothHalvesOfASplitQuoteTheSameSpeaker() {
      assertThat(
              described(
                  "\u201CWe will not back down,\u201D Antony Blinken said, \u201Cand we will stand"
                      + " with our allies.\u201D"))
          .containsExactly(
              "We will not back down, <- Antony Blinken USAGOV",
              "and we will stand with our allies. <- Antony Blinken USAGOV");
    }

    @Test
    void givesBothHalvesOfAStraightSplitQuoteTheSameSpeaker() {
      assertThat(
              described(
                  "\"We will not back down,\" Antony Blinken said, \"and we will stand with our"
                      + " allies.\""))
          .containsExactly(
              "We will not back down, <- Antony Blinken USAGOV",
              "and we will stand with our allies. <- Antony Blinken USAGOV");
    }

    @Test
    void attributesAQuoteOverSeveralSentencesFromWhereItStarts() {
      assertThat(
              described(
                  "Antony Blinken said: \u201CWe will not back down. Our allies can count on us."
                      + " That is final.\u201D"))
          .containsExactly(
              "We will not back down. Our allies can count on us. That is final. <- Antony"
                  + " Blinken USAGOV");
    }

    @Test
    void attributesAQuoteOverSeveralSentencesFromWhereItEnds() {
      assertThat(
              described(
                  "\u201CWe will not back down. Our allies can count on us,\u201D Antony Blinken"
                      + " said."))
          .containsExactly(
              "We will not back down. Our allies can count on us, <- Antony Blinken USAGOV");
    }

    @Test
    void keepsAOneWordQuoteGovernedByASpeechOrClaimVerb() {
      assertThat(described("Joe Biden promised \u201Cironclad\u201D support for Israel."))
          .containsExactly("ironclad <- Joe Biden USAGOV");
      assertThat(
              described(
                  "Pakistan's foreign ministry called the strike \u2018blatantly"
                      + " unconstitutional\u2019 on Tuesday."))
          .containsExactly("blatantly unconstitutional <- Pakistan's foreign ministry PAKGOV");
    }

    @Test
    void skipsAShortQuoteThatIsAName() {
      assertThat(described("The Israeli army said the 'Iron Dome' system intercepted missiles."))
          .isEmpty();
    }

    @Test
    void skipsAShortQuoteWithoutASpeechVerb() {
      assertThat(described("Protesters gathered outside the \u201Cpeace camp\u201D on Tuesday."))
          .isEmpty();
    }

    @Test
    void skipsAShortQuoteAfterSoCalled() {
      assertThat(described("Iran said the so-called \u201Ctalks\u201D had collapsed.")).isEmpty();
    }

    @Test
    void keepsApostrophesAndNestedSingleQuotesInsideTheQuote() {
      assertThat(
              described(
                  "\u201CI\u2019d say Iran\u2019s position is \u2018unacceptable\u2019 to us,\u201D"
                      + " Antony Blinken said."))
          .containsExactly(
              "I\u2019d say Iran\u2019s position is \u2018unacceptable\u2019 to us, <- Antony"
                  + " Blinken USAGOV");
    }

    @Test
    void findsOnlyLongQuotesWithoutSentences() {
      String text = "He called it \u201Cironclad\u201D and said \u201Cwe stay here now.\u201D";
      assertThat(EXTRACTOR.extract(text, List.of()))
          .extracting(Quote::text, Quote::speaker)
          .containsExactly(org.assertj.core.api.Assertions.tuple("we stay here now.", null));
    }
  }

  @Nested
  class Speakers {
    @Test
    void takesTheNounOfAccordingTo() {
      assertThat(
              described(
                  "\u201CThe strikes violated our sovereignty,\u201D according to Pakistan's"
                      + " foreign ministry."))
          .containsExactly(
              "The strikes violated our sovereignty, <- Pakistan's foreign ministry PAKGOV");
    }

    @Test
    void takesAnInvertedSubject() {
      assertThat(
              described(
                  "\u201CThis is a new chapter for the region,\u201D said the Indian prime"
                      + " minister."))
          .containsExactly(
              "This is a new chapter for the region, <- the Indian prime minister INDGOV");
    }

    @Test
    void takesThePronounsCodeFromCoreference() {
      assertThat(
              described(
                  "Antony Blinken met Sergei Lavrov in Geneva. \u201CThe talks were useful and"
                      + " frank,\u201D he said."))
          .containsExactly("The talks were useful and frank, <- he USAGOV");
      // and says whom "he" stands for, with where the name stands
      String text =
          "Antony Blinken met Sergei Lavrov in Geneva. \u201CThe talks were useful and frank,\u201D"
              + " he said.";
      Quote.Speaker speaker = quotes(text).get(0).speaker();
      assertThat(speaker.refersTo()).isNotNull();
      assertThat(speaker.refersTo().text()).isEqualTo("Antony Blinken");
      assertThat(speaker.refersTo().span().of(text)).isEqualTo("Antony Blinken");
    }

    @Test
    void saysWhichPersonAHeNoActorStandsForIs() {
      assertThat(
              refersTo(
                  "Peter Jansen, a farmer from the valley, watched the convoy pass. \u201CThe"
                      + " trucks came at night,\u201D he said."))
          .isEqualTo("Peter Jansen");
    }

    @Test
    void prefersTheSubjectOfTheMainClause() {
      assertThat(
              refersTo(
                  "When Peter Jansen called, Tomas Weber was at the market. \u201CI had no idea"
                      + " at all,\u201D he said."))
          .isEqualTo("Tomas Weber");
    }

    @Test
    void followsAChainOfTheSamePronounPastThePersonsItActedOn() {
      assertThat(
              refersTo(
                  "Peter Jansen ran the farm for years. He later met Tomas Weber in town."
                      + " \u201CWe talked for an hour,\u201D he said."))
          .isEqualTo("Peter Jansen");
    }

    @Test
    void passesOverThePersonWhoseRelativeClauseHoldsThePronoun() {
      assertThat(
              refersTo(
                  "Peter Jansen wanted to hire Tomas Weber, whom he called \u201Ca very honest"
                      + " worker\u201D."))
          .isEqualTo("Peter Jansen");
    }

    @Test
    void passesOverAPersonWhoseTitleIsOfTheOtherSex() {
      assertThat(
              refersTo(
                  "Mrs. Weber thanked Peter Jansen at the gate. \u201CIt was a long day for"
                      + " everyone,\u201D he said."))
          .isEqualTo("Peter Jansen");
    }

    @Test
    void namesNobodyWhenARoleNounStandsBetween() {
      assertThat(
              refersTo(
                  "Tomas Weber met the mayor on Monday. The mayor left early. \u201CWe will meet"
                      + " again soon,\u201D he said."))
          .isNull();
    }

    @Test
    void takesTheSubjectAfterASpeechVerbThatOpensTheSentence() {
      assertThat(
              refersTo(
                  "Tomas Weber closed the mill on Friday. Said he: \u201CThere is no more work"
                      + " here for anyone.\u201D"))
          .isEqualTo("Tomas Weber");
      assertThat(
              described(
                  "The farmers met on Friday. Says the mayor: \u201CWe will build the new road"
                      + " next year.\u201D"))
          .containsExactly("We will build the new road next year. <- the mayor -");
    }

    @Test
    void aRoleNounsSpeakerStandsForTheNameInApposition() {
      assertThat(
              refersTo(
                  "\u201CI will not grant bail to any of them,\u201D said the magistrate, Peter"
                      + " Jansen."))
          .isEqualTo("Peter Jansen");
    }

    @Test
    void aRoleNounsSpeakerStandsForThePersonLastNamedWithThatTitle() {
      assertThat(
              refersTo(
                  "Governor Tomas Weber met the farmers on Friday. \u201CThe new road will be"
                      + " built next year,\u201D said the governor."))
          .isEqualTo("Tomas Weber");
      assertThat(
              refersTo(
                  "Tomas Weber met the farmers on Friday. \u201CThe new road will be built next"
                      + " year,\u201D said the governor."))
          .isNull();
    }

    private static @org.jspecify.annotations.Nullable String refersTo(String text) {
      List<Quote> found = quotes(text);
      assertThat(found).hasSize(1);
      Quote.Speaker speaker = found.get(0).speaker();
      assertThat(speaker).isNotNull();
      return speaker.refersTo() == null ? null : speaker.refersTo().text();
    }

    @Test
    void saysWhomNoNamedSpeakerStandsFor() {
      assertThat(
              quotes("\u201CWe will respond,\u201D said Antony Blinken.").get(0).speaker().refersTo())
          .isNull();
    }

    @Test
    void takesTheRoleNounsCodeFromCoreference() {
      assertThat(
              described(
                  "The Pakistani army said it had struck targets in Iran. \u201CThe operation was"
                      + " a success,\u201D the spokesperson added."))
          .containsExactly("The operation was a success, <- the spokesperson PAKMIL");
    }

    @Test
    void takesAShortAttributionInTheNextSentence() {
      assertThat(
              described(
                  "\u201CWe will respond at a time of our choosing.\u201D Iran's foreign ministry"
                      + " said."))
          .containsExactly(
              "We will respond at a time of our choosing. <- Iran's foreign ministry IRNGOV");
    }

    @Test
    void takesTheSpeakerOfAPreviousSentenceEndingInAColon() {
      assertThat(
              described(
                  "Later, a spokesman for Iran's foreign ministry said:\n\n\u201CThere will be no"
                      + " talks with Israel.\u201D"))
          .containsExactly(
              "There will be no talks with Israel. <- a spokesman for Iran's foreign ministry"
                  + " IRNGOV");
    }

    @Test
    void takesTheSpeakerOfTheQuoteBeforeForAContinuation() {
      assertThat(
              described(
                  "\u201CThe ceasefire must hold,\u201D Antony Blinken said. \u201CThere is no"
                      + " alternative. Both sides know it.\u201D"))
          .containsExactly(
              "The ceasefire must hold, <- Antony Blinken USAGOV",
              "There is no alternative. Both sides know it. <- Antony Blinken USAGOV");
    }

    @Test
    void trimsTheAppositionFromTheName() {
      assertThat(
              described(
                  "Matthew Miller, the spokesperson for the State Department, said: \u201CWe urge"
                      + " restraint on all sides.\u201D"))
          .containsExactly("We urge restraint on all sides. <- Matthew Miller USAGOV");
    }

    @Test
    void leavesTheCodeNullForAnUnknownSpeaker() {
      assertThat(
              described(
                  "\u201CNeither side wants escalation,\u201D said Ayesha Siddiqa, a defence"
                      + " analyst in London."))
          .containsExactly("Neither side wants escalation, <- Ayesha Siddiqa -");
    }

    @Test
    void leavesTheSpeakerNullWhenTheNextSentenceSaysSomethingElse() {
      assertThat(
              described(
                  "\u201CWe will respond at a time of our choosing.\u201D The statement came after"
                      + " the strike."))
          .containsExactly("We will respond at a time of our choosing. <- -");
    }

    @Test
    void neverLooksFurtherThanOneSentence() {
      assertThat(
              described(
                  "Matthew Miller, the spokesperson for the State Department, spoke on Monday."
                      + " The talks had stalled. \u201CWe urge restraint on all sides.\u201D"))
          .containsExactly("We urge restraint on all sides. <- -");
    }

    @Test
    void doesNotTakeAShortAttributionThatBelongsToTheQuoteBeforeIt() {
      assertThat(
              described(
                  "\u201CThe ceasefire must hold.\u201D Sergei Lavrov said. \u201CThere is no"
                      + " alternative.\u201D"))
          .containsExactly(
              "The ceasefire must hold. <- Sergei Lavrov RUSGOV", "There is no alternative. <- -");
    }

    @Test
    void takesThePossessorOfInHisOwnWords() {
      // synthetic: an envoy described in another person's words
      assertThat(
              described(
                  "The envoy is, in Sergei Lavrov's own words, \u201Cpatient, stubborn and well"
                      + " prepared\u201D, and the talks start on Monday."))
          .containsExactly("patient, stubborn and well prepared <- Sergei Lavrov RUSGOV");
    }

    @Test
    void takesTheSubjectOfTheClauseThatIntroducesAQuoteWithAColon() {
      // synthetic: no speech verb, the colon says who is quoted
      assertThat(
              described(
                  "Last year Antony Blinken summed up his view of the crisis in a few words:"
                      + " \u201CNobody wins a war of attrition in the Red Sea.\u201D"))
          .containsExactly("Nobody wins a war of attrition in the Red Sea. <- Antony Blinken USAGOV");
    }

    @Test
    void takesTheMainSubjectForATrailingParticipleOfSpeech() {
      // synthetic: the parser hangs ", describing ..." on the reported clause
      assertThat(
              described(
                  "The World Food Programme reports that half of the children in the camp are"
                      + " hungry because of the siege, describing the situation as"
                      + " \u201Cdesperate\u201D."))
          .containsExactly("desperate <- The World Food Programme IGOUNOWFP");
    }

    @Test
    void keepsTheNameAfterATitleAndItsPhraseAndTheTitlesCode() {
      // synthetic: "Judge for X" + name, read by the parser as the title's for-phrase
      assertThat(
              described(
                  "U.S. District Judge for Oregon Mary Ellen Hart suspended the order, calling it"
                      + " \u201Cplainly unlawful\u201D."))
          .containsExactly(
              "plainly unlawful <- U.S. District Judge for Oregon Mary Ellen Hart USA");
    }

    @Test
    void takesNoSpeakerFromAColonWithoutAClauseBeforeIt() {
      assertThat(
              described(
                  "Headline of the day: \u201CNobody wins a war of attrition in the Red Sea.\u201D"))
          .containsExactly("Nobody wins a war of attrition in the Red Sea. <- -");
    }

    @Test
    void doesNotTakeAShortAttributionAcrossABlankLine() {
      assertThat(described("\u201CWe have made progress.\u201D\n\nSergei Lavrov said."))
          .containsExactly("We have made progress. <- -");
    }
  }
}
