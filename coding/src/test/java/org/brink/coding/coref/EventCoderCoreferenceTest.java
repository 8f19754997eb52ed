package org.brink.coding.coref;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.brink.coding.EventCoder;
import org.brink.core.CodedArticle;
import org.brink.core.CodedEvent;
import org.brink.core.Outcome;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The event coder with coreference: events whose actors an anaphor names. */
class EventCoderCoreferenceTest {
  private static final EventCoder CODER = EventCoder.withBundledDictionaries();

  private static CodedArticle code(String text) {
    return ((Outcome.Done<CodedArticle>) CODER.apply(Parsed.annotate(text))).value();
  }

  /** Events as "SOURCE 'text' code TARGET 'text'". */
  private static List<String> events(String text) {
    return code(text).events().stream().map(EventCoderCoreferenceTest::describe).toList();
  }

  private static String describe(CodedEvent e) {
    return actor(e.source() == null ? null : e.source().code() + " '" + e.source().text() + "'")
        + " "
        + e.code().code()
        + " "
        + actor(e.target() == null ? null : e.target().code() + " '" + e.target().text() + "'");
  }

  private static String actor(@Nullable String s) {
    return s == null ? "-" : s;
  }

  @Test
  void takesTheSourceOfAnEventFromAPronoun() {
    assertThat(events("Iran denied the report. It accused Israel of spreading lies."))
        .contains("IRN 'It' 112 ISR 'Israel'");
  }

  @Test
  void takesTheTargetOfAPassiveFromThePronounItsAgentActedOn() {
    assertThat(
            events(
                "Pakistan's army said it had been attacked. They were initially targeted by Iran."))
        .contains("IRN 'Iran' 190 PAKMIL 'They'");
  }

  @Test
  void givesEachCountryOfTheTwoCountriesItsOwnEvent() {
    assertThat(
            events(
                "Iran and Pakistan traded accusations. The two countries later attacked"
                    + " Afghanistan."))
        .contains(
            "IRN 'The two countries' 190 AFG 'Afghanistan'",
            "PAK 'The two countries' 190 AFG 'Afghanistan'");
  }

  @Test
  void keepsEveryResolvedActorsSpanOnTheAnaphorAsWritten() {
    String text =
        "Iran denied the report. It accused Israel of spreading lies. They were targeted by Iran.";
    for (CodedEvent e : code(text).events()) {
      if (e.source() != null) {
        assertThat(e.source().span().of(text)).isEqualTo(e.source().text());
      }
      if (e.target() != null) {
        assertThat(e.target().span().of(text)).isEqualTo(e.target().text());
      }
    }
  }

  @Test
  void givesAQuoteSpokenByAPronounTheSpeakersCode() {
    String text =
        "Iran's foreign ministry denied the report. \u201CThe claims are baseless,\u201D it said.";
    assertThat(code(text).quotes())
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.speaker()).isNotNull();
              assertThat(q.speaker().code()).isEqualTo("IRNGOV");
            });
  }
}
