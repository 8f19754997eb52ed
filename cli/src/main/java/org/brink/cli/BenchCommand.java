package org.brink.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.brink.cli.output.JsonLinesWriter;
import org.brink.core.Article;
import org.brink.core.CodedArticle;
import org.brink.core.Outcome;
import org.brink.core.PipelineRunner;
import org.brink.ingest.ArticleReader;
import org.brink.ingest.InputFormat;
import org.brink.ingest.ReaderConfig;
import org.brink.nlp.AnnotatorConfig;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code brink bench}: end-to-end throughput of the coding pipeline on a corpus, with the time
 * per stage, the model-load time apart, and the peak heap.
 *
 * <p>Implementation notes: articles are read into memory first (reading is timed as its own
 * stage), then coded on a pool of {@code --threads} workers exactly as {@code brink code} codes
 * them, and serialised to JSON Lines into a sink that only counts characters. Stage times are
 * summed over threads, so with two threads they add up to about twice the wall time. Each stage's
 * CPU time (of the thread that ran it) is reported beside its elapsed time, and sentences per CPU
 * second beside sentences per second: on a shared machine the CPU figures move far less with the
 * load than the elapsed ones. Peak heap is sampled every 20 ms. Timings are reported, never
 * asserted.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Measure end-to-end throughput: articles/s, sentences/s, time per stage, model-load time",
      "and peak heap. Runs on the bundled sample articles unless --corpus is given. The last",
      "line of output is one JSON object with the figures.",
      ""
    })
final class BenchCommand implements Callable<Integer> {
  /** Articles run through both pipelines, untimed, before --compare-naive measures them. */
  static final int WARM_UP = 100;

  @Option(
      names = "--corpus",
      paramLabel = "PATH",
      split = ",",
      description = "Files or directories to read (text, HTML, JSON Lines, optionally .gz). Default: the bundled samples.")
  List<String> corpus = new ArrayList<>();

