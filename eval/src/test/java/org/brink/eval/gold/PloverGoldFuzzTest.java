package org.brink.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.nio.file.Path;

/**
 * Fuzzes the gold reader for PLOVER gold-standard JSON: a gold set, or a {@link GoldFormatException} that names the
 * file, never another exception. The format is chosen by the first character, so the checked-in
 * seeds (src/test/resources/org/brink/eval/gold/PloverGoldFuzzTestInputs/) steer this target to it.
 */
class PloverGoldFuzzTest {
  private static final Path SOURCE = Path.of("plover.json");

  @FuzzTest(maxDuration = "5s")
  void readPloverJson(@NotNull String text) {
    try {
      GoldSet gold = GoldReaders.parse(SOURCE, text);
      assertThat(gold.articles()).doesNotContainNull();
    } catch (GoldFormatException e) {
      assertThat(e.getMessage()).startsWith(SOURCE.toString());
    }
  }
}
