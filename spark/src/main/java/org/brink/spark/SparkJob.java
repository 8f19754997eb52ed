package org.brink.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.brink.ingest.InputFormat;
import org.brink.ingest.ReaderConfig;
import org.brink.nlp.AnnotatorConfig;
import org.brink.store.Rows;
import org.brink.store.merge.MergeConfig;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The Spark job: {@code spark-submit --class org.brink.spark.SparkJob brink-spark.jar PATH...
 * --out DIR}, or {@code brink spark} for local mode. Reads articles, codes them in {@code
 * mapPartitions} with the CLI's pipeline, writes the store's tables as Parquet partitioned by day,
 * then merges the mentions into events and computes the dyad series with Spark SQL
 * (docs/spark.md).
 *
 * <p>Implementation notes: the coded articles are persisted (memory, then disk) after one counting
 * pass, so CoreNLP runs once per article however many tables are written from them. Duplicate
 * article ids keep the first in input order (file, then position), as {@code brink ingest} keeps
 * the first it stores.
 */
@Command(
    name = "brink spark",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Code articles on Apache Spark and write Brink's tables as Parquet partitioned by day:",
      "articles, mentions, quotes and problems, then merged events, actors and dyad-day series.",
      "Inputs: any Hadoop path (file:, hdfs:, s3a:) of text, HTML, JSON Lines, WARC or feed files,",
      "or Parquet articles (--input-format parquet). Same events as brink ingest + export.",
      ""
    })
