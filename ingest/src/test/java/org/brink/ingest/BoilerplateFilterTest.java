package org.brink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each boilerplate rule on its own. All text is invented for Brink's tests; not real news. */
class BoilerplateFilterTest {
  private static final String NEWS =
      "Envoys from Sudan and South Sudan met in Juba on Thursday to discuss oil transit fees,"
          + " officials said.";
  private static final String MORE_NEWS =
      "The talks will resume next month in Khartoum, the African Union mediators said in a"
          + " statement.";

  @Test
  void namesUiLabels() {
    for (String label :
        List.of(
            "Share",
            "Comments (12)",
            "ADVERTISEMENT",
            "Read more »",
            "12 comments",
            "Tweet",
            "Print")) {
      assertThat(judge(label)).as(label).isEqualTo(BoilerplateRule.UI_LABEL);
    }
  }

  @Test
  void namesMenusAndBreadcrumbs() {
    assertThat(judge("Home | World | Africa | Business | Sport")).isEqualTo(BoilerplateRule.MENU);
    assertThat(judge("News • Politics • Elections")).isEqualTo(BoilerplateRule.MENU);
    assertThat(judge("Home › World › Africa")).isEqualTo(BoilerplateRule.MENU);
  }

  @Test
  void namesLinkDenseBlocks() {
    assertThat(
            BoilerplateRule.judge(
                new Block("Barge traffic on the Danube hits a record", Block.Kind.LIST_ITEM, 0.9)))
        .isEqualTo(BoilerplateRule.LINK_DENSE);
    assertThat(judge("More at https://example.org/a/very/long/path/to/a/page/somewhere"))
        .isEqualTo(BoilerplateRule.LINK_DENSE);
  }

  @Test
  void namesTimestamps() {
    for (String stamp :
        List.of(
            "14:05",
            "Updated 3 June 2025, 08:15 GMT",
            "2 hours ago",
            "Published: Tuesday 4 March 2025",
            "Last updated on 12/03/2025 at 9:41 am")) {
      assertThat(judge(stamp)).as(stamp).isEqualTo(BoilerplateRule.TIMESTAMP);
    }
  }

  @Test
  void namesBylinesAndCredits() {
    assertThat(judge("By Siti Rahman and Daniel Lee")).isEqualTo(BoilerplateRule.BYLINE);
    assertThat(judge("Reporting by Amina Wanjiru in Nairobi; Editing by John Roe."))
        .isEqualTo(BoilerplateRule.BYLINE);
    assertThat(judge("Jane Doe contributed reporting to this story."))
        .isEqualTo(BoilerplateRule.BYLINE);
  }

  @Test
  void namesCaptions() {
    assertThat(judge("Photo: Pacific Wire")).isEqualTo(BoilerplateRule.CAPTION);
    assertThat(judge("Fishermen unload their catch at Arica on Monday. (Image: Pacific Wire)"))
        .isEqualTo(BoilerplateRule.CAPTION);
  }

  @Test
  void namesReadMoreTeasers() {
    assertThat(judge("Read more: Singapore warns of early haze season"))
        .isEqualTo(BoilerplateRule.TEASER);
    assertThat(judge("» Related: Palm oil exporters face new EU rules"))
        .isEqualTo(BoilerplateRule.TEASER);
    assertThat(judge("See also – Moldova opens new rail link")).isEqualTo(BoilerplateRule.TEASER);
    assertThat(judge("Analysis: What the Danube deal means for Kyiv"))
        .isEqualTo(BoilerplateRule.TEASER);
  }

  @Test
  void namesInstructionsToTheReader() {
    for (String line :
        List.of(
            "Share this article on WhatsApp",
            "Follow us on X for the latest updates",
            "Follow Amina Wanjiru on Instagram",
            "Subscribe to our weekly briefing",
            "Sign up for the Morning Briefing",
            "Log in to read the full story",
            "Leave a comment below",
            "Click here to download the full report",
            "↑ Scroll to top",
            "Continue reading below",
            "You might also be interested in these stories",
            "Please disable your ad blocker to keep reading",
            "Don't forget to subscribe!",
            "Get the best of our journalism delivered to your inbox every morning")) {
      assertThat(judge(line)).as(line).isEqualTo(BoilerplateRule.UI_IMPERATIVE);
    }
  }

  @Test
  void namesLegalAndCopyProtectionNotices() {
    for (String line :
        List.of(
            "© 2025 The Meridian Post",
            "Copyright 2025 Equator Daily. All rights reserved.",
            "Content is protected !!",
            "Copying of this article is strictly prohibited.",
            "This material may not be republished without permission.",
            "Privacy policy")) {
      assertThat(judge(line)).as(line).isEqualTo(BoilerplateRule.LEGAL_NOTICE);
    }
  }

  @Test
  void namesCookieNotices() {
    assertThat(
            judge(
                "This website uses cookies to give you the best experience. By continuing to browse"
                    + " this site you agree."))
        .isEqualTo(BoilerplateRule.COOKIE_NOTICE);
    assertThat(judge("Accept all cookies")).isEqualTo(BoilerplateRule.COOKIE_NOTICE);
  }

