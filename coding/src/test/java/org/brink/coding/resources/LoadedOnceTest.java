package org.brink.coding.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoadedOnceTest {
  @Test
  void loadsOnceAndSharesTheValue() {
    AtomicInteger loads = new AtomicInteger();
    LoadedOnce<String> once = new LoadedOnce<>(() -> "value " + loads.incrementAndGet());
    assertThat(once.get()).isEqualTo("value 1");
    assertThat(once.get()).isEqualTo("value 1");
    assertThat(loads).hasValue(1);
  }

  @Test
  void throwsTheSameErrorOnEveryCallAfterAFailedLoad() {
    AtomicInteger loads = new AtomicInteger();
    LoadedOnce<String> once = new LoadedOnce<>(() -> {
      loads.incrementAndGet();
      throw new IllegalArgumentException("verbs.txt:3: bad line");
    });
    assertThatThrownBy(once::get).hasMessage("verbs.txt:3: bad line");
    assertThatThrownBy(once::get).hasMessage("verbs.txt:3: bad line");
    assertThat(loads).hasValue(1);
  }
}
