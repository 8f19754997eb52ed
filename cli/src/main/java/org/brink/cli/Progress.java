package org.brink.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Progress of a long run on standard error. On a terminal: one line redrawn in place, a bar with
 * articles per second and the time left when the total is known. Elsewhere (a log, a pipe, CI): a
 * plain line every {@code intervalNanos}, so logs stay readable.
 *
 * <p>Thread-safe: workers and the reader may call {@link #step()} at once.
 */
final class Progress {
  /** How often a terminal line is redrawn at most. */
  static final long REDRAW_NANOS = 200_000_000L;

  static final int BAR_WIDTH = 30;

  private final PrintWriter err;
  private final boolean terminal;
  private final long intervalNanos;
  private final @Nullable Long total;
  private final LongSupplier clock;
  private final long start;
  private long done;
  private long lastPrint;
  private boolean drawn;

  /**
   * @param total how many articles the run will see, or null when unknown (standard input, feeds)
   * @param clock nanoseconds, as {@link System#nanoTime()}
   */
  Progress(PrintWriter err, boolean terminal, long intervalNanos, @Nullable Long total, LongSupplier clock) {
    this.err = Objects.requireNonNull(err, "err");
    this.terminal = terminal;
    this.intervalNanos = intervalNanos;
    this.total = total;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.start = clock.getAsLong();
    this.lastPrint = start;
  }

  /** No progress at all: for {@code --no-progress}. */
  static Progress silent(PrintWriter err) {
    return new Progress(err, false, Long.MAX_VALUE, null, () -> 0L);
  }

  /** One more article done (stored or skipped). */
  synchronized void step() {
    done++;
    long now = clock.getAsLong();
    long every = terminal ? REDRAW_NANOS : intervalNanos;
    if (now - lastPrint >= every) {
      print(now);
    }
  }

  synchronized long done() {
    return done;
  }

  /** Ends the progress display: the terminal line is finished with a line break. */
  synchronized void finish() {
    if (terminal && drawn) {
      print(clock.getAsLong());
      err.println();
      err.flush();
    }
  }

  private void print(long now) {
    lastPrint = now;
    double seconds = (now - start) / 1e9;
    double rate = seconds > 0 ? done / seconds : 0;
    if (terminal) {
      err.print("\r" + bar(done, total, rate, BAR_WIDTH));
      drawn = true;
    } else {
      err.println(line(done, total, rate));
    }
    err.flush();
  }

  /** The terminal line: {@code [#######.......]  120/400  30 %  4.2 articles/s  ETA 1m 07s}. */
  static String bar(long done, @Nullable Long total, double rate, int width) {
    if (total == null || total <= 0) {
      return String.format(Locale.ROOT, "brink: %,d articles  %.1f articles/s", done, rate);
    }
    long capped = Math.min(done, total);
    int filled = (int) (width * capped / total);
    String bar = "#".repeat(filled) + ".".repeat(width - filled);
    return String.format(
        Locale.ROOT,
        "[%s] %,d/%,d %3d %%  %.1f articles/s  ETA %s",
        bar,
        done,
        total,
        100 * capped / total,
        rate,
        eta(total - capped, rate));
  }

  /** A log line: {@code brink: 120 of 400 articles (30 %), 4.2 articles/s, ETA 1m 07s}. */
  static String line(long done, @Nullable Long total, double rate) {
    if (total == null || total <= 0) {
      return String.format(Locale.ROOT, "brink: %,d articles, %.1f articles/s", done, rate);
    }
    long capped = Math.min(done, total);
    return String.format(
        Locale.ROOT,
        "brink: %,d of %,d articles (%d %%), %.1f articles/s, ETA %s",
        done,
        total,
        100 * capped / total,
        rate,
        eta(total - capped, rate));
  }

  /** Time left at {@code rate}: {@code 45s}, {@code 3m 07s}, {@code 2h 05m}; {@code ?} at rate 0. */
  static String eta(long remaining, double rate) {
    if (remaining <= 0) {
      return "0s";
    }
    if (!(rate > 0)) {
      return "?";
    }
    long s = (long) Math.ceil(remaining / rate);
    if (s < 60) {
      return s + "s";
    }
    if (s < 3600) {
      return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%dh %02dm", s / 3600, (s % 3600) / 60);
  }
}
