package org.brink.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.brink.store.aggregate.Dyad;
import org.brink.store.aggregate.Granularity;
import org.brink.store.aggregate.SeriesPoint;
import org.jspecify.annotations.Nullable;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws a dyad's series with XChart: events per QuadClass on the left axis, the escalation index
 * (negated Goldstein sum) on the right.
 */
final class TimelinePlot {
  enum Format {
    PNG,
    SVG;

    static @Nullable Format of(Path file) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      return name.endsWith(".png") ? PNG : name.endsWith(".svg") ? SVG : null;
    }
  }

  private TimelinePlot() {}

  static void draw(Dyad dyad, Granularity granularity, List<SeriesPoint> series, Path file, Format format)
      throws IOException {
    XYChart chart =
        new XYChartBuilder()
            .width(1000)
            .height(500)
            .title("Brink: " + dyad + " merged events by " + (granularity == Granularity.WEEK ? "week" : "day"))
            .xAxisTitle(granularity == Granularity.WEEK ? "week" : "day")
            .yAxisTitle("events")
            .build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
    chart.getStyler().setDatePattern("yyyy-MM-dd");
    chart.getStyler().setLocale(Locale.ROOT);
    chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
    chart.setYAxisGroupTitle(1, "escalation index");
    chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
    List<Date> x = new ArrayList<>();
    for (SeriesPoint p : series) {
      x.add(Date.from(p.period().atStartOfDay(ZoneOffset.UTC).toInstant()));
    }
    if (x.isEmpty()) {
      // XChart cannot draw an empty series; an empty dyad gets an empty chart with its title.
      x.add(new Date(0));
      series = List.of(SeriesPoint.empty(java.time.LocalDate.EPOCH));
    }
    add(chart, "q1 verbal cooperation", x, series, p -> p.verbalCooperation(), 0);
    add(chart, "q2 material cooperation", x, series, p -> p.materialCooperation(), 0);
    add(chart, "q3 verbal conflict", x, series, p -> p.verbalConflict(), 0);
    add(chart, "q4 material conflict", x, series, p -> p.materialConflict(), 0);
    add(chart, "escalation index", x, series, SeriesPoint::escalation, 1);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    String name = file.toString();
    switch (format) {
      case PNG -> BitmapEncoder.saveBitmap(chart, name, BitmapEncoder.BitmapFormat.PNG);
      case SVG -> VectorGraphicsEncoder.saveVectorGraphic(chart, name, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    }
  }

  private static void add(XYChart chart, String name, List<Date> x, List<SeriesPoint> series,
      ToDoubleFunction<SeriesPoint> value, int axis) {
    List<Double> y = new ArrayList<>(series.size());
    for (SeriesPoint p : series) {
      y.add(value.applyAsDouble(p));
    }
    XYSeries s = chart.addSeries(name, x, y);
    s.setMarker(SeriesMarkers.NONE);
    s.setYAxisGroup(axis);
  }
}
