package org.brink.coding;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import org.brink.coding.events.petrarch.PetrarchVerbReader;

/**
 * Fuzzes the PETRARCH-2 verb dictionary reader (CAMEO.2.0.txt and the like), which translates
 * patterns to Brink's: it never throws, and reports what it cannot translate as problems.
 */
class PetrarchVerbsFuzzTest {
  @FuzzTest(maxDuration = "5s")
  void readPetrarchVerbs(@NotNull String text) {
    PetrarchVerbReader.Result result = PetrarchVerbReader.read("fuzz.verbs", text, code -> code.matches("\\d{3,4}"));
    assertThat(result.patterns()).doesNotContainNull();
    assertThat(result.problems()).allSatisfy(p -> assertThat(p).isNotBlank());
  }
}
