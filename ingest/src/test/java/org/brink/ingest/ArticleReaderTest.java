package org.brink.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brink.ingest.Fixtures.problem;
import static org.brink.ingest.Fixtures.value;
import static org.brink.ingest.Fixtures.warnings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.brink.core.Article;
import org.brink.core.ArticleId;
import org.brink.core.ArticleMeta;
import org.brink.core.ContentType;
import org.brink.core.Outcome;
import org.brink.core.Problem;
import org.brink.core.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every article text here is invented for Brink's tests and is not real news. */
class ArticleReaderTest {
  private static final String TEXT_ARTICLE =
      "Kenya and Ethiopia reopen border crossing\n\n"
          + "Kenya and Ethiopia agreed on Friday to reopen the Moyale crossing, officials said.\n";
  private static final String GHANA =
      "Ghana and Togo agreed on Tuesday to build a joint customs post at Aflao, officials said.";
  private static final InputStream NO_STDIN = InputStream.nullInputStream();

  @TempDir Path dir;

  // ---- gzip-compressed files

  @Test
  void readsGzipCompressedJsonLinesLineByLine() throws IOException {
    Path file = dir.resolve("wire.jsonl.gz");
    gzip(file, "{\"id\":\"w-1\",\"text\":\"" + GHANA + "\"}\nnot json\n");
    List<Outcome<Article>> outcomes = read(file);
    assertThat(outcomes).hasSize(2);
    assertThat(value(outcomes.get(0)).id()).isEqualTo(new ArticleId("w-1"));
    assertThat(problem(outcomes.get(1)).source()).isEqualTo(file + ":2");
  }

  @Test
  void readsGzipCompressedTextWithTheIdOfItsContent() throws IOException {
    Path file = dir.resolve("kenya.txt.gz");
    gzip(file, TEXT_ARTICLE);
    Article article = value(single(read(file)));
    assertThat(article.meta().title()).isEqualTo("Kenya and Ethiopia reopen border crossing");
    assertThat(article.id()).isEqualTo(ArticleId.ofContent(TEXT_ARTICLE));
  }

  @Test
  void rejectsGzipThatDecompressesPastTheLimitWithoutInflatingIt() throws IOException {
    Path file = dir.resolve("bomb.txt.gz");
    gzip(file, "a".repeat(2_000_000));
    ArticleReader reader = new ArticleReader(ReaderConfig.defaults().withMaxBytes(1_000));
    List<Outcome<Article>> outcomes = new ArrayList<>();
    reader.read(List.of(file.toString()), NO_STDIN, outcomes::add);
    assertThat(problem(single(outcomes)))
        .isEqualTo(
            new Problem(
                Reason.TOO_LONG,
                "decompressed file is over 1,000 bytes, the limit (--max-bytes)",
                file.toString()));
  }

