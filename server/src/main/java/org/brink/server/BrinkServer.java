package org.brink.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.brink.core.Article;
import org.brink.core.CodedArticle;
import org.brink.core.Stage;
import org.brink.store.EventStore;
import org.brink.store.StoreException;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brink's HTTP server: the REST API over an {@link EventStore}, {@code POST /api/articles} to code
 * and store articles, the OpenAPI document and the dashboard. docs/server.md lists the endpoints.
 *
 * <pre>{@code
 * try (EventStore store = EventStore.open(db);
 *     BrinkServer server = BrinkServer.start(ServerConfig.defaults(), store, pipeline)) {
 *   System.out.println(server.uri());
 *   server.join();
 * }
 * }</pre>
 *
 * <p>Implementation notes: the server is a composition root that receives its parts. The coding
 * pipeline comes from the caller (the CLI builds it with the same options as {@code brink
 * ingest}) as a supplier that is called on the first POST. Reads go through their own DuckDB
 * connections ({@link Database}); writes through the store. Every request runs on a bounded Jetty
 * pool of {@value #THREADS} threads.
 */
public final class BrinkServer implements AutoCloseable {
  /** The routes, as the OpenAPI document lists them (a test checks the two agree). */
  static final List<String> API_ROUTES =
      List.of(
          "GET /api/status",
          "GET /api/articles",
          "POST /api/articles",
          "GET /api/articles/{id}",
          "GET /api/events",
          "GET /api/events/{id}",
          "GET /api/mentions",
          "GET /api/mentions/{id}",
          "GET /api/quotes",
          "GET /api/dyads",
          "GET /api/dyads/{source}/{target}/timeline",
          "GET /api/alerts",
          "GET /api/network");

  static final int THREADS = 16;
  private static final Logger LOG = LoggerFactory.getLogger(BrinkServer.class);
  private static final String JSON = "application/json; charset=utf-8";

  private final Javalin app;
  private final Database db;
  private final String host;

  private BrinkServer(Javalin app, Database db, String host) {
    this.app = app;
    this.db = db;
    this.host = host;
  }

  /**
   * Starts the server on {@code config}'s address.
   *
   * @param pipeline builds the coding stages; called once, on the first {@code POST
   *     /api/articles}
   * @throws IllegalStateException when the port cannot be bound
   */
  public static BrinkServer start(
      ServerConfig config, EventStore store, Supplier<Stage<Article, CodedArticle>> pipeline) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(pipeline, "pipeline");
    ObjectMapper mapper = new ObjectMapper();
    Database db = new Database(store.file());
    try {
      Handlers handlers =
          new Handlers(
              new StoreReader(db, store::mergeIfStale),
              new DyadViews(store.aggregates()),
              new ArticleIntake(store, pipeline, mapper, config.maxBodyBytes()),
              store,
              new AccessPolicy(config.token(), config.host()),
              Assets.load(),
              openApi(),
              mapper,
              config.maxBodyBytes());
      Javalin app =
          Javalin.create(
              c -> {
                c.startup.showJavalinBanner = false;
                c.startup.showOldJavalinVersionWarning = false;
                c.jetty.host = config.host();
                c.jetty.port = config.port();
                QueuedThreadPool pool = new QueuedThreadPool(THREADS, 2, 60_000);
                pool.setName("brink-http");
                c.jetty.threadPool = pool;
                c.http.maxRequestSize = config.maxBodyBytes();
                c.router.ignoreTrailingSlashes = true;
                handlers.register(c);
              });
      app.start();
      return new BrinkServer(app, db, config.host());
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** The port the server listens on (useful with port 0). */
  public int port() {
    return app.port();
  }

  /** The dashboard's address, e.g. {@code http://127.0.0.1:7070/}. */
  public URI uri() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    if (h.equals("0.0.0.0") || h.equals("[::]")) {
      h = "127.0.0.1";
    }
    return URI.create("http://" + h + ":" + port() + "/");
  }

  /** Blocks until the server stops (on {@link #close} or at JVM shutdown). */
  public void join() throws InterruptedException {
    app.jettyServer().server().join();
  }

  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      db.close();
    }
  }

  private static byte[] openApi() {
    try (InputStream in = BrinkServer.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read openapi.json", e);
    }
  }

  /** The request handlers and the checks around them. */
  private record Handlers(
      StoreReader reader,
      DyadViews dyads,
      ArticleIntake intake,
      EventStore store,
      AccessPolicy access,
      Assets assets,
      byte[] openApi,
      ObjectMapper mapper,
      long maxBodyBytes) {

    void register(io.javalin.config.JavalinConfig c) {
      var routes = c.routes;
      routes.before(this::secure);
      routes.get("/", ctx -> asset(ctx, "index.html"));
      routes.get("/assets/{name}", ctx -> asset(ctx, ctx.pathParam("name")));
      routes.get("/openapi.json", ctx -> ctx.contentType(JSON).result(openApi));
      routes.get("/api/status", this::status);
      routes.get("/api/articles", this::articles);
      routes.post("/api/articles", this::postArticles);
      routes.get("/api/articles/<id>", this::article);
      routes.get("/api/events", this::events);
      routes.get("/api/events/{id}", this::event);
      routes.get("/api/mentions", this::mentions);
      routes.get("/api/mentions/<id>", this::mention);
      routes.get("/api/quotes", this::quotes);
      routes.get("/api/dyads", ctx -> json(ctx, dyads.ranking(params(ctx, Set.of("ranking", "from", "to", "limit")))));
      routes.get(
          "/api/dyads/{source}/{target}/timeline",
          ctx -> json(ctx, dyads.timeline(
              DyadViews.dyad(ctx.pathParam("source"), ctx.pathParam("target")),
              params(ctx, Set.of("granularity", "from", "to", "baseline_days", "threshold")))));
      routes.get(
          "/api/alerts",
          ctx -> json(ctx, dyads.alerts(params(ctx, Set.of("source", "target", "from", "to", "baseline_days", "threshold", "limit")))));
      routes.get("/api/network", this::network);
      routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage(), e.parameter()));
      routes.exception(
          StoreException.class,
          (e, ctx) -> {
            LOG.error("store error on {} {}", ctx.method(), ctx.path(), e);
            error(ctx, 500, "store-error", "the store could not answer; the server log has the cause", null);
          });
      routes.exception(
          Exception.class,
          (e, ctx) -> {
            LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal-error", "internal error; the server log has the cause", null);
          });
      routes.error(404, ctx -> {
        if (isEmpty(ctx)) {
          error(ctx, 404, "not-found", "no such resource: " + ctx.method() + " " + ctx.path(), null);
        }
      });
      routes.error(405, ctx -> {
        if (isEmpty(ctx)) {
          error(ctx, 405, "method-not-allowed", ctx.method() + " is not allowed on " + ctx.path(), null);
        }
      });
      routes.error(413, ctx -> error(ctx, 413, "too-large", "the request body is larger than " + maxBodyBytes + " bytes", null));
    }

    /** Security headers on every response; the access check on every API request. */
    private void secure(Context ctx) {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
      ctx.header("X-Frame-Options", "DENY");
      ctx.header(
          "Content-Security-Policy",
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
              + " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
      if (!ctx.path().startsWith("/api/")) {
        return;
      }
      ctx.header("Cache-Control", "no-store");
      if (ctx.method() == HandlerType.POST) {
        access.checkWrite(ctx.header("Authorization"));
      } else {
        access.checkRead(ctx.ip(), ctx.header("Host"), ctx.header("Authorization"));
      }
    }

    private void asset(Context ctx, String name) {
      Assets.Asset asset = assets.get(name).orElseThrow(() -> ApiException.notFound("no such file: " + name));
      ctx.header("Cache-Control", "no-cache");
      ctx.contentType(asset.contentType()).result(asset.bytes());
    }

    private void status(Context ctx) {
      Params params = params(ctx, Set.of());
      Objects.requireNonNull(params);
      ObjectNode status = EventJson.NODES.objectNode();
      status.set("counts", reader.counts());
      status.put("coding", access.writesEnabled());
      json(ctx, status);
    }

    private void articles(Context ctx) {
      Params p = params(ctx, Set.of("q", "from", "to", "limit", "offset"));
      String q = p.text("q");
      json(ctx, reader.articles(
          q == null ? null : q.toLowerCase(Locale.ROOT), p.date("from"), p.date("to"),
          p.integer("limit", 1, EventQuery.MAX_LIMIT, 50), p.integer("offset", 0, EventQuery.MAX_OFFSET, 0)));
    }

    private void article(Context ctx) {
      params(ctx, Set.of());
      String id = ctx.pathParam("id");
      json(ctx, reader.article(id).orElseThrow(() -> ApiException.notFound("no article with id " + Params.quoted(id))));
    }

    private void postArticles(Context ctx) {
      Params p = params(ctx, Set.of("published"));
      long declared = ctx.req().getContentLengthLong();
      if (declared > maxBodyBytes) {
        throw new ApiException(413, "too-large", "the request body is larger than " + maxBodyBytes + " bytes (" + declared + ")", null);
      }
      byte[] body;
      try (InputStream in = ctx.bodyInputStream()) {
        body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
      } catch (IOException e) {
        throw new ApiException(400, "malformed-body", "cannot read the request body: " + e.getMessage(), null);
      }
      if (body.length > maxBodyBytes) {
        throw new ApiException(413, "too-large", "the request body is larger than " + maxBodyBytes + " bytes", null);
      }
      String type = ctx.contentType();
      String mediaType = type == null ? "" : type.split(";", 2)[0].strip();
      json(ctx, intake.accept(body, mediaType, p.date("published")));
    }

    private void events(Context ctx) {
      json(ctx, reader.events(EventQuery.from(params(ctx, EventQuery.PARAMETERS))));
    }

    private void event(Context ctx) {
      params(ctx, Set.of());
      String given = ctx.pathParam("id");
      long id;
      try {
        id = Long.parseLong(given);
      } catch (NumberFormatException e) {
        throw ApiException.badParameter("id", "must be a merged event's number, not " + Params.quoted(given));
      }
      json(ctx, reader.event(id).orElseThrow(() -> ApiException.notFound("no event with id " + id)));
    }

    private void mentions(Context ctx) {
      json(ctx, reader.mentions(EventQuery.from(params(ctx, EventQuery.PARAMETERS))));
    }

    private void mention(Context ctx) {
      params(ctx, Set.of());
      String id = ctx.pathParam("id");
      json(ctx, reader.mention(id).orElseThrow(() -> ApiException.notFound("no mention with id " + Params.quoted(id))));
    }

    private void quotes(Context ctx) {
      Params p = params(ctx, Set.of("speaker", "article", "q", "from", "to", "limit", "offset"));
      String q = p.text("q");
      json(ctx, reader.quotes(
          p.actor("speaker"), p.text("article"), q == null ? null : q.toLowerCase(Locale.ROOT),
          p.date("from"), p.date("to"),
          p.integer("limit", 1, EventQuery.MAX_LIMIT, 50), p.integer("offset", 0, EventQuery.MAX_OFFSET, 0)));
    }

    private void network(Context ctx) {
      Set<String> known = new HashSet<>(EventQuery.PARAMETERS);
      known.add("level");
      known.add("edges");
      known.removeAll(Set.of("sort", "order", "limit", "offset"));
      Params p = params(ctx, known);
      boolean countries = p.choice("level", List.of("country", "actor"), "country").equals("country");
      json(ctx, reader.network(EventQuery.from(p), countries, p.integer("edges", 1, 500, 60)));
    }

    private static Params params(Context ctx, Set<String> known) {
      return new Params(ctx.queryParamMap(), known);
    }

    private void json(Context ctx, Object body) {
      try {
        ctx.contentType(JSON).result(mapper.writeValueAsBytes(body));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write JSON", e);
      }
    }

    private void error(Context ctx, int status, String code, @Nullable String message, @Nullable String parameter) {
      ObjectNode body = EventJson.NODES.objectNode();
      body.put("error", code);
      body.put("message", message == null ? code : message);
      if (parameter != null) {
        body.put("parameter", parameter);
      }
      ctx.status(status);
      json(ctx, body);
    }

    /** True unless a handler already answered in JSON (an ApiException's 404, say). */
    private static boolean isEmpty(Context ctx) {
      String type = ctx.res().getContentType();
      return type == null || !type.startsWith("application/json");
    }
  }
}
