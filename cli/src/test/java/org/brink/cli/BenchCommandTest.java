package org.brink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code brink bench} reports its figures; their values are measured, never asserted. */
class BenchCommandTest {
  @Test
  void reportsThroughputStagesAndHeapAsAFinalJsonLine() throws Exception {
    StringWriter out = new StringWriter();
    String samples = CodeCommandTest.repoRoot().resolve("samples/articles").toString();
    int status =
        Main.execute(
            new String[] {"bench", "--corpus", samples, "--limit", "3", "--threads", "1"},
            new PrintWriter(out), new PrintWriter(new StringWriter()), InputStream.nullInputStream());
    assertThat(status).isZero();
    String[] lines = out.toString().strip().split("\n");
    JsonNode figures = new ObjectMapper().readTree(lines[lines.length - 1]);
    assertThat(figures.get("articles").asInt()).isEqualTo(3);
    assertThat(figures.get("threads").asInt()).isEqualTo(1);
    assertThat(figures.get("sentences").asInt()).isPositive();
    assertThat(figures.get("stage_s").fieldNames()).toIterable()
        .contains("read", "clean", "corenlp", "code", "write");
    for (String key : new String[] {"model_load_s", "wall_s", "articles_per_s", "sentences_per_s", "peak_heap_mb",
        "coding_cpu_s", "sentences_per_cpu_s"}) {
      assertThat(figures.has(key)).as(key).isTrue();
    }
    assertThat(figures.get("stage_cpu_s").fieldNames()).toIterable()
        .containsExactlyInAnyOrderElementsOf(() -> figures.get("stage_s").fieldNames());
  }

  @Test
  void compareNaivePrintsTheSpeedupAndThatBothPipelinesCodedTheSameEvents() throws Exception {
    StringWriter out = new StringWriter();
    String samples = CodeCommandTest.repoRoot().resolve("samples/articles").toString();
    int status =
        Main.execute(
            new String[] {"bench", "--corpus", samples, "--limit", "4", "--threads", "1", "--compare-naive"},
            new PrintWriter(out), new PrintWriter(new StringWriter()), InputStream.nullInputStream());
    assertThat(status).isZero();
    assertThat(out.toString()).contains("speedup").contains("over the naive pipeline").contains("parsed ");
    String[] lines = out.toString().strip().split("\n");
    JsonNode figures = new ObjectMapper().readTree(lines[lines.length - 1]);
    assertThat(figures.get("prefilter").asBoolean()).isTrue();
    assertThat(figures.has("speedup")).isTrue();
    assertThat(figures.get("parsed_share").asDouble()).isBetween(0.0, 1.0);
    JsonNode naive = figures.get("naive");
    assertThat(naive.get("events").asLong()).isEqualTo(figures.get("events").asLong());
    assertThat(naive.get("articles_differing").asInt()).isZero();
  }

  @Test
  void withoutPrefilterEverySentenceIsParsed() throws Exception {
    String samples = CodeCommandTest.repoRoot().resolve("samples/articles").toString();
    StringWriter out = new StringWriter();
    int status =
        Main.execute(
            new String[] {"bench", "--corpus", samples, "--limit", "2", "--threads", "1"},
            new PrintWriter(out), new PrintWriter(new StringWriter()), InputStream.nullInputStream());
    assertThat(status).isZero();
    String[] lines = out.toString().strip().split("\n");
    JsonNode figures = new ObjectMapper().readTree(lines[lines.length - 1]);
    assertThat(figures.get("prefilter").asBoolean()).isFalse();
    assertThat(figures.get("parsed_share").asDouble()).isEqualTo(1.0);
  }
}
