package org.brink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brink.core.ActorRef;
import org.brink.core.Article;
import org.brink.core.CameoCode;
import org.brink.core.CodedArticle;
import org.brink.core.CodedEvent;
import org.brink.core.Modality;
import org.brink.core.Outcome;
import org.brink.core.Span;
import org.brink.core.TextRef;
import org.brink.ingest.ArticleReader;
import org.brink.ingest.ReaderConfig;
import org.brink.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability under SIGKILL at random points, many times: a child JVM reads a synthetic JSON Lines
 * corpus with the real reader and stores it in the real store, skipping what is already stored as
 * {@code brink ingest} does, and is killed after a random delay, in start-up, migration, the middle
 * of a write or the final merge. After each kill the store holds only whole articles (each with all
 * its mentions); after a final run to completion it holds every article exactly once with every
 * event, the same as a run never killed. The coder is a fake (no CoreNLP), so that the trials fit a
 * test's time; {@link KillAndResumeTest} kills the real {@code brink ingest} once.
 */
class KillTrialsTest {
  static final int ARTICLES = 150;
  static final int KILLS = 20;
  static final int STORES = 4;
  static final Pattern ATTACK = Pattern.compile("([A-Z][a-z]+) forces shelled ([A-Z][a-z]+)");

  @TempDir Path dir;