  @Test
  void namesShortLabelsInCapitalsAndVeryShortBlocks() {
    assertThat(judge("MOST READ TODAY")).isEqualTo(BoilerplateRule.ALL_CAPS_LABEL);
    assertThat(judge("Joint patrols")).isEqualTo(BoilerplateRule.VERY_SHORT);
  }

  @Test
  void namesSubheadingsButNotHeadingsThatAreSentences() {
    assertThat(
            BoilerplateRule.judge(
                new Block("Australia pledges climate finance", Block.Kind.HEADING, 0)))
        .isEqualTo(BoilerplateRule.SUBHEADING);
    assertThat(BoilerplateRule.judge(new Block(NEWS, Block.Kind.HEADING, 0))).isNull();
  }

  @Test
  void judgesNewsSentencesToBeContent() {
    assertThat(judge(NEWS)).isNull();
    assertThat(judge("Share prices fell 3 percent in Nairobi on Monday.")).isNull();
    assertThat(judge("\"Follow us,\" the commander told the soldiers.")).isNull();
    assertThat(judge("We use cookies, the minister said, to show how data leaks.")).isNull();
  }

  @Test
  void removesHeadingThatIntroducesRelatedArticlesWithItsList() {
    List<Block> blocks =
        List.of(
            paragraph(NEWS),
            paragraph(MORE_NEWS),
            paragraph("More stories"),
            paragraph("Barge traffic on the Danube hits a five-year high"),
            paragraph("What the new EU port rules mean for Constanta"),
            paragraph(
                "Ghana and Togo agreed on Tuesday to build a joint customs post, officials said."));
    BoilerplateFilter.Result result = BoilerplateFilter.filter(blocks, null);
    assertThat(texts(result)).containsExactly(NEWS, MORE_NEWS, blocks.get(5).text());
    assertThat(result.removed()).isEqualTo(Map.of("related-list", 3));
  }

  @Test
  void removesAnyHeadingFollowedByLinkOnlyItems() {
    List<Block> blocks =
        List.of(
            paragraph(NEWS),
            new Block("From our partners", Block.Kind.HEADING, 0),
            new Block("Ten places to visit this summer", Block.Kind.LIST_ITEM, 1),
            new Block("How to save on flights", Block.Kind.LIST_ITEM, 1),
            paragraph(MORE_NEWS));
    assertThat(texts(BoilerplateFilter.filter(blocks, null))).containsExactly(NEWS, MORE_NEWS);
  }

  @Test
  void keepsShortListsInsideTheArticle() {
    List<Block> blocks =
        List.of(
            paragraph(NEWS),
            paragraph("The mediators listed three demands:"),
            new Block("- Withdrawal of troops from the border", Block.Kind.LIST_ITEM, 0),
            new Block("- Release of detained journalists", Block.Kind.LIST_ITEM, 0),
            paragraph(MORE_NEWS));
    assertThat(texts(BoilerplateFilter.filter(blocks, null)))
        .containsExactly(
            NEWS,
            "The mediators listed three demands:",
            "- Withdrawal of troops from the border",
            "- Release of detained journalists",
            MORE_NEWS);
  }

  @Test
  void removesSentencelessFragmentsAtTheEdgesOnly() {
    List<Block> blocks =
        List.of(
            paragraph("World news"),
            paragraph("Sudan talks"),
            paragraph(NEWS),
            paragraph("Oil transit fees in numbers"),
            paragraph(MORE_NEWS),
            paragraph("Topics Sudan South Sudan Oil"));
    BoilerplateFilter.Result result = BoilerplateFilter.filter(blocks, null);
    assertThat(texts(result)).containsExactly(NEWS, "Oil transit fees in numbers", MORE_NEWS);
    assertThat(result.removed()).isEqualTo(Map.of("edge-fragment", 1, "very-short", 2));
  }

  @Test
  void offersLeadingHeadlineAsTitleWhenThereIsNone() {
    List<Block> blocks =
        List.of(
            paragraph("Home | World | Africa"),
            paragraph("Sudan and South Sudan resume oil talks"),
            paragraph(NEWS));
    assertThat(BoilerplateFilter.filter(blocks, null).headline())
        .isEqualTo("Sudan and South Sudan resume oil talks");
    assertThat(BoilerplateFilter.filter(blocks, "Oil talks resume").headline()).isNull();
  }

  @Test
  void removesRepetitionsOfTheTitle() {
    List<Block> blocks =
        List.of(
            new Block("Sudan and South Sudan Resume Oil Talks!", Block.Kind.HEADING, 0),
            paragraph(NEWS));
    BoilerplateFilter.Result result =
        BoilerplateFilter.filter(blocks, "Sudan and South Sudan resume oil talks");
    assertThat(result.removed()).isEqualTo(Map.of("title-repeat", 1));
  }

  @Test
  void keepsShortTextsThatEndLikeSentences() {
    List<Block> blocks = List.of(paragraph("Who's next?"));
    assertThat(texts(BoilerplateFilter.filter(blocks, null))).containsExactly("Who's next?");
  }

  private static BoilerplateRule judge(String text) {
    return BoilerplateRule.judge(paragraph(text));
  }

  private static Block paragraph(String text) {
    return BlockSplitter.ofPlainText(text).get(0);
  }

  private static List<String> texts(BoilerplateFilter.Result result) {
    List<String> texts = new ArrayList<>();
    result.kept().forEach(b -> texts.add(b.text()));
    return texts;
  }
}
