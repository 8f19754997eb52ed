package org.brink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.brink.nlp.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code brink code} end to end, in process: real readers, CoreNLP and coder. */
class CodeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SAMPLES = repoRoot().resolve("samples/articles");

  record Run(int status, String out, String err) {
    List<JsonNode> lines() {
      List<JsonNode> nodes = new ArrayList<>();
      for (String line : out.split("\n")) {
        if (!line.isBlank()) {
          try {
            nodes.add(JSON.readTree(line));
          } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
          }
        }
      }
      return nodes;
    }
  }

  static Run brinkWithInput(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] full = new String[args.length + 1];
    full[0] = "code";
    System.arraycopy(args, 0, full, 1, args.length);
    int status =
        Main.execute(
            full,
            new PrintWriter(out),
            new PrintWriter(err),
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    return new Run(status, out.toString(), err.toString());
  }

  static Run brink(String... args) {
    return brinkWithInput("", args);
  }

  static Path repoRoot() {
    Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("samples/articles"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("cannot find the repository root from " + System.getProperty("user.dir"));
    }
    return p;
  }

  @Test
  void codesTheBundledSamplesInEveryInputFormatWithConsistentSpans() {
    Run run = brink("--include-text", SAMPLES.toString());
    assertThat(run.status()).as(run.err()).isZero();
    List<JsonNode> articles = run.lines();
    assertThat(articles).hasSizeGreaterThanOrEqualTo(14);
    assertThat(articles).extracting(a -> a.get("input").asText())
        .anyMatch(s -> s.endsWith(".txt")).anyMatch(s -> s.endsWith(".html")).anyMatch(s -> s.contains(".jsonl:"));
    int events = 0;
    for (JsonNode a : articles) {
      assertThat(a.fieldNames()).toIterable().containsExactly(
          "id", "title", "published", "url", "outlet", "input", "text", "problems", "events", "quotes");
      String text = a.get("text").asText();
      for (JsonNode e : a.get("events")) {
        events++;
        assertThat(e.fieldNames()).toIterable().containsExactly(
            "id", "code", "root", "name", "quad_class", "goldstein", "plover", "modality", "source",
            "target", "date", "date_basis", "location", "sentence", "trigger", "rule", "confidence");
        assertThat(e.get("code").asText()).startsWith(e.get("root").asText());
        assertThat(e.get("quad_class").asInt()).isBetween(1, 4);
        assertThat(e.get("modality").asText()).isIn("asserted", "future", "hypothetical", "negated");
        assertSpan(text, e.get("sentence"));
        assertSpan(text, e.get("trigger"));
        for (String role : List.of("source", "target")) {
          if (!e.get(role).isNull()) {
            assertSpan(text, e.get(role));
            assertThat(e.get(role).get("code").asText()).matches("[A-Z]{3,}");
          }
        }
      }
      for (JsonNode q : a.get("quotes")) {
        assertSpan(text, q);
        if (!q.get("speaker").isNull()) {
          assertSpan(text, q.get("speaker"));
        }
      }
    }
    assertThat(events).isGreaterThan(30);
  }

  private static void assertSpan(String text, JsonNode node) {
    int begin = node.get("span").get(0).asInt();
    int end = node.get("span").get(1).asInt();
    assertThat(text.substring(begin, end)).isEqualTo(node.get("text").asText());
  }

  @Test
  void codesADirectoryOfOneHundredArticlesWithTheModelsLoadedOnce(@TempDir Path dir) throws IOException {
    String[] actors = {"Iran", "Pakistan", "Israel", "Russia", "Ukraine", "India", "China", "Turkey", "Egypt", "Qatar"};
    String[] acts = {"attacked", "condemned", "criticized", "threatened", "visited", "sanctioned", "urged"};
    for (int i = 0; i < 100; i++) {
      String a = actors[i % actors.length];
      String b = actors[(i * 3 + 1) % actors.length];
      if (a.equals(b)) {
        b = actors[(i + 5) % actors.length];
      }
      String body = "Synthetic test article " + i + ".\n\n"
          + a + " " + acts[i % acts.length] + " " + b + " on Monday, officials said. "
          + "The statement came after weeks of tension between the two governments.";
      Files.writeString(dir.resolve(String.format("article-%03d.txt", i)), body);
    }
    Run run = brink("--published", "2026-03-02", dir.toString());
    assertThat(run.status()).as(run.err()).isZero();
    List<JsonNode> lines = run.lines();
    assertThat(lines).hasSize(100);
    assertThat(lines.get(0).get("input").asText()).endsWith("article-000.txt");
    assertThat(lines.get(99).get("input").asText()).endsWith("article-099.txt");
    assertThat(lines).allSatisfy(a -> assertThat(a.get("events")).isNotEmpty());
    assertThat(CoreNlpAnnotator.modelLoads()).isEqualTo(1);
  }

  @Test
  void keepsANegatedAttackOutOfTheAssertedEvents(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("negation.txt");
    Files.writeString(f, "Pakistan did not attack India on Friday, the foreign ministry said.\n");
    JsonNode a = brink(f.toString()).lines().get(0);
    assertThat(a.get("events")).isNotEmpty().allSatisfy(e -> {
      if (e.get("code").asText().startsWith("19")) {
        assertThat(e.get("modality").asText()).isEqualTo("negated");
      }
    });
  }

  @Test
  void readsStandardInputAndSetsThePublicationDate() {
    Run run = brinkWithInput("Iran attacked Pakistan.", "--published", "2024-01-18", "-");
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode a = run.lines().get(0);
    assertThat(a.get("input").asText()).isEqualTo("-");
    assertThat(a.get("published").asText()).isEqualTo("2024-01-18");
    assertThat(a.get("events").get(0).get("date").asText()).isEqualTo("2024-01-18");
  }

  @Test
  void writesAReadableListingWithPrettyFormat() {
    Run run = brinkWithInput("Iran attacked Pakistan.", "--format", "pretty", "-");
    assertThat(run.out()).contains("IRN (Iran)  →  190").contains("→  PAK (Pakistan)").contains("asserted");
  }

  @Test
  void reportsEveryBadInputAndGoesOnWithTheRest(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a-good.txt"), "Iran attacked Pakistan on Tuesday, officials said.\n");
    Files.write(dir.resolve("b-empty.txt"), new byte[0]);
    Files.write(dir.resolve("c-binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0, 0, 3});
    Files.write(dir.resolve("d-latin1.txt"), "Iran criticized the caf\u00e9 owners in Pakistan.".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("e-lines.jsonl"),
        "{\"id\":\"ok-1\",\"text\":\"Russia attacked Ukraine.\"}\nthis is not json\n{\"id\":\"ok-2\",\"text\":\"India criticized China.\"}\n");
    Files.writeString(dir.resolve("f-spanish.txt"),
        "El gobierno de Pakistán condenó el ataque y dijo que la situación en la frontera es muy grave para "
            + "todos los ciudadanos de la región, que esperan una respuesta de las autoridades.\n");
    Files.writeString(dir.resolve("g-broken.html"),
        "<html><head><title>Broken page</title><body><div><p>Iran condemned Israel on Monday, the ministry said. <b>Unclosed");
    Files.write(dir.resolve("h-big.txt"), new byte[6_000_000]);
    Run run = brink(dir.toString());
    assertThat(run.status()).isEqualTo(1);
    List<JsonNode> lines = run.lines();
    assertThat(lines).extracting(a -> a.get("input").asText().replace(dir.toString(), ""))
        .contains("/a-good.txt", "/d-latin1.txt", "/e-lines.jsonl:1", "/e-lines.jsonl:3", "/g-broken.html");
    JsonNode latin = lines.stream().filter(a -> a.get("input").asText().endsWith("d-latin1.txt")).findFirst().orElseThrow();
    assertThat(latin.get("problems").get(0).get("code").asText()).isEqualTo("invalid-utf8");
    JsonNode spanish = lines.stream().filter(a -> a.get("input").asText().endsWith("f-spanish.txt")).findFirst().orElseThrow();
    assertThat(spanish.get("events")).isEmpty();
    assertThat(spanish.get("problems").get(0).get("code").asText()).isEqualTo("not-english");
    assertThat(run.err())
        .contains("b-empty.txt")
        .contains("c-binary.txt")
        .contains("e-lines.jsonl:2")
        .contains("f-spanish.txt")
        .contains("h-big.txt")
        .contains("rejected 1 × empty-text")
        .contains("rejected 1 × binary")
        .contains("rejected 1 × malformed-json")
        .contains("rejected 1 × not-english")
        .contains("rejected 1 × too-long");
  }

  @Test
  void exitsWithTwoOnUsageErrors() {
    assertThat(brink("--format", "xml", "x.txt").status()).isEqualTo(2);
    assertThat(brink("--published", "2024-13-40", "x.txt").status()).isEqualTo(2);
    assertThat(brink().status()).isEqualTo(2);
    assertThat(brink("--input-format", "pdf", "x.txt").status()).isEqualTo(2);
  }

  @Test
  void explainsEveryOptionInHelp() {
    Run run = brink("--help");
    assertThat(run.status()).isZero();
    for (String option : List.of("--format", "--input-format", "--published", "--include-text", "--output", "--threads", "--max-bytes")) {
      assertThat(run.out()).contains(option);
    }
  }
  @Test
  void codesWithPetrarchDictionariesAloneWhenAsked(@TempDir Path dir) throws IOException {
    // Invented actors and verb, written for this test in the PETRARCH/TABARI formats.
    Path actors = dir.resolve("fictional.actors.txt");
    Files.writeString(actors, "KESSARIA_ [KSR]\n+KESSARIAN_\n\nTERRABAY [TRB]\n");
    Path verbs = dir.resolve("fictional.verbs.txt");
    Files.writeString(verbs, "--- GRUMBLE [111] ---\nGRUMBLE {GRUMBLES GRUMBLED GRUMBLING}\n- $ * + [111]\n");
    Run run = brinkWithInput("Kessaria grumbled at Terrabay on Monday. Iran attacked Pakistan.",
        "--actors", actors.toString(), "--verbs", verbs.toString(), "--only-given-dictionaries", "-");
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode events = run.lines().get(0).get("events");
    assertThat(events).hasSize(1);
    assertThat(events.get(0).get("source").get("code").asText()).isEqualTo("KSR");
    assertThat(events.get(0).get("code").asText()).isEqualTo("111");
  }

  @Test
  void reportsAMissingDictionaryAsAUsageError() {
    Run run = brinkWithInput("Iran attacked Pakistan.", "--actors", "/no/such/actors.txt", "-");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("cannot load dictionaries").contains("/no/such/actors.txt");
  }
}
