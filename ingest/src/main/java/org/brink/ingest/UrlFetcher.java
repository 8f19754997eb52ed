package org.brink.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Fetches a feed or page over HTTP(S) with time limits and a size limit: 10 s to connect, 30 s for
 * the whole response, redirects followed (not from HTTPS to HTTP), at most {@code maxBytes} read.
 */
final class UrlFetcher {
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient client;
  private final long maxBytes;

  UrlFetcher(long maxBytes) {
    this.maxBytes = maxBytes;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  static boolean isUrl(String given) {
    String g = given.toLowerCase(Locale.ROOT);
    return g.startsWith("http://") || g.startsWith("https://");
  }

  /** What a fetch brought back. */
  record Fetched(byte[] body, String contentType, String finalUrl) {
    Fetched {
      Objects.requireNonNull(body, "body");
      Objects.requireNonNull(contentType, "contentType");
      Objects.requireNonNull(finalUrl, "finalUrl");
    }
  }

  /**
   * @throws IOException with a short reason: a status other than 2xx, a body over the limit, a
   *     timeout, a refused connection
   */
  Fetched fetch(String url) throws IOException, InterruptedException {
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(URI.create(url))
          .timeout(REQUEST_TIMEOUT)
          .header("User-Agent", "Brink event coder (feed reader)")
          .header("Accept", "application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5")
          .GET()
          .build();
    } catch (IllegalArgumentException e) {
      throw new IOException("not a valid URL: " + e.getMessage(), e);
    }
    HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream body = response.body()) {
      int status = response.statusCode();
      if (status < 200 || status > 299) {
        throw new IOException("HTTP " + status);
      }
      byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new IOException(String.format(Locale.ROOT, "response is over %,d bytes, the limit (--max-bytes)", maxBytes));
      }
      return new Fetched(bytes, response.headers().firstValue("Content-Type").orElse(""), response.uri().toString());
    }
  }
}
