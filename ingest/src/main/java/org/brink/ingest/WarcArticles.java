package org.brink.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.brink.core.Article;
import org.brink.core.ArticleMeta;
import org.brink.core.ContentType;
import org.brink.core.Outcome;
import org.brink.core.Problem;
import org.brink.core.Reason;
import org.jsoup.Jsoup;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcPayload;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Articles from a WARC file (plain or gzip-compressed, per record or whole): every {@code
 * response} record with a 2xx status and every {@code resource} record whose payload is HTML or
 * plain text becomes an article, with the record's target URI as its URL, the host as its outlet
 * when the page names none, and the page's publication date, else the day of the WARC-Date.
 *
 * <p>Other records (requests, metadata, warcinfo, images, scripts, error pages) are not articles:
 * each is handed to {@code notArticles} and counted, not rejected. A truncated or corrupt record
 * is a {@link Reason#MALFORMED_WARC} problem naming the file and the record's byte offset; the
 * rest of that file is not read, since the next record's start cannot be trusted.
 */
final class WarcArticles {
  private final ArticleFactory factory;
  private final long maxBytes;

  WarcArticles(ArticleFactory factory, long maxBytes) {
    this.factory = Objects.requireNonNull(factory, "factory");
    this.maxBytes = maxBytes;
  }

  /** Builds an article from decoded bytes: the reader's own decoding and metadata rules. */
  interface ArticleFactory {
    Outcome<Article> article(byte[] bytes, ContentType type, String source, ArticleMeta meta);
  }

  static boolean isWarc(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(".warc") || name.endsWith(".warc.gz");
  }

  void read(Path file, String source, Consumer<Outcome<Article>> sink, Consumer<Problem> notArticles) {
    try (WarcReader reader = new WarcReader(file)) {
      read(reader, source, sink, notArticles);
    } catch (IOException e) {
      sink.accept(Outcome.rejected(new Problem(Reason.UNREADABLE, "cannot read WARC file: " + e.getMessage(), source)));
    }
  }

  /** As {@link #read(Path, String, Consumer, Consumer)}, from a stream that is not closed. */
  void read(InputStream in, String source, Consumer<Outcome<Article>> sink, Consumer<Problem> notArticles) {
    try {
      // Not closed: closing the reader would close the caller's stream.
      read(new WarcReader(in), source, sink, notArticles);
    } catch (IOException e) {
      sink.accept(Outcome.rejected(new Problem(Reason.UNREADABLE, "cannot read WARC file: " + e.getMessage(), source)));
    }
  }

  private void read(WarcReader reader, String source, Consumer<Outcome<Article>> sink, Consumer<Problem> notArticles) {
    long offset = -1;
    while (true) {
      Optional<WarcRecord> next;
      try {
        next = reader.next();
      } catch (IOException | RuntimeException e) {
        // jwarc cannot say where the broken record starts: name the last good one
        String after = offset < 0 ? "at the start of the file" : "after the record at byte offset " + offset;
        sink.accept(Outcome.rejected(new Problem(Reason.MALFORMED_WARC,
            "truncated or corrupt WARC record " + after + ": " + message(e)
                + "; the rest of the file is not read", source + "@" + Math.max(offset, 0))));
        return;
      }
      if (next.isEmpty()) {
        return;
      }
      WarcRecord record = next.get();
      offset = reader.position();
      String where = source + "@" + offset;
      try {
        Outcome<Article> article = article(record, where, notArticles);
        if (article != null) {
          sink.accept(article);
        }
      } catch (IOException | RuntimeException e) {
        sink.accept(malformed(source, offset, e));
        return;
      }
    }
  }

  private Outcome<Article> article(WarcRecord record, String where, Consumer<Problem> notArticles)
      throws IOException {
    if (!(record instanceof WarcResponse) && !(record instanceof WarcResource)) {
      notArticles.accept(notArticle(where, "a WARC " + record.type() + " record"));
      return null;
    }
    WarcTargetRecord target = (WarcTargetRecord) record;
    if (record instanceof WarcResponse response) {
      int status = response.http().status();
      if (status < 200 || status > 299) {
        notArticles.accept(notArticle(where, "an HTTP " + status + " response"));
        return null;
      }
    }
    Optional<WarcPayload> payload = target.payload();
    if (payload.isEmpty()) {
      notArticles.accept(notArticle(where, "a record without a payload"));
      return null;
    }
    MediaType type = payload.get().type().base();
    ContentType contentType = contentType(type);
    if (contentType == null) {
      notArticles.accept(notArticle(where, type + ", not HTML or text"));
      return null;
    }
    byte[] bytes;
    try (InputStream body = payload.get().body().stream()) {
      bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    }
    if (bytes.length > maxBytes) {
      return Outcome.rejected(new Problem(Reason.TOO_LONG, String.format(Locale.ROOT,
          "WARC record payload is over %,d bytes, the limit (--max-bytes)", maxBytes), where));
    }
    String url = target.target();
    LocalDate captured = LocalDate.ofInstant(record.date(), ZoneOffset.UTC);
    LocalDate published = captured;
    if (contentType == ContentType.HTML) {
      // The page's own date beats the day it was captured.
      LocalDate page = PageMetadata.of(Jsoup.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), url)).published();
      if (page != null) {
        published = page;
      }
    }
    ArticleMeta meta = new ArticleMeta(null, published, url, null, where);
    return factory.article(bytes, contentType, where, meta);
  }

  private static ContentType contentType(MediaType type) {
    String t = type.type().toLowerCase(Locale.ROOT) + "/" + type.subtype().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "text/html", "application/xhtml+xml" -> ContentType.HTML;
      case "text/plain" -> ContentType.TEXT;
      default -> null;
    };
  }

  private static Problem notArticle(String where, String what) {
    return new Problem(Reason.UNKNOWN_FORMAT, what + " is not an article", where);
  }

  private static Outcome<Article> malformed(String source, long offset, Exception e) {
    return Outcome.rejected(new Problem(Reason.MALFORMED_WARC,
        "truncated or corrupt WARC record at byte offset " + offset + ": " + message(e)
            + "; the rest of the file is not read", source + "@" + offset));
  }

  private static String message(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
