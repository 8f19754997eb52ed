package org.brink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.brink.core.Article;
import org.brink.core.ContentType;
import org.brink.core.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RSS and Atom feeds (synthetic, written here) by file and by URL from a server on 127.0.0.1. */
class FeedTest {
  static final String RSS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
          + "<title>Harbour Post</title><link>https://harbour.example.org/</link>"
          + "<item><title>Talks resume in Muscat</title><link>https://harbour.example.org/talks</link>"
          + "<pubDate>Mon, 05 May 2025 10:00:00 GMT</pubDate>"
          + "<description>Short teaser.</description>"
          + "<content:encoded><![CDATA[<p>Envoys from Iran and the United States met in Muscat on"
          + " Monday. A synthetic item.</p>]]></content:encoded></item>"
          + "<item><title>Border clash</title><link>https://harbour.example.org/clash</link>"
          + "<pubDate>Tue, 06 May 2025 07:00:00 +0200</pubDate>"
          + "<description>&lt;p&gt;Troops exchanged fire on the border on Tuesday.&lt;/p&gt;</description></item>"
          + "</channel></rss>\n";

  static final String ATOM =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
          + "<title>Levant Wire</title>"
          + "<entry><title>Sanctions announced</title>"
          + "<link rel=\"self\" href=\"https://levantwire.example.org/api/1\"/>"
          + "<link rel=\"alternate\" href=\"https://levantwire.example.org/news/sanctions\"/>"
          + "<published>2025-05-07T09:00:00Z</published><updated>2025-05-08T09:00:00Z</updated>"
          + "<summary>The ministry announced new sanctions on Wednesday. A synthetic entry.</summary></entry>"
          + "</feed>\n";

  @TempDir Path dir;

  @Test
  void readsEachRssItemAsAnArticle() throws IOException {
    Path feed = dir.resolve("harbour.rss");
    Files.writeString(feed, RSS);
    WarcArticlesTest.Read read = WarcArticlesTest.read(feed);
    assertThat(read.rejected()).isEmpty();
    assertThat(read.articles()).hasSize(2);
    Article talks = read.articles().get(0);
    assertThat(talks.meta().title()).isEqualTo("Talks resume in Muscat");
    assertThat(talks.meta().url()).isEqualTo("https://harbour.example.org/talks");
    assertThat(talks.meta().outlet()).isEqualTo("Harbour Post");
    assertThat(talks.meta().published()).isEqualTo(LocalDate.of(2025, 5, 5));
    assertThat(talks.meta().input()).isEqualTo(feed + "#item1");
    assertThat(talks.type()).isEqualTo(ContentType.HTML);
    assertThat(talks.body()).contains("Envoys from Iran").doesNotContain("teaser");
    Article clash = read.articles().get(1);
    assertThat(clash.body()).isEqualTo("<p>Troops exchanged fire on the border on Tuesday.</p>");
    assertThat(clash.meta().published()).isEqualTo(LocalDate.of(2025, 5, 6));
    assertThat(talks.id()).isNotEqualTo(clash.id());
  }

  @Test
  void readsAtomEntriesFromAnXmlFileByItsRoot() throws IOException {
    Path feed = dir.resolve("levant.xml");
    Files.writeString(feed, ATOM);
    WarcArticlesTest.Read read = WarcArticlesTest.read(feed);
    assertThat(read.articles()).singleElement().satisfies(a -> {
      assertThat(a.meta().url()).isEqualTo("https://levantwire.example.org/news/sanctions");
      assertThat(a.meta().published()).isEqualTo(LocalDate.of(2025, 5, 7));
      assertThat(a.meta().outlet()).isEqualTo("Levant Wire");
      assertThat(a.body()).startsWith("The ministry announced");
    });
  }

  @Test
  void rejectsAMalformedFeedAndOneWithADoctype() throws IOException {
    Path broken = dir.resolve("broken.rss");
    Files.writeString(broken, "<rss><channel><item><title>x</title></channel></rss>");
    assertThat(WarcArticlesTest.read(broken).rejected()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("malformed-feed");
      assertThat(p.message()).startsWith("not well-formed XML: ");
      assertThat(p.source()).isEqualTo(broken.toString());
    });
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "do not read");
    Path xxe = dir.resolve("xxe.rss");
    Files.writeString(xxe, "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file://" + secret
        + "\">]><rss><channel><title>t</title><item><title>&x;</title><description>&x;</description></item></channel></rss>");
    WarcArticlesTest.Read read = WarcArticlesTest.read(xxe);
    assertThat(read.articles()).isEmpty();
    assertThat(read.rejected()).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo("malformed-feed"));
  }

  @Test
  void fetchesAFeedByUrlAndReportsHttpErrors() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/feed", exchange -> {
      byte[] body = RSS.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.createContext("/missing", exchange -> {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      WarcArticlesTest.Read read = readUrls(List.of(base + "/feed", base + "/missing"));
      assertThat(read.articles()).hasSize(2);
      assertThat(read.articles().get(0).meta().input()).isEqualTo(base + "/feed#item1");
      assertThat(read.rejected()).singleElement().satisfies(p -> {
        assertThat(p.code()).isEqualTo("unreadable");
        assertThat(p.message()).isEqualTo("cannot fetch: HTTP 404");
        assertThat(p.source()).isEqualTo(base + "/missing");
      });
    } finally {
      server.stop(0);
    }
  }

  private static WarcArticlesTest.Read readUrls(List<String> urls) {
    List<Article> articles = new java.util.ArrayList<>();
    List<Problem> rejected = new java.util.ArrayList<>();
    new ArticleReader(ReaderConfig.defaults()).read(urls, java.io.InputStream.nullInputStream(), o -> {
      switch (o) {
        case org.brink.core.Outcome.Done<Article> d -> articles.add(d.value());
        case org.brink.core.Outcome.Rejected<Article> r -> rejected.add(r.problem());
      }
    });
    return new WarcArticlesTest.Read(articles, rejected, List.of());
  }

  @Test
  void parsesTheDateFormsFeedsUse() {
    assertThat(FeedItems.day("Mon, 05 May 2025 23:30:00 -0500")).isEqualTo(LocalDate.of(2025, 5, 5));
    assertThat(FeedItems.day("2025-05-07T09:00:00+03:00")).isEqualTo(LocalDate.of(2025, 5, 7));
    assertThat(FeedItems.day("2025-05-07")).isEqualTo(LocalDate.of(2025, 5, 7));
    assertThat(FeedItems.day("yesterday")).isNull();
  }
}
