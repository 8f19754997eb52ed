package org.brink.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load on loopback, bounded: 200 concurrent clients (virtual threads, one {@link HttpClient}
 * each) read the API's main endpoints while 8 of them POST articles to be coded and stored (by a
 * fake coder), all at once. Every request must succeed; the latencies are printed (p50, p99, max),
 * never asserted (figures in docs/quality.md).
 */
class LoadTest {
  static final int CLIENTS = 200;
  static final int REQUESTS_EACH = 10;
  static final int WRITERS = 8;

  @TempDir Path dir;

  @Test
  void twoHundredConcurrentClientsReadWhileArticlesArePostedWithNoErrors() throws Exception {
    FakeCoder coder = new FakeCoder();
    try (TestServer server = new TestServer(dir, TestServer.config(), () -> coder)) {
      int corpus = SyntheticCorpus.fill(server.store).size();
      String[] reads = {
        "/api/status", "/api/events?limit=20", "/api/mentions?actor=ISR&limit=20", "/api/dyads",
        "/api/events?sort=goldstein&order=asc&q=shelled", "/api/quotes", "/api/network", "/"
      };
      ConcurrentLinkedQueue<Long> readNanos = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<Long> postNanos = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
      AtomicInteger posted = new AtomicInteger();
      CountDownLatch start = new CountDownLatch(1);
      long began;
      try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int c = 0; c < CLIENTS; c++) {
          int client = c;
          clients.submit(() -> {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
            start.await();
            for (int r = 0; r < REQUESTS_EACH; r++) {
              HttpRequest request;
              boolean write = client < WRITERS;
              if (write) {
                String body = "[{\"id\": \"load-" + client + "-" + r + "\", \"text\": \"Ruritania attacked Freedonia in synthetic load report "
                    + client + "-" + r + ".\"}]";
                request = HttpRequest.newBuilder(server.uri("/api/articles?published=2024-03-01"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + TestServer.TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
              } else {
                request = HttpRequest.newBuilder(server.uri(reads[(client + r) % reads.length]))
                    .timeout(Duration.ofSeconds(60)).GET().build();
              }
              long t0 = System.nanoTime();
              try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                long took = System.nanoTime() - t0;
                if (response.statusCode() != 200) {
                  errors.add(request.uri() + " -> " + response.statusCode() + ": " + response.body());
                } else if (write) {
                  posted.incrementAndGet();
                  postNanos.add(took);
                } else {
                  readNanos.add(took);
                }
              } catch (Exception e) {
                errors.add(request.uri() + " -> " + e);
              }
            }
            return null;
          });
        }
        began = System.nanoTime();
        start.countDown();
      }
      double seconds = (System.nanoTime() - began) / 1e9;
      System.out.printf(Locale.ROOT,
          "LoadTest: %d clients, %d requests in %.1f s (%.0f/s), %d errors; reads p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
              + " POSTs p50 %.1f ms, p99 %.1f ms%n",
          CLIENTS, CLIENTS * REQUESTS_EACH, seconds, CLIENTS * REQUESTS_EACH / seconds, errors.size(),
          pct(readNanos, 50), pct(readNanos, 99), pct(readNanos, 100), pct(postNanos, 50), pct(postNanos, 99));
      assertThat(errors).as("failed requests").isEmpty();
      assertThat(posted.get()).isEqualTo(WRITERS * REQUESTS_EACH);
      assertThat(server.get("/api/articles?limit=1").json().get("total").asLong())
          .isEqualTo(corpus + (long) WRITERS * REQUESTS_EACH);
    }
  }

  /** The p-th percentile in milliseconds (nearest rank). */
  private static double pct(ConcurrentLinkedQueue<Long> nanos, int p) {
    List<Long> sorted = new ArrayList<>(nanos);
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1)) / 1e6;
  }
}
