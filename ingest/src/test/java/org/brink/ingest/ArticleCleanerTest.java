package org.brink.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brink.ingest.Fixtures.html;
import static org.brink.ingest.Fixtures.paragraphs;
import static org.brink.ingest.Fixtures.problem;
import static org.brink.ingest.Fixtures.resource;
import static org.brink.ingest.Fixtures.text;
import static org.brink.ingest.Fixtures.textFixture;
import static org.brink.ingest.Fixtures.value;
import static org.brink.ingest.Fixtures.warnings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.brink.core.Article;
import org.brink.core.ArticleId;
import org.brink.core.ArticleMeta;
import org.brink.core.CleanText;
import org.brink.core.ContentType;
import org.brink.core.Outcome;
import org.brink.core.Problem;
import org.brink.core.Reason;
import org.junit.jupiter.api.Test;

/**
 * The cleaner on the synthetic pages under {@code src/test/resources/pages/} and on bad input.
 * Every article text here and in the fixtures is invented for Brink's tests and is not real news.
 */
class ArticleCleanerTest {
  private final ArticleCleaner cleaner = new ArticleCleaner();

  @Test
  void isTheCleanStage() {
    assertThat(cleaner.name()).isEqualTo("clean");
  }

  // ---- the five pages and the pasted text

  @Test
  void cleansNewsArticleWithNavigationShareBarCommentsNewsletterAndFooter() {
    CleanText clean = value(cleaner.apply(html(resource("pages/news-article.html"))));
    assertThat(paragraphs(clean.text()))
        .containsExactly(
            "NAIROBI — Kenya and Ethiopia agreed on Friday to reopen the Moyale border crossing,"
                + " which has been closed to commercial traffic since clashes between herders in"
                + " January, the two governments said in a joint statement.",
            "The agreement was reached after two days of talks in Nairobi between Kenyan Foreign"
                + " Minister Daniel Otieno and his Ethiopian counterpart, Meskerem Tadesse,"
                + " according to the statement.",
            "\"We have agreed that trade must resume, and that the safety of traders on both sides"
                + " comes first,\" Otieno told reporters after the meeting.",
            "Tadesse said Ethiopia would deploy additional police units to the border town and"
                + " would share intelligence on cattle-raiding networks with Kenyan authorities.",
            "Under the deal, the two countries will set up joint patrols along a 40-kilometre"
                + " stretch of the frontier, and a committee of officials will meet every month to"
                + " review incidents.",
            "Traders in Moyale welcomed the decision. Lorries carrying livestock and coffee have"
                + " been stuck on both sides of the border for weeks, pushing up prices in local"
                + " markets.",
            "The African Union's envoy for the Horn of Africa, Joseph Mbeki, urged both governments"
                + " to follow through on their commitments and said the AU was ready to send"
                + " observers.");
    assertThat(clean.meta())
        .isEqualTo(
            new ArticleMeta(
                "Kenya and Ethiopia agree to reopen Moyale border crossing",
                LocalDate.of(2025, 3, 14),
                "https://meridianpost.example/world/africa/kenya-ethiopia-border",
                "The Meridian Post",
                "page.html"));
  }

  @Test
  void cleansBlogWithSidebarReadMoreTeasersAndRelatedList() {
    CleanText clean = value(cleaner.apply(html(resource("pages/blog-with-sidebar.html"))));
    assertThat(paragraphs(clean.text()))
        .containsExactly(
            "Romania and Moldova resumed talks this week on a shared inspection regime for grain"
                + " barges on the lower Danube, a step officials in both capitals say could cut"
                + " waiting times at the river ports by half.",
            "The Romanian transport ministry said in a statement on Tuesday that inspectors from"
                + " both countries would work side by side at Galati from June, instead of checking"
                + " each barge twice.",
            "Moldovan officials were more cautious. Deputy Economy Minister Vlad Ciobanu said the"
                + " plan still needed approval from customs authorities and warned that \"the river"
                + " does not wait for paperwork.\"",
            "Shipping agents in Constanta said queues of barges had grown to more than 80 vessels"
                + " in April, the longest since the corridor opened.",
            "The European Commission has offered to fund new scanning equipment, a spokeswoman"
                + " said, but no amount has been agreed.");
    assertThat(clean.meta())
        .isEqualTo(
            new ArticleMeta(
                "Why the Danube grain corridor talks matter",
                LocalDate.of(2025, 5, 2),
                "https://www.borderlands-blog.example/2025/05/danube-corridor",
                "borderlands-blog.example",
                "page.html"));
  }

