package org.brink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.brink.core.Article;
import org.brink.core.ArticleId;
import org.brink.core.ArticleMeta;
import org.brink.core.CleanText;
import org.brink.core.ContentType;
import org.brink.core.Outcome;
import org.brink.core.Problem;
import org.brink.core.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worst of the web, generated in the test (nothing large is checked in): each input gives a
 * clear problem or a clean article, memory stays bounded by the reader's limit, and the inputs after
 * it are still read. Every text here is synthetic, written for Brink's tests.
 */
class HostileInputsTest {
  private static final long MB = 1_000_000;
  private static final String GOOD =
      "Synthetic report: government troops shelled rebel positions near the border on Monday,"
          + " officials said, and the rebels condemned the attack.";

  @TempDir Path dir;

  @Test
  void aFileOf200MegabytesIsRejectedBySizeWithoutBeingReadAndTheNextFileIsRead() throws IOException {
    Path huge = dir.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(200 * MB); // sparse: takes no disk, and the reader must not read it
    }
    Path good = writeText("good.txt", "Shelling reported\n\n" + GOOD + "\n");
    List<Outcome<Article>> outcomes = read(ReaderConfig.defaults(), List.of(huge.toString(), good.toString()), InputStream.nullInputStream());
    assertThat(outcomes).hasSize(2);
    Problem p = rejected(outcomes.get(0));
    assertThat(p.reason()).isEqualTo(Reason.TOO_LONG);
    assertThat(p.source()).isEqualTo(huge.toString());
    assertThat(p.message()).contains("200,000,000 bytes").contains("--max-bytes");
    assertThat(outcomes.get(1)).isInstanceOf(Outcome.Done.class);
  }

  @Test
  void aStreamOf200MegabytesOnStandardInputIsRejectedAfterReadingOnlyTheLimit() {
    CountingZeros stdin = new CountingZeros(200 * MB, (byte) 'a');
    List<Outcome<Article>> outcomes = read(ReaderConfig.defaults().withFormat(InputFormat.TEXT), List.of("-"), stdin);
    Problem p = rejected(outcomes.get(0));
    assertThat(p.reason()).isEqualTo(Reason.TOO_LONG);
    assertThat(p.message()).contains("200,000,000 bytes");
    assertThat(stdin.served).isEqualTo(200 * MB); // drained to count it, never held
  }

  @Test
  void aJsonLinesLineOf200MegabytesIsSkippedAndTheNextLineIsRead() {
    InputStream stdin = InputStream.nullInputStream();
    byte[] tail = ("\n{\"id\":\"after\",\"text\":\"" + GOOD + "\"}\n").getBytes(StandardCharsets.UTF_8);
    stdin = new java.io.SequenceInputStream(new CountingZeros(200 * MB, (byte) 'x'), new java.io.ByteArrayInputStream(tail));
    List<Outcome<Article>> outcomes = read(ReaderConfig.defaults().withFormat(InputFormat.JSONL), List.of("-"), stdin);
    assertThat(outcomes).hasSize(2);
    Problem p = rejected(outcomes.get(0));
    assertThat(p.reason()).isEqualTo(Reason.TOO_LONG);
    assertThat(p.source()).isEqualTo("-:1");
    assertThat(((Outcome.Done<Article>) outcomes.get(1)).value().meta().input()).isEqualTo("-:2");
  }

  @Test
  void oneBadLineAmong100000GoodJsonLinesIsOneProblemNamingItsLine() throws IOException {
    Path file = dir.resolve("wire.jsonl");
    int bad = 61_803;
    try (var out = Files.newBufferedWriter(file)) {
      for (int i = 1; i <= 100_001; i++) {
        out.write(i == bad ? "{\"id\": \"broken\", \"text\": \"unterminated\n"
            : "{\"id\":\"n" + i + "\",\"text\":\"Synthetic item " + i + ": police arrested protesters.\"}\n");
      }
    }
    List<Outcome<Article>> outcomes = read(ReaderConfig.defaults(), List.of(file.toString()), InputStream.nullInputStream());
    assertThat(outcomes).hasSize(100_001);
    List<Problem> problems = outcomes.stream()
        .filter(o -> o instanceof Outcome.Rejected<Article>).map(HostileInputsTest::rejected).toList();
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).reason()).isEqualTo(Reason.MALFORMED_JSON);
    assertThat(problems.get(0).source()).isEqualTo(file + ":" + bad);
    assertThat(outcomes.get(bad)).isInstanceOf(Outcome.Done.class); // the line after it
  }

  @Test
  void htmlNested10000LevelsDeepIsCleanedWithoutOverflowingTheStack() {
    StringBuilder html = new StringBuilder("<html><body>");
    for (int i = 0; i < 10_000; i++) {
      html.append(i % 2 == 0 ? "<div>" : "<span>");
    }
    html.append("<p>").append(GOOD).append("</p>");
    for (int i = 10_000 - 1; i >= 0; i--) {
      html.append(i % 2 == 0 ? "</div>" : "</span>");
    }
    html.append("<p>").append(GOOD.replace("Monday", "Tuesday")).append("</p></body></html>");
    Outcome<CleanText> outcome = clean(html.toString(), ContentType.HTML);
    assertThat(outcome).isInstanceOf(Outcome.Done.class);
    assertThat(((Outcome.Done<CleanText>) outcome).value().text()).contains("shelled rebel positions");
  }

  @Test
  void unclosedTagsNested10000LevelsDeepAreCleanedToo() {
    String html = "<html><body>" + "<b><i><u>".repeat(3_400) + "<p>" + GOOD;
    Outcome<CleanText> outcome = clean(html, ContentType.HTML);
    assertThat(outcome).isInstanceOf(Outcome.Done.class);
  }

  @Test
  void aSentenceOf50000TokensIsReadAndCleanedAsOneBoundedParagraph() {
    String sentence = "Synthetic: " + "troops shelled the town again and ".repeat(8_400) + "officials said.";
    assertThat(sentence.split(" ")).hasSizeGreaterThan(50_000);
    Outcome<CleanText> outcome = clean("Long report\n\n" + sentence + "\n", ContentType.TEXT);
    // The cleaner keeps it; the NLP stage skips the parse of a sentence over its token limit with
    // a sentence-skipped warning (AnnotatorConfig.maxParseTokens).
    assertThat(outcome).isInstanceOf(Outcome.Done.class);
    assertThat(((Outcome.Done<CleanText>) outcome).value().text()).hasSizeGreaterThan(250_000);
  }

  @Test
  void controlCharactersBidiOverridesAndMixedScriptsAreHandled() {
    String text = "Clashes reported\n\n"
        + "Synthetic: troops\u0000 of the \u202Eregime\u202C shelled\u0007 positions near \u062D\u0644\u0628"
        + " (Aleppo) and \u05D9\u05E8\u05D5\u05E9\u05DC\u05D9\u05DD on Monday,\u000B officials in \u041C\u043E\u0441\u043A\u0432\u0430"
        + " and \u5317\u4EAC said, and the rebels condemned\u200B the attack.\n";
    Outcome<CleanText> outcome = clean(text, ContentType.TEXT);
    assertThat(outcome).isInstanceOf(Outcome.Done.class);
    String cleaned = ((Outcome.Done<CleanText>) outcome).value().text();
    assertThat(cleaned).doesNotContain("\u0000", "\u0007", "\u000B", "\u200B")
        .contains("\u062D\u0644\u0628", "\u041C\u043E\u0441\u043A\u0432\u0430", "\u5317\u4EAC", "shelled positions");
  }

  @Test
  void aWarcZipBombIsRejectedAfterTheLimitAndTheNextRecordIsRead() throws IOException {
    Path warc = dir.resolve("bomb.warc.gz");
    long bombBytes = 1_000 * MB; // one gzip member that expands to a gigabyte of HTML
    try (OutputStream out = Files.newOutputStream(warc)) {
      writeGzipRecord(out, "http://example.org/bomb", bombBytes, GOOD);
      writeGzipRecord(out, "http://example.org/good", -1, GOOD);
    }
    assertThat(Files.size(warc)).isLessThan(5 * MB);
    List<Outcome<Article>> outcomes = read(ReaderConfig.defaults(), List.of(warc.toString()), InputStream.nullInputStream());
    assertThat(outcomes).hasSize(2);
    Problem p = rejected(outcomes.get(0));
    assertThat(p.reason()).isEqualTo(Reason.TOO_LONG);
    assertThat(p.message()).contains("WARC record payload is over 5,000,000 bytes");
    assertThat(((Outcome.Done<Article>) outcomes.get(1)).value().meta().url()).isEqualTo("http://example.org/good");
  }

  @Test
  void aGzipBombInJsonLinesIsCutAtTheLineLimit() throws IOException {
    Path file = dir.resolve("bomb.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16) {
      { def.setLevel(Deflater.BEST_COMPRESSION); }
    }) {
      byte[] zeros = new byte[1 << 20];
      java.util.Arrays.fill(zeros, (byte) ' ');
      for (int i = 0; i < 300; i++) {
        out.write(zeros);
      }
      out.write(("\n{\"id\":\"after\",\"text\":\"" + GOOD + "\"}\n").getBytes(StandardCharsets.UTF_8));
    }
    List<Outcome<Article>> outcomes = read(ReaderConfig.defaults(), List.of(file.toString()), InputStream.nullInputStream());
    assertThat(outcomes).hasSize(2);
    assertThat(rejected(outcomes.get(0)).reason()).isEqualTo(Reason.TOO_LONG);
    assertThat(outcomes.get(1)).isInstanceOf(Outcome.Done.class);
  }

  /** A gzip member holding one WARC response; a payload of {@code padding} bytes of spaces before the text when >= 0. */
  private static void writeGzipRecord(OutputStream file, String url, long padding, String text) throws IOException {
    byte[] head = "<html><body><p>".getBytes(StandardCharsets.UTF_8);
    byte[] tail = (text + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
    long html = head.length + Math.max(padding, 0) + tail.length;
    byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + html + "\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8);
    String warcHead = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8))
        + ">\r\nWARC-Date: 2025-02-03T10:00:00Z\r\nWARC-Target-URI: " + url
        + "\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: " + (http.length + html) + "\r\n\r\n";
    try (GZIPOutputStream member = new GZIPOutputStream(new NonClosing(file), 1 << 16)) {
      member.write(warcHead.getBytes(StandardCharsets.UTF_8));
      member.write(http);
      member.write(head);
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (long left = Math.max(padding, 0); left > 0; left -= spaces.length) {
        member.write(spaces, 0, (int) Math.min(spaces.length, left));
      }
      member.write(tail);
      member.write("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    }
  }

  private Path writeText(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static Outcome<CleanText> clean(String body, ContentType type) {
    Article article = new Article(ArticleId.ofContent(body), ArticleMeta.of("hostile"), body, type);
    return new ArticleCleaner().apply(article);
  }

  private static List<Outcome<Article>> read(ReaderConfig config, List<String> paths, InputStream stdin) {
    List<Outcome<Article>> outcomes = new ArrayList<>();
    new ArticleReader(config).read(paths, stdin, outcomes::add);
    return outcomes;
  }

  private static Problem rejected(Outcome<Article> outcome) {
    assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
    return ((Outcome.Rejected<Article>) outcome).problem();
  }

  /** {@code size} bytes of one value, generated, never held. */
  private static final class CountingZeros extends InputStream {
    private final long size;
    private final byte value;
    long served;

    CountingZeros(long size, byte value) {
      this.size = size;
      this.value = value;
    }

    @Override
    public int read() {
      if (served >= size) {
        return -1;
      }
      served++;
      return value;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (served >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - served);
      java.util.Arrays.fill(b, off, off + n, value);
      served += n;
      return n;
    }
  }

  /** Lets one gzip member be closed (finished) without closing the file under it. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
