package org.brink.eval.gold;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Objects;

/** The hand-written gold files under src/test/resources/org/brink/eval/gold. */
final class Resources {
  private Resources() {}

  static Path file(String name) {
    URL url = Objects.requireNonNull(Resources.class.getResource(name), name);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(name, e);
    }
  }
}