  @Test
  void cleansPageWithCopyProtectionNoticeAndScrollToTopLink() {
    CleanText clean = value(cleaner.apply(html(resource("pages/copy-protected.html"))));
    assertThat(paragraphs(clean.text()))
        .containsExactly(
            "SANTIAGO — Chile recalled its ambassador to Peru for consultations on Monday after"
                + " Peruvian patrol boats detained three Chilean fishing vessels in disputed waters"
                + " off the port of Arica, the Chilean foreign ministry said.",
            "Foreign Minister Carla Reyes said the detentions were \"an unacceptable act\" and"
                + " demanded the immediate release of the 27 crew members, who were taken to the"
                + " Peruvian port of Ilo.",
            "Peru's foreign ministry said the vessels had been fishing illegally inside Peruvian"
                + " waters and that the crews would be treated in accordance with the law. It did"
                + " not say when they would be released.",
            "The maritime boundary between the two countries was settled by an international court"
                + " ruling in 2014, but fishing groups on both sides say patrols have become more"
                + " frequent this year.",
            "A spokesman for Chile's fishing industry association said his members would follow the"
                + " talks closely and would not send boats into the area until the dispute was"
                + " resolved.");
    assertThat(clean.meta().published()).isEqualTo(LocalDate.of(2025, 7, 21));
    assertThat(clean.meta().outlet()).isEqualTo("Pacific Wire");
    assertThat(clean.meta().title())
        .isEqualTo("Chile recalls ambassador to Peru over fishing dispute");
  }

  @Test
  void cleansLiveBlogKeepingEveryEntry() {
    CleanText clean = value(cleaner.apply(html(resource("pages/live-blog.html"))));
    assertThat(paragraphs(clean.text()))
        .containsExactly(
            "Fiji and Tonga have signed an accord to share patrol vessels and surveillance data"
                + " across their exclusive economic zones, officials from both delegations said.",
            "The agreement covers joint inspections of foreign longliners and will be reviewed"
                + " after two years.",
            "Australia's foreign minister told the forum that Canberra would add 150 million"
                + " Australian dollars to a regional climate resilience fund over five years.",
            "Several island leaders said the pledge was welcome but fell short of what low-lying"
                + " nations need to protect coastal villages.",
            "Leaders from 18 member states have arrived at the conference centre in Suva for the"
                + " opening session, which is expected to focus on climate, fisheries and regional"
                + " security.",
            "New Zealand's prime minister said on arrival that she would press for a common"
                + " position on deep-sea mining before the next meeting of the International Seabed"
                + " Authority.");
    assertThat(clean.meta())
        .isEqualTo(
            new ArticleMeta(
                "Live: Pacific Islands Forum leaders meet in Suva",
                LocalDate.of(2025, 9, 9),
                "https://islandsnews.example/live/pif-suva",
                "Islands News",
                "page.html"));
  }

  @Test
  void cleansMalformedPageWithUnclosedTags() {
    CleanText clean = value(cleaner.apply(html(resource("pages/malformed.html"))));
    assertThat(paragraphs(clean.text()))
        .containsExactly(
            "OSLO — Norway will give 200 million crowns in emergency aid to Bangladesh after floods"
                + " in the north-east of the country displaced more than a million people, the"
                + " Norwegian foreign ministry said on Wednesday.",
            "The money will be channelled through the World Food Programme and the Bangladesh Red"
                + " Crescent Society, the ministry said, and will pay for food, clean water &"
                + " temporary shelter.",
            "Bangladesh's disaster management minister thanked Norway and said the government was"
                + " still assessing the damage in the districts of Sylhet and Sunamganj.",
            "Aid agencies have warned that more rain is forecast for next week, which could delay"
                + " the return of families to their villages.");
    assertThat(clean.meta().title()).isEqualTo("Norway pledges flood aid to Bangladesh");
  }

  @Test
  void cleansPastedTextWithMenuShareAndReadMoreLines() {
    CleanText clean = value(cleaner.apply(text(textFixture("pages/pasted-article.txt"))));
    assertThat(paragraphs(clean.text()))
        .containsExactly(
            "JAKARTA — Indonesia and Malaysia signed an agreement on Tuesday to share satellite"
                + " data on forest fires and to coordinate firefighting along their border on"
                + " Borneo, officials from both countries said.",
            "The pact, signed in Jakarta by the two countries' environment ministers, sets up a"
                + " joint command centre in Pontianak that will issue fire alerts to plantation"
                + " companies and village authorities.",
            "Indonesian Environment Minister Hendra Wijaya said the agreement showed that \"smoke"
                + " does not stop at a border, and neither should our response.\"",
            "Malaysia's environment minister, Farah Ismail, said Kuala Lumpur would send two"
                + " water-bombing aircraft to Kalimantan during the dry season and would share the"
                + " cost of new monitoring stations.",
            "Environmental groups welcomed the deal but said it would only work if companies found"
                + " responsible for illegal burning were prosecuted.");
    assertThat(clean.meta().title())
        .isEqualTo("Indonesia and Malaysia sign pact to curb cross-border haze");
  }

