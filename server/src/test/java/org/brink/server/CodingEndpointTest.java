package org.brink.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /api/articles with a fake coder: coding, storing, skipping, rejecting. */
class CodingEndpointTest {
  @TempDir Path dir;
  FakeCoder coder;
  TestServer server;

  @BeforeEach
  void start() {
    coder = new FakeCoder();
    server = new TestServer(dir, TestServer.config(), () -> coder);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  TestServer.Response post(String contentType, String body) {
    return server.send(
        HttpRequest.newBuilder(server.uri("/api/articles?published=2024-03-01"))
            .header("Content-Type", contentType)
            .header("Authorization", "Bearer " + TestServer.TOKEN)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  @Test
  void codesStoresAndServesPostedArticles() {
    TestServer.Response response =
        post("application/json", "[{\"id\": \"a1\", \"title\": \"Border\", \"text\": \"Ruritania attacked Freedonia at dawn.\"},"
            + " {\"id\": \"a2\", \"text\": \"Nothing happened today.\", \"published\": \"2024-02-02\"}]");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode result = response.json();
    assertThat(result.at("/summary/stored").asInt()).isEqualTo(2);
    assertThat(result.at("/articles/0/id").asText()).isEqualTo("a1");
    assertThat(result.at("/articles/0/status").asText()).isEqualTo("stored");
    assertThat(result.at("/articles/0/events").asInt()).isEqualTo(1);
    assertThat(result.at("/articles/0/source").asText()).isEqualTo("request:1");
    assertThat(result.at("/articles/0/href").asText()).isEqualTo("/api/articles/a1");
    JsonNode mentions = server.get("/api/mentions?dyad=RUR-FRE").json();
    assertThat(mentions.get("total").asLong()).isEqualTo(1);
    assertThat(mentions.at("/items/0/date").asText()).isEqualTo("2024-03-01");
    JsonNode events = server.get("/api/events?dyad=RUR-FRE").json();
    assertThat(events.get("total").asLong()).as("merged on the next read").isEqualTo(1);
    assertThat(events.at("/items/0/day").asText()).isEqualTo("2024-03-01");
    assertThat(server.get("/api/articles/a2").json().get("published").asText()).isEqualTo("2024-02-02");
  }

  @Test
  void anArticleAlreadyStoredIsNotCodedAgain() {
    String body = "{\"id\": \"a1\", \"text\": \"Ruritania attacked Freedonia.\"}\n";
    assertThat(post("application/x-ndjson", body).json().at("/articles/0/status").asText()).isEqualTo("stored");
    JsonNode again = post("application/x-ndjson", body).json();
    assertThat(again.at("/articles/0/status").asText()).isEqualTo("already-stored");
    assertThat(again.at("/summary/already_stored").asInt()).isEqualTo(1);
    assertThat(coder.coded.get()).isEqualTo(1);
  }

  @Test
  void plainTextIsOneArticle() {
    JsonNode result = post("text/plain; charset=utf-8", "Ruritania attacked Freedonia.\n").json();
    assertThat(result.at("/summary/stored").asInt()).isEqualTo(1);
    assertThat(result.at("/articles/0/source").asText()).isEqualTo("request");
    assertThat(server.get("/api/status").json().at("/counts/events").asLong()).isEqualTo(1);
  }

  @Test
  void badRecordsAreReportedAndStoredAsProblemsWhileTheRestIsCoded() {
    JsonNode result =
        post("application/x-ndjson",
            "{\"id\": \"ok\", \"text\": \"Ruritania attacked Freedonia.\"}\nnot json\n{\"id\": \"x\"}\n{\"id\": \"lat\", \"text\": \"Lorem ipsum dolor sit amet.\"}\n")
            .json();
    assertThat(result.at("/summary/stored").asInt()).isEqualTo(2);
    assertThat(result.at("/summary/rejected").asInt()).isEqualTo(2);
    assertThat(result.at("/rejected/0/source").asText()).isEqualTo("request:2");
    assertThat(result.at("/rejected/0/code").asText()).isEqualTo("malformed-json");
    assertThat(result.at("/rejected/1/source").asText()).isEqualTo("request:3");
    assertThat(result.at("/articles/1/status").asText()).isEqualTo("rejected");
    assertThat(result.at("/articles/1/problems/0/code").asText()).isEqualTo("not-english");
    assertThat(server.get("/api/status").json().at("/counts/problems").asLong()).isEqualTo(3);
  }

  @Test
  void theCoderIsBuiltOnTheFirstPostOnly() {
    int[] built = {0};
    try (TestServer lazy =
        new TestServer(dir.resolve("lazy"), TestServer.config(), () -> {
          built[0]++;
          return new FakeCoder();
        })) {
      lazy.get("/api/events");
      assertThat(built[0]).isZero();
      for (int i = 0; i < 2; i++) {
        lazy.send(
            HttpRequest.newBuilder(lazy.uri("/api/articles"))
                .header("Content-Type", "text/plain")
                .header("Authorization", "Bearer " + TestServer.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("Ruritania attacked Freedonia " + i + "."))
                .build());
      }
      assertThat(built[0]).isEqualTo(1);
    }
  }
}
