package org.brink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  static final long SECOND = 1_000_000_000L;

  @Test
  void drawsABarWithRateAndEtaWhenTheTotalIsKnown() {
    assertThat(Progress.bar(120, 400L, 4.0, 20))
        .isEqualTo("[######..............] 120/400  30 %  4.0 articles/s  ETA 1m 10s");
    assertThat(Progress.bar(400, 400L, 4.0, 10)).isEqualTo("[##########] 400/400 100 %  4.0 articles/s  ETA 0s");
    assertThat(Progress.bar(1234, null, 2.5, 20)).isEqualTo("brink: 1,234 articles  2.5 articles/s");
  }

  @Test
  void writesPlainLinesForLogs() {
    assertThat(Progress.line(120, 400L, 4.0)).isEqualTo("brink: 120 of 400 articles (30 %), 4.0 articles/s, ETA 1m 10s");
    assertThat(Progress.line(7, null, 0.5)).isEqualTo("brink: 7 articles, 0.5 articles/s");
  }

  @Test
  void saysHowLongIsLeft() {
    assertThat(Progress.eta(10, 0)).isEqualTo("?");
    assertThat(Progress.eta(45, 1)).isEqualTo("45s");
    assertThat(Progress.eta(187, 1)).isEqualTo("3m 07s");
    assertThat(Progress.eta(7500, 1)).isEqualTo("2h 05m");
  }

  @Test
  void printsAPlainLineOnlyWhenTheIntervalHasPassed() {
    AtomicLong now = new AtomicLong();
    StringWriter out = new StringWriter();
    Progress progress = new Progress(new PrintWriter(out), false, 10 * SECOND, 100L, now::get);
    now.set(3 * SECOND);
    progress.step();
    assertThat(out.toString()).isEmpty();
    now.set(10 * SECOND);
    progress.step();
    assertThat(out.toString()).isEqualTo("brink: 2 of 100 articles (2 %), 0.2 articles/s, ETA 8m 10s" + System.lineSeparator());
    progress.finish();
    assertThat(out.toString().lines()).hasSize(1);
  }

  @Test
  void redrawsOneTerminalLineInPlace() {
    AtomicLong now = new AtomicLong();
    StringWriter out = new StringWriter();
    Progress progress = new Progress(new PrintWriter(out), true, 10 * SECOND, 4L, now::get);
    for (int i = 1; i <= 4; i++) {
      now.set(i * SECOND);
      progress.step();
    }
    progress.finish();
    assertThat(out.toString()).startsWith("\r[").contains("\r[" + "#".repeat(30) + "] 4/4 100 %")
        .endsWith(System.lineSeparator()).doesNotContain("\n\r");
  }
}