  @Option(names = "--limit", paramLabel = "N", description = "Code at most N articles. Default: all.")
  int limit = Integer.MAX_VALUE;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads. Default: the number of cores (${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--max-sentence-tokens",
      paramLabel = "N",
      description = "As for brink code. Default: ${DEFAULT-VALUE}.")
  int maxSentenceTokens = AnnotatorConfig.defaults().maxParseTokens();

  @Option(
      names = "--prefilter",
      description = {
        "Tag and parse only the sentences the event prefilter picks (the same events). Off by",
        "default: measured slower on news (docs/quality.md)."
      })
  boolean prefilter;

  @Option(
      names = "--compare-naive",
      description = {
        "Code with the event prefilter, then the same articles again in the same JVM with the",
        "naive pipeline (every sentence parsed), and print the speedup and how many articles",
        "came out differently."
      })
  boolean compareNaive;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (threads < 1 || limit < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads and --limit must be at least 1");
    }
    boolean naive = !prefilter && !compareNaive;
    List<String> paths = corpus.isEmpty() ? List.of(samplesDirectory()) : corpus;
    PrintWriter out = spec.commandLine().getOut();
    HeapSampler heap = HeapSampler.start();
    long loadStart = System.nanoTime();
    Pipelines pipelines = Pipelines.load(maxSentenceTokens, !naive);
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

    StageTimer timer = new StageTimer();
    long readStart = System.nanoTime();
    long readCpuStart = StageTimer.cpuNow();
    List<Article> articles = new ArrayList<>();
    int[] rejectedOnRead = {0};
    try {
      new ArticleReader(new ReaderConfig(InputFormat.AUTO, null, ReaderConfig.DEFAULT_MAX_BYTES))
          .read(paths, InputStream.nullInputStream(), outcome -> {
            switch (outcome) {
              case Outcome.Done<Article> d -> articles.add(d.value());
              case Outcome.Rejected<Article> r -> rejectedOnRead[0]++;
            }
            if (articles.size() >= limit) {
              throw new LimitReached();
            }
          });
    } catch (LimitReached expected) {
      // --limit articles read; the rest of the corpus is not needed
    }
    timer.add("read", System.nanoTime() - readStart, StageTimer.cpuNow() - readCpuStart);

    Pipelines naivePipelines = compareNaive ? Pipelines.load(maxSentenceTokens, false) : null;
    if (naivePipelines != null) {
      // Warm both up (JIT) on the first articles, untimed, so that neither run pays for it alone.
      List<Article> warmUp = articles.subList(0, Math.min(WARM_UP, articles.size()));
      measure(pipelines, warmUp, new StageTimer());
      measure(naivePipelines, warmUp, new StageTimer());
    }
    Run run = measure(pipelines, articles, timer);
    Run compared = null;
    StageTimer naiveTimer = null;
    if (naivePipelines != null) {
      // Same JVM, same models and articles, right after: only the prefilter differs.
      naiveTimer = new StageTimer();
      compared = measure(naivePipelines, articles, naiveTimer);
    }
    long peak = heap.stop();
    double wall = run.wall;
    long sentences = run.sentences;
    long events = run.events;
    int rejected = run.rejected;

    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("corpus", String.join(",", paths));
    figures.put("threads", threads);
    figures.put("prefilter", !naive);
    figures.put("articles", articles.size());
    figures.put("rejected", rejected + rejectedOnRead[0]);
    figures.put("sentences", sentences);
    figures.put("parsed_share", round(run.parsedShare));
    figures.put("events", events);
    figures.put("model_load_s", round(loadSeconds));
    figures.put("wall_s", round(wall));
    figures.put("articles_per_s", round(articles.size() / wall));
    figures.put("sentences_per_s", round(sentences / wall));
    figures.put("peak_heap_mb", peak / (1024 * 1024));
    Map<String, Object> stages = new LinkedHashMap<>();
    timer.seconds().forEach((k, v) -> stages.put(k, round(v)));
    figures.put("stage_s", stages);
    Map<String, Object> cpuStages = new LinkedHashMap<>();
    timer.cpuSeconds().forEach((k, v) -> cpuStages.put(k, round(v)));
    figures.put("stage_cpu_s", cpuStages);
    double codingCpu = codingCpuSeconds(timer);
    figures.put("coding_cpu_s", round(codingCpu));
    figures.put("sentences_per_cpu_s", codingCpu > 0 ? round(sentences / codingCpu) : null);
    if (compared != null) {
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("wall_s", round(compared.wall));
      n.put("sentences_per_s", round(compared.sentences / compared.wall));
      n.put("events", compared.events);
      n.put("articles_differing", differing(run.json, compared.json));
      Map<String, Object> naiveStages = new LinkedHashMap<>();
      naiveTimer.seconds().forEach((k, v) -> naiveStages.put(k, round(v)));
      n.put("stage_s", naiveStages);
      figures.put("naive", n);
      figures.put("speedup", round(compared.wall / wall));
    }
    figures.put("jvm", System.getProperty("java.vm.name") + " " + Runtime.version());

    out.printf(Locale.ROOT, "corpus        %s%n", figures.get("corpus"));
    out.printf(Locale.ROOT, "articles      %,d coded (%d rejected), %,d sentences, %,d events%n",
        articles.size(), rejected + rejectedOnRead[0], sentences, events);
    out.printf(Locale.ROOT, "model load    %.2f s (CoreNLP models and dictionaries, once per JVM)%n", loadSeconds);
    out.printf(Locale.ROOT, "throughput    %.1f articles/s, %.1f sentences/s on %d thread%s (%.2f s wall)%n",
        articles.size() / wall, sentences / wall, threads, threads == 1 ? "" : "s", wall);
    out.printf(Locale.ROOT, "peak heap     %,d MB%n", peak / (1024 * 1024));
    if (codingCpu > 0) {
      out.printf(Locale.ROOT, "cpu           %.1f sentences per CPU second (%.2f CPU s coding: clean, corenlp, code, write)%n",
          sentences / codingCpu, codingCpu);
    }
    out.println("stage time (summed over threads; elapsed, then CPU):");
    Map<String, Double> cpuSeconds = timer.cpuSeconds();
    timer.seconds().forEach((k, v) -> out.printf(Locale.ROOT, "  %-10s %8.2f s  %5.1f%%  %8.2f CPU s%n", k, v,
        100 * v / timer.seconds().values().stream().mapToDouble(Double::doubleValue).sum(),
        cpuSeconds.getOrDefault(k, 0.0)));
    out.printf(Locale.ROOT, "parsed        %.1f%% of sentences tagged and parsed (%s)%n", 100 * run.parsedShare,
        naive ? "no prefilter" : "the rest skipped by the event prefilter");
    if (compared != null) {
      out.printf(Locale.ROOT, "naive         %.1f sentences/s parsing every sentence (%.2f s wall), %,d events%n",
          compared.sentences / compared.wall, compared.wall, compared.events);
      out.printf(Locale.ROOT, "speedup       %.2fx over the naive pipeline, same run; %d article(s) coded differently%n",
          compared.wall / wall, differing(run.json, compared.json));
    }
    out.println(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(figures));
    out.flush();
    return 0;
  }

