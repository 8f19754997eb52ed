package org.brink.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.brink.cli.output.ArticleWriter;
import org.brink.core.Article;
import org.brink.core.CodedArticle;
import org.brink.core.Outcome;
import org.brink.core.PipelineRunner;
import org.brink.core.Problem;
import org.brink.core.Stage;
import org.brink.ingest.ArticleReader;
import org.brink.ingest.ReaderConfig;

/**
 * One run of {@code brink code}: reads inputs, codes articles on a pool of worker threads and
 * writes the results in input order.
 *
 * <p>Implementation notes: the reader runs on the calling thread and hands each article to the
 * pool; a bounded window of pending results (four per thread) keeps memory flat on large
 * corpora while the output stays in input order, so the same input always gives the same output.
 * An input the reader rejects is reported at once on standard error; an article a stage rejects
 * is still written, with its problem and no events, so every article of the input has its line.
 */
final class CodingRun {
  private final ReaderConfig config;
  private final PipelineRunner<Article, CodedArticle> pipeline;
  private final int threads;
  private final ArticleWriter writer;
  private final PrintWriter err;
  private final RunSummary summary = new RunSummary();
  private final Predicate<Article> alreadyDone;
  private final Consumer<Problem> onReject;

  CodingRun(ReaderConfig config, Stage<Article, CodedArticle> pipeline, int threads, ArticleWriter writer, PrintWriter err) {
    this(config, pipeline, threads, writer, err, article -> false, problem -> {});
  }

  /**
   * @param alreadyDone articles to skip without coding (counted as skipped): those a store holds
   * @param onReject receives every input the reader or a stage rejected, e.g. to store it
   */
  CodingRun(
      ReaderConfig config,
      Stage<Article, CodedArticle> pipeline,
      int threads,
      ArticleWriter writer,
      PrintWriter err,
      Predicate<Article> alreadyDone,
      Consumer<Problem> onReject) {
    this.alreadyDone = Objects.requireNonNull(alreadyDone, "alreadyDone");
    this.onReject = Objects.requireNonNull(onReject, "onReject");
    this.config = Objects.requireNonNull(config, "config");
    this.pipeline = new PipelineRunner<>(pipeline);
    this.threads = threads;
    this.writer = Objects.requireNonNull(writer, "writer");
    this.err = Objects.requireNonNull(err, "err");
  }

  RunSummary run(List<String> paths, InputStream stdin) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "brink-coder");
      t.setDaemon(true);
      return t;
    });
    Deque<Future<CodedArticle>> pending = new ArrayDeque<>();
    int window = threads * 4;
    try {
      new ArticleReader(config, summary::notArticle)
          .read(
              paths,
              stdin,
              outcome -> {
                switch (outcome) {
                  case Outcome.Rejected<Article> r -> {
                    summary.rejected(r.problem());
                    onReject.accept(r.problem());
                    err.println("brink: " + r.problem());
                    err.flush();
                  }
                  case Outcome.Done<Article> d -> {
                    if (alreadyDone.test(d.value())) {
                      summary.skipped();
                      return;
                    }
                    pending.add(pool.submit(() -> code(d.value())));
                    while (pending.size() >= window) {
                      write(pending.poll());
                    }
                  }
                }
              });
      while (!pending.isEmpty()) {
        write(pending.poll());
      }
    } finally {
      pool.shutdownNow();
    }
    return summary;
  }

  /**
   * Codes one article. Each layer record carries every warning so far (the article's own, then
   * each stage's), so the coded article's problems are the complete list.
   */
  private CodedArticle code(Article article) {
    Outcome<CodedArticle> result = pipeline.run(article, article.meta().input());
    return switch (result) {
      case Outcome.Done<CodedArticle> d -> {
        summary.coded(d.value().events().size(), d.value().problems());
        yield d.value();
      }
      case Outcome.Rejected<CodedArticle> r -> {
        summary.rejected(r.problem());
        onReject.accept(r.problem());
        synchronized (err) {
          err.println("brink: " + r.problem());
          err.flush();
        }
        yield Pipelines.rejected(article, r.problem());
      }
    };
  }

  private void write(Future<CodedArticle> future) {
    writer.write(Futures.await(future));
  }
}
