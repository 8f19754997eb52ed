package org.brink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code brink eval} end to end on a small gold file written for this test. */
class EvalCommandTest {
  private static final String GOLD = """
      {"about": "Synthetic gold written for Brink's tests; not real news.", "selection": {},
       "articles": [
        {"id": "t-1", "published": "2024-04-14",
         "text": "Iran attacked Pakistan on Sunday. India did not attack China.",
         "required": [{"id": "t-1-r1", "source": ["IRN"], "target": ["PAK"], "roots": ["19"], "date": "2024-04-14"}],
         "acceptable": [],
         "forbidden": [{"source": ["IND"], "target": ["CHN"], "roots": ["19"], "note": "negated"}],
         "quotes": [], "boilerplate": []}
       ]}
      """;

  @Test
  void scoresAGoldFileAndWritesTheReport(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("tiny.json");
    Files.writeString(gold, GOLD);
    Path report = dir.resolve("report.md");
    StringWriter out = new StringWriter();
    int status = Main.execute(
        new String[] {"eval", gold.toString(), "--report", report.toString()},
        new PrintWriter(out), new PrintWriter(new StringWriter()), InputStream.nullInputStream());
    assertThat(status).isZero();
    String[] lines = out.toString().strip().split("\n");
    JsonNode headline = new ObjectMapper().readTree(lines[lines.length - 1]).get("gold").get(0);
    assertThat(headline.get("articles").asInt()).isEqualTo(1);
    assertThat(headline.get("root").get("r").asDouble()).isEqualTo(1.0);
    assertThat(headline.get("root").get("p").asDouble()).isEqualTo(1.0);
    assertThat(headline.get("forbidden").asInt()).isZero();
    assertThat(Files.readString(report)).contains("tiny");
  }

  @Test
  void failsWithTheFileNamedWhenGoldCannotBeRead(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("broken.json");
    Files.writeString(gold, "{\"articles\": [ {\"id\": 3");
    StringWriter err = new StringWriter();
    int status = Main.execute(
        new String[] {"eval", gold.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err), InputStream.nullInputStream());
    assertThat(status).isEqualTo(1);
    assertThat(err.toString()).contains(gold.toString()).contains("cannot read gold");
  }
  @Test
  void codesPetrarchRecordsWithTheDictionariesTheirEnvironmentNames(@TempDir Path dir) throws Exception {
    // Invented actors, verb and record, written for this test in the PETRARCH formats.
    Files.writeString(dir.resolve("t.actors.txt"), "KESSARIA_ [KSR]\n\nTERRABAY [TRB]\n");
    Files.writeString(dir.resolve("t.verbs.txt"), "--- SCOLD [111] ---\nSCOLD\n- $ * + [111]\n");
    Path gold = dir.resolve("records.xml");
    Files.writeString(gold, """
        <Validation>
        <Environment><Verbfile>t.verbs.txt</Verbfile><Actorfile>t.actors.txt</Actorfile></Environment>
        <Sentences>
        <Sentence date="20240414" id="T-1" sentence="true">
        <EventCoding sourcecode="KSR" targetcode="TRB" eventcode="111"></EventCoding>
        <Text>Kessaria scolded Terrabay.</Text>
        </Sentence>
        </Sentences>
        </Validation>
        """);
    for (boolean environment : new boolean[] {true, false}) {
      StringWriter out = new StringWriter();
      String[] args = environment
          ? new String[] {"eval", gold.toString()}
          : new String[] {"eval", "--no-environment", gold.toString()};
      int status = Main.execute(args, new PrintWriter(out), new PrintWriter(new StringWriter()), InputStream.nullInputStream());
      assertThat(status).isZero();
      String[] lines = out.toString().strip().split("\n");
      JsonNode headline = new ObjectMapper().readTree(lines[lines.length - 1]).get("gold").get(0);
      // Brink's own dictionaries do not know Kessaria: only its <Environment> dictionaries do.
      assertThat(headline.get("dyad").get("r").asDouble()).as("environment " + environment)
          .isEqualTo(environment ? 1.0 : 0.0);
    }
  }
}