  private static void gzip(Path file, String content) throws IOException {
    try (OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }

  // ---- plain text

  @Test
  void readsTextFileWithHeadlineAsTitle() throws IOException {
    Path file = write("kenya.txt", TEXT_ARTICLE);
    Article article = value(single(read(file)));
    assertThat(article.type()).isEqualTo(ContentType.TEXT);
    assertThat(article.meta())
        .isEqualTo(
            new ArticleMeta(
                "Kenya and Ethiopia reopen border crossing", null, null, null, file.toString()));
    assertThat(article.body())
        .isEqualTo(
            "Kenya and Ethiopia agreed on Friday to reopen the Moyale crossing, officials said.\n");
    assertThat(article.warnings()).isEmpty();
  }

  @Test
  void idOfTextFileIsStableHashOfItsBytes() throws IOException {
    Path file = write("kenya.txt", TEXT_ARTICLE);
    Article article = value(single(read(file)));
    assertThat(article.id()).isEqualTo(new ArticleId("sha256:f51745272d5c73df"));
    assertThat(article.id()).isEqualTo(ArticleId.ofContent(TEXT_ARTICLE));
  }

  @Test
  void sameContentInTwoFilesGetsTheSameId() throws IOException {
    Path first = write("one.txt", TEXT_ARTICLE);
    Path second = write("two.txt", TEXT_ARTICLE);
    List<Outcome<Article>> outcomes = read(first, second);
    assertThat(value(outcomes.get(0)).id()).isEqualTo(value(outcomes.get(1)).id());
  }

  @Test
  void keepsFirstLineInBodyWhenItIsASentence() throws IOException {
    Path file = write("ghana.txt", GHANA + "\n\nThe post will open next year.\n");
    Article article = value(single(read(file)));
    assertThat(article.meta().title()).isNull();
    assertThat(article.body()).isEqualTo(GHANA + "\n\nThe post will open next year.\n");
  }

  @Test
  void stripsByteOrderMarkAndNormalisesLineEnds() throws IOException {
    Path file =
        write(
            "crlf.txt",
            "\uFEFFTalks resume in Doha\r\n\r\nEnvoys met on Monday.\rThey will meet again.\r\n");
    Article article = value(single(read(file)));
    assertThat(article.meta().title()).isEqualTo("Talks resume in Doha");
    assertThat(article.body()).isEqualTo("Envoys met on Monday.\nThey will meet again.\n");
  }

  @Test
  void usesPublishedDefaultForTextFiles() throws IOException {
    Path file = write("kenya.txt", TEXT_ARTICLE);
    ReaderConfig config = ReaderConfig.defaults().withDefaultPublished(LocalDate.of(2025, 3, 14));
    Article article = value(single(read(config, file)));
    assertThat(article.meta().published()).isEqualTo(LocalDate.of(2025, 3, 14));
  }

  // ---- bad text files

  @Test
  void rejectsEmptyFile() throws IOException {
    Path file = write("empty.txt", "");
    assertThat(problem(single(read(file))))
        .isEqualTo(new Problem(Reason.EMPTY_TEXT, "file is empty", file.toString()));
  }

  @Test
  void rejectsFileOfWhiteSpaceOnly() throws IOException {
    Path file = write("blank.txt", " \n\t\r\n\u00A0 \n");
    assertThat(problem(single(read(file))))
        .isEqualTo(
            new Problem(Reason.EMPTY_TEXT, "file contains only white space", file.toString()));
  }

  @Test
  void rejectsBinaryFileWithNulByte() throws IOException {
    Path file = dir.resolve("data.txt");
    Files.write(file, new byte[] {'P', 'K', 3, 4, 0, 0, 'x'});
    assertThat(problem(single(read(file))))
        .isEqualTo(
            new Problem(
                Reason.BINARY,
                "file looks binary, not text: NUL byte at offset 4",
                file.toString()));
  }

  @Test
  void rejectsFileOfControlCharacters() throws IOException {
    byte[] bytes = new byte[100];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 4 == 0 ? 0x1B : 'a');
    }
    Path file = dir.resolve("escape.txt");
    Files.write(file, bytes);
    assertThat(problem(single(read(file))))
        .isEqualTo(
            new Problem(
                Reason.BINARY,
                "file looks binary, not text: 25% of the first 100 bytes are control characters",
                file.toString()));
  }

  @Test
  void decodesInvalidUtf8AsWindows1252WithWarning() throws IOException {
    Path file = dir.resolve("latin.txt");
    Files.write(
        file,
        "Ministers met at the caf\u00e9 in Montr\u00e9al on Monday."
            .getBytes(StandardCharsets.ISO_8859_1));
    Outcome<Article> outcome = single(read(file));
    Problem expected =
        new Problem(
            Reason.INVALID_UTF8,
            "not valid UTF-8 (first bad byte at offset 24); decoded as windows-1252",
            file.toString());
    assertThat(warnings(outcome)).containsExactly(expected);
    assertThat(value(outcome).warnings()).containsExactly(expected);
    assertThat(value(outcome).body()).isEqualTo("Ministers met at the café in Montréal on Monday.");
  }

  @Test
  void rejectsTwentyMegabyteTextWithoutReadingIt() throws IOException {
    Path file = dir.resolve("huge.txt");
    byte[] line =
        "Envoys met again in Geneva on Monday and agreed to meet again.\n"
            .getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(file)) {
      long written = 0;
      while (written < 20L * 1024 * 1024) {
        int n = (int) Math.min(line.length, 20L * 1024 * 1024 - written);
        out.write(line, 0, n);
        written += n;
      }
    }
    assertThat(problem(single(read(file))))
        .isEqualTo(
            new Problem(
                Reason.TOO_LONG,
                "file is 20,971,520 bytes; the limit is 5,000,000 (--max-bytes)",
                file.toString()));
  }

  // ---- HTML

  @Test
  void readsHtmlFileAsRawBody() throws IOException {
    String html = "<html><body><p>" + GHANA + "</p></body></html>";
    Path file = write("ghana.html", html);
    Article article = value(single(read(file)));
    assertThat(article.type()).isEqualTo(ContentType.HTML);
    assertThat(article.body()).isEqualTo(html);
    assertThat(article.meta()).isEqualTo(ArticleMeta.of(file.toString()));
    assertThat(article.id()).isEqualTo(ArticleId.ofContent(html));
  }

  @Test
  void readsHtmlInTheCharsetItDeclares() throws IOException {
    Path file = dir.resolve("latin.htm");
    Files.write(
        file,
        "<meta charset=\"iso-8859-1\"><p>Talks in Montr\u00e9al.</p>"
            .getBytes(StandardCharsets.ISO_8859_1));
    Outcome<Article> outcome = single(read(file));
    assertThat(value(outcome).body())
        .isEqualTo("<meta charset=\"iso-8859-1\"><p>Talks in Montréal.</p>");
    assertThat(warnings(outcome)).isEmpty();
  }

  @Test
  void honoursForcedInputFormat() throws IOException {
    Path file = write("page.txt", "<p>" + GHANA + "</p>");
    Article article =
        value(single(read(ReaderConfig.defaults().withFormat(InputFormat.HTML), file)));
    assertThat(article.type()).isEqualTo(ContentType.HTML);
  }

  @Test
  void sniffsFormatOfFileWithUnknownExtension() throws IOException {
    Path page = write("page.md", "\n  <div><p>" + GHANA + "</p></div>");
    Path lines = write("records.log", "{\"text\": \"" + GHANA + "\"}\n");
    Path text = write("notes.md", GHANA);
    List<Outcome<Article>> outcomes = read(page, lines, text);
    assertThat(value(outcomes.get(0)).type()).isEqualTo(ContentType.HTML);
    assertThat(value(outcomes.get(1)).meta().input()).isEqualTo(lines + ":1");
    assertThat(value(outcomes.get(2)).type()).isEqualTo(ContentType.TEXT);
  }

  // ---- JSON Lines

  @Test
  void readsJsonLinesRecordWithAllFields() throws IOException {
    Path file =
        write(
            "news.jsonl",
            "{\"id\": \"mp-1\", \"title\": \"Ghana and Togo agree customs post\", \"text\": \""
                + GHANA
                + "\", \"published\": \"2025-04-02\", \"url\": \"https://meridianpost.example/a\","
                + " \"outlet\": \"The Meridian Post\", \"category\": \"WORLD\"}\n");
    Article article = value(single(read(file)));
    assertThat(article.id()).isEqualTo(new ArticleId("mp-1"));
    assertThat(article.type()).isEqualTo(ContentType.TEXT);
    assertThat(article.body()).isEqualTo(GHANA);
    assertThat(article.meta())
        .isEqualTo(
            new ArticleMeta(
                "Ghana and Togo agree customs post",
                LocalDate.of(2025, 4, 2),
                "https://meridianpost.example/a",
                "The Meridian Post",
                file + ":1"));
  }

  @Test
  void takesDatePartOfIsoDateTime() throws IOException {
    Path file =
        write(
            "news.jsonl", "{\"text\": \"" + GHANA + "\", \"date\": \"2025-04-02T23:30:00-05:00\"}");
    assertThat(value(single(read(file))).meta().published()).isEqualTo(LocalDate.of(2025, 4, 2));
  }

  @Test
  void usesPublishedDefaultWhenRecordHasNoDate() throws IOException {
    Path file = write("news.jsonl", "{\"text\": \"" + GHANA + "\", \"date\": null}");
    ReaderConfig config = ReaderConfig.defaults().withDefaultPublished(LocalDate.of(2025, 3, 14));
    assertThat(value(single(read(config, file))).meta().published())
        .isEqualTo(LocalDate.of(2025, 3, 14));
  }

  @Test
  void recordDateWinsOverPublishedDefault() throws IOException {
    Path file = write("news.jsonl", "{\"text\": \"" + GHANA + "\", \"published\": \"2025-04-02\"}");
    ReaderConfig config = ReaderConfig.defaults().withDefaultPublished(LocalDate.of(2025, 3, 14));
    assertThat(value(single(read(config, file))).meta().published())
        .isEqualTo(LocalDate.of(2025, 4, 2));
  }

  @Test
  void warnsAboutUnparseableDateAndLeavesItUnset() throws IOException {
    Path file = write("news.jsonl", "{\"text\": \"" + GHANA + "\", \"date\": \"last Tuesday\"}");
    Outcome<Article> outcome = single(read(file));
    assertThat(value(outcome).meta().published()).isNull();
    assertThat(warnings(outcome))
        .containsExactly(
            new Problem(
                Reason.BAD_FIELD,
                "field \"date\" is \"last Tuesday\", not a date (YYYY-MM-DD or an ISO date-time);"
                    + " the publication date is left unset",
                file + ":1"));
  }

  @Test
  void warnsAboutUnparseableDateAndFallsBackToPublishedDefault() throws IOException {
    Path file = write("news.jsonl", "{\"text\": \"" + GHANA + "\", \"published\": \"2025-02-30\"}");
    ReaderConfig config = ReaderConfig.defaults().withDefaultPublished(LocalDate.of(2025, 3, 14));
    Outcome<Article> outcome = single(read(config, file));
    assertThat(value(outcome).meta().published()).isEqualTo(LocalDate.of(2025, 3, 14));
    assertThat(warnings(outcome))
        .extracting(Problem::message)
        .containsExactly(
            "field \"published\" is \"2025-02-30\", not a date (YYYY-MM-DD or an ISO date-time);"
                + " using the default 2025-03-14 (--published)");
  }

  @Test
  void usesIdFromRecordWhenPresent() throws IOException {
    Path file =
        write(
            "news.jsonl",
            "{\"id\": \"  wire-7 \", \"text\": \""
                + GHANA
                + "\"}\n{\"id\": 1234, \"text\": \""
                + GHANA
                + "\"}\n");
    List<Outcome<Article>> outcomes = read(file);
    assertThat(value(outcomes.get(0)).id()).isEqualTo(new ArticleId("wire-7"));
    assertThat(value(outcomes.get(1)).id()).isEqualTo(new ArticleId("1234"));
  }

  @Test
  void hashesTextWhenRecordHasNoId() throws IOException {
    Path file =
        write(
            "news.jsonl",
            "{\"text\": \"" + GHANA + "\"}\n{\"id\": \"\", \"text\": \"" + GHANA + "\"}\n");
    List<Outcome<Article>> outcomes = read(file);
    assertThat(value(outcomes.get(0)).id()).isEqualTo(new ArticleId("sha256:ab9cb84d735344f2"));
    assertThat(value(outcomes.get(1)).id()).isEqualTo(new ArticleId("sha256:ab9cb84d735344f2"));
    assertThat(warnings(outcomes.get(1)))
        .extracting(Problem::message)
        .containsExactly(
            "field \"id\" is \"\", not a non-blank string or number; the id is a hash of the"
                + " content");
  }

  @Test
  void readsHtmlFieldAsHtmlArticle() throws IOException {
    Path file = write("pages.jsonl", "{\"id\": \"p1\", \"html\": \"<p>" + GHANA + "</p>\"}");
    Article article = value(single(read(file)));
    assertThat(article.type()).isEqualTo(ContentType.HTML);
    assertThat(article.body()).isEqualTo("<p>" + GHANA + "</p>");
  }

  @Test
  void rejectsJsonLineThatIsNotAnObject() throws IOException {
    Path file = write("news.jsonl", "[\"" + GHANA + "\"]\n");
    assertThat(problem(single(read(file))))
        .isEqualTo(
            new Problem(Reason.MALFORMED_JSON, "line is a JSON array, not an object", file + ":1"));
  }

  @Test
  void rejectsJsonLineThatIsNotJsonAndKeepsTheGoodLines() throws IOException {
    Path file =
        write(
            "news.jsonl",
            "{\"text\": \""
                + GHANA
                + "\"}\n"
                + "Ghana and Togo agreed on Tuesday\n"
                + "{\"text\": \"The post will open next year.\"}\n");
    List<Outcome<Article>> outcomes = read(file);
    assertThat(outcomes).hasSize(3);
    assertThat(value(outcomes.get(0)).body()).isEqualTo(GHANA);
    assertThat(problem(outcomes.get(1)))
        .isEqualTo(
            new Problem(
                Reason.MALFORMED_JSON,
                "not JSON: Unrecognized token 'Ghana': was expecting (JSON String, Number, Array,"
                    + " Object or token 'null', 'true' or 'false') (column 1)",
                file + ":2"));
    assertThat(value(outcomes.get(2)).meta().input()).isEqualTo(file + ":3");
  }

  @Test
  void rejectsJsonLineWithTrailingContent() throws IOException {
    Path file = write("news.jsonl", "{\"text\": \"" + GHANA + "\"} {\"text\": \"again\"}\n");
    assertThat(problem(single(read(file))).reason()).isEqualTo(Reason.MALFORMED_JSON);
  }

  @Test
  void rejectsRecordWithNeitherTextNorHtml() throws IOException {
    Path file = write("news.jsonl", "{\"title\": \"Ghana and Togo agree customs post\"}\n");
    assertThat(problem(single(read(file))))
        .isEqualTo(
            new Problem(
                Reason.BAD_FIELD,
                "record has neither \"text\" nor \"html\"; one is required",
                file + ":1"));
  }

  @Test
  void rejectsRecordWhoseTextIsNotAString() throws IOException {
    Path file = write("news.jsonl", "{\"text\": 42}\n{\"text\": [\"a\"]}\n");
    List<Outcome<Article>> outcomes = read(file);
    assertThat(problem(outcomes.get(0)))
        .isEqualTo(
            new Problem(
                Reason.BAD_FIELD, "field \"text\" is a number (42), not a string", file + ":1"));
    assertThat(problem(outcomes.get(1)).message())
        .isEqualTo("field \"text\" is a JSON array, not a string");
  }

  @Test
  void rejectsRecordWithEmptyText() throws IOException {
    Path file = write("news.jsonl", "{\"text\": \"  \\n \"}\n");
    assertThat(problem(single(read(file))))
        .isEqualTo(new Problem(Reason.EMPTY_TEXT, "field \"text\" is empty", file + ":1"));
  }

  @Test
  void warnsAboutTitleThatIsNotAString() throws IOException {
    Path file = write("news.jsonl", "{\"title\": true, \"text\": \"" + GHANA + "\"}\n");
    Outcome<Article> outcome = single(read(file));
    assertThat(value(outcome).meta().title()).isNull();
    assertThat(warnings(outcome))
        .extracting(Problem::message)
        .containsExactly("field \"title\" is a boolean (true), not a string; ignored");
  }

  @Test
  void skipsBlankLinesButKeepsLineNumbers() throws IOException {
    Path file =
        write(
            "news.jsonl", "\n{\"text\": \"" + GHANA + "\"}\r\n  \n\n{\"text\": \"" + GHANA + "\"}");
    List<Outcome<Article>> outcomes = read(file);
    assertThat(outcomes)
        .extracting(o -> value(o).meta().input())
        .containsExactly(file + ":2", file + ":5");
  }

  @Test
  void rejectsOverlongJsonLineAndGoesOn() throws IOException {
    String longText = "x".repeat(200);
    Path file =
        write("news.jsonl", "{\"text\": \"" + longText + "\"}\n{\"text\": \"" + GHANA + "\"}\n");
    List<Outcome<Article>> outcomes = read(ReaderConfig.defaults().withMaxBytes(150), file);
    assertThat(problem(outcomes.get(0)))
        .isEqualTo(
            new Problem(
                Reason.TOO_LONG, "line is 212 bytes; the limit is 150 (--max-bytes)", file + ":1"));
    assertThat(value(outcomes.get(1)).body()).isEqualTo(GHANA);
  }

  @Test
  void warnsAboutInvalidUtf8InJsonLine() throws IOException {
    Path file = dir.resolve("news.jsonl");
    Files.write(
        file,
        "{\"text\": \"Talks in Montr\u00e9al ended.\"}\n".getBytes(StandardCharsets.ISO_8859_1));
    Outcome<Article> outcome = single(read(file));
    assertThat(value(outcome).body()).isEqualTo("Talks in Montréal ended.");
    assertThat(warnings(outcome))
        .containsExactly(
            new Problem(
                Reason.INVALID_UTF8,
                "not valid UTF-8 (first bad byte at offset 24); decoded as windows-1252",
                file + ":1"));
  }

  // ---- standard input

  @Test
  void readsTextFromStandardInput() {
    Article article = value(single(readStdin(ReaderConfig.defaults(), TEXT_ARTICLE)));
    assertThat(article.meta().input()).isEqualTo("-");
    assertThat(article.meta().title()).isEqualTo("Kenya and Ethiopia reopen border crossing");
    assertThat(article.id()).isEqualTo(new ArticleId("sha256:f51745272d5c73df"));
  }

  @Test
  void readsJsonLinesFromStandardInputNamingEachLine() {
    List<Outcome<Article>> outcomes =
        readStdin(ReaderConfig.defaults(), "{\"text\": \"" + GHANA + "\"}\nnot json\n");
    assertThat(value(outcomes.get(0)).meta().input()).isEqualTo("-:1");
    assertThat(problem(outcomes.get(1)).source()).isEqualTo("-:2");
  }

  @Test
  void rejectsEmptyStandardInput() {
    assertThat(problem(single(readStdin(ReaderConfig.defaults(), ""))))
        .isEqualTo(new Problem(Reason.EMPTY_TEXT, "input is empty", "-"));
  }

  @Test
  void rejectsOverlongStandardInput() {
    assertThat(problem(single(readStdin(ReaderConfig.defaults().withMaxBytes(10), GHANA))))
        .isEqualTo(
            new Problem(Reason.TOO_LONG, "input is 88 bytes; the limit is 10 (--max-bytes)", "-"));
  }

  // ---- paths and directories

  @Test
  void walksDirectoryRecursivelyInSortedOrderSkippingHiddenFiles() throws IOException {
    Path corpus = dir.resolve("corpus");
    write("corpus/b/2.txt", GHANA);
    write("corpus/a.txt", GHANA);
    write("corpus/b/1.html", "<p>" + GHANA + "</p>");
    write("corpus/c.jsonl", "{\"text\": \"" + GHANA + "\"}\n{\"text\": \"" + GHANA + "\"}\n");
    write("corpus/.hidden.txt", GHANA);
    write("corpus/.git/config", "[core]");
    write("corpus/notes.md", GHANA);
    List<Outcome<Article>> outcomes = read(corpus);
    assertThat(outcomes)
        .extracting(o -> value(o).meta().input())
        .containsExactly(
            corpus.resolve("a.txt").toString(),
            corpus.resolve("b/1.html").toString(),
            corpus.resolve("b/2.txt").toString(),
            corpus.resolve("c.jsonl") + ":1",
            corpus.resolve("c.jsonl") + ":2",
            corpus.resolve("notes.md").toString());
  }

  @Test
  void rejectsFilesUnderDirectoryThatAreClearlyNotArticles() throws IOException {
    Path corpus = dir.resolve("corpus");
    write("corpus/a.txt", GHANA);
    Files.write(corpus.resolve("map.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    List<Outcome<Article>> outcomes = read(corpus);
    assertThat(outcomes).hasSize(2);
    assertThat(problem(outcomes.get(1)))
        .isEqualTo(
            new Problem(
                Reason.UNKNOWN_FORMAT,
                "\".png\" files are not articles; Brink reads text, HTML and JSON Lines (.txt,"
                    + " .text, .html, .htm, .jsonl, .ndjson, or other files that hold text,"
                    + " each optionally gzip-compressed as .gz)",
                corpus.resolve("map.png").toString()));
  }

  @Test
  void followsLinkedDirectoriesButNotInCycles() throws IOException {
    Path corpus = dir.resolve("corpus");
    write("corpus/a.txt", GHANA);
    write("elsewhere/b.txt", GHANA);
    Files.createSymbolicLink(corpus.resolve("linked"), dir.resolve("elsewhere"));
    Files.createSymbolicLink(corpus.resolve("loop"), corpus);
    assertThat(read(corpus))
        .extracting(o -> value(o).meta().input())
        .containsExactly(
            corpus.resolve("a.txt").toString(), corpus.resolve("linked/b.txt").toString());
  }

  @Test
  void reportsBrokenLinkInItsSortedPlace() throws IOException {
    Path corpus = dir.resolve("corpus");
    write("corpus/a.txt", GHANA);
    write("corpus/c.txt", GHANA);
    Files.createSymbolicLink(corpus.resolve("b.txt"), dir.resolve("gone.txt"));
    List<Outcome<Article>> outcomes = read(corpus);
    assertThat(outcomes).hasSize(3);
    assertThat(problem(outcomes.get(1)))
        .isEqualTo(
            new Problem(
                Reason.UNREADABLE, "broken symbolic link", corpus.resolve("b.txt").toString()));
  }

  @Test
  void rejectsMissingPath() {
    List<Outcome<Article>> outcomes = new ArrayList<>();
    new ArticleReader(ReaderConfig.defaults())
        .read(List.of("no/such/file.txt"), NO_STDIN, outcomes::add);
    assertThat(problem(single(outcomes)))
        .isEqualTo(new Problem(Reason.UNREADABLE, "no such file or directory", "no/such/file.txt"));
  }

  @Test
  void readsPathsInTheOrderGiven() throws IOException {
    Path b = write("b.txt", GHANA);
    Path a = write("a.txt", TEXT_ARTICLE);
    List<Outcome<Article>> outcomes = new ArrayList<>();
    new ArticleReader(ReaderConfig.defaults())
        .read(
            List.of(b.toString(), "-", a.toString()),
            new ByteArrayInputStream(GHANA.getBytes(StandardCharsets.UTF_8)),
            outcomes::add);
    assertThat(outcomes)
        .extracting(o -> value(o).meta().input())
        .containsExactly(b.toString(), "-", a.toString());
  }

  // ---- helpers

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static List<Outcome<Article>> read(Path... files) {
    return read(ReaderConfig.defaults(), files);
  }

  private static List<Outcome<Article>> read(ReaderConfig config, Path... files) {
    List<String> paths = new ArrayList<>();
    for (Path file : files) {
      paths.add(file.toString());
    }
    List<Outcome<Article>> outcomes = new ArrayList<>();
    new ArticleReader(config).read(paths, NO_STDIN, outcomes::add);
    return outcomes;
  }

  private static List<Outcome<Article>> readStdin(ReaderConfig config, String content) {
    List<Outcome<Article>> outcomes = new ArrayList<>();
    new ArticleReader(config)
        .read(
            List.of("-"),
            new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
            outcomes::add);
    return outcomes;
  }

  private static Outcome<Article> single(List<Outcome<Article>> outcomes) {
    assertThat(outcomes).hasSize(1);
    return outcomes.get(0);
  }
}
