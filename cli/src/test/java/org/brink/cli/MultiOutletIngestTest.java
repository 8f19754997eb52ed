package org.brink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.brink.cli.IngestCommandTest.Run;
import org.brink.store.EventStore;
import org.brink.store.aggregate.Dyad;
import org.brink.store.merge.MergedEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synthetic multi-outlet sample through the real pipeline: three outlets' reports of one
 * strike become one merged event with three sources; the other reports stay apart. Then the
 * commands that read the store: dyads, timeline (with charts) and the GDELT export.
 */
class MultiOutletIngestTest {
  static final LocalDate TUESDAY = LocalDate.of(2025, 3, 11);

  @TempDir static Path dir;

  static Path db;

  @BeforeAll
  static void ingest() {
    db = dir.resolve("multi.duckdb");
    String sample = CodeCommandTest.repoRoot().resolve("samples/multi-outlet/reports.jsonl").toString();
    Run run = IngestCommandTest.brink("ingest", "--db", db.toString(), sample);
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).contains("coded 6 articles");
  }

  @Test
  void threeOutletsReportingOneStrikeMakeOneEventWithThreeSources() {
    try (EventStore store = EventStore.open(db)) {
      List<MergedEvent> strikes = store.events(new Dyad("ISR", "IRN"), null, null, 100).stream()
          .filter(e -> e.root().equals("19")).toList();
      assertThat(strikes).extracting(MergedEvent::day).containsExactly(TUESDAY, TUESDAY.plusDays(10));
      MergedEvent isfahan = strikes.get(0);
      assertThat(isfahan.numSources()).isEqualTo(3);
      assertThat(isfahan.numArticles()).isEqualTo(3);
      assertThat(isfahan.numMentions()).isEqualTo(3);
      assertThat(isfahan.place()).isNotNull();
      assertThat(isfahan.place().name()).isEqualTo("Isfahan");
      assertThat(store.evidence(isfahan.id())).extracting(e -> e.articleId())
          .containsExactly("multi-001", "multi-002", "multi-003");
      assertThat(strikes.get(1).numSources()).isEqualTo(1);
      // the same day's other reports are events of their own
      assertThat(store.events(new Dyad("ISR", "LBN"), TUESDAY, TUESDAY, 10)).singleElement()
          .satisfies(e -> assertThat(e.numSources()).isEqualTo(1));
      assertThat(store.events(new Dyad("PAK", "IND"), TUESDAY, TUESDAY, 10)).singleElement()
          .satisfies(e -> assertThat(e.root()).isEqualTo("16"));
    }
  }

  @Test
  void listsDyadsByActivity() {
    Run run = IngestCommandTest.brink("dyads", "--db", db.toString(), "--limit", "3");
    assertThat(run.status()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).startsWith("rank dyad");
    assertThat(lines.get(1)).startsWith("1    ISR-IRN").contains(" 2 ");
    assertThat(lines).hasSize(4);
  }

  @Test
  void printsATimelineAndDrawsItAsPngAndSvg() throws Exception {
    Path png = dir.resolve("plots/isr-irn.png");
    Path svg = dir.resolve("plots/isr-irn.svg");
    Run table = IngestCommandTest.brink("timeline", "ISR", "IRN", "--db", db.toString(), "--plot", png.toString());
    assertThat(table.status()).as(table.err()).isZero();
    List<String> lines = table.out().lines().toList();
    assertThat(lines).hasSize(1 + 11);
    assertThat(lines.get(1)).startsWith("2025-03-11      1    0    0    0    1     -10.0   -10.00       10.0");
    assertThat(lines.get(2)).startsWith("2025-03-12      0");
    var image = ImageIO.read(png.toFile());
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(1000);

    Run weeks = IngestCommandTest.brink("timeline", "isrmil", "irn", "--db", db.toString(), "--week", "--plot", svg.toString());
    assertThat(weeks.status()).as(weeks.err()).isZero();
    assertThat(weeks.out().lines().toList()).hasSize(1 + 2);
    String drawn = Files.readString(svg, StandardCharsets.UTF_8);
    assertThat(drawn).contains("<svg").contains("</svg>");
    javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    assertThat(factory.newDocumentBuilder().parse(svg.toFile()).getDocumentElement().getTagName()).isEqualTo("svg");

    Run bad = IngestCommandTest.brink("timeline", "ISR", "IRN", "--db", db.toString(), "--plot", dir.resolve("x.gif").toString());
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("--plot needs a file ending in .png or .svg");
  }

  @Test
  void listsAlertsWithTheirBaseline() {
    Run run = IngestCommandTest.brink("alerts", "--db", db.toString());
    assertThat(run.status()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).startsWith("day        dyad     events escalation");
    // ISR-IRN: a strike on the 11th, and ten quiet days later another: z = (10 - 0) / 2.0
    assertThat(lines).contains(
        "2025-03-21 ISR-IRN       1       10.0      0.0     2.00    5.0");
    assertThat(run.err()).contains("brink: " + (lines.size() - 1) + " alerts");
    Run bad = IngestCommandTest.brink("alerts", "--db", db.toString(), "--baseline", "3");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("baseline window must be 7 to 366 days: 3");
  }

  @Test
  void exportsTheMergedEventsAsGdeltRows() {
    Run run = IngestCommandTest.brink("export", "--db", db.toString(), "--format", "gdelt");
    assertThat(run.status()).as(run.err()).isZero();
    List<String> rows = run.out().lines().toList();
    assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.split("\t", -1)).hasSize(61));
    assertThat(rows).anySatisfy(r -> {
      String[] f = r.split("\t", -1);
      assertThat(f[1]).isEqualTo("20250311");
      assertThat(f[28]).isEqualTo("19");
      assertThat(f[7]).isEqualTo("ISR");
      assertThat(f[32]).isEqualTo("3"); // NumSources
      assertThat(f[60]).startsWith("https://");
    });
    assertThat(run.err()).contains("wrote " + rows.size() + " events");
  }
}
