package org.brink.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.nio.file.Path;

/**
 * Fuzzes the gold reader for Brink's own gold format (docs/gold-format.md): a gold set, or a {@link GoldFormatException} that names the
 * file, never another exception. The format is chosen by the first character, so the checked-in
 * seeds (src/test/resources/org/brink/eval/gold/BrinkGoldFuzzTestInputs/) steer this target to it.
 */
class BrinkGoldFuzzTest {
  private static final Path SOURCE = Path.of("brink-gold.json");

  @FuzzTest(maxDuration = "5s")
  void readBrinkGold(@NotNull String text) {
    try {
      GoldSet gold = GoldReaders.parse(SOURCE, text);
      assertThat(gold.articles()).doesNotContainNull();
    } catch (GoldFormatException e) {
      assertThat(e.getMessage()).startsWith(SOURCE.toString());
    }
  }
}
