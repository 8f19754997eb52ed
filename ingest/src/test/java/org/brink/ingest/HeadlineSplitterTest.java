package org.brink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The headline rule, one clause at a time. All text is invented; not real news. */
class HeadlineSplitterTest {
  private static final String BODY =
      "Envoys from Sudan and South Sudan met in Juba on Thursday, officials said.";

  @Test
  void takesHeadlineFollowedByBlankLine() {
    HeadlineSplitter.Split split =
        HeadlineSplitter.split("\n  Sudan and South Sudan resume oil talks \n\n" + BODY);
    assertThat(split.title()).isEqualTo("Sudan and South Sudan resume oil talks");
    assertThat(split.body()).isEqualTo(BODY);
  }

  @Test
  void takesHeadlineFollowedDirectlyByBodyText() {
    HeadlineSplitter.Split split = HeadlineSplitter.split("Will the oil talks resume?\n" + BODY);
    assertThat(split.title()).isEqualTo("Will the oil talks resume?");
    assertThat(split.body()).isEqualTo(BODY);
  }

  @Test
  void keepsFirstLineThatEndsLikeProse() {
    assertThat(HeadlineSplitter.split("Envoys met in Juba on Thursday.\n\n" + BODY).title())
        .isNull();
    assertThat(HeadlineSplitter.split("Envoys met in Juba on Thursday,\n\n" + BODY).title())
        .isNull();
    assertThat(HeadlineSplitter.split("What the envoys agreed:\n\n" + BODY).title()).isNull();
  }

  @Test
  void needsSomeTextAfterTheHeadline() {
    assertThat(HeadlineSplitter.split("Sudan and South Sudan resume oil talks\n\n").title())
        .isNull();
  }

  @Test
  void needsTwoToTwentyWords() {
    assertThat(HeadlineSplitter.split("Sudan\n\n" + BODY).title()).isNull();
    String longLine =
        "Sudan and South Sudan resume talks on oil transit fees in Juba as mediators from the"
            + " African Union and Kenya look on";
    assertThat(HeadlineSplitter.split(longLine + "\n\n" + BODY).title()).isNull();
  }

  @Test
  void needsACapitalDigitOrQuoteFirst() {
    assertThat(HeadlineSplitter.split("sudan and south sudan resume oil talks\n\n" + BODY).title())
        .isNull();
    assertThat(HeadlineSplitter.split("\"We will not retreat,\" says Juba\n\n" + BODY).title())
        .isEqualTo("\"We will not retreat,\" says Juba");
  }

  @Test
  void doesNotTakePageFurnitureForTheTitle() {
    assertThat(HeadlineSplitter.split("Home | World | Africa | Sport\n\n" + BODY).title()).isNull();
    assertThat(HeadlineSplitter.split("Share this article\n\n" + BODY).title()).isNull();
  }

  @Test
  void doesNotTakeTheFirstOfAStackOfShortLines() {
    assertThat(
            HeadlineSplitter.split("World news today\nAfrica and the Middle East\n" + BODY).title())
        .isNull();
  }
}
