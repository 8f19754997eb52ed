package org.brink.eval.gold;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.nio.file.Path;

/**
 * Fuzzes the gold reader for Brink's own gold format (docs/gold-format.md) (see {@link GoldFuzzCheck}); seeds in
 * src/test/resources/org/brink/eval/gold/BrinkGoldFuzzTestInputs/readBrinkGold/.
 */
class BrinkGoldFuzzTest {
  @FuzzTest(maxDuration = "5s")
  void readBrinkGold(@NotNull String text) {
    GoldFuzzCheck.parse(Path.of("brink-gold.json"), text);
  }
}
