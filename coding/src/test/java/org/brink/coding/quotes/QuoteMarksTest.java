package org.brink.coding.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.brink.core.Span;
import org.junit.jupiter.api.Test;

/** Pairing quotation marks, on text alone. */
class QuoteMarksTest {
  private static List<String> quoted(String text) {
    return QuoteMarks.spans(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void pairsCurlyDoubleMarksByShape() {
    assertThat(quoted("He said \u201Cwe stay here\u201D and left.")).containsExactly("we stay here");
  }

  @Test
  void pairsStraightDoubleMarksByAlternation() {
    assertThat(quoted("\"We stay,\" he said, \"and we fight.\""))
        .containsExactly("We stay,", "and we fight.");
  }

  @Test
  void pairsSingleMarks() {
    assertThat(quoted("\u2018We stay here,\u2019 he said. 'We fight on,' she said."))
        .containsExactly("We stay here,", "We fight on,");
  }

  @Test
  void keepsNestedSingleQuotesInsideTheOuterQuote() {
    assertThat(quoted("\u201CThey called it \u2018a disgrace\u2019 and left,\u201D he said."))
        .containsExactly("They called it \u2018a disgrace\u2019 and left,");
    assertThat(quoted("\"They called it 'a disgrace' and left,\" he said."))
        .containsExactly("They called it 'a disgrace' and left,");
  }

  @Test
  void keepsNestedDoubleQuotesInsideAnOuterSingleQuote() {
    assertThat(quoted("\u2018They said \u201Cnever\u201D to us,\u2019 he said."))
        .containsExactly("They said \u201Cnever\u201D to us,");
  }

  @Test
  void neverOpensOrClosesASingleQuoteAtAnApostrophe() {
    assertThat(quoted("I\u2019d say Iran\u2019s army and the protesters\u2019 demands matter."))
        .isEmpty();
    assertThat(quoted("\u201CI\u2019d say Iran\u2019s position is firm,\u201D he said."))
        .containsExactly("I\u2019d say Iran\u2019s position is firm,");
  }

  @Test
  void readsAParagraphAgainWithoutAnApostropheThatOpenedNothing() {
    assertThat(quoted("In the '90s and 'tis the season, he said \u2018we will stay\u2019 here."))
        .containsExactly("we will stay");
  }

  @Test
  void endsAnOpenQuoteAtABlankLine() {
    String text = "He said \u201Cwe stay\n\nThen \u201Cwe go home now\u201D she said.";
    assertThat(QuoteMarks.spans(text)).containsExactly(new Span(text.indexOf("we go"), text.indexOf("\u201D she")));
  }
}
