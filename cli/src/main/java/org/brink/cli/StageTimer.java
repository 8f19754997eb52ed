package org.brink.cli;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.brink.core.Outcome;
import org.brink.core.Stage;

/**
 * Wraps stages to add up the time spent in each, across threads. Timing lives here, never inside
 * a stage.
 */
final class StageTimer implements Pipelines.Wrapper {
  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();

  @Override
  public <I, O> Stage<I, O> apply(Stage<I, O> stage) {
    LongAdder time = nanos.computeIfAbsent(stage.name(), k -> new LongAdder());
    LongAdder count = calls.computeIfAbsent(stage.name(), k -> new LongAdder());
    return new Stage<>() {
      @Override
      public String name() {
        return stage.name();
      }

      @Override
      public Outcome<O> apply(I input) {
        long start = System.nanoTime();
        try {
          return stage.apply(input);
        } finally {
          time.add(System.nanoTime() - start);
          count.increment();
        }
      }
    };
  }

  /** Add time spent outside any stage, e.g. reading or writing. */
  void add(String name, long elapsedNanos) {
    nanos.computeIfAbsent(name, k -> new LongAdder()).add(elapsedNanos);
    calls.computeIfAbsent(name, k -> new LongAdder()).increment();
  }

  /** Seconds per stage name, summed over threads. */
  Map<String, Double> seconds() {
    Map<String, Double> out = new TreeMap<>();
    nanos.forEach((k, v) -> out.put(k, v.sum() / 1e9));
    return out;
  }
}
