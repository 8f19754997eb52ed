package org.brink.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brink.store.EventStore;

/**
 * Fuzzes the server's query-parameter parsing and the SQL it leads to: a raw query string is split
 * and percent-decoded as the HTTP layer does, read by {@link Params} and {@link EventQuery}, and
 * run by {@link StoreReader} against a small synthetic store. The outcome is a page of results or
 * an {@link ApiException} with status 400; anything else (an SQL error from a value that reached
 * the SQL text, an unchecked exception) is a crash. Seeds: {@code
 * src/test/resources/org/brink/server/QueryParamsFuzzTestInputs/queryEventsAndMentions/}.
 */
class QueryParamsFuzzTest {
  private static final EventStore STORE;
  private static final StoreReader READER;

  static {
    try {
      Path dir = Files.createTempDirectory("brink-query-fuzz");
      STORE = EventStore.open(dir.resolve("brink.duckdb"));
      SyntheticCorpus.fill(STORE);
      READER = new StoreReader(new Database(STORE.file()), STORE::mergeIfStale);
      dir.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "5s")
  void queryEventsAndMentions(FuzzedDataProvider data) {
    boolean mentions = data.consumeBoolean();
    Map<String, List<String>> params = decode(data.consumeRemainingAsString());
    try {
      EventQuery query = EventQuery.from(new Params(params, EventQuery.PARAMETERS));
      ObjectNode page = mentions ? READER.mentions(query) : READER.events(query);
      assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(page.get("items").size());
    } catch (ApiException e) {
      assertThat(e.status()).isEqualTo(400);
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  /** A query string as the HTTP layer reads it: split on '&' and '=', percent-decoded as UTF-8. */
  static Map<String, List<String>> decode(String query) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        map.computeIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8), k -> new ArrayList<>())
            .add(URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        // A malformed escape: the HTTP layer answers 400 before Brink sees the request.
        return Map.of();
      }
    }
    return map;
  }
}
