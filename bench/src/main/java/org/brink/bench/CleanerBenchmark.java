package org.brink.bench;

import java.util.concurrent.TimeUnit;
import org.brink.core.Article;
import org.brink.core.ArticleId;
import org.brink.core.ArticleMeta;
import org.brink.core.CleanText;
import org.brink.core.ContentType;
import org.brink.core.Outcome;
import org.brink.ingest.ArticleCleaner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link ArticleCleaner} on the synthetic news page (parse, metadata, main text, boilerplate rules,
 * English check) and on the same article as plain text. One operation is one article cleaned.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx3g")
public class CleanerBenchmark {
  private final ArticleCleaner cleaner = new ArticleCleaner();
  private Article page;
  private Article plain;

  @Setup
  public void setUp() {
    page = article("synthetic-news-page.html", SyntheticNews.page(), ContentType.HTML);
    plain =
        article(
            "synthetic-article.txt",
            "Gaza ceasefire talks in Doha stall as Netanyahu rejects proposal\n\n"
                + SyntheticNews.ARTICLE
                + "\n",
            ContentType.TEXT);
    // A rejected input would time the rejection path, not cleaning.
    SyntheticNews.done(cleaner.apply(page), page.meta().input());
    SyntheticNews.done(cleaner.apply(plain), plain.meta().input());
  }

  @Benchmark
  public Outcome<CleanText> htmlPage() {
    return cleaner.apply(page);
  }

  @Benchmark
  public Outcome<CleanText> plainText() {
    return cleaner.apply(plain);
  }

  private static Article article(String input, String body, ContentType type) {
    return new Article(ArticleId.ofContent(body), ArticleMeta.of(input), body, type);
  }
}