  @Test
  @EnabledOnOs(OS.LINUX)
  void twentySigkillsAtRandomPointsLoseNothingAndDuplicateNothing() throws Exception {
    Path corpus = corpus();
    Path clean = dir.resolve("clean.duckdb");
    long started = System.nanoTime();
    assertThat(child(clean, corpus).waitFor(120, TimeUnit.SECONDS)).isTrue();
    long fullRunMillis = (System.nanoTime() - started) / 1_000_000;
    long expectedMentions = count(clean, "SELECT count(*) FROM mentions");
    assertThat(count(clean, "SELECT count(*) FROM articles")).isEqualTo(ARTICLES);
    assertThat(expectedMentions).isEqualTo(expectedMentionsOf(corpus));

    long seed = System.nanoTime();
    Random random = new Random(seed);
    int kills = 0;
    int finished = 0;
    List<String> trials = new ArrayList<>();
    for (int trial = 0; kills < KILLS && trial < 3 * KILLS; trial++) {
      Path db = dir.resolve("killed-" + (trial % STORES) + ".duckdb");
      long delay = (long) (random.nextDouble() * fullRunMillis);
      Process p = child(db, corpus);
      if (p.waitFor(delay, TimeUnit.MILLISECONDS)) {
        finished++;
        trials.add("finished before " + delay + " ms");
        // A complete store teaches nothing more: the next trial on this slot starts afresh.
        assertOnlyWholeArticles(db, "finished trial " + trial);
        Files.delete(db);
        Files.deleteIfExists(dir.resolve(db.getFileName() + ".wal"));
        continue;
      } else {
        p.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, no close
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        kills++;
        trials.add("killed at " + delay + " ms");
      }
      if (Files.exists(db)) {
        assertOnlyWholeArticles(db, String.format(Locale.ROOT, "trial %d (seed %d): %s", trial, seed, trials.getLast()));
      }
    }
    System.out.printf(Locale.ROOT, "KillTrialsTest: %d SIGKILLs and %d runs that finished first, full run %d ms, seed %d: %s%n",
        kills, finished, fullRunMillis, seed, trials);
    assertThat(kills).as("trials: %s", trials).isGreaterThanOrEqualTo(KILLS);

    for (int s = 0; s < STORES; s++) {
      Path db = dir.resolve("killed-" + s + ".duckdb");
      Process resume = child(db, corpus);
      assertThat(resume.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(resume.exitValue()).as(new String(resume.getInputStream().readAllBytes())).isZero();
      assertThat(count(db, "SELECT count(*) FROM articles")).isEqualTo(ARTICLES);
      assertThat(count(db, "SELECT count(DISTINCT input) FROM articles")).isEqualTo(ARTICLES);
      assertThat(count(db, "SELECT count(*) FROM mentions")).isEqualTo(expectedMentions);
      assertThat(count(db, "SELECT count(*) - count(DISTINCT id) FROM mentions")).isZero();
      assertThat(count(db, "SELECT count(*) FROM events")).isEqualTo(count(clean, "SELECT count(*) FROM events"));
      assertThat(count(db, "SELECT sum(num_mentions) FROM events")).isEqualTo(expectedMentions);
    }
  }

  private static void assertOnlyWholeArticles(Path db, String trial) throws SQLException {
    if (count(db, "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('articles', 'mentions')") < 2) {
      // Killed before the first schema migration committed: it is applied whole on the next run.
      return;
    }
    assertThat(count(db, "SELECT count(*) - count(DISTINCT input) FROM articles")).as(trial).isZero();
    // Each article i has 1 + i % 3 mentions, its number being in its input name "corpus.jsonl:LINE".
    assertThat(count(db, "SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM mentions m WHERE m.article_id = a.id)"
        + " <> 1 + (CAST(split_part(a.input, ':', 2) AS INTEGER) - 1) % 3")).as(trial).isZero();
  }

  private Path corpus() throws IOException {
    String[][] pairs = {{"Russian", "Ukraine"}, {"Israeli", "Lebanon"}, {"Indian", "Pakistan"}, {"Sudanese", "Chad"}};
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < ARTICLES; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = 0; k <= i % 3; k++) {
        String[] p = pairs[(i + k) % pairs.length];
        text.append(p[0]).append(" forces shelled ").append(p[1]).append(" on day ").append(k).append(". ");
      }
      text.append("Synthetic report ").append(i).append(" written for Brink's tests.");
      lines.append("{\"id\":\"kill-").append(i).append("\",\"text\":\"").append(text).append("\"}\n");
    }
    return Files.writeString(dir.resolve("corpus.jsonl"), lines);
  }

  private static long expectedMentionsOf(Path corpus) {
    long n = 0;
    for (int i = 0; i < ARTICLES; i++) {
      n += 1 + i % 3;
    }
    return n;
  }

  private static Process child(Path db, Path corpus) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        FakeIngest.class.getName(), db.toString(), corpus.toString())
        .redirectErrorStream(true).start();
  }

  private static long count(Path db, String sql) throws SQLException {
    return KillAndResumeTest.count(db, sql);
  }

  /**
   * The child: {@code brink ingest}'s read, skip-if-stored, store and merge steps with a fake coder
   * that makes one event 190 of each "X forces shelled Y" sentence.
   */
  static final class FakeIngest {
    public static void main(String[] args) {
      try (EventStore store = EventStore.open(Path.of(args[0]))) {
        new ArticleReader(ReaderConfig.defaults().withDefaultPublished(LocalDate.of(2025, 2, 3)))
            .read(List.of(args[1]), System.in, outcome -> {
              if (outcome instanceof Outcome.Done<Article> done && !store.contains(done.value().id())) {
                store.store(code(done.value()));
              } else if (outcome instanceof Outcome.Rejected<Article> rejected) {
                store.reject(rejected.problem());
              }
            });
        store.mergeIfStale();
      }
    }

    static CodedArticle code(Article article) {
      String text = article.body();
      List<CodedEvent> events = new ArrayList<>();
      Matcher m = ATTACK.matcher(text);
      int n = 0;
      while (m.find()) {
        String source = m.group(1).substring(0, 3).toUpperCase(Locale.ROOT);
        String target = m.group(2).substring(0, 3).toUpperCase(Locale.ROOT);
        int end = text.indexOf('.', m.end()) + 1;
        events.add(new CodedEvent(article.id().value() + "#" + n + ".0",
            new CameoCode("190", "Use conventional military force", 4, -10.0, null), Modality.ASSERTED,
            new ActorRef(source, m.group(1), new Span(m.start(1), m.end(1))),
            new ActorRef(target, m.group(2), new Span(m.start(2), m.end(2))),
            article.meta().published(), null, null, n, TextRef.of(text, new Span(m.start(), end)),
            TextRef.of(text, new Span(m.end(1) + 8, m.end(1) + 15)), "fake:shelled", 0.5));
        n++;
      }
      return new CodedArticle(article.id(), article.meta(), text, n, events, List.of(), article.warnings());
    }
  }
}