  // ---- metadata

  @Test
  void inputMetadataWinsOverPageMetadata() {
    ArticleMeta given =
        new ArticleMeta(
            "Kenya, Ethiopia reopen crossing",
            LocalDate.of(2025, 3, 15),
            "https://wire.example/1",
            "Wire",
            "in.jsonl:4");
    Article article =
        new Article(
            ArticleId.ofContent("x"), given, resource("pages/news-article.html"), ContentType.HTML);
    assertThat(value(cleaner.apply(article)).meta()).isEqualTo(given);
  }

  @Test
  void fillsOnlyTheMissingMetadataFromThePage() {
    ArticleMeta given =
        new ArticleMeta(null, LocalDate.of(2025, 3, 15), null, "Wire", "in.jsonl:4");
    Article article =
        new Article(
            ArticleId.ofContent("x"), given, resource("pages/news-article.html"), ContentType.HTML);
    assertThat(value(cleaner.apply(article)).meta())
        .isEqualTo(
            new ArticleMeta(
                "Kenya and Ethiopia agree to reopen Moyale border crossing",
                LocalDate.of(2025, 3, 15),
                "https://meridianpost.example/world/africa/kenya-ethiopia-border",
                "Wire",
                "in.jsonl:4"));
  }

  @Test
  void keepsTheArticleIdAndReadingWarnings() {
    Problem warning =
        new Problem(
            Reason.INVALID_UTF8,
            "not valid UTF-8 (first bad byte at offset 3); decoded as windows-1252",
            "a.txt");
    Article article =
        new Article(
            new ArticleId("wire-9"),
            ArticleMeta.of("a.txt"),
            "Ghana and Togo agreed on Tuesday to build a joint customs post at Aflao, officials"
                + " said.",
            ContentType.TEXT,
            List.of(warning));
    Outcome<CleanText> outcome = cleaner.apply(article);
    assertThat(value(outcome).id()).isEqualTo(new ArticleId("wire-9"));
    assertThat(value(outcome).warnings()).containsExactly(warning);
    assertThat(warnings(outcome)).isEmpty();
  }

  // ---- text shape

  @Test
  void neverRemovesNewsSentencesThatMerelyContainFurnitureWords() {
    List<String> news =
        List.of(
            "The prime minister said he would share intelligence with Kenya on militant networks.",
            "Share prices in Seoul fell sharply after the announcement of new sanctions.",
            "Officials urged residents to follow evacuation orders and sign up for text alerts.",
            "Follow-up talks between the two delegations are scheduled for next week in Geneva.",
            "Subscribers to the state broadcaster lost access to the channel on Monday, the"
                + " regulator said.",
            "Advertisement revenue at state media fell 12 percent last year, according to the"
                + " ministry.",
            "The court ruled that copying the ballot papers was prohibited under electoral law.",
            "Copyright holders in the European Union won a case against the platform on Tuesday.",
            "The regulator fined the company over its cookie policy and ordered changes within a"
                + " month.",
            "\"Follow us,\" the commander told the soldiers as they crossed the river at dawn.",
            "Read the full statement later, a spokesman told reporters outside the foreign"
                + " ministry.",
            "Related talks on fisheries will be held in Oslo, the Norwegian delegation said.",
            "Updated figures from the health ministry showed 40 deaths in the flooded districts.",
            "By Tuesday evening, both armies had withdrawn from the disputed ridge.",
            "Click-through rates on government alerts doubled during the storm, officials said.");
    CleanText clean = value(cleaner.apply(text(String.join("\n\n", news))));
    assertThat(paragraphs(clean.text())).containsExactlyElementsOf(news);
  }

  @Test
  void joinsHardWrappedLinesIntoParagraphs() {
    String wrapped =
        "Envoys from Sudan and South Sudan met in Juba on Thursday to discuss the\n"
            + "transit fees charged on oil exported through Port Sudan, officials from\n"
            + "both governments said.\n\n"
            + "The talks will resume next month.\n";
    CleanText clean = value(cleaner.apply(text(wrapped)));
    assertThat(clean.text())
        .isEqualTo(
            "Envoys from Sudan and South Sudan met in Juba on Thursday to discuss the transit fees"
                + " charged on oil exported through Port Sudan, officials from both governments"
                + " said.\n\n"
                + "The talks will resume next month.");
  }

