package org.brink.store.aggregate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The robust z-score of a dyad's daily escalation index against its own rolling baseline.
 *
 * <p>For day {@code t} the baseline is the index on days {@code t-w .. t-1} ({@code w =
 * baselineDays}, days without events counting as 0). {@code z = (x_t - median) / scale} with
 * {@code scale = 1.4826 × MAD}; when more than half the baseline days are equal (MAD = 0, the
 * usual case of a quiet dyad) the scale is {@code 1.2533 × mean absolute deviation} instead, and
 * never less than {@code minScale}. Median and MAD ignore a few loud days that a mean and standard
 * deviation would follow, so one earlier spike does not hide the next. A day alerts when {@code z
 * >= threshold} and the dyad has at least {@code minHistoryDays} of history before it.
 */
public final class Baseline {
  private Baseline() {}

  /**
   * Scores every day of a daily series.
   *
   * @param daily consecutive days, without gaps (see {@link SeriesPoint#empty})
   * @param historyStart the dyad's first day with an event; days before it count as 0 in the
   *     baseline, and no day earlier than {@code historyStart + minHistoryDays} alerts
   */
  public static List<EscalationPoint> score(
      List<SeriesPoint> daily, LocalDate historyStart, AlertConfig config) {
    Objects.requireNonNull(daily, "daily");
    Objects.requireNonNull(historyStart, "historyStart");
    Objects.requireNonNull(config, "config");
    for (int i = 1; i < daily.size(); i++) {
      if (!daily.get(i).period().equals(daily.get(i - 1).period().plusDays(1))) {
        throw new IllegalArgumentException(
            "a daily series must have consecutive days: " + daily.get(i - 1).period() + " then "
                + daily.get(i).period());
      }
    }
    int w = config.baselineDays();
    List<EscalationPoint> out = new ArrayList<>(daily.size());
    double[] window = new double[w];
    for (int i = 0; i < daily.size(); i++) {
      SeriesPoint point = daily.get(i);
      double x = point.escalation();
      long history = ChronoUnit.DAYS.between(historyStart, point.period());
      if (history < config.minHistoryDays()) {
        out.add(new EscalationPoint(point.period(), x, Double.NaN, Double.NaN, Double.NaN, false));
        continue;
      }
      for (int k = 0; k < w; k++) {
        int j = i - w + k;
        window[k] = j >= 0 ? daily.get(j).escalation() : 0.0;
      }
      double median = median(window.clone());
      double scale = scale(window, median, config.minScale());
      double z = (x - median) / scale;
      out.add(new EscalationPoint(point.period(), x, median, scale, z, z >= config.threshold()));
    }
    return out;
  }

  static double scale(double[] values, double median, double minScale) {
    double[] deviations = new double[values.length];
    double sum = 0;
    for (int i = 0; i < values.length; i++) {
      deviations[i] = Math.abs(values[i] - median);
      sum += deviations[i];
    }
    double mad = median(deviations);
    double scale = mad > 0 ? 1.4826 * mad : 1.2533 * sum / values.length;
    return Math.max(scale, minScale);
  }

  /** The median; sorts {@code values} in place. */
  static double median(double[] values) {
    Arrays.sort(values);
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }
}
