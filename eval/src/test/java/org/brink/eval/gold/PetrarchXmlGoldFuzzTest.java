package org.brink.eval.gold;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.nio.file.Path;

/**
 * Fuzzes the gold reader for PETRARCH/TABARI XML validation records (see {@link GoldFuzzCheck}); seeds in
 * src/test/resources/org/brink/eval/gold/PetrarchXmlGoldFuzzTestInputs/readPetrarchXml/.
 */
class PetrarchXmlGoldFuzzTest {
  @FuzzTest(maxDuration = "5s")
  void readPetrarchXml(@NotNull String text) {
    GoldFuzzCheck.parse(Path.of("records.xml"), text);
  }
}
