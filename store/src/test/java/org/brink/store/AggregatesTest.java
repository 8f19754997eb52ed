package org.brink.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.brink.core.Modality;
import org.brink.store.Reports.Fact;
import org.brink.store.aggregate.Alert;
import org.brink.store.aggregate.AlertConfig;
import org.brink.store.aggregate.Dyad;
import org.brink.store.aggregate.DyadActivity;
import org.brink.store.aggregate.EscalationPoint;
import org.brink.store.aggregate.Granularity;
import org.brink.store.aggregate.Ranking;
import org.brink.store.aggregate.SeriesPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AggregatesTest {
  /** A Monday. */
  static final LocalDate START = LocalDate.of(2024, 4, 1);

  static final Dyad USA_IRN = new Dyad("USA", "IRN");

  @TempDir Path dir;

  /**
   * USA→IRN: five weeks of one statement (01, +0) and one criticism (111, −2) every other day,
   * then on day 35 two strikes (190, −10) and a threat (130, −4.4). Also a negated strike on day
   * 36, which counts nowhere, and RUS→UKR fighting daily in the last week.
   */
  private EventStore filled() {
    EventStore store = EventStore.open(dir.resolve("agg.duckdb"));
    for (int d = 0; d < 35; d += 2) {
      LocalDate day = START.plusDays(d);
      store.store(Reports.article("wire", day, "s" + d,
          Fact.of("USA", "IRN", "010", 1, 0, day),
          Fact.of("USAGOV", "IRN", "111", 3, -2, day)));
    }
    LocalDate strike = START.plusDays(35);
    store.store(Reports.article("wire", strike, "x1",
        Fact.of("USAMIL", "IRN", "190", 4, -10, strike).at(Reports.city("Isfahan", "IRN", "28", 418863))));
    store.store(Reports.article("wire", strike, "x2",
        Fact.of("USAMIL", "IRN", "190", 4, -10, strike).at(Reports.city("Tabriz", "IRN", "26", 113646))));
    store.store(Reports.article("post", strike, "x3", Fact.of("USA", "IRN", "130", 3, -4.4, strike)));
    store.store(Reports.article("post", strike.plusDays(1), "x4",
        Fact.of("USA", "IRN", "190", 4, -10, strike.plusDays(1)).with(Modality.NEGATED)));
    for (int d = 29; d < 36; d++) {
      LocalDate day = START.plusDays(d);
      store.store(Reports.article("front", day, "r" + d, Fact.of("RUS", "UKR", "190", 4, -10, day)));
    }
    return store;
  }

  @Test
  void buildsADailySeriesWithEmptyDaysFilled() {
    try (EventStore store = filled()) {
      List<SeriesPoint> days = store.aggregates().series(USA_IRN, Granularity.DAY, null, null);
      assertThat(days).hasSize(36);
      assertThat(days.get(0)).isEqualTo(new SeriesPoint(START, 2, 1, 0, 1, 0, -2, -1, 2));
      assertThat(days.get(1)).isEqualTo(SeriesPoint.empty(START.plusDays(1)));
      SeriesPoint strikeDay = days.get(35);
      assertThat(strikeDay.events()).isEqualTo(3);
      assertThat(strikeDay.materialConflict()).isEqualTo(2);
      assertThat(strikeDay.verbalConflict()).isEqualTo(1);
      assertThat(strikeDay.goldsteinSum()).isEqualTo(-24.4);
      assertThat(strikeDay.goldsteinMean()).isCloseTo(-8.1333, org.assertj.core.data.Offset.offset(1e-4));
      assertThat(strikeDay.escalation()).isEqualTo(24.4);
    }
  }

  @Test
  void sumsDaysIntoIsoWeeksNamedByTheirMonday() {
    try (EventStore store = filled()) {
      List<SeriesPoint> weeks =
          store.aggregates().series(USA_IRN, Granularity.WEEK, START, START.plusDays(13));
      assertThat(weeks).extracting(SeriesPoint::period).containsExactly(START, START.plusDays(7));
      // days 0, 2, 4, 6 then 8, 10, 12: two events each
      assertThat(weeks).extracting(SeriesPoint::events).containsExactly(8L, 6L);
      assertThat(weeks.get(0).goldsteinSum()).isEqualTo(-8.0);
      assertThat(weeks.get(0).goldsteinMean()).isEqualTo(-1.0);
      assertThat(weeks.get(1).verbalCooperation()).isEqualTo(3);
    }
  }

  @Test
  void alertsOnTheDayTheDyadDepartsFromItsBaseline() {
    try (EventStore store = filled()) {
      List<Alert> alerts = store.aggregates().alerts(null, null, null, AlertConfig.DEFAULT);
      // RUS-UKR starts on day 29: a week of history is needed before it can alert
      assertThat(alerts).singleElement().satisfies(a -> {
        assertThat(a.dyad()).isEqualTo(USA_IRN);
        assertThat(a.day()).isEqualTo(START.plusDays(35));
        assertThat(a.index()).isEqualTo(24.4);
        assertThat(a.events()).isEqualTo(3);
      });
    }
  }

  @Test
  void scoresEachDayAgainstTheWindowBeforeIt() {
    try (EventStore store = filled()) {
      List<EscalationPoint> points =
          store.aggregates().escalation(USA_IRN, START.plusDays(30), null, AlertConfig.DEFAULT);
      assertThat(points).extracting(EscalationPoint::day).startsWith(START.plusDays(30)).endsWith(START.plusDays(35));
      EscalationPoint strike = points.get(points.size() - 1);
      // baseline: 14 days at 2, 14 at 0 -> median 1, MAD 1 -> scale 1.4826 -> raised to 2.0
      assertThat(strike.baselineMedian()).isEqualTo(1.0);
      assertThat(strike.baselineScale()).isEqualTo(2.0);
      assertThat(strike.z()).isEqualTo((24.4 - 1.0) / 2.0);
      assertThat(strike.alert()).isTrue();
      assertThat(points.get(0).alert()).isFalse();
    }
  }

  @Test
  void ranksDyadsByActivityAndByChange() {
    try (EventStore store = filled()) {
      List<DyadActivity> active = store.aggregates().dyads(Ranking.ACTIVITY, 10, null, null);
      assertThat(active).extracting(DyadActivity::dyad).containsExactly(USA_IRN, new Dyad("RUS", "UKR"));
      // 18 days of two events, then two strikes in two cities and a threat
      assertThat(active.get(0).events()).isEqualTo(18 * 2 + 3);
      // last 7 days (29..35) against the 7 before (22..28)
      List<DyadActivity> change = store.aggregates().dyads(Ranking.CHANGE, 10, null, null);
      assertThat(change).extracting(DyadActivity::dyad, DyadActivity::events, DyadActivity::previousEvents)
          .containsExactly(
              // daily strikes on days 29..35 merge in pairs: 29-30, 31-32, 33-34, 35
              org.assertj.core.groups.Tuple.tuple(new Dyad("RUS", "UKR"), 4L, 0L),
              org.assertj.core.groups.Tuple.tuple(USA_IRN, 9L, 8L));
    }
  }

  @Test
  void refusesAnUpsideDownRange() {
    try (EventStore store = filled()) {
      assertThatThrownBy(() -> store.aggregates().series(USA_IRN, Granularity.DAY, START.plusDays(3), START))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("from 2024-04-04 is after to 2024-04-01");
    }
  }

  @Test
  void returnsNothingForADyadWithoutEvents() {
    try (EventStore store = filled()) {
      assertThat(store.aggregates().series(new Dyad("FRA", "DEU"), Granularity.DAY, null, null)).isEmpty();
      assertThat(store.aggregates().alerts(new Dyad("FRA", "DEU"), null, null, AlertConfig.DEFAULT)).isEmpty();
    }
  }
}
