package org.brink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.brink.core.Article;
import org.brink.core.ContentType;
import org.brink.core.Outcome;
import org.brink.core.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** WARC files written with jwarc in the test (synthetic pages), read back as articles. */
class WarcArticlesTest {
  static final Instant CAPTURED = Instant.parse("2025-05-06T08:30:00Z");

  static final String PAGE =
      "<!doctype html><html><head><title>Talks resume in Muscat</title>"
          + "<meta property=\"article:published_time\" content=\"2025-05-05T10:00:00Z\">"
          + "<meta property=\"og:site_name\" content=\"Harbour Post\"></head><body><article>"
          + "<p>Envoys from Iran and the United States met in Muscat on Monday for a new round of"
          + " talks, officials said. This synthetic page was written for Brink's tests.</p>"
          + "</article></body></html>";

  @TempDir Path dir;

  record Read(List<Article> articles, List<Problem> rejected, List<Problem> notArticles) {}

  static Read read(Path file) {
    List<Article> articles = new ArrayList<>();
    List<Problem> rejected = new ArrayList<>();
    List<Problem> notArticles = new ArrayList<>();
    new ArticleReader(ReaderConfig.defaults(), notArticles::add)
        .read(List.of(file.toString()), InputStream.nullInputStream(), o -> {
          switch (o) {
            case Outcome.Done<Article> d -> articles.add(d.value());
            case Outcome.Rejected<Article> r -> rejected.add(r.problem());
          }
        });
    return new Read(articles, rejected, notArticles);
  }

  static byte[] http(int status, String type, String body) {
    return ("HTTP/1.1 " + status + " X\r\nContent-Type: " + type + "\r\nContent-Length: "
            + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body)
        .getBytes(StandardCharsets.UTF_8);
  }

  private Path write(String name, WarcCompression compression) throws IOException {
    Path file = dir.resolve(name);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        WarcWriter writer = new WarcWriter(channel, compression)) {
      writer.write(new WarcRequest.Builder("https://harbour.example.org/talks")
          .date(CAPTURED)
          .body(MediaType.HTTP_REQUEST, "GET /talks HTTP/1.1\r\nHost: harbour.example.org\r\n\r\n".getBytes(StandardCharsets.US_ASCII))
          .build());
      writer.write(new WarcResponse.Builder("https://harbour.example.org/talks")
          .date(CAPTURED).body(MediaType.HTTP_RESPONSE, http(200, "text/html; charset=utf-8", PAGE)).build());
      writer.write(new WarcResponse.Builder("https://harbour.example.org/logo.png")
          .date(CAPTURED).body(MediaType.HTTP_RESPONSE, http(200, "image/png", "\u0089PNG")).build());
      writer.write(new WarcResponse.Builder("https://harbour.example.org/gone")
          .date(CAPTURED).body(MediaType.HTTP_RESPONSE, http(404, "text/html", "<p>Not found</p>")).build());
      writer.write(new WarcResource.Builder(java.net.URI.create("https://wire.example.org/brief.txt"))
          .date(CAPTURED)
          .body(MediaType.PLAIN_TEXT, "Pakistan expelled an Indian diplomat on Tuesday. A synthetic brief.".getBytes(StandardCharsets.UTF_8))
          .build());
    }
    return file;
  }

  @ParameterizedTest
  @EnumSource(value = WarcCompression.class, names = {"NONE", "GZIP"})
  void readsHtmlAndTextRecordsAndCountsTheRest(WarcCompression compression) throws IOException {
    Path file = write(compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc", compression);
    Read read = read(file);
    assertThat(read.rejected()).isEmpty();
    assertThat(read.articles()).hasSize(2);
    Article page = read.articles().get(0);
    assertThat(page.type()).isEqualTo(ContentType.HTML);
    assertThat(page.meta().url()).isEqualTo("https://harbour.example.org/talks");
    assertThat(page.meta().published()).isEqualTo(LocalDate.of(2025, 5, 5)); // the page's date
    assertThat(page.body()).contains("Envoys from Iran");
    assertThat(page.meta().input()).startsWith(file.toString() + "@");
    Article brief = read.articles().get(1);
    assertThat(brief.type()).isEqualTo(ContentType.TEXT);
    assertThat(brief.meta().published()).isEqualTo(LocalDate.of(2025, 5, 6)); // WARC-Date
    assertThat(brief.meta().url()).isEqualTo("https://wire.example.org/brief.txt");
    assertThat(read.notArticles()).extracting(Problem::message).containsExactly(
        "a WARC request record is not an article",
        "image/png, not HTML or text is not an article",
        "an HTTP 404 response is not an article");
  }

  @Test
  void reportsARecordCutInsideItsBodyWithTheFileAndItsOffset() throws IOException {
    Path whole = write("whole.warc", WarcCompression.NONE);
    byte[] bytes = Files.readAllBytes(whole);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int resource = text.lastIndexOf("WARC/1.");
    Path cut = dir.resolve("cut-body.warc");
    Files.write(cut, java.util.Arrays.copyOf(bytes, text.indexOf("Pakistan expelled") + 10));
    Read read = read(cut);
    assertThat(read.articles()).hasSize(1);
    assertThat(read.rejected()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("malformed-warc");
      assertThat(p.source()).isEqualTo(cut + "@" + resource);
      assertThat(p.message()).startsWith("truncated or corrupt WARC record at byte offset " + resource + ": ");
    });
  }

  @Test
  void reportsARecordCutInsideItsHeaderAfterTheLastGoodRecord() throws IOException {
    Path whole = write("whole.warc", WarcCompression.NONE);
    byte[] bytes = Files.readAllBytes(whole);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int resource = text.lastIndexOf("WARC/1.");
    Path cut = dir.resolve("cut.warc");
    Files.write(cut, java.util.Arrays.copyOf(bytes, resource + 40));
    int previous = text.lastIndexOf("WARC/1.", resource - 1);
    Read read = read(cut);
    assertThat(read.articles()).hasSize(1);
    assertThat(read.rejected()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("malformed-warc");
      assertThat(p.source()).isEqualTo(cut + "@" + previous);
      assertThat(p.message())
          .startsWith("truncated or corrupt WARC record after the record at byte offset " + previous + ": ")
          .endsWith("; the rest of the file is not read");
    });
  }
}
