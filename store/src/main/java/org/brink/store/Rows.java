package org.brink.store;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.brink.core.ActorRef;
import org.brink.core.ArticleId;
import org.brink.core.CodedArticle;
import org.brink.core.CodedEvent;
import org.brink.core.Location;
import org.brink.core.Plover;
import org.brink.core.Problem;
import org.brink.core.Quote;
import org.brink.core.TextRef;
import org.brink.store.merge.MentionFacts;
import org.brink.store.merge.MergedEvent;
import org.jspecify.annotations.Nullable;

/**
 * The row contract of the store's tables: for each table its columns (names and types, in the
 * order of the migrations) and the mapping of a coded article, a problem or a merged event to
 * rows. {@link EventStore} writes these rows to DuckDB; the Spark job (spark/) writes the same rows
 * to Parquet, so both give the same columns with the same values.
 *
 * <p>A row is an {@code Object[]} in column order holding {@code String}, {@code Integer}, {@code
 * Long}, {@code Double}, {@code Boolean}, {@code LocalDate}, {@code LocalDateTime} or null, as
 * the column's {@link Type} says.
 */
public final class Rows {
  private Rows() {}

  /** A column's type; each maps to one DuckDB and one Parquet type. */
  public enum Type {
    TEXT,
    INT,
    BIGINT,
    DOUBLE,
    BOOLEAN,
    DATE,
    TIMESTAMP
  }

  /** One column of a table. */
  public record Column(String name, Type type, boolean nullable) {
    public Column {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
    }
  }

  /** A table's name and columns in order. */
  public record Table(String name, List<Column> columns) {
    public Table {
      Objects.requireNonNull(name, "name");
      columns = List.copyOf(columns);
    }

    /** {@code INSERT INTO name (columns) VALUES (?, ...)}, column names quoted. */
    String insertSql() {
      StringBuilder sql = new StringBuilder("INSERT INTO ").append(name).append(" (");
      StringBuilder marks = new StringBuilder();
      for (int i = 0; i < columns.size(); i++) {
        sql.append(i > 0 ? ", " : "").append('"').append(columns.get(i).name()).append('"');
        marks.append(i > 0 ? ", ?" : "?");
      }
      return sql.append(") VALUES (").append(marks).append(')').toString();
    }
  }

  public static final Table ARTICLES =
      new Table(
          "articles",
          List.of(
              col("id", Type.TEXT, false),
              col("content_hash", Type.TEXT, false),
              col("title", Type.TEXT, true),
              col("published", Type.DATE, true),
              col("url", Type.TEXT, true),
              col("outlet", Type.TEXT, true),
              col("input", Type.TEXT, false),
              col("text", Type.TEXT, false),
              col("sentence_count", Type.INT, false),
              col("coded_at", Type.TIMESTAMP, false)));

  public static final Table MENTIONS =
      new Table(
          "mentions",
          List.of(
              col("id", Type.TEXT, false),
              col("article_id", Type.TEXT, false),
              col("code", Type.TEXT, false),
              col("root", Type.TEXT, false),
              col("name", Type.TEXT, false),
              col("quad_class", Type.INT, true),
              col("goldstein", Type.DOUBLE, true),
              col("plover_category", Type.TEXT, true),
              col("plover_mode", Type.TEXT, true),
              col("plover_context", Type.TEXT, true),
              col("modality", Type.TEXT, false),
              col("source_code", Type.TEXT, true),
              col("source_text", Type.TEXT, true),
              col("source_begin", Type.INT, true),
              col("source_end", Type.INT, true),
              col("target_code", Type.TEXT, true),
              col("target_text", Type.TEXT, true),
              col("target_begin", Type.INT, true),
              col("target_end", Type.INT, true),
              col("date", Type.DATE, true),
              col("date_basis", Type.TEXT, true),
              col("location_name", Type.TEXT, true),
              col("location_country", Type.TEXT, true),
              col("location_admin1", Type.TEXT, true),
              col("lat", Type.DOUBLE, true),
              col("lon", Type.DOUBLE, true),
              col("geonames_id", Type.BIGINT, true),
              col("sentence_index", Type.INT, false),
              col("sentence_text", Type.TEXT, false),
              col("sentence_begin", Type.INT, false),
              col("sentence_end", Type.INT, false),
              col("trigger_text", Type.TEXT, false),
              col("trigger_begin", Type.INT, false),
              col("trigger_end", Type.INT, false),
              col("rule", Type.TEXT, false),
              col("confidence", Type.DOUBLE, false)));

  public static final Table QUOTES =
      new Table(
          "quotes",
          List.of(
              col("article_id", Type.TEXT, false),
              col("n", Type.INT, false),
              col("text", Type.TEXT, false),
              col("begin", Type.INT, false),
              col("end", Type.INT, false),
              col("speaker_text", Type.TEXT, true),
              col("speaker_code", Type.TEXT, true),
              col("speaker_begin", Type.INT, true),
              col("speaker_end", Type.INT, true),
              col("speaker_refers_text", Type.TEXT, true),
              col("speaker_refers_begin", Type.INT, true),
              col("speaker_refers_end", Type.INT, true)));

  public static final Table PROBLEMS =
      new Table(
          "problems",
          List.of(
              col("article_id", Type.TEXT, true),
              col("source", Type.TEXT, false),
              col("code", Type.TEXT, false),
              col("message", Type.TEXT, false),
              col("at", Type.TIMESTAMP, false)));

