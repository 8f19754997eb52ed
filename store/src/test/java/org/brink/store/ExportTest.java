package org.brink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.brink.core.Modality;
import org.brink.store.Reports.Fact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GDELT 2.0 event table and Parquet exports of merged events. */
class ExportTest {
  static final LocalDate DAY = LocalDate.of(2024, 1, 18);

  @TempDir Path dir;

  private EventStore store() {
    EventStore store = EventStore.open(dir.resolve("x.duckdb"));
    store.store(Reports.article("alpha", DAY, "a",
        Fact.of("ISRMIL", "IRN", "190", 4, -10, DAY).at(Reports.city("Isfahan", "IRN", "28", 418863)),
        Fact.of("IRN", null, "111", 3, -2, DAY)));
    store.store(Reports.article("bravo", DAY, "b",
        Fact.of("ISR", "IRNGOV", "183", 4, -9, DAY).at(Reports.country("Iran", "IRN"))));
    store.store(Reports.article("charlie", DAY.plusDays(3), "c",
        Fact.of("IGOUNOHLH", "SDNREB", "0256", 2, 3.5, DAY.plusDays(3)).at(Reports.city("Austin", "USA", "TX", 4671654)),
        Fact.of("USAGOV", "CHN", "130", 3, -4.4, DAY.plusDays(3)).with(Modality.FUTURE)));
    return store;
  }

  /** Column index (0-based) to the codebook's type. */
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
  private static final Pattern FLOAT = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  @Test
  void writesSixtyOneFieldsOfTheCodebooksTypesPerEvent() {
    StringWriter out = new StringWriter();
    long n;
    try (EventStore store = store()) {
      n = store.exportGdelt(out);
      assertThat(n).isEqualTo(store.counts().events()).isEqualTo(4);
    }
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(4);
    Set<Integer> integers = Set.of(0, 1, 2, 3, 25, 29, 31, 32, 33, 35, 43, 51, 59);
    Set<Integer> floats = Set.of(4, 30, 34, 40, 41, 48, 49, 56, 57);
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      assertThat(f).as(line).hasSize(61);
      for (int i : integers) {
        assertThat(f[i]).as("column %d %s of %s", i + 1, GdeltRows.COLUMNS.get(i), line).matches(INTEGER);
      }
      for (int i : floats) {
        if (!f[i].isEmpty()) {
          assertThat(f[i]).as("column %d %s", i + 1, GdeltRows.COLUMNS.get(i)).matches(FLOAT);
          Double.parseDouble(f[i]);
        }
      }
      LocalDate.parse(f[1], DateTimeFormatter.BASIC_ISO_DATE);
      assertThat(f[1]).hasSize(8);
      assertThat(f[2]).isEqualTo(f[1].substring(0, 6));
      assertThat(f[3]).isEqualTo(f[1].substring(0, 4));
      assertThat(f[59]).hasSize(14).startsWith("20");
      assertThat(f[26]).matches("[0-9]{2,4}");
      assertThat(f[27]).isEqualTo(f[26].substring(0, Math.min(3, f[26].length())));
      assertThat(f[28]).isEqualTo(f[26].substring(0, 2));
      assertThat(f[29]).matches("[1-4]");
      assertThat(f[35]).isEqualTo("0");
      assertThat(f[43]).isEqualTo("0");
      assertThat(f[60]).startsWith("https://");
    }
  }

  @Test
  void fillsActorsPlacesAndCountsAsTheCodebookDoes() {
    StringWriter out = new StringWriter();
    try (EventStore store = store()) {
      store.exportGdelt(out);
    }
    // 190 and 183 have one mention each: the tie goes to the smaller code
    String strike = out.toString().lines().filter(l -> l.contains("\t183\t")).findFirst().orElseThrow();
    String[] f = strike.split("\t", -1);
    assertThat(List.of(f).subList(1, 5)).containsExactly("20240118", "202401", "2024", "2024.1315");
    assertThat(List.of(f).subList(5, 15))
        .containsExactly("ISRMIL", "ISR", "ISR", "", "", "", "", "MIL", "", "");
    // codes tie too: the more specific one wins; names tie: the first in text order
    assertThat(List.of(f).subList(15, 18)).containsExactly("IRNGOV", "IRN", "IRN");
    assertThat(List.of(f).subList(25, 35))
        .containsExactly("1", "183", "183", "18", "4", "-9", "2", "2", "2", "");
    assertThat(List.of(f).subList(51, 59))
        .containsExactly("4", "Isfahan", "IRN", "IRN28", "", "1", "2", "418863");

    String aid = out.toString().lines().filter(l -> l.contains("\t0256\t")).findFirst().orElseThrow();
    String[] g = aid.split("\t", -1);
    assertThat(List.of(g).subList(5, 15))
        .containsExactly("IGOUNOHLH", "IGOUNOHLH", "", "UNO", "", "", "", "IGO", "HLH", "");
    assertThat(List.of(g).subList(15, 25))
        .containsExactly("SDNREB", "SDNREB", "SDN", "", "", "", "", "REB", "", "");
    assertThat(g[27]).isEqualTo("025");
    assertThat(g[30]).isEqualTo("3.5");
    assertThat(g[51]).isEqualTo("3");

    String condemn = out.toString().lines().filter(l -> l.contains("\t111\t")).findFirst().orElseThrow();
    String[] c = condemn.split("\t", -1);
    assertThat(List.of(c).subList(15, 25)).containsOnly("");
    assertThat(List.of(c).subList(51, 59)).containsExactly("0", "", "", "", "", "", "", "");
  }

  @Test
  void writesMergedEventsToParquetThatDuckDbReadsBack() throws SQLException {
    Path parquet = dir.resolve("events.parquet");
    long written;
    try (EventStore store = store()) {
      written = store.exportParquet(EventStore.Table.EVENTS, parquet);
    }
    assertThat(written).isEqualTo(4);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement q =
            c.prepareStatement(
                "SELECT count(*), sum(num_sources), max(num_mentions), min(\"day\"),"
                    + " count(*) FILTER (WHERE modality = 'future'), typeof(any_value(id))"
                    + " FROM read_parquet(?)")) {
      q.setString(1, parquet.toString());
      try (ResultSet rows = q.executeQuery()) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getLong(1)).isEqualTo(4);
        assertThat(rows.getLong(2)).isEqualTo(5); // the strike has two sources
        assertThat(rows.getLong(3)).isEqualTo(2);
        assertThat(rows.getString(4)).isEqualTo("2024-01-18");
        assertThat(rows.getLong(5)).isEqualTo(1);
        assertThat(rows.getString(6)).isEqualTo("BIGINT");
      }
    }
  }
}
