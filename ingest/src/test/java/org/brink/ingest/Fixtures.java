package org.brink.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.brink.core.Article;
import org.brink.core.ArticleId;
import org.brink.core.ArticleMeta;
import org.brink.core.ContentType;
import org.brink.core.Outcome;
import org.brink.core.Problem;

/**
 * Test fixtures and helpers. Every article text in the fixtures and in the tests is invented for
 * Brink's tests and is not real news.
 */
final class Fixtures {
  private Fixtures() {}

  /** A resource under {@code src/test/resources}, as UTF-8 text. */
  static String resource(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A plain-text fixture without its first line, the note saying the article is synthetic, which is
   * not part of the article.
   */
  static String textFixture(String path) {
    String text = resource(path);
    return text.substring(text.indexOf('\n') + 1);
  }

  static Article html(String html) {
    return new Article(
        ArticleId.ofContent(html), ArticleMeta.of("page.html"), html, ContentType.HTML);
  }

  static Article text(String text) {
    return new Article(
        ArticleId.ofContent(text), ArticleMeta.of("article.txt"), text, ContentType.TEXT);
  }

  static <T> T value(Outcome<T> outcome) {
    if (outcome instanceof Outcome.Done<T> done) {
      return done.value();
    }
    throw new AssertionError("expected Done, got " + outcome);
  }

  static <T> Problem problem(Outcome<T> outcome) {
    if (outcome instanceof Outcome.Rejected<T> rejected) {
      return rejected.problem();
    }
    throw new AssertionError("expected Rejected, got " + outcome);
  }

  static <T> List<Problem> warnings(Outcome<T> outcome) {
    if (outcome instanceof Outcome.Done<T> done) {
      return done.warnings();
    }
    throw new AssertionError("expected Done, got " + outcome);
  }

  static List<String> paragraphs(String text) {
    return new ArrayList<>(List.of(text.split("\n\n")));
  }
}
