package org.brink.coding.actors.petrarch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The hand-written PETRARCH fixtures in {@code src/test/resources/actors/petrarch/}, and the real
 * PETRARCH files in {@code ../shared/peer-data/petrarch2/} when this checkout has them.
 */
public final class Fixtures {
  private Fixtures() {}

  /** A fixture's text. */
  public static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/actors/petrarch/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture actors/petrarch/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fixture's path. */
  public static Path path(String name) {
    URL url = Fixtures.class.getResource("/actors/petrarch/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture actors/petrarch/" + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The folder of real PETRARCH dictionaries: {@code shared/peer-data/petrarch2} beside the first
   * folder, walking up from the working directory, that has one; empty when there is none.
   */
  public static Optional<Path> realFiles() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (; dir != null; dir = dir.getParent()) {
      Path parent = dir.getParent();
      if (parent == null) {
        break;
      }
      Path peer = parent.resolve("shared").resolve("peer-data");
      if (Files.isDirectory(peer)) {
        Path petrarch = peer.resolve("petrarch2");
        return Files.isDirectory(petrarch) ? Optional.of(petrarch) : Optional.empty();
      }
    }
    return Optional.empty();
  }
}
