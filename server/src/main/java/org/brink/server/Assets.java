package org.brink.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The dashboard's files, read from the class path once at start and served by name.
 *
 * <p>Design decision: a fixed map from name to file rather than a static-file directory. A
 * request path is only ever a key into this map, so no path, encoded or not, can reach another
 * file (path traversal has nothing to traverse). Chart.js comes from its WebJar; its version is
 * read from the WebJar's Maven properties, so upgrading the dependency needs no code change.
 */
final class Assets {
  private static final String BASE = "/org/brink/server/dashboard/";

  /** A file's bytes and media type. */
  record Asset(byte[] bytes, String contentType) {}

  private final Map<String, Asset> byName;

  private Assets(Map<String, Asset> byName) {
    this.byName = Map.copyOf(byName);
  }

  static Assets load() {
    String chart =
        "/META-INF/resources/webjars/chart.js/" + webjarVersion("chart.js") + "/dist/chart.umd.min.js";
    return new Assets(
        Map.of(
            "index.html", read(BASE + "index.html", "text/html; charset=utf-8"),
            "dashboard.js", read(BASE + "dashboard.js", "text/javascript; charset=utf-8"),
            "network.js", read(BASE + "network.js", "text/javascript; charset=utf-8"),
            "dashboard.css", read(BASE + "dashboard.css", "text/css; charset=utf-8"),
            "chart.umd.min.js", read(chart, "text/javascript; charset=utf-8")));
  }

  Optional<Asset> get(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  private static String webjarVersion(String artifact) {
    String path = "/META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
    try (InputStream in = Assets.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("the " + artifact + " WebJar is not on the class path (" + path + ")");
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version");
      if (version == null) {
        throw new IllegalStateException(path + " names no version");
      }
      return version;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static Asset read(String path, String contentType) {
    try (InputStream in = Assets.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("dashboard file missing from the class path: " + path);
      }
      return new Asset(in.readAllBytes(), contentType);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
