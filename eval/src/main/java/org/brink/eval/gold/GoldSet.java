package org.brink.eval.gold;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The articles of one gold file, with what the reader had to say about it.
 *
 * @param name the file name without its extension, e.g. {@code "wcep-dev"}
 * @param format {@link #BRINK}, {@link #PETRARCH_XML} or {@link #PLOVER_JSON}
 * @param source the file it was read from
 * @param articles in file order, ids unique
 * @param notes facts a reader of the scores should know: records skipped or repaired, codes read in
 *     a particular way, dictionaries the file expects that Brink does not read
 */
public record GoldSet(
    String name, String format, Path source, List<GoldArticle> articles, List<String> notes) {
  /** Brink's own gold format, docs/gold-format.md. */
  public static final String BRINK = "brink";

  /** PETRARCH / TABARI XML validation records. */
  public static final String PETRARCH_XML = "petrarch-xml";

  /** The PLOVER project's gold-standard JSON records. */
  public static final String PLOVER_JSON = "plover-json";

  public GoldSet {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(source, "source");
    articles = List.copyOf(articles);
    notes = List.copyOf(notes);
    Set<String> ids = new HashSet<>();
    for (GoldArticle a : articles) {
      if (!ids.add(a.id())) {
        throw new IllegalArgumentException("article id appears twice in " + name + ": " + a.id());
      }
    }
  }

  /** All required entries of all articles. */
  public int requiredCount() {
    return articles.stream().mapToInt(a -> a.required().size()).sum();
  }
}
