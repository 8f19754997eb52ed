package org.brink.store.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineTest {
  static final LocalDate DAY = LocalDate.of(2025, 1, 1);

  private static List<SeriesPoint> daily(double... goldsteinSums) {
    List<SeriesPoint> out = new ArrayList<>();
    for (int i = 0; i < goldsteinSums.length; i++) {
      double g = goldsteinSums[i];
      out.add(g == 0 ? SeriesPoint.empty(DAY.plusDays(i))
          : new SeriesPoint(DAY.plusDays(i), 1, 0, 0, 0, 1, g, g, 1));
    }
    return out;
  }

  @Test
  void usesMedianAndMadOfTheWindowBefore() {
    double[] g = new double[30];
    for (int i = 0; i < 28; i++) {
      g[i] = -(i % 4); // 0, 1, 2, 3 repeating: median 1.5, MAD 1
    }
    g[28] = -20;
    g[29] = -3;
    List<EscalationPoint> points = Baseline.score(daily(g), DAY, new AlertConfig(28, 3.5, 0.5, 7));
    EscalationPoint spike = points.get(28);
    assertThat(spike.baselineMedian()).isEqualTo(1.5);
    assertThat(spike.baselineScale()).isEqualTo(1.4826);
    assertThat(spike.z()).isEqualTo((20 - 1.5) / 1.4826);
    assertThat(spike.alert()).isTrue();
    // in the next window the spike is one day of 28: the median moves only because a 0 day left
    // (1.5 -> 2), and the spread stays that of ordinary days, so day 29 (3) is no alert
    assertThat(points.get(29).baselineMedian()).isEqualTo(2.0);
    assertThat(points.get(29).baselineScale()).isEqualTo(1.4826);
    assertThat(points.get(29).alert()).isFalse();
  }

  @Test
  void fallsBackToTheMeanDeviationWhenMostDaysAreEqualAndNeverBelowTheFloor() {
    double[] g = new double[29];
    g[3] = -8; // one loud day in a quiet month: MAD 0, mean deviation 8/28
    g[28] = -6;
    EscalationPoint p = Baseline.score(daily(g), DAY, new AlertConfig(28, 3.5, 0.1, 0)).get(28);
    assertThat(p.baselineMedian()).isZero();
    assertThat(p.baselineScale()).isEqualTo(1.2533 * 8 / 28);
    EscalationPoint floored = Baseline.score(daily(g), DAY, AlertConfig.DEFAULT).get(28);
    assertThat(floored.baselineScale()).isEqualTo(2.0);
    assertThat(floored.z()).isEqualTo(3.0);
    assertThat(floored.alert()).isFalse();
  }

  @Test
  void needsHistoryBeforeItScores() {
    List<EscalationPoint> points = Baseline.score(daily(-10, 0, -10, 0, 0, 0, 0, -10), DAY, AlertConfig.DEFAULT);
    assertThat(points.subList(0, 7)).allSatisfy(p -> {
      assertThat(p.z()).isNaN();
      assertThat(p.alert()).isFalse();
    });
    assertThat(points.get(7).z()).isEqualTo(10.0 / 2.0);
  }

  @Test
  void refusesASeriesWithAGap() {
    List<SeriesPoint> gap = List.of(SeriesPoint.empty(DAY), SeriesPoint.empty(DAY.plusDays(2)));
    assertThatThrownBy(() -> Baseline.score(gap, DAY, AlertConfig.DEFAULT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a daily series must have consecutive days: 2025-01-01 then 2025-01-03");
  }

  @Test
  void parsesDyadsFromCommandLineWords() {
    assertThat(Dyad.of("usagov", "IRN")).isEqualTo(new Dyad("USA", "IRN"));
    assertThat(Dyad.of("PAK", "---").toString()).isEqualTo("PAK----");
    assertThatThrownBy(() -> Dyad.of("U$", "IRN")).isInstanceOf(IllegalArgumentException.class);
  }
}
