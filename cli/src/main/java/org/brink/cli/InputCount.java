package org.brink.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.brink.ingest.ReaderConfig;
import org.jspecify.annotations.Nullable;

/**
 * Counts the articles a run will read, for the progress bar's ETA, when that is cheap and exact:
 * local text and HTML files count one each, JSON Lines files one per non-blank line. Standard
 * input, URLs, WARC files, feeds and compressed files make the total unknown (null), and the
 * progress shows a rate without an ETA.
 */
final class InputCount {
  private InputCount() {}

  static @Nullable Long articles(List<String> paths, ReaderConfig config) {
    long total = 0;
    try {
      for (String given : paths) {
        if (given.equals("-") || given.contains("://")) {
          return null;
        }
        Path path = Path.of(given);
        if (Files.isDirectory(path)) {
          try (Stream<Path> files = Files.walk(path)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
              if (hidden(path, file)) {
                continue;
              }
              Long n = inFile(file);
              if (n == null) {
                return null;
              }
              total += n;
            }
          }
        } else if (Files.isRegularFile(path)) {
          Long n = inFile(path);
          if (n == null) {
            return null;
          }
          total += n;
        }
      }
    } catch (IOException | RuntimeException e) {
      return null; // unknown: the reader reports what it cannot read
    }
    return total;
  }

  private static boolean hidden(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable Long inFile(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz") || name.endsWith(".warc") || name.endsWith(".xml")
        || name.endsWith(".rss") || name.endsWith(".atom")) {
      return null;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      long lines = 0;
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
        String line;
        while ((line = in.readLine()) != null) {
          if (!line.isBlank()) {
            lines++;
          }
        }
      }
      return lines;
    }
    return 1L;
  }
}
