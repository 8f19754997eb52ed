package org.brink.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.brink.core.Article;
import org.brink.core.ArticleId;
import org.brink.core.ArticleMeta;
import org.brink.core.ContentType;
import org.brink.core.Outcome;
import org.brink.core.Problem;
import org.brink.core.Reason;
import org.jspecify.annotations.Nullable;

/**
 * Reads articles from files, directories and standard input: one {@link Outcome} per article, or
 * per input that could not be read as one.
 *
 * <p>Each path is a file, a directory (read recursively, files in sorted path order, hidden files
 * and directories skipped) or {@code "-"} for standard input. A file's format is the configured one
 * when it is not {@link InputFormat#AUTO}, else the one its extension says, else the one its
 * content starts like. Text and HTML files are one article each; JSON Lines files one article a
 * line. Every problem names its source: the path as given, {@code "path:LINE"} for a JSON Lines
 * record, {@code "-"} for standard input.
 *
 * <p>Memory: a text or HTML file's size is checked before it is read, and a JSON Lines file is read
 * line by line, so at most {@link ReaderConfig#maxBytes()} bytes of one article are held at a time.
 *
 * <p>Immutable and thread-safe: several threads may call {@link #read} at once.
 */
public final class ArticleReader {
  private static final String STDIN = "-";

  private final ReaderConfig config;
  private final JsonLineParser jsonLines;
  private final Consumer<Problem> notArticles;
  private final WarcArticles warc;
  private final UrlFetcher fetcher;

  public ArticleReader(ReaderConfig config) {
    this(config, problem -> {});
  }

  /**
   * @param notArticles receives each record of a WARC file that is not an article (a request, an
   *     image, an error page), to be counted; these are not rejections
   */
  public ArticleReader(ReaderConfig config, Consumer<Problem> notArticles) {
    this.config = Objects.requireNonNull(config, "config");
    this.notArticles = Objects.requireNonNull(notArticles, "notArticles");
    this.jsonLines = new JsonLineParser(config.maxBytes(), config.defaultPublished());
    this.warc = new WarcArticles(this::decoded, config.maxBytes());
    this.fetcher = new UrlFetcher(config.maxBytes());
  }

  public ReaderConfig config() {
    return config;
  }

  /**
   * Reads every path in order and hands each outcome to {@code sink} as soon as it is read.
   *
   * @param paths files, directories, or {@code "-"} for {@code stdin}
   * @param stdin what {@code "-"} reads; not closed
   * @param sink receives one outcome per article or per unreadable input, in input order
   */
  public void read(List<String> paths, InputStream stdin, Consumer<Outcome<Article>> sink) {
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(stdin, "stdin");
    Objects.requireNonNull(sink, "sink");
    for (String given : paths) {
      Objects.requireNonNull(given, "paths contains null");
      if (given.equals(STDIN)) {
        readStdin(stdin, sink);
      } else if (UrlFetcher.isUrl(given)) {
        readUrl(given, sink);
      } else {
        readPath(given, sink);
      }
    }
  }

  private void readPath(String given, Consumer<Outcome<Article>> sink) {
    Path path;
    try {
      path = Path.of(given);
    } catch (InvalidPathException e) {
      sink.accept(reject(Reason.UNREADABLE, "not a valid path: " + e.getReason(), given));
      return;
    }
    if (Files.isDirectory(path)) {
      List<Found> found = new ArrayList<>();
      collectFiles(path, found, new HashSet<>());
      found.sort(Comparator.comparing(Found::path));
      for (Found f : found) {
        Problem problem = f.problem();
        if (problem != null) {
          sink.accept(Outcome.rejected(problem));
        } else {
          readFile(f.path(), f.path().toString(), true, sink);
        }
      }
    } else if (Files.exists(path)) {
      readFile(path, given, false, sink);
    } else {
      sink.accept(reject(Reason.UNREADABLE, "no such file or directory", given));
    }
  }

  /**
   * A file found under a directory, or a problem with an entry there.
   *
   * @param problem why the entry cannot be read, or null for a file to read
   */
  private record Found(Path path, @Nullable Problem problem) {}

