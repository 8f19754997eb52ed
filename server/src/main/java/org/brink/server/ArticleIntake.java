package org.brink.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.brink.core.Article;
import org.brink.core.CodedArticle;
import org.brink.core.Outcome;
import org.brink.core.PipelineRunner;
import org.brink.core.Problem;
import org.brink.core.Stage;
import org.brink.ingest.ArticleReader;
import org.brink.ingest.InputFormat;
import org.brink.ingest.ReaderConfig;
import org.brink.store.EventStore;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/articles}: reads the articles of a request body, codes the new ones and stores
 * them.
 *
 * <p>The body is read by ingest's {@link ArticleReader}, so it takes what {@code brink ingest}
 * takes: JSON Lines records ({@code application/x-ndjson}), one JSON object or an array of them
 * ({@code application/json}, each object a JSON Lines record), or one plain-text or HTML article
 * ({@code text/plain}, {@code text/html}). Problems name their source as {@code request} or {@code
 * request:N} (the N-th record).
 *
 * <p>Implementation notes: the coding pipeline comes from the composition root as a supplier and
 * is built on the first request, so a server that never codes never loads the CoreNLP models. One
 * request codes at a time (the pipeline already uses the cores it is given); a second one waits up
 * to {@link #WAIT_SECONDS} seconds for its turn, then gets 503.
 */
final class ArticleIntake {
  static final int WAIT_SECONDS = 60;
  private static final String SOURCE = "request";

  private final EventStore store;
  private final Supplier<Stage<Article, CodedArticle>> pipelineSource;
  private final ObjectMapper mapper;
  private final long maxArticleBytes;
  private final Semaphore turn = new Semaphore(1, true);
  private @Nullable PipelineRunner<Article, CodedArticle> pipeline;

  ArticleIntake(
      EventStore store,
      Supplier<Stage<Article, CodedArticle>> pipeline,
      ObjectMapper mapper,
      long maxArticleBytes) {
    this.store = Objects.requireNonNull(store, "store");
    this.pipelineSource = Objects.requireNonNull(pipeline, "pipeline");
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.maxArticleBytes = maxArticleBytes;
  }

  /**
   * Codes and stores the articles of {@code body}.
   *
   * @param contentType the request's media type, without parameters
   * @param published the publication day for articles that give none, or null
   */
  ObjectNode accept(byte[] body, String contentType, @Nullable LocalDate published) {
    if (body.length == 0) {
      throw new ApiException(400, "empty-body", "the request body is empty; send articles", null);
    }
    InputFormat format;
    byte[] input = body;
    switch (contentType.toLowerCase(Locale.ROOT)) {
      case "application/x-ndjson", "application/jsonl", "application/x-jsonlines" -> format = InputFormat.JSONL;
      case "application/json" -> {
        format = InputFormat.JSONL;
        input = asJsonLines(body);
      }
      case "text/plain" -> format = InputFormat.TEXT;
      case "text/html" -> format = InputFormat.HTML;
      default ->
          throw new ApiException(
              415,
              "unsupported-media-type",
              "Content-Type must be application/json, application/x-ndjson, text/plain or"
                  + " text/html, not '" + contentType + "'",
              null);
    }
    ReaderConfig config = new ReaderConfig(format, published, maxArticleBytes);
    List<Outcome<Article>> read = new ArrayList<>();
    new ArticleReader(config).read(List.of("-"), new ByteArrayInputStream(input), read::add);
    try {
      if (!turn.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
        throw new ApiException(503, "busy", "another request is coding articles; try again later", null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(503, "busy", "interrupted while waiting to code", null);
    }
    try {
      return codeAndStore(read);
    } finally {
      turn.release();
    }
  }

  private ObjectNode codeAndStore(List<Outcome<Article>> read) {
    ObjectNode result = EventJson.NODES.objectNode();
    ArrayNode articles = result.putArray("articles");
    ArrayNode rejected = result.putArray("rejected");
    int stored = 0;
    int skipped = 0;
    for (Outcome<Article> outcome : read) {
      switch (outcome) {
        case Outcome.Rejected<Article> r -> {
          Problem problem = renamed(r.problem());
          store.reject(problem);
          rejected.addObject()
              .put("source", problem.source())
              .put("code", problem.code())
              .put("message", problem.message());
        }
        case Outcome.Done<Article> d -> {
          Article article = d.value();
          ObjectNode line = articles.addObject();
          line.put("id", article.id().value());
          line.put("source", rename(article.meta().input()));
          line.put("href", "/api/articles/" + URLEncoder.encode(article.id().value(), StandardCharsets.UTF_8));
          if (store.contains(article.id())) {
            line.put("status", "already-stored");
            skipped++;
            continue;
          }
          Coded outcomeOfCoding = code(article);
          CodedArticle coded = outcomeOfCoding.article();
          store.store(coded);
          stored++;
          line.put("status", outcomeOfCoding.rejected() ? "rejected" : "stored");
          line.put("events", coded.events().size());
          line.put("quotes", coded.quotes().size());
          ArrayNode problems = line.putArray("problems");
          for (Problem p : coded.problems()) {
            problems.addObject().put("code", p.code()).put("message", p.message());
          }
        }
      }
    }
    ObjectNode summary = result.putObject("summary");
    summary.put("stored", stored);
    summary.put("already_stored", skipped);
    summary.put("rejected", rejected.size());
    return result;
  }

  /**
   * Codes one article; an article a stage rejects is kept with its problem and no events, as
   * {@code brink ingest} keeps it, so posting it again does not code it again.
   */
  private Coded code(Article article) {
    Outcome<CodedArticle> outcome = runner().run(article, rename(article.meta().input()));
    return switch (outcome) {
      case Outcome.Done<CodedArticle> d -> new Coded(d.value(), false);
      case Outcome.Rejected<CodedArticle> r -> {
        List<Problem> problems = new ArrayList<>(article.warnings());
        problems.add(renamed(r.problem()));
        yield new Coded(
            new CodedArticle(article.id(), article.meta(), "", 0, List.of(), List.of(), problems), true);
      }
    };
  }

  /** A coded article, and whether a stage rejected it (it then has no text and no events). */
  private record Coded(CodedArticle article, boolean rejected) {}

  private synchronized PipelineRunner<Article, CodedArticle> runner() {
    if (pipeline == null) {
      pipeline = new PipelineRunner<>(Objects.requireNonNull(pipelineSource.get(), "pipeline"));
    }
    return pipeline;
  }

  /** A JSON object or array of objects as JSON Lines: one record per line. */
  private byte[] asJsonLines(byte[] body) {
    JsonNode node;
    try {
      node = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      var where = e.getLocation();
      throw new ApiException(
          400,
          "malformed-body",
          "the body is not JSON: " + e.getOriginalMessage()
              + (where == null ? "" : " at " + where.offsetDescription()),
          null);
    } catch (IOException e) {
      throw new ApiException(400, "malformed-body", "cannot read the body: " + e.getMessage(), null);
    }
    if (node == null || node.isMissingNode()) {
      throw new ApiException(400, "malformed-body", "the body is not JSON", null);
    }
    List<JsonNode> records = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(records::add);
      if (records.isEmpty()) {
        throw new ApiException(400, "empty-body", "the array holds no articles", null);
      }
    } else if (node.isObject()) {
      records.add(node);
    } else {
      throw new ApiException(
          400, "malformed-body", "the body must be a JSON object or an array of objects, not a " + node.getNodeType().name().toLowerCase(Locale.ROOT), null);
    }
    StringBuilder lines = new StringBuilder(body.length + records.size());
    for (JsonNode record : records) {
      // Each record on one line: Jackson's compact output never holds a raw line break.
      lines.append(record.toString()).append('\n');
    }
    return lines.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Problem renamed(Problem problem) {
    return new Problem(problem.reason(), problem.message(), rename(problem.source()));
  }

  /** {@code "-"} and {@code "-:N"}, the reader's names for standard input, as {@code request[:N]}. */
  private static String rename(String source) {
    return source.startsWith("-") ? SOURCE + source.substring(1) : source;
  }
}