public final class SparkJob implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories (read recursively), on any Hadoop file system.")
  List<String> paths = List.of();

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the Parquet tables go (one directory per table).")
  String out = "";

  @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[2]. Default: spark-submit's, else local[*].")
  @Nullable String master;

  @Option(names = "--input-format", paramLabel = "FORMAT", description = "auto, text, html, jsonl or parquet. Default: ${DEFAULT-VALUE}.")
  String inputFormat = "auto";

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date for articles whose input gives none.")
  @Nullable LocalDate published;

  @Option(names = "--max-bytes", paramLabel = "N", description = "Reject an input file or record larger than N bytes. Default: ${DEFAULT-VALUE}.")
  long maxBytes = ReaderConfig.DEFAULT_MAX_BYTES;

  @Option(names = "--max-sentence-tokens", paramLabel = "N", description = "Sentences longer than N tokens are reported and not parsed. Default: ${DEFAULT-VALUE}.")
  int maxSentenceTokens = AnnotatorConfig.defaults().maxParseTokens();

  @Option(names = "--partitions", paramLabel = "N", description = "Partitions the articles are coded in. Default: 4 per core of the cluster.")
  int partitions;

  @Option(names = "--limit", paramLabel = "N", description = "Code only the first N articles in input order (0: all).")
  long limit;

  @Option(names = "--merge-window", paramLabel = "DAYS", description = "Days a mention may follow its event's first day and merge. Default: ${DEFAULT-VALUE}.")
  int mergeWindow = MergeConfig.DEFAULT.dayWindow();

  @Option(names = "--overwrite", description = "Replace the tables already in --out.")
  boolean overwrite;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the job and exits with its status: 0, or 1 when some input was rejected. */
  public static void main(String[] args) {
    System.exit(
        run(
            args,
            new PrintWriter(System.out, true, StandardCharsets.UTF_8),
            new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the job with the given streams; returns the exit status. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new SparkJob());
    cli.setOut(out);
    cli.setErr(err);
    int status = cli.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    MergeConfig mergeConfig = settings();
    boolean parquet = inputFormat.equalsIgnoreCase("parquet");
    ReadArticles.Settings settings =
        new ReadArticles.Settings(parquet ? InputFormat.JSONL.cliValue() : inputFormat, published, maxBytes);
    SparkSession.Builder builder =
        SparkSession.builder()
            .appName("brink")
            .config("spark.sql.datetime.java8API.enabled", "true")
            .config("spark.sql.session.timeZone", "UTC");
    if (master != null) {
      builder.master(master);
    } else if (!new org.apache.spark.SparkConf().contains("spark.master")) {
      builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      return run(spark, settings, parquet, mergeConfig, err);
    } finally {
      spark.stop();
    }
  }

  private MergeConfig settings() {
    try {
      if (!inputFormat.equalsIgnoreCase("parquet")) {
        InputFormat.fromCliValue(inputFormat);
      }
      new ReaderConfig(InputFormat.AUTO, published, maxBytes);
      if (partitions < 0 || limit < 0) {
        throw new IllegalArgumentException("--partitions and --limit must be 0 or more");
      }
      return new MergeConfig(mergeWindow);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private int run(SparkSession spark, ReadArticles.Settings settings, boolean parquet, MergeConfig mergeConfig, PrintWriter err) {
    LocalDateTime codedAt = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    int parallelism = spark.sparkContext().defaultParallelism();
    Dataset<Row> read =
        (parquet
                ? ReadArticles.parquet(spark, paths, settings)
                : ReadArticles.files(spark, paths, settings, parallelism))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> rejectedInputs = read.filter(col("problem_code").isNotNull());
    Dataset<Row> firsts =
        read.filter(col("problem_code").isNull())
            .withColumn("n", row_number().over(Window.partitionBy("id").orderBy("file", "seq")))
            .filter(col("n").equalTo(1))
            .drop("n");
    if (limit > 0) {
      firsts = firsts.orderBy("file", "seq").limit((int) Math.min(Integer.MAX_VALUE, limit));
    }
    Dataset<Row> coded =
        firsts
            .repartition(partitions > 0 ? partitions : 4 * parallelism)
            .mapPartitions(new CodeArticles(maxSentenceTokens, codedAt), Encoders.row(CodeArticles.SCHEMA))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long start = System.nanoTime();
    long articles = coded.count();
    double seconds = (System.nanoTime() - start) / 1e9;
    Row sum = coded.agg(org.apache.spark.sql.functions.sum("article.sentence_count")).first();
    long sentences = sum.isNullAt(0) ? 0 : sum.getLong(0);

    coded.select(col("article.*"), col("day")).createOrReplaceTempView("articles");
    coded.select(explode(col("mentions")).as("m")).select("m.*").createOrReplaceTempView("mentions_only");
    spark.sql("SELECT m.*, coalesce(m.`date`, a.day) AS day FROM mentions_only m JOIN articles a ON a.id = m.article_id")
        .createOrReplaceTempView("mentions");
    Dataset<Row> events = SparkMerge.events(spark, mergeConfig).persist(StorageLevel.MEMORY_AND_DISK());
    events.drop("mention_ids").createOrReplaceTempView("events");
    events
        .select(explode(col("mention_ids")).as("mention_id"), col("id").as("event_id"))
        .createOrReplaceTempView("event_mentions");

    SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
    write(spark.table("articles"), "articles", mode, true);
    write(
        spark.sql(
            "SELECT m.*, em.event_id FROM mentions m LEFT JOIN event_mentions em ON em.mention_id = m.id"),
        "mentions", mode, true);
    write(spark.table("events"), "events", mode, true);
    write(coded.select(col("day"), explode(col("quotes")).as("q")).select(col("q.*"), col("day")), "quotes", mode, true);
    Dataset<Row> problems =
        coded.select(col("day"), explode(col("problems")).as("p")).select(col("p.*"), col("day"))
            .unionByName(
                rejectedInputs.select(
                    lit(null).cast("string").as("article_id"),
                    col("problem_source").as("source"),
                    col("problem_code").as("code"),
                    col("problem_message").as("message"),
                    lit(codedAt).as("at"),
                    lit(codedAt.toLocalDate()).as("day")));
    write(problems, "problems", mode, true);
    write(spark.sql(SparkMerge.ACTORS), "actors", mode, false);
    write(spark.sql(SparkMerge.DYAD_DAYS), "dyad_days", mode, false);

    long rejected = rejectedInputs.count();
    long stageRejected = coded.filter(col("rejected")).count();
    for (Row r : rejectedInputs.groupBy("problem_code").count().orderBy("problem_code").collectAsList()) {
      err.printf(Locale.ROOT, "brink: rejected %d input(s): %s%n", r.getLong(1), r.getString(0));
    }
    err.printf(
        Locale.ROOT,
        "brink: coded %d articles (%d sentences) in %.1f s on %d cores: %.2f articles/s, %.1f sentences/s;"
            + " %d rejected by a stage, %d inputs rejected by the reader%n",
        articles, sentences, seconds, parallelism, articles / seconds, sentences / seconds, stageRejected, rejected);
    err.printf(
        Locale.ROOT,
        "brink: %s holds %d mentions merged into %d events, %d quotes, %d problems%n",
        out,
        spark.table("mentions").count(),
        spark.table("events").count(),
        coded.select(explode(col("quotes"))).count(),
        problems.count());
    err.flush();
    return rejected + stageRejected == 0 ? 0 : 1;
  }

  private void write(Dataset<Row> table, String name, SaveMode mode, boolean byDay) {
    var writer = table.write().mode(mode);
    if (byDay) {
      writer = writer.partitionBy("day");
    }
    writer.parquet(out + "/" + name);
  }
}