  public static final Table EVENTS =
      new Table(
          "events",
          List.of(
              col("id", Type.BIGINT, false),
              col("day", Type.DATE, false),
              col("source_code", Type.TEXT, true),
              col("source_name", Type.TEXT, true),
              col("source_country", Type.TEXT, true),
              col("target_code", Type.TEXT, true),
              col("target_name", Type.TEXT, true),
              col("target_country", Type.TEXT, true),
              col("code", Type.TEXT, false),
              col("root", Type.TEXT, false),
              col("name", Type.TEXT, false),
              col("quad_class", Type.INT, true),
              col("goldstein", Type.DOUBLE, true),
              col("modality", Type.TEXT, false),
              col("is_root", Type.BOOLEAN, false),
              col("num_mentions", Type.INT, false),
              col("num_articles", Type.INT, false),
              col("num_sources", Type.INT, false),
              col("first_seen", Type.DATE, false),
              col("last_seen", Type.DATE, false),
              col("location_name", Type.TEXT, true),
              col("location_country", Type.TEXT, true),
              col("location_admin1", Type.TEXT, true),
              col("lat", Type.DOUBLE, true),
              col("lon", Type.DOUBLE, true),
              col("geonames_id", Type.BIGINT, true),
              col("confidence", Type.DOUBLE, false),
              col("source_url", Type.TEXT, true),
              col("added_at", Type.TIMESTAMP, false)));

  private static Column col(String name, Type type, boolean nullable) {
    return new Column(name, type, nullable);
  }

  /** The article's row of {@link #ARTICLES}, coded at {@code codedAt} (UTC). */
  public static @Nullable Object[] article(CodedArticle article, LocalDateTime codedAt) {
    return new @Nullable Object[] {
      article.id().value(),
      ArticleId.ofContent(article.text()).value(),
      article.meta().title(),
      article.meta().published(),
      article.meta().url(),
      article.meta().outlet(),
      article.meta().input(),
      article.text(),
      article.sentenceCount(),
      codedAt
    };
  }

  /** The article's rows of {@link #MENTIONS}, one per coded event, in the article's order. */
  public static List<@Nullable Object[]> mentions(CodedArticle article) {
    List<@Nullable Object[]> rows = new ArrayList<>(article.events().size());
    String articleId = article.id().value();
    for (CodedEvent event : article.events()) {
      Plover plover = event.code().plover();
      ActorRef source = event.source();
      ActorRef target = event.target();
      Location place = event.location();
      rows.add(
          new @Nullable Object[] {
            event.id(),
            articleId,
            event.code().code(),
            event.code().root(),
            event.code().name(),
            event.code().quadClassOrNull(),
            event.code().goldsteinOrNull(),
            plover == null ? null : plover.category(),
            plover == null ? null : plover.mode(),
            plover == null ? null : plover.context(),
            event.modality().code(),
            source == null ? null : source.code(),
            source == null ? null : source.text(),
            source == null ? null : source.span().begin(),
            source == null ? null : source.span().end(),
            target == null ? null : target.code(),
            target == null ? null : target.text(),
            target == null ? null : target.span().begin(),
            target == null ? null : target.span().end(),
            event.date(),
            event.dateBasis() == null ? null : event.dateBasis().code(),
            place == null ? null : place.name(),
            place == null ? null : place.country(),
            place == null ? null : place.admin1(),
            place == null ? null : place.lat(),
            place == null ? null : place.lon(),
            place == null ? null : place.geonamesId(),
            event.sentenceIndex(),
            event.sentence().text(),
            event.sentence().span().begin(),
            event.sentence().span().end(),
            event.trigger().text(),
            event.trigger().span().begin(),
            event.trigger().span().end(),
            event.rule(),
            event.confidence()
          });
    }
    return rows;
  }

  /** The article's rows of {@link #QUOTES}, numbered from 0 in text order. */
  public static List<@Nullable Object[]> quotes(CodedArticle article) {
    List<@Nullable Object[]> rows = new ArrayList<>(article.quotes().size());
    int n = 0;
    for (Quote quote : article.quotes()) {
      Quote.Speaker speaker = quote.speaker();
      TextRef refersTo = speaker == null ? null : speaker.refersTo();
      rows.add(
          new @Nullable Object[] {
            article.id().value(),
            n++,
            quote.text(),
            quote.span().begin(),
            quote.span().end(),
            speaker == null ? null : speaker.text(),
            speaker == null ? null : speaker.code(),
            speaker == null ? null : speaker.span().begin(),
            speaker == null ? null : speaker.span().end(),
            refersTo == null ? null : refersTo.text(),
            refersTo == null ? null : refersTo.span().begin(),
            refersTo == null ? null : refersTo.span().end()
          });
    }
    return rows;
  }

  /** A row of {@link #PROBLEMS}; {@code articleId} is null for an input that never became one. */
  public static @Nullable Object[] problem(@Nullable String articleId, Problem problem, LocalDateTime at) {
    return new @Nullable Object[] {articleId, problem.source(), problem.code(), problem.message(), at};
  }

  /** A merged event's row of {@link #EVENTS}. */
  public static @Nullable Object[] event(MergedEvent e) {
    Location p = e.place();
    return new @Nullable Object[] {
      e.id(),
      e.day(),
      e.sourceCode(),
      e.sourceName(),
      e.sourceCountry(),
      e.targetCode(),
      e.targetName(),
      e.targetCountry(),
      e.code(),
      e.root(),
      e.name(),
      e.quadClass(),
      e.goldstein(),
      e.modality(),
      e.isRoot(),
      e.numMentions(),
      e.numArticles(),
      e.numSources(),
      e.firstSeen(),
      e.lastSeen(),
      p == null ? null : p.name(),
      p == null ? null : p.country(),
      p == null ? null : p.admin1(),
      p == null ? null : p.lat(),
      p == null ? null : p.lon(),
      p == null ? null : p.geonamesId(),
      e.confidence(),
      e.sourceUrl(),
      e.addedAt()
    };
  }
}
