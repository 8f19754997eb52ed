package org.brink.ingest;

import java.text.Normalizer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.brink.core.Article;
import org.brink.core.ArticleMeta;
import org.brink.core.CleanText;
import org.brink.core.ContentType;
import org.brink.core.Outcome;
import org.brink.core.Problem;
import org.brink.core.Reason;
import org.brink.core.Stage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * The {@code "clean"} stage: an article's main text with page furniture removed, as paragraphs.
 *
 * <p>For HTML the page is parsed leniently, its metadata read where the article has none (input
 * metadata wins), and its main text found by {@link MainTextExtractor}. Then, for every format, the
 * {@link BoilerplateFilter} removes furniture paragraph by paragraph and line by line by named
 * rules, and a cheap check rejects text that is clearly not English.
 *
 * <p>The text is the kept paragraphs joined by a blank line ({@code "\n\n"}), white space inside a
 * paragraph collapsed to single spaces, control characters removed, in Unicode NFC.
 *
 * <p>Outcomes: {@link Reason#MALFORMED_HTML} for a page the parser reports errors for and can make
 * no text of (none at all, or only inside elements that never hold article text, as after an
 * unclosed {@code <script>} or {@code <textarea>}); {@link Reason#EMPTY_TEXT} for a page without text or one that is all furniture;
 * {@link Reason#NOT_ENGLISH}. The article's reading warnings are carried into {@link
 * CleanText#warnings()}; {@link Outcome.Done#warnings()} holds only what this stage adds, so that
 * chained stages do not report a warning twice.
 *
 * <p>Immutable and thread-safe.
 */
public final class ArticleCleaner implements Stage<Article, CleanText> {
  /** The stage's stable name. */
  public static final String NAME = "clean";

  private static final int MAX_PARSE_ERRORS = 20;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Outcome<CleanText> apply(Article article) {
    Objects.requireNonNull(article, "article");
    String source = article.meta().input();
    ArticleMeta meta = article.meta();
    String body = withoutInvisibles(Normalizer.normalize(article.body(), Normalizer.Form.NFC));
    List<Block> blocks;
    if (article.type() == ContentType.HTML) {
      Parser parser = Parser.htmlParser().setTrackErrors(MAX_PARSE_ERRORS);
      Document page = Jsoup.parse(body, meta.url() == null ? "" : meta.url(), parser);
      meta = PageMetadata.of(page).fillIn(meta);
      if (TextDecoder.isBlank(page.body().text())) {
        return Outcome.rejected(noText(parser.getErrors(), source));
      }
      blocks = MainTextExtractor.extract(page);
      if (blocks.isEmpty() && !parser.getErrors().isEmpty()) {
        // All the text sat in elements that never hold article text, such as an unclosed
        // <textarea> or <script> that swallowed the rest of the page.
        return Outcome.rejected(noText(parser.getErrors(), source));
      }
    } else {
      blocks = BlockSplitter.ofPlainText(body);
    }

    BoilerplateFilter.Result result = BoilerplateFilter.filter(blocks, meta.title());
    if (meta.title() == null && result.headline() != null) {
      meta = meta.withTitle(result.headline());
    }
    meta = meta.withTitle(cleanTitle(meta.title()));
    String text = render(result.kept());
    if (text.isEmpty()) {
      return Outcome.rejected(
          new Problem(
              Reason.EMPTY_TEXT, "no article text left after removing page furniture", source));
    }
    Optional<String> notEnglish = EnglishCheck.whyNotEnglish(text);
    if (notEnglish.isPresent()) {
      return Outcome.rejected(new Problem(Reason.NOT_ENGLISH, notEnglish.get(), source));
    }
    return Outcome.done(new CleanText(article.id(), meta, text, article.warnings()), List.of());
  }

  private static Problem noText(ParseErrorList errors, String source) {
    if (errors.isEmpty()) {
      return new Problem(Reason.EMPTY_TEXT, "page has no text", source);
    }
    ParseError first = errors.get(0);
    String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "";
    return new Problem(
        Reason.MALFORMED_HTML,
        "page has no readable text; the HTML parser reported: "
            + first.getErrorMessage()
            + " at "
            + first.getCursorPos()
            + more,
        source);
  }

  /** The paragraphs as one text: control characters removed, white space collapsed. */
  static String render(List<Block> blocks) {
    StringBuilder out = new StringBuilder();
    for (Block block : blocks) {
      String paragraph = TextShape.collapseWhitespace(block.text());
      if (paragraph.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(paragraph);
    }
    return out.toString();
  }

  private static @Nullable String cleanTitle(@Nullable String title) {
    if (title == null) {
      return null;
    }
    String t =
        TextShape.collapseWhitespace(
            withoutInvisibles(Normalizer.normalize(title, Normalizer.Form.NFC)));
    return t.isEmpty() ? null : t;
  }

  /**
   * The text without control characters other than tab and line feed (a carriage return becomes a
   * line feed), soft hyphens, zero-width spaces, word joiners and byte order marks.
   */
  static String withoutInvisibles(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\t' || c == '\n') {
        out.append(c);
      } else if (c == '\r') {
        if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
          out.append('\n');
        }
      } else if (Character.getType(c) == Character.CONTROL
          || c == '\u00AD'
          || c == '\u200B'
          || c == '\u2060'
          || c == '\uFEFF') {
        continue;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
