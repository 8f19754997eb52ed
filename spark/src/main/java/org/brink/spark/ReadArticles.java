package org.brink.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.brink.core.Article;
import org.brink.core.ArticleId;
import org.brink.core.ArticleMeta;
import org.brink.core.ContentType;
import org.brink.core.Outcome;
import org.brink.core.Problem;
import org.brink.core.Reason;
import org.brink.ingest.ArticleReader;
import org.brink.ingest.InputFormat;
import org.brink.ingest.ReaderConfig;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The read stage: Hadoop paths to one row per article or per rejected input, read on the
 * executors by ingest's {@link ArticleReader}, so every format, limit and rejection is the
 * reader's own. Text, HTML, JSON Lines, WARC and feed files come in whole through {@code
 * binaryFiles}; Parquet articles come in as rows, each handed to the JSON Lines record parser so
 * its fields mean what they mean in a {@code .jsonl} file.
 */
final class ReadArticles {
  private ReadArticles() {}

  private static final StructType WARNING =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("reason", DataTypes.StringType, false),
              DataTypes.createStructField("message", DataTypes.StringType, false),
              DataTypes.createStructField("source", DataTypes.StringType, false)));

  /**
   * One row per read outcome: {@code file} and {@code seq} give input order; an article has its
   * fields and a null {@code problem_code}, a rejected input the reverse.
   */
  static final StructType SCHEMA =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("file", DataTypes.StringType, false),
              DataTypes.createStructField("seq", DataTypes.LongType, false),
              DataTypes.createStructField("problem_source", DataTypes.StringType, true),
              DataTypes.createStructField("problem_code", DataTypes.StringType, true),
              DataTypes.createStructField("problem_message", DataTypes.StringType, true),
              DataTypes.createStructField("id", DataTypes.StringType, true),
              DataTypes.createStructField("title", DataTypes.StringType, true),
              DataTypes.createStructField("published", DataTypes.DateType, true),
              DataTypes.createStructField("url", DataTypes.StringType, true),
              DataTypes.createStructField("outlet", DataTypes.StringType, true),
              DataTypes.createStructField("input", DataTypes.StringType, true),
              DataTypes.createStructField("body", DataTypes.StringType, true),
              DataTypes.createStructField("html", DataTypes.BooleanType, true),
              DataTypes.createStructField("warnings", DataTypes.createArrayType(WARNING, false), true)));

  /** The reader's settings, serializable for the executors. */
  record Settings(String inputFormat, @Nullable LocalDate published, long maxBytes) implements Serializable {
    ReaderConfig readerConfig() {
      return new ReaderConfig(InputFormat.fromCliValue(inputFormat), published, maxBytes);
    }
  }

  /** Reads files through {@code binaryFiles}: text, HTML, JSON Lines, WARC, feeds, gzip or not. */
  static Dataset<Row> files(SparkSession spark, List<String> paths, Settings settings, int minPartitions) {
    spark.sparkContext().hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
    JavaRDD<Row> rows =
        spark
            .sparkContext()
            .binaryFiles(String.join(",", paths), minPartitions)
            .toJavaRDD()
            .flatMap(file -> readFile(file, settings));
    return spark.createDataFrame(rows, SCHEMA);
  }

  private static Iterator<Row> readFile(Tuple2<String, PortableDataStream> file, Settings settings) {
    String uri = file._1();
    String name = uri.substring(uri.lastIndexOf('/') + 1);
    List<Row> out = new ArrayList<>();
    ArticleReader reader = new ArticleReader(settings.readerConfig());
    try (InputStream in = file._2().open()) {
      reader.read(name, uri, in, outcome -> out.add(row(uri, out.size(), outcome)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + uri + ": " + e.getMessage(), e);
    }
    return out.iterator();
  }

  /**
   * Reads Parquet articles (docs/spark.md: {@code text} required; {@code id}, {@code title}, {@code
   * published}, {@code url}, {@code outlet} optional), each row as a JSON Lines record.
   */
  static Dataset<Row> parquet(SparkSession spark, List<String> paths, Settings settings) {
    Dataset<Row> articles = spark.read().parquet(paths.toArray(String[]::new));
    List<org.apache.spark.sql.Column> fields = new ArrayList<>();
    for (String column : List.of("id", "title", "published", "url", "outlet", "text")) {
      if (List.of(articles.columns()).contains(column)) {
        fields.add(functions.col(column).cast(DataTypes.StringType).as(column));
      }
    }
    Dataset<Row> json =
        articles.select(
            functions.input_file_name().as("file"),
            functions.to_json(functions.struct(fields.toArray(org.apache.spark.sql.Column[]::new))).as("json"));
    JavaRDD<Row> rows =
        json.toJavaRDD()
            .mapPartitions(
                (Iterator<Row> it) -> {
                  ArticleReader reader = new ArticleReader(settings.readerConfig());
                  List<Row> out = new ArrayList<>();
                  while (it.hasNext()) {
                    Row r = it.next();
                    String file = r.getString(0);
                    String source = file + "#" + out.size();
                    out.add(row(file, out.size(), reader.readJsonRecord(r.getString(1), source)));
                  }
                  return out.iterator();
                });
    return spark.createDataFrame(rows, SCHEMA);
  }

  private static Row row(String file, long seq, Outcome<Article> outcome) {
    return switch (outcome) {
      case Outcome.Rejected<Article> r ->
          RowFactory.create(
              file, seq, r.problem().source(), r.problem().code(), r.problem().message(),
              null, null, null, null, null, null, null, null, null);
      case Outcome.Done<Article> d -> {
        Article a = d.value();
        List<Row> warnings = new ArrayList<>();
        for (Problem p : a.warnings()) {
          warnings.add(RowFactory.create(p.reason().name(), p.message(), p.source()));
        }
        yield RowFactory.create(
            file, seq, null, null, null,
            a.id().value(), a.meta().title(), a.meta().published(), a.meta().url(),
            a.meta().outlet(), a.meta().input(), a.body(), a.type() == ContentType.HTML,
            CollectionConverters.asScala(warnings).toSeq());
      }
    };
  }

  /** The article a row of {@link #SCHEMA} holds. */
  static Article article(Row r) {
    List<Problem> warnings = new ArrayList<>();
    for (Row w : r.<Row>getList(r.fieldIndex("warnings"))) {
      warnings.add(new Problem(Reason.valueOf(w.getString(0)), w.getString(1), w.getString(2)));
    }
    ArticleMeta meta =
        new ArticleMeta(
            r.getString(r.fieldIndex("title")),
            r.<LocalDate>getAs("published"),
            r.getString(r.fieldIndex("url")),
            r.getString(r.fieldIndex("outlet")),
            r.getString(r.fieldIndex("input")));
    return new Article(
        new ArticleId(r.getString(r.fieldIndex("id"))),
        meta,
        r.getString(r.fieldIndex("body")),
        r.getBoolean(r.fieldIndex("html")) ? ContentType.HTML : ContentType.TEXT,
        warnings);
  }
}