  @Test
  void collapsesWhiteSpaceAndRemovesControlCharacters() {
    CleanText clean =
        value(
            cleaner.apply(
                text(
                    "Envoys\tmet  in\u00A0Juba\u0007 on\u00AD Thursday,\u200B officials"
                        + " said.\u0000")));
    assertThat(clean.text()).isEqualTo("Envoys met in Juba on Thursday, officials said.");
  }

  @Test
  void writesTextInUnicodeNormalFormC() {
    CleanText clean =
        value(cleaner.apply(text("Ministers met in Montre\u0301al on Monday, officials said.")));
    assertThat(clean.text()).isEqualTo("Ministers met in Montr\u00e9al on Monday, officials said.");
  }

  @Test
  void keepsParagraphsOfHtmlBrokenByDoubleLineBreaks() {
    CleanText clean =
        value(
            cleaner.apply(
                html(
                    "<div>Envoys met in Juba on Thursday, officials said.<br><br>The talks will"
                        + " resume next month in Khartoum, the mediators said.</div>")));
    assertThat(paragraphs(clean.text()))
        .containsExactly(
            "Envoys met in Juba on Thursday, officials said.",
            "The talks will resume next month in Khartoum, the mediators said.");
  }

  @Test
  void isDeterministicAcrossThreads() throws Exception {
    Article article = html(resource("pages/news-article.html"));
    String expected = value(cleaner.apply(article)).text();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> value(cleaner.apply(article)).text()));
      }
      for (Future<String> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  // ---- bad input

  @Test
  void rejectsPageThatIsAllFurniture() {
    String page =
        "<html><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
            + "<div class=\"promo\">Subscribe now</div><p>Share this article</p><p>Back to top</p>"
            + "<footer>© 2025 The Meridian Post</footer></body></html>";
    assertThat(problem(cleaner.apply(html(page))))
        .isEqualTo(
            new Problem(
                Reason.EMPTY_TEXT,
                "no article text left after removing page furniture",
                "page.html"));
  }

  @Test
  void rejectsPageWithoutText() {
    assertThat(
            problem(cleaner.apply(html("<html><head><title></title></head><body> </body></html>"))))
        .isEqualTo(new Problem(Reason.EMPTY_TEXT, "page has no text", "page.html"));
  }

  @Test
  void rejectsPageWhoseTextIsSwallowedByAnUnclosedComment() {
    String page =
        "<html><body><!-- teaser <p>Envoys met in Juba on Thursday, officials"
            + " said.</p></body></html>";
    assertThat(problem(cleaner.apply(html(page))))
        .isEqualTo(
            new Problem(
                Reason.MALFORMED_HTML,
                "page has no readable text; the HTML parser reported: Unexpectedly reached end of"
                    + " file (EOF) in input state [Comment] at 1:93",
                "page.html"));
  }

  @Test
  void rejectsPageWhoseTextIsSwallowedByAnUnclosedTextArea() {
    String page = "<html><body><textarea><p>Envoys met in Juba on Thursday, officials said.</p>";
    assertThat(problem(cleaner.apply(html(page))))
        .isEqualTo(
            new Problem(
                Reason.MALFORMED_HTML,
                "page has no readable text; the HTML parser reported: Unexpected EOF token [] when in"
                    + " state [Text] at 1:77",
                "page.html"));
  }

  @Test
  void rejectsSpanishArticleAsNotEnglish() {
    assertThat(problem(cleaner.apply(text(textFixture("articles/spanish-article.txt")))))
        .isEqualTo(
            new Problem(
                Reason.NOT_ENGLISH,
                "text does not look like English (English function words 2% of 91 words)",
                "article.txt"));
  }

  @Test
  void rejectsGermanPageAsNotEnglish() {
    assertThat(problem(cleaner.apply(html(resource("articles/german-article.html")))))
        .isEqualTo(
            new Problem(
                Reason.NOT_ENGLISH,
                "text does not look like English (English function words 6% of 68 words)",
                "page.html"));
  }

  @Test
  void rejectsRussianArticleByItsScript() {
    assertThat(problem(cleaner.apply(text(textFixture("articles/russian-article.txt")))))
        .isEqualTo(
            new Problem(
                Reason.NOT_ENGLISH,
                "text does not look like English (100% of 264 letters are Cyrillic script)",
                "article.txt"));
  }

  @Test
  void doesNotJudgeTheLanguageOfShortTexts() {
    CleanText clean = value(cleaner.apply(text("El presidente viajó a Lima el martes.")));
    assertThat(clean.text()).isEqualTo("El presidente viajó a Lima el martes.");
  }
}