  /** One pass of the pipeline over the articles: its figures and every article's JSON line. */
  private record Run(double wall, long sentences, long events, int rejected, double parsedShare, List<String> json) {}

  private Run measure(Pipelines pipelines, List<Article> articles, StageTimer timer)
      throws Exception {
    PipelineRunner<Article, CodedArticle> runner = new PipelineRunner<>(pipelines.full(timer));
    CountingWriter sink = new CountingWriter();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long codeStart = System.nanoTime();
    long sentences = 0;
    long events = 0;
    int rejected = 0;
    List<String> json = new ArrayList<>();
    try {
      List<Future<Outcome<CodedArticle>>> results = new ArrayList<>(articles.size());
      for (Article a : articles) {
        results.add(pool.submit(() -> runner.run(a, a.meta().input())));
      }
      for (int i = 0; i < results.size(); i++) {
        Future<Outcome<CodedArticle>> f = results.get(i);
        // Drop each result once written, as brink code does: holding every coded article to the
        // end made the heap and the collector's work grow with --limit.
        results.set(i, null);
        switch (Futures.await(f)) {
          case Outcome.Done<CodedArticle> d -> {
            sentences += d.value().sentenceCount();
            events += d.value().events().size();
            long writeStart = System.nanoTime();
            long writeCpuStart = StageTimer.cpuNow();
            String line = JsonLinesWriter.toJson(d.value(), false);
            sink.write(line);
            timer.add("write", System.nanoTime() - writeStart, StageTimer.cpuNow() - writeCpuStart);
            if (compareNaive) {
              json.add(line);
            }
          }
          case Outcome.Rejected<CodedArticle> r -> {
            rejected++;
            if (compareNaive) {
              json.add("rejected: " + r);
            }
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    double wall = (System.nanoTime() - codeStart) / 1e9;
    return new Run(wall, sentences, events, rejected, pipelines.selectedShare(), json);
  }

  /** CPU seconds of the coding run: every stage but reading, which happens before it. */
  private static double codingCpuSeconds(StageTimer timer) {
    return timer.cpuSeconds().entrySet().stream()
        .filter(e -> !e.getKey().equals("read"))
        .mapToDouble(Map.Entry::getValue)
        .sum();
  }

  /** How many articles the two runs wrote differently. */
  private static int differing(List<String> a, List<String> b) {
    int n = Math.abs(a.size() - b.size());
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      n += a.get(i).equals(b.get(i)) ? 0 : 1;
    }
    return n;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  /** The bundled samples: beside the launcher ({@code brink.home}) or above the working directory. */
  static String samplesDirectory() {
    String home = System.getProperty("brink.home");
    Path start = Path.of(home != null ? home : System.getProperty("user.dir")).toAbsolutePath();
    for (Path p = start; p != null; p = p.getParent()) {
      Path samples = p.resolve("samples/articles");
      if (Files.isDirectory(samples)) {
        return samples.toString();
      }
    }
    throw new IllegalStateException("cannot find samples/articles from " + start + "; give --corpus PATH");
  }

  private static final class LimitReached extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LimitReached() {
      super(null, null, false, false);
    }
  }

  /** Counts what is written and keeps nothing. */
  private static final class CountingWriter extends Writer {
    private long chars;

    @Override
    public void write(char[] buf, int off, int len) {
      chars += len;
    }

    @Override
    public void write(String s) {
      chars += s.length();
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return chars + " chars";
    }
  }

  /** Samples the used heap every 20 ms on a daemon thread and keeps the maximum. */
  private static final class HeapSampler {
    private final AtomicLong max = new AtomicLong();
    private volatile boolean running = true;
    private @Nullable Thread thread;

    static HeapSampler start() {
      HeapSampler s = new HeapSampler();
      Thread t = new Thread(() -> {
        var memory = ManagementFactory.getMemoryMXBean();
        while (s.running) {
          s.max.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "brink-heap-sampler");
      t.setDaemon(true);
      t.start();
      s.thread = t;
      return s;
    }

    long stop() {
      running = false;
      Thread t = thread;
      if (t != null) {
        t.interrupt();
      }
      return max.get();
    }
  }
}
