package org.brink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.brink.core.Article;
import org.brink.core.CleanText;
import org.brink.core.Outcome;
import org.brink.core.Problem;

/**
 * What every ingest fuzz target checks: whatever the bytes, the reader and the cleaner return
 * outcomes (an article, or a problem that names its source and says what is wrong) and never throw.
 * A crash is any exception or error that escapes, a stack overflow included.
 *
 * <p>Without {@code JAZZER_FUZZ} the {@code *FuzzTest} classes run as ordinary tests over their
 * checked-in seeds in {@code src/test/resources/org/brink/ingest/<Class>Inputs/<method>/}; with the
 * {@code fuzz} Maven profile ({@code tools/fuzz}) Jazzer fuzzes each target for a bounded time.
 */
final class FuzzChecks {
  /** A small limit so that the fuzzer also reaches the too-long paths. */
  static final ReaderConfig SMALL = ReaderConfig.defaults().withMaxBytes(200_000);

  static final ArticleCleaner CLEANER = new ArticleCleaner();

  private FuzzChecks() {}

  /** Writes the bytes to a temporary file of this name, reads it, and checks every outcome. */
  static void readFile(String name, byte[] bytes) throws IOException {
    Path dir = Files.createTempDirectory("brink-fuzz");
    Path file = dir.resolve(name);
    try {
      Files.write(file, bytes);
      for (Outcome<Article> o : read(SMALL, List.of(file.toString()), new byte[0])) {
        check(o, file.toString());
      }
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  static List<Outcome<Article>> read(ReaderConfig config, List<String> paths, byte[] stdin) {
    List<Outcome<Article>> outcomes = new ArrayList<>();
    new ArticleReader(config, problem -> assertNamed(problem, ""))
        .read(paths, new ByteArrayInputStream(stdin), outcomes::add);
    return outcomes;
  }

  /** An article read goes on through the cleaner, as it would in a run. */
  static void check(Outcome<Article> outcome, String source) {
    if (outcome instanceof Outcome.Done<Article> done) {
      assertThat(done.value().meta().input()).startsWith(source);
      checkCleaned(CLEANER.apply(done.value()), source);
    } else if (outcome instanceof Outcome.Rejected<Article> rejected) {
      assertNamed(rejected.problem(), source);
    }
  }

  static void checkCleaned(Outcome<CleanText> cleaned, String source) {
    if (cleaned instanceof Outcome.Done<CleanText> done) {
      assertThat(done.value().text()).doesNotContain("\u0000");
    } else if (cleaned instanceof Outcome.Rejected<CleanText> r) {
      assertNamed(r.problem(), source);
    }
  }

  static void assertNamed(Problem problem, String source) {
    assertThat(problem.source()).startsWith(source);
    assertThat(problem.message()).isNotBlank();
  }
}
