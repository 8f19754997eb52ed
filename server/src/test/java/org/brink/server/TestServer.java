package org.brink.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.brink.core.Article;
import org.brink.core.CodedArticle;
import org.brink.core.Stage;
import org.brink.store.EventStore;

/** A real server on 127.0.0.1 and an ephemeral port over a store in a temporary directory. */
final class TestServer implements AutoCloseable {
  static final String TOKEN = "test-token-0123456789abcdef";
  private static final ObjectMapper JSON = new ObjectMapper();

  final EventStore store;
  final BrinkServer server;
  final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  TestServer(Path dir, ServerConfig config, Supplier<Stage<Article, CodedArticle>> pipeline) {
    this.store = EventStore.open(dir.resolve("brink.duckdb"));
    this.server = BrinkServer.start(config, store, pipeline);
  }

  /** Loopback, ephemeral port, {@link #TOKEN}, a coder that must not be called. */
  static TestServer withCorpus(Path dir) {
    TestServer server = new TestServer(dir, config(), () -> {
      throw new AssertionError("the read tests never code");
    });
    SyntheticCorpus.fill(server.store);
    return server;
  }

  static ServerConfig config() {
    return ServerConfig.defaults().withPort(0).withToken(TOKEN);
  }

  URI uri(String pathAndQuery) {
    return server.uri().resolve(pathAndQuery);
  }

  Response get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
  }

  Response send(HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }

  /** A response; {@link #json()} parses the body. */
  record Response(int status, String body, String contentType) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + body, e);
      }
    }
  }
}
