package org.brink.spark;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.brink.cli.Pipelines;
import org.brink.core.Article;
import org.brink.core.CodedArticle;
import org.brink.core.Outcome;
import org.brink.core.PipelineRunner;
import org.brink.core.Problem;
import org.brink.core.Stage;
import org.brink.store.Rows;
import org.jspecify.annotations.Nullable;

/**
 * The coding stage, run in {@code mapPartitions}: each read article through the CLI's pipeline
 * ({@link Pipelines}), to one row holding the article's rows of every store table.
 *
 * <p>Implementation notes: the pipeline is built once per executor JVM and shared by its task
 * threads ({@link #pipeline}), as {@code brink code --threads} shares it; the CoreNLP models are
 * loaded once per JVM by nlp's own holder. An article a stage rejects is kept as {@code brink
 * ingest} keeps it: no text, no events, its problems ({@link Pipelines#rejected}).
 */
final class CodeArticles implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /** One coded article: its rows of the store's tables, and its day for partitioning. */
  static final StructType SCHEMA =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("article", SparkRows.schema(Rows.ARTICLES), false),
              DataTypes.createStructField("mentions", DataTypes.createArrayType(SparkRows.schema(Rows.MENTIONS), false), false),
              DataTypes.createStructField("quotes", DataTypes.createArrayType(SparkRows.schema(Rows.QUOTES), false), false),
              DataTypes.createStructField("problems", DataTypes.createArrayType(SparkRows.schema(Rows.PROBLEMS), false), false),
              DataTypes.createStructField("rejected", DataTypes.BooleanType, false),
              DataTypes.createStructField("day", DataTypes.DateType, false)));

  private final int maxSentenceTokens;
  private final LocalDateTime codedAt;

  /**
   * @param codedAt the run's time (UTC), stored as every article's {@code coded_at}
   */
  CodeArticles(int maxSentenceTokens, LocalDateTime codedAt) {
    this.maxSentenceTokens = maxSentenceTokens;
    this.codedAt = codedAt;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> read) {
    PipelineRunner<Article, CodedArticle> runner = new PipelineRunner<>(pipeline(maxSentenceTokens));
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return read.hasNext();
      }

      @Override
      public Row next() {
        return code(runner, ReadArticles.article(read.next()));
      }
    };
  }

  private Row code(PipelineRunner<Article, CodedArticle> runner, Article article) {
    CodedArticle coded;
    boolean rejected;
    switch (runner.run(article, article.meta().input())) {
      case Outcome.Done<CodedArticle> d -> {
        coded = d.value();
        rejected = false;
      }
      case Outcome.Rejected<CodedArticle> r -> {
        coded = Pipelines.rejected(article, r.problem());
        rejected = true;
      }
    }
    List<@Nullable Object[]> problems = new ArrayList<>();
    for (Problem p : coded.problems()) {
      problems.add(Rows.problem(coded.id().value(), p, codedAt));
    }
    LocalDate published = coded.meta().published();
    return RowFactory.create(
        SparkRows.row(Rows.article(coded, codedAt)),
        SparkRows.seq(Rows.mentions(coded)),
        SparkRows.seq(Rows.quotes(coded)),
        SparkRows.seq(problems),
        rejected,
        published != null ? published : codedAt.toLocalDate());
  }

  private static @Nullable Stage<Article, CodedArticle> shared;
  private static int sharedTokens;

  /**
   * The pipeline of this JVM, built on first use. Design decision: the one mutable static of the
   * job, because Spark gives no per-executor hook; local mode and an executor's task threads share
   * it, and the stages are immutable and thread-safe.
   */
  static synchronized Stage<Article, CodedArticle> pipeline(int maxSentenceTokens) {
    if (shared == null || sharedTokens != maxSentenceTokens) {
      shared = Pipelines.load(maxSentenceTokens).full();
      sharedTokens = maxSentenceTokens;
    }
    return shared;
  }
}
