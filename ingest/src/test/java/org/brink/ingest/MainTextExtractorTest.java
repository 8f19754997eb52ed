package org.brink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** All text is invented for Brink's tests; not real news. */
class MainTextExtractorTest {
  private static final String P1 =
      "Envoys from Sudan and South Sudan met in Juba on Thursday to discuss the fees charged on oil"
          + " exported through Port Sudan, officials from both governments said.";
  private static final String P2 =
      "The talks, mediated by the African Union, will resume next month in Khartoum, a spokesman"
          + " said.";

  @Test
  void splitsClassAndIdIntoWords() {
    Element element =
        Jsoup.parse("<div class='shareBar story-body__inner' id='ad_slot2'></div>")
            .selectFirst("div");
    assertThat(MainTextExtractor.classWords(element))
        .containsExactly("share", "bar", "story", "body", "inner", "ad", "slot2");
  }

  @Test
  void removesElementsNamedAsFurnitureButNotTheArticleTheyWrap() {
    String page =
        "<body><div class='page-with-sidebar'><div class='story'><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p><div class='article-share'>Share on Facebook</div></div><div"
            + " class='sidebar'><p>Notes on trade and politics, written by a former river"
            + " pilot.</p></div></div></body>";
    assertThat(texts(page)).containsExactly(P1, P2);
  }

  @Test
  void keepsTheArticleInsideAFormThatWrapsThePage() {
    String page =
        "<body><form id='aspnetForm'><div class='menu'><a href='/'>Home</a></div>"
            + "<div class='content'><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p></div></form></body>";
    assertThat(texts(page)).containsExactly(P1, P2);
  }

  @Test
  void dropsHiddenElements() {
    String page =
        "<body><div><p>"
            + P1
            + "</p><p style='display: none'>Hidden teaser text about something else entirely.</p>"
            + "<p hidden>Another hidden paragraph that readers never see on the page.</p><p>"
            + P2
            + "</p></div></body>";
    assertThat(texts(page)).containsExactly(P1, P2);
  }

  @Test
  void picksTheContainerWithTheMostProseOverALinkList() {
    String links =
        "<li><a href='/1'>Barge traffic on the Danube hits a five-year high</a></li>".repeat(8);
    String page =
        "<body><div><ul>"
            + links
            + "</ul></div><div><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p></div></body>";
    assertThat(texts(page)).containsExactly(P1, P2);
  }

  @Test
  void readsTextThatSitsDirectlyInTheBody() {
    assertThat(texts("<body>" + P1 + "<br><br>" + P2 + "</body>")).containsExactly(P1, P2);
  }

  private static List<String> texts(String html) {
    return MainTextExtractor.extract(Jsoup.parse(html)).stream().map(Block::text).toList();
  }
}
