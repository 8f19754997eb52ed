package org.brink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brink.cli.IngestCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code brink ingest} in a child JVM, killed with SIGKILL while it stores a synthetic
 * corpus; a second run completes it. Every article is then stored exactly once, with the same
 * mentions and merged events as one uninterrupted run.
 */
class KillAndResumeTest {
  static final int ARTICLES = 60;

  static final String[][] PAIRS = {
    {"Russian", "Ukraine", "Ukrainian"}, {"Israeli", "Lebanon", "Lebanese"},
    {"Pakistani", "India", "Indian"}, {"Turkish", "Syria", "Syrian"},
    {"Azerbaijani", "Armenia", "Armenian"}, {"Sudanese", "Chad", "Chadian"}
  };

  @TempDir Path dir;

  /** Sixty short synthetic reports, each different, each with one attack and one condemnation. */
  private Path corpus() throws Exception {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    for (int i = 0; i < ARTICLES; i++) {
      String[] p = PAIRS[i % PAIRS.length];
      String text = p[0] + " forces shelled positions in " + p[1] + " on Monday, killing " + (i + 3)
          + " people, officials said.\n\nThe " + p[2] + " government condemned the attack. Report "
          + i + " of a synthetic corpus written for Brink's tests.\n";
      Files.writeString(corpus.resolve(String.format("report-%02d.txt", i)), "Shelling reported\n\n" + text);
    }
    return corpus;
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void resumesAfterSigkillWithNoLossAndNoDuplicates() throws Exception {
    Path corpus = corpus();
    Path db = dir.resolve("killed.duckdb");
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(
        java, "-Xmx1500m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "ingest", "--db", db.toString(), "--threads", "1", "--progress", "0.1",
        "--published", "2025-02-03", corpus.toString()));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    Pattern progress = Pattern.compile("brink: (\\d+) of " + ARTICLES + " articles");
    AtomicBoolean killed = new AtomicBoolean();
    List<String> output = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        output.add(line);
        Matcher m = progress.matcher(line);
        if (m.find() && Integer.parseInt(m.group(1)) >= 5) {
          child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no rollback, no close
          killed.set(true);
          break; // destroying the process closes its output
        }
      }
    }
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(killed.get()).as("killed mid-way; output: %s", output).isTrue();
    assertThat(child.exitValue()).isEqualTo(137);

    long storedBeforeResume = count(db, "SELECT count(*) FROM articles");
    assertThat(storedBeforeResume).as("some but not all articles stored before the kill")
        .isBetween(5L, (long) ARTICLES - 1);

    Run resumed = IngestCommandTest.brink("ingest", "--db", db.toString(), "--threads", "1",
        "--published", "2025-02-03", corpus.toString());
    assertThat(resumed.status()).as(resumed.err()).isZero();
    assertThat(resumed.err()).contains("skipped " + storedBeforeResume + " articles already stored")
        .contains("coded " + (ARTICLES - storedBeforeResume) + " articles");

    Path clean = dir.resolve("clean.duckdb");
    Run once = IngestCommandTest.brink("ingest", "--db", clean.toString(), "--threads", "1",
        "--published", "2025-02-03", corpus.toString());
    assertThat(once.status()).as(once.err()).isZero();

    for (Path store : List.of(db, clean)) {
      assertThat(count(store, "SELECT count(*) FROM articles")).isEqualTo(ARTICLES);
      assertThat(count(store, "SELECT count(DISTINCT input) FROM articles")).isEqualTo(ARTICLES);
      assertThat(count(store, "SELECT count(*) - count(DISTINCT id) FROM mentions")).isZero();
      assertThat(count(store, "SELECT count(*) FROM mentions m LEFT JOIN articles a ON a.id = m.article_id WHERE a.id IS NULL")).isZero();
    }
    assertThat(count(db, "SELECT count(*) FROM mentions")).isEqualTo(count(clean, "SELECT count(*) FROM mentions"))
        .isGreaterThanOrEqualTo(ARTICLES);
    assertThat(count(db, "SELECT count(*) FROM events")).isEqualTo(count(clean, "SELECT count(*) FROM events"));
    assertThat(count(db, "SELECT sum(num_mentions) FROM events")).isEqualTo(count(clean, "SELECT sum(num_mentions) FROM events"));
  }

  static long count(Path db, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
