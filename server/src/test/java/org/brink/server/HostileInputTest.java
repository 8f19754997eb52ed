package org.brink.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input: SQL metacharacters in every filter, path traversal on the static routes,
 * oversize and malformed bodies, missing and wrong tokens, a foreign Host header.
 */
class HostileInputTest {
  static final long MAX_BODY = 20_000;
  static final List<String> SQL =
      List.of(
          "' OR '1'='1",
          "1; DROP TABLE events; --",
          "\" OR \"\"=\"",
          "%",
          "_",
          "\\",
          "IRN') UNION SELECT * FROM articles --",
          "1e999",
          "ISR/*",
          "\u0000");

  @TempDir static Path dir;
  static TestServer server;
  static FakeCoder coder = new FakeCoder();
  static JsonNode countsBefore;

  @BeforeAll
  static void start() {
    server = new TestServer(dir, TestServer.config().withMaxBodyBytes(MAX_BODY), () -> coder);
    SyntheticCorpus.fill(server.store);
    countsBefore = server.get("/api/status").json().get("counts");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void sqlMetacharactersInEveryFilterAreRefusedOrTakenLiterally() {
    Map<String, List<String>> endpoints =
        Map.of(
            "/api/events", List.copyOf(EventQuery.PARAMETERS),
            "/api/mentions", List.copyOf(EventQuery.PARAMETERS),
            "/api/network", List.of("actor", "dyad", "code", "q", "level", "edges", "from"),
            "/api/alerts", List.of("source", "from", "to", "baseline_days", "threshold", "limit"),
            "/api/dyads/PAK/IRN/timeline", List.of("granularity", "from", "to", "baseline_days", "threshold"),
            "/api/articles", List.of("q", "from", "to", "limit", "offset"),
            "/api/quotes", List.of("speaker", "article", "q", "from", "to", "limit", "offset"),
            "/api/dyads", List.of("ranking", "from", "to", "limit"));
    int literal = 0;
    for (var endpoint : endpoints.entrySet()) {
      for (String parameter : endpoint.getValue()) {
        for (String value : SQL) {
          String path = endpoint.getKey() + "?" + parameter + "=" + ApiTest.enc(value);
          TestServer.Response response = server.get(path);
          assertThat(response.status()).as(path + " -> " + response.body()).isIn(200, 400);
          JsonNode body = response.json();
          if (response.status() == 400) {
            assertThat(body.get("parameter").asText()).as(path).isEqualTo(parameter);
          } else {
            literal++;
            if (body.has("total")) {
              // Taken as words to look for: nothing in the corpus holds them.
              assertThat(body.get("total").asLong()).as(path).isZero();
            }
          }
        }
      }
    }
    assertThat(literal).as("free-text parameters take any text").isGreaterThan(0);
    assertThat(server.get("/api/status").json().get("counts")).isEqualTo(countsBefore);
  }

  @Test
  void sqlMetacharactersInPathParametersFindNothing() {
    for (String value : SQL.subList(0, 7)) {
      for (String route : List.of("/api/events/", "/api/mentions/", "/api/articles/", "/api/dyads/PAK/")) {
        String path = route + ApiTest.enc(value) + (route.startsWith("/api/dyads/") ? "/timeline" : "");
        TestServer.Response response = server.get(path);
        assertThat(response.status()).as(route + value).isIn(400, 404);
      }
    }
    assertThat(server.get("/api/status").json().get("counts")).isEqualTo(countsBefore);
  }

  @Test
  void pathTraversalOnStaticRoutesReachesNoFile() throws IOException {
    List<String> paths =
        List.of(
            "/assets/../../../../etc/passwd",
            "/assets/..%2f..%2f..%2fetc%2fpasswd",
            "/assets/%2e%2e/%2e%2e/pom.xml",
            "/assets/..%5c..%5cpom.xml",
            "/assets/%252e%252e%252fopenapi.json",
            "/assets/dashboard.js%00.html",
            "/assets/....//....//etc/passwd",
            "/../../../etc/passwd",
            "/assets/org/brink/server/openapi.json",
            "/assets/META-INF/MANIFEST.MF",
            "/assets//etc/passwd",
            "/assets/simplelogger.properties");
    for (String path : paths) {
      String response = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
      String status = response.substring(0, response.indexOf("\r\n"));
      assertThat(status).as(path).matches("HTTP/1.1 (400|404) .*");
      assertThat(response).as(path).doesNotContain("root:").doesNotContain("<project").doesNotContain("simpleLogger");
    }
  }

  @Test
  void anOversizeBodyIs413WithOrWithoutALength() throws IOException {
    String big = "{\"text\": \"" + "a".repeat((int) MAX_BODY) + "\"}";
    TestServer.Response declared =
        server.send(authorised("application/json").POST(HttpRequest.BodyPublishers.ofString(big)).build());
    assertThat(declared.status()).isEqualTo(413);
    assertThat(declared.json().get("error").asText()).isEqualTo("too-large");
    // Chunked: no Content-Length, so the limit is found while reading.
    TestServer.Response chunked =
        server.send(
            authorised("application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .build());
    assertThat(chunked.status()).isEqualTo(413);
    assertThat(chunked.json().get("error").asText()).isEqualTo("too-large");
    assertThat(coder.coded.get()).isZero();
  }

  @Test
  void malformedBodiesAre400Or415InJson() {
    assertError(post("application/json", "{\"text\": \"unterminated"), 400, "malformed-body");
    assertError(post("application/json", "42"), 400, "malformed-body");
    assertError(post("application/json", "[]"), 400, "empty-body");
    assertError(post("application/json", ""), 400, "empty-body");
    assertError(post("application/json", "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}"), 400, "malformed-body");
    assertError(post("application/xml", "<a/>"), 415, "unsupported-media-type");
    TestServer.Response mixed = post("application/json", "[{\"text\": \"Ruritania attacked Freedonia.\"}, 7, null, {\"text\": 5}]");
    assertThat(mixed.status()).isEqualTo(200);
    assertThat(mixed.json().at("/summary/stored").asInt()).isEqualTo(1);
    assertThat(mixed.json().at("/summary/rejected").asInt()).isEqualTo(3);
    TestServer.Response binary = post("text/plain", "\u0000\u0001\u0002\u0003 binary");
    assertThat(binary.status()).isEqualTo(200);
    assertThat(binary.json().at("/rejected/0/source").asText()).isEqualTo("request");
  }

  @Test
  void postingNeedsTheRightToken() {
    HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofString("Ruritania attacked Freedonia.");
    TestServer.Response none =
        server.send(HttpRequest.newBuilder(server.uri("/api/articles")).header("Content-Type", "text/plain").POST(body).build());
    assertError(none, 401, "unauthorized");
    assertThat(none.json().get("message").asText()).isEqualTo("coding articles needs the API token: send Authorization: Bearer TOKEN");
    for (String wrong : List.of("Bearer wrong-token-0123456789", "Bearer " + TestServer.TOKEN + "x", "Basic " + TestServer.TOKEN, "Bearer", TestServer.TOKEN)) {
      TestServer.Response response =
          server.send(HttpRequest.newBuilder(server.uri("/api/articles")).header("Content-Type", "text/plain").header("Authorization", wrong).POST(body).build());
      assertError(response, 401, "unauthorized");
    }
    assertThat(coder.coded.get()).isZero();
  }

  @Test
  void withoutAConfiguredTokenPostingIsOff(@TempDir Path other) {
    try (TestServer open = new TestServer(other, ServerConfig.defaults().withPort(0), FakeCoder::new)) {
      TestServer.Response response =
          open.send(
              HttpRequest.newBuilder(open.uri("/api/articles"))
                  .header("Content-Type", "text/plain")
                  .header("Authorization", "Bearer anything-at-all-000000")
                  .POST(HttpRequest.BodyPublishers.ofString("Ruritania attacked Freedonia."))
                  .build());
      assertError(response, 403, "writes-disabled");
      assertThat(open.get("/api/status").json().get("coding").asBoolean()).isFalse();
    }
  }

  @Test
  void readsThroughAForeignHostNameNeedTheToken() throws IOException {
    String foreign = raw("GET /api/events HTTP/1.1\r\nHost: attacker.example:7070\r\nConnection: close\r\n\r\n");
    assertThat(foreign).startsWith("HTTP/1.1 401 ");
    assertThat(foreign).contains("\"error\":\"unauthorized\"");
    String withToken =
        raw("GET /api/status HTTP/1.1\r\nHost: attacker.example\r\nAuthorization: Bearer " + TestServer.TOKEN + "\r\nConnection: close\r\n\r\n");
    assertThat(withToken).startsWith("HTTP/1.1 200 ");
    assertThat(raw("GET /api/status HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 200 ");
    assertThat(raw("GET /api/status HTTP/1.1\r\nHost: [::1]:80\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 200 ");
  }

  @Test
  void everyResponseCarriesSecurityHeaders() throws IOException {
    for (String path : List.of("/", "/api/status", "/api/nothing")) {
      String response = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
      assertThat(response).as(path).contains("X-Content-Type-Options: nosniff").contains("Content-Security-Policy: default-src 'self'");
    }
  }

  private static HttpRequest.Builder authorised(String contentType) {
    return HttpRequest.newBuilder(server.uri("/api/articles"))
        .header("Content-Type", contentType)
        .header("Authorization", "Bearer " + TestServer.TOKEN);
  }

  private static TestServer.Response post(String contentType, String body) {
    return server.send(authorised(contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private static void assertError(TestServer.Response response, int status, String code) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/json");
    assertThat(response.json().get("error").asText()).isEqualTo(code);
    assertThat(response.json().get("message").asText()).isNotBlank();
  }

  /** Sends bytes as they are (no client normalises the path) and reads the whole answer. */
  private static String raw(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

}
