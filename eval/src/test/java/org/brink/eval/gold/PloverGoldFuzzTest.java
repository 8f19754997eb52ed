package org.brink.eval.gold;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.nio.file.Path;

/**
 * Fuzzes the gold reader for PLOVER gold-standard JSON (see {@link GoldFuzzCheck}); seeds in
 * src/test/resources/org/brink/eval/gold/PloverGoldFuzzTestInputs/readPloverJson/.
 */
class PloverGoldFuzzTest {
  @FuzzTest(maxDuration = "5s")
  void readPloverJson(@NotNull String text) {
    GoldFuzzCheck.parse(Path.of("plover.json"), text);
  }
}
