package org.brink.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.brink.core.Outcome;
import org.brink.core.Stage;

/**
 * Wraps stages to add up the time spent in each, across threads: elapsed time and the CPU time of
 * the thread that ran the stage. Timing lives here, never inside a stage.
 *
 * <p>Design decision: CPU time is kept beside elapsed time because the machines Brink is measured
 * on are shared; a stage waiting for a core shows in its elapsed time but not in its CPU time, so
 * the CPU figures compare runs made under different loads.
 */
final class StageTimer implements Pipelines.Wrapper {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> cpuNanos = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();

  @Override
  public <I, O> Stage<I, O> apply(Stage<I, O> stage) {
    LongAdder time = nanos.computeIfAbsent(stage.name(), k -> new LongAdder());
    LongAdder cpu = cpuNanos.computeIfAbsent(stage.name(), k -> new LongAdder());
    LongAdder count = calls.computeIfAbsent(stage.name(), k -> new LongAdder());
    return new Stage<>() {
      @Override
      public String name() {
        return stage.name();
      }

      @Override
      public Outcome<O> apply(I input) {
        long start = System.nanoTime();
        long cpuStart = cpuNow();
        try {
          return stage.apply(input);
        } finally {
          time.add(System.nanoTime() - start);
          cpu.add(cpuNow() - cpuStart);
          count.increment();
        }
      }
    };
  }

  /**
   * Add time spent outside any stage, e.g. reading or writing, with the CPU time the current thread
   * spent on it ({@link #cpuNow()} before and after).
   */
  void add(String name, long elapsedNanos, long cpuNanosSpent) {
    nanos.computeIfAbsent(name, k -> new LongAdder()).add(elapsedNanos);
    cpuNanos.computeIfAbsent(name, k -> new LongAdder()).add(cpuNanosSpent);
    calls.computeIfAbsent(name, k -> new LongAdder()).increment();
  }

  /** Elapsed seconds per stage name, summed over threads. */
  Map<String, Double> seconds() {
    return inSeconds(nanos);
  }

  /** CPU seconds per stage name, summed over threads (0 where the JVM cannot measure it). */
  Map<String, Double> cpuSeconds() {
    return inSeconds(cpuNanos);
  }

  private static Map<String, Double> inSeconds(Map<String, LongAdder> nanos) {
    Map<String, Double> out = new TreeMap<>();
    nanos.forEach((k, v) -> out.put(k, v.sum() / 1e9));
    return out;
  }

  /** The current thread's CPU time in nanoseconds; 0 when the JVM does not measure it. */
  static long cpuNow() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? Math.max(0, THREADS.getCurrentThreadCpuTime()) : 0;
  }
}
