package org.brink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code brink ingest} and {@code brink export} on the bundled synthetic samples. */
class IngestCommandTest {
  record Run(int status, String out, String err) {}

  static Run brink(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.execute(args, new PrintWriter(out), new PrintWriter(err), InputStream.nullInputStream());
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void storesEachArticleOnceAcrossRunsAndExportsTheEvents(@TempDir Path dir) throws Exception {
    String samples = CodeCommandTest.repoRoot().resolve("samples/articles").toString();
    String db = dir.resolve("events.duckdb").toString();
    Run first = brink("ingest", "--db", db, samples);
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.err()).contains("coded 15 articles").contains("holds 15 articles");

    Run second = brink("ingest", "--db", db, samples);
    assertThat(second.status()).as(second.err()).isZero();
    assertThat(second.err()).contains("coded 0 articles").contains("skipped 15 articles already stored")
        .contains("holds 15 articles");

    Run export = brink("export", "--db", db);
    assertThat(export.status()).as(export.err()).isZero();
    long lines = export.out().lines().filter(l -> !l.isBlank()).count();
    assertThat(lines).isPositive();
    assertThat(export.err()).contains("wrote " + lines + " mentions");

    Path parquet = dir.resolve("events.parquet");
    Run pq = brink("export", "--db", db, "--format", "parquet", "--output", parquet.toString());
    assertThat(pq.status()).as(pq.err()).isZero();
    assertThat(Files.size(parquet)).isPositive();
  }

  @Test
  void storesRejectedInputsAsProblems(@TempDir Path dir) throws Exception {
    Path empty = dir.resolve("empty.txt");
    Files.write(empty, new byte[0]);
    String db = dir.resolve("events.duckdb").toString();
    Run run = brink("ingest", "--db", db, empty.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("holds 0 articles, 0 mentions merged into 0 events, 0 actors, 0 quotes, 1 problems");
  }

  @Test
  void refusesToExportAStoreThatDoesNotExist(@TempDir Path dir) {
    Run run = brink("export", "--db", dir.resolve("none.duckdb").toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("no store at");
  }
}
