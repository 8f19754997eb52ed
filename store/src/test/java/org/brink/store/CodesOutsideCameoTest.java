package org.brink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.brink.store.Reports.Fact;
import org.brink.store.aggregate.Dyad;
import org.brink.store.aggregate.Granularity;
import org.brink.store.aggregate.SeriesPoint;
import org.brink.store.merge.MergedEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events with a loaded dictionary's own code outside CAMEO (quad class 0, no Goldstein weight):
 * stored with NULL facts, merged, exported with empty fields, left out of the series.
 */
class CodesOutsideCameoTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

  @TempDir Path dir;

  @Test
  void storesMergesAndExportsThemWithoutFactsAndLeavesThemOutOfTheSeries() throws SQLException {
    Path db = dir.resolve("outside.duckdb");
    try (EventStore store = EventStore.open(db)) {
      store.store(
          Reports.article(
              "alpha",
              DAY,
              "a",
              Fact.of("USA", "IRN", "903", 0, Double.NaN, DAY),
              Fact.of("USA", "IRN", "111", 3, -2, DAY)));
      List<MergedEvent> events = store.events(null, null, null, 100);
      assertThat(events)
          .extracting(e -> e.code() + " " + e.quadClass() + " " + e.goldstein())
          .containsExactlyInAnyOrder("903 null null", "111 3 -2.0");

      List<SeriesPoint> days = store.aggregates().series(new Dyad("USA", "IRN"), Granularity.DAY, DAY, DAY);
      assertThat(days).singleElement().satisfies(p -> {
        assertThat(p.events()).isEqualTo(1);
        assertThat(p.verbalConflict()).isEqualTo(1);
        assertThat(p.goldsteinSum()).isEqualTo(-2.0);
      });

      StringWriter out = new StringWriter();
      store.exportGdelt(out);
      String[] f =
          out.toString().lines().filter(l -> l.contains("\t903\t")).findFirst().orElseThrow().split("\t", -1);
      assertThat(f).hasSize(61);
      assertThat(List.of(f).subList(26, 31)).containsExactly("903", "903", "90", "", "");
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT quad_class, goldstein FROM mentions WHERE code = '903'")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getObject(1)).isNull();
      assertThat(r.getObject(2)).isNull();
    }
  }
}
