package org.brink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.brink.cli.IngestCommandTest.Run;
import org.brink.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code brink ingest --watch} polls a feed on 127.0.0.1 and stores only the new items. */
class WatchFeedTest {
  static String item(String title, String link, String text) {
    return "<item><title>" + title + "</title><link>" + link + "</link>"
        + "<pubDate>Tue, 11 Mar 2025 09:00:00 GMT</pubDate><description>" + text + "</description></item>";
  }

  static final String FIRST = item("Israel strikes Iran", "https://gulfcourier.example.org/a",
      "Israeli warplanes struck military sites near Isfahan in Iran on Tuesday, Iranian state media said. A synthetic item.");
  static final String SECOND = item("Pakistan expels diplomat", "https://gulfcourier.example.org/b",
      "Pakistan expelled an Indian diplomat on Tuesday, the foreign ministry said. A synthetic item.");

  @TempDir Path dir;

  @Test
  void storesOnlyTheNewItemsOfEachPoll() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/rss", exchange -> {
      String items = requests.incrementAndGet() == 1 ? FIRST : FIRST + SECOND;
      byte[] body = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Gulf Courier</title>"
          + items + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/rss";
      Path db = dir.resolve("feed.duckdb");
      Run run = IngestCommandTest.brink("ingest", "--db", db.toString(), "--watch", "0.001", "--watch-rounds", "2", url);
      assertThat(run.status()).as(run.err()).isZero();
      assertThat(requests.get()).isEqualTo(2);
      assertThat(run.err()).contains("watching; next read in 0.001 minutes")
          .contains("skipped 1 article already stored")
          .contains("holds 2 articles");
      try (EventStore store = EventStore.open(db)) {
        assertThat(store.counts().articles()).isEqualTo(2);
        assertThat(store.events(null, null, null, 10)).anySatisfy(e -> {
          assertThat(e.sourceUrl()).isEqualTo("https://gulfcourier.example.org/a");
          assertThat(e.root()).isEqualTo("19");
        });
      }
    } finally {
      server.stop(0);
    }
  }
}