  /**
   * Adds the regular files under {@code dir} to {@code found}, and the entries that cannot be read
   * with their problem, skipping hidden entries. Symbolic links to directories are followed, but
   * not back into a directory already visited, so a cycle cannot loop.
   */
  private static void collectFiles(Path dir, List<Found> found, Set<Path> visited) {
    try {
      if (!visited.add(dir.toRealPath())) {
        return;
      }
    } catch (IOException e) {
      found.add(unreadable(dir, "cannot open directory: " + explain(e)));
      return;
    }
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path entry : stream) {
        entries.add(entry);
      }
    } catch (IOException | UncheckedIOException e) {
      found.add(unreadable(dir, "cannot list directory: " + explain(e)));
      return;
    }
    for (Path entry : entries) {
      Path name = entry.getFileName();
      if (name != null && name.toString().startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(entry)) {
        collectFiles(entry, found, visited);
      } else if (Files.isRegularFile(entry)) {
        found.add(new Found(entry, null));
      } else if (Files.isSymbolicLink(entry) && !Files.exists(entry)) {
        found.add(unreadable(entry, "broken symbolic link"));
      } else {
        found.add(unreadable(entry, "not a regular file (a device, pipe or socket)"));
      }
    }
  }

  private static Found unreadable(Path path, String message) {
    return new Found(path, new Problem(Reason.UNREADABLE, message, path.toString()));
  }

  private void readFile(
      Path file, String source, boolean underDirectory, Consumer<Outcome<Article>> sink) {
    String fileName = String.valueOf(file.getFileName());
    if (WarcArticles.isWarc(fileName)) {
      warc.read(file, source, sink, notArticles);
      return;
    }
    readContent(fileName, source, underDirectory, () -> Files.newInputStream(file), () -> Files.size(file), sink);
  }

  /**
   * Reads one file's content from a stream, as {@link #read} reads a file named {@code fileName}:
   * WARC by name, gzip by a {@code .gz} name, the format by the configured one, the name or the
   * content, feeds by name or content. For files that are not on the local file system, such as
   * the HDFS or S3 inputs of the Spark job; every outcome names {@code source}.
   *
   * @param in the file's bytes; read to the end or to the first problem, not closed
   */
  public void read(String fileName, String source, InputStream in, Consumer<Outcome<Article>> sink) {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sink, "sink");
    if (WarcArticles.isWarc(fileName)) {
      warc.read(in, source, sink, notArticles);
      return;
    }
    // The stream's length is unknown: the bounded read below decides, as for gzip.
    InputStream unclosed = new java.io.FilterInputStream(in) {
      @Override
      public void close() {}
    };
    readContent(fileName, source, true, () -> unclosed, () -> -1, sink);
  }

  /**
   * One JSON Lines record, parsed as {@link #read} parses each line of a JSON Lines file: for
   * records that arrive as JSON text from elsewhere (the Spark job's Parquet input).
   */
  public Outcome<Article> readJsonRecord(String json, String source) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(source, "source");
    return jsonLines.parse(json, source, List.of());
  }

  /** Opens a file's bytes. */
  private interface Opener {
    InputStream open() throws IOException;
  }

  /** A file's size in bytes, or -1 when unknown. */
  private interface Sizer {
    long size() throws IOException;
  }

  private void readContent(
      String fileName,
      String source,
      boolean underDirectory,
      Opener opener,
      Sizer sizer,
      Consumer<Outcome<Article>> sink) {
    // "wire.jsonl.gz" is read as "wire.jsonl" through a gzip stream.
    boolean gzip = fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
    String innerName = gzip ? fileName.substring(0, fileName.length() - 3) : fileName;
    InputFormat format = config.format();
    if (format == InputFormat.AUTO || underDirectory) {
      if (InputFormat.isClearlyNotArticle(innerName)) {
        sink.accept(
            reject(
                Reason.UNKNOWN_FORMAT,
                "\"."
                    + InputFormat.extension(innerName)
                    + "\" files are not articles; Brink reads text, HTML and JSON Lines"
                    + " (.txt, .text, .html, .htm, .jsonl, .ndjson, or other files that hold text,"
                    + " each optionally gzip-compressed as .gz)",
                source));
        return;
      }
    }
    if (format == InputFormat.AUTO) {
      format = InputFormat.byExtension(innerName);
    }
    try (InputStream raw = open(opener, gzip);
        BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024)) {
      if (format == InputFormat.AUTO) {
        format = sniff(in);
      }
      if (format == InputFormat.JSONL) {
        readJsonLines(in, source, sink);
        return;
      }
      // A compressed file's size says nothing of its content: the bounded read below decides.
      long known = gzip ? -1 : sizer.size();
      long size = known < 0 ? config.maxBytes() : known;
      if (size > config.maxBytes()) {
        sink.accept(reject(Reason.TOO_LONG, tooLong("file", size), source));
        return;
      }
      byte[] bytes = in.readNBytes((int) Math.min(config.maxBytes() + 1, size + 1));
      if (bytes.length > config.maxBytes()) {
        // The file grew between the size check and the read, or decompresses past the limit.
        String message =
            gzip
                ? String.format(
                    Locale.ROOT,
                    "decompressed file is over %,d bytes, the limit (--max-bytes)",
                    config.maxBytes())
                : tooLong("file", bytes.length + drain(in));
        sink.accept(reject(Reason.TOO_LONG, message, source));
        return;
      }
      if (isFeedName(innerName)
          || (InputFormat.byExtension(innerName) == InputFormat.AUTO
              && format == InputFormat.HTML
              && FeedItems.looksLikeFeed(bytes, bytes.length))) {
        readFeed(bytes, source, sink);
        return;
      }
      sink.accept(article(bytes, format, source, "file"));
    } catch (IOException | UncheckedIOException e) {
      sink.accept(reject(Reason.UNREADABLE, "cannot read file: " + explain(e), source));
    }
  }

  private static boolean isFeedName(String fileName) {
    String ext = InputFormat.extension(fileName);
    return ext.equals("rss") || ext.equals("atom");
  }

  /** A feed's items as articles; see {@link FeedItems}. */
  private void readFeed(byte[] bytes, String source, Consumer<Outcome<Article>> sink) {
    FeedItems.Feed feed;
    try {
      feed = FeedItems.parse(bytes);
    } catch (IOException e) {
      sink.accept(reject(Reason.MALFORMED_FEED, e.getMessage(), source));
      return;
    }
    int n = 0;
    for (FeedItems.Item item : feed.items()) {
      String itemSource = source + "#item" + ++n;
      if (item.body().isBlank() && item.title() == null) {
        sink.accept(reject(Reason.EMPTY_TEXT, "feed item has neither title nor text", itemSource));
        continue;
      }
      // The title leads the body when the item has only a title or a short summary.
      String body = item.body().isBlank() ? item.title() : item.body();
      long size = body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      if (size > config.maxBytes()) {
        sink.accept(reject(Reason.TOO_LONG, tooLong("feed item", size), itemSource));
        continue;
      }
      ArticleMeta meta = new ArticleMeta(
          item.title(),
          item.published() != null ? item.published() : config.defaultPublished(),
          item.link(),
          feed.title(),
          itemSource);
      // Same link and text, same id: a feed read again stores only its new items.
      ArticleId id = ArticleId.ofContent((item.link() == null ? "" : item.link()) + "\n" + body);
      sink.accept(Outcome.done(new Article(id, meta, body, ContentType.HTML)));
    }
  }

  /** A feed or page over HTTP(S): a feed gives its items, a page one article. */
  private void readUrl(String url, Consumer<Outcome<Article>> sink) {
    UrlFetcher.Fetched fetched;
    try {
      fetched = fetcher.fetch(url);
    } catch (IOException e) {
      sink.accept(reject(Reason.UNREADABLE, "cannot fetch: " + explain(e), url));
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      sink.accept(reject(Reason.UNREADABLE, "interrupted while fetching", url));
      return;
    }
    byte[] bytes = fetched.body();
    String type = fetched.contentType().toLowerCase(Locale.ROOT);
    if (type.contains("rss") || type.contains("atom") || FeedItems.looksLikeFeed(bytes, bytes.length)) {
      readFeed(bytes, url, sink);
      return;
    }
    ContentType content =
        type.startsWith("text/plain") ? ContentType.TEXT : ContentType.HTML;
    sink.accept(decoded(bytes, content, url, new ArticleMeta(null, config.defaultPublished(), fetched.finalUrl(), null, url)));
  }

  private static InputStream open(Opener opener, boolean gzip) throws IOException {
    InputStream raw = opener.open();
    try {
      return gzip ? new GZIPInputStream(raw, 64 * 1024) : raw;
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }

  private void readStdin(InputStream stdin, Consumer<Outcome<Article>> sink) {
    // Not closed: standard input belongs to the caller.
    BufferedInputStream in = new BufferedInputStream(stdin, 64 * 1024);
    try {
      InputFormat format = config.format();
      if (format == InputFormat.AUTO) {
        format = sniff(in);
      }
      if (format == InputFormat.JSONL) {
        readJsonLines(in, STDIN, sink);
        return;
      }
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxBytes() + 1));
      if (bytes.length > config.maxBytes()) {
        sink.accept(reject(Reason.TOO_LONG, tooLong("input", bytes.length + drain(in)), STDIN));
        return;
      }
      sink.accept(article(bytes, format, STDIN, "input"));
    } catch (IOException | UncheckedIOException e) {
      sink.accept(reject(Reason.UNREADABLE, "cannot read standard input: " + explain(e), STDIN));
    }
  }

  /** Decodes a WARC payload or fetched page, keeping the metadata its record gave. */
  private Outcome<Article> decoded(byte[] bytes, ContentType type, String source, ArticleMeta meta) {
    Outcome<String> decoded = TextDecoder.decode(bytes, type, source, "record");
    return switch (decoded) {
      case Outcome.Rejected<String> r -> Outcome.rejected(r.problem());
      case Outcome.Done<String> d -> {
        ArticleMeta m = meta.published() == null ? meta.withPublished(config.defaultPublished()) : meta;
        yield Outcome.done(new Article(ArticleId.ofContent(bytes), m, d.value(), type, d.warnings()), d.warnings());
      }
    };
  }

  private Outcome<Article> article(byte[] bytes, InputFormat format, String source, String noun) {
    ContentType type = format == InputFormat.HTML ? ContentType.HTML : ContentType.TEXT;
    Outcome<String> decoded = TextDecoder.decode(bytes, type, source, noun);
    return switch (decoded) {
      case Outcome.Rejected<String> r -> Outcome.rejected(r.problem());
      case Outcome.Done<String> d -> {
        String body = d.value();
        String title = null;
        if (type == ContentType.TEXT) {
          HeadlineSplitter.Split split = HeadlineSplitter.split(body);
          title = split.title();
          body = split.body();
        }
        ArticleMeta meta = new ArticleMeta(title, config.defaultPublished(), null, null, source);
        yield Outcome.done(
            new Article(ArticleId.ofContent(bytes), meta, body, type, d.warnings()), d.warnings());
      }
    };
  }

  private void readJsonLines(InputStream in, String source, Consumer<Outcome<Article>> sink)
      throws IOException {
    LineReader lines = new LineReader(in, config.maxBytes());
    LineReader.Line line;
    while ((line = lines.next()) != null) {
      String lineSource = source + ":" + line.number();
      byte[] bytes = line.bytes();
      if (bytes == null) {
        sink.accept(reject(Reason.TOO_LONG, tooLong("line", line.length()), lineSource));
        continue;
      }
      int start = line.number() == 1 && TextDecoder.hasUtf8ByteOrderMark(bytes) ? 3 : 0;
      if (isBlankAscii(bytes, start)) {
        // Blank lines separate nothing and are not records.
        continue;
      }
      Outcome<String> decoded = TextDecoder.decodeUtf8OrFallBack(bytes, start, lineSource);
      if (decoded instanceof Outcome.Done<String> d) {
        sink.accept(jsonLines.parse(d.value(), lineSource, d.warnings()));
      } else if (decoded instanceof Outcome.Rejected<String> r) {
        sink.accept(Outcome.rejected(r.problem()));
      }
    }
  }

  private String tooLong(String noun, long size) {
    return String.format(
        Locale.ROOT,
        "%s is %,d bytes; the limit is %,d (--max-bytes)",
        noun,
        size,
        config.maxBytes());
  }

  /** Sniffs the format from the first 8 KB, leaving the stream where it was. */
  private static InputFormat sniff(BufferedInputStream in) throws IOException {
    in.mark(TextDecoder.SNIFF_BYTES);
    byte[] prefix = in.readNBytes(TextDecoder.SNIFF_BYTES);
    in.reset();
    return InputFormat.sniff(prefix, prefix.length);
  }

  /** Reads the stream to its end without keeping it, and returns how many bytes that was. */
  private static long drain(InputStream in) throws IOException {
    return in.transferTo(OutputStream.nullOutputStream());
  }

  private static boolean isBlankAscii(byte[] bytes, int start) {
    for (int i = start; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
        return false;
      }
    }
    return true;
  }

  private static Outcome<Article> reject(Reason reason, String message, String source) {
    return Outcome.rejected(new Problem(reason, message, source));
  }

  /** An I/O failure as a short reason: "permission denied", "no such file". */
  private static String explain(Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (cause instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (cause instanceof NoSuchFileException) {
      return "no such file";
    }
    String message = cause.getMessage();
    return message == null ? cause.getClass().getSimpleName() : message;
  }
}
