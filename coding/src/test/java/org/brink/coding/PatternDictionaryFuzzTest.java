package org.brink.coding;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import org.brink.coding.events.VerbPatternDictionary;

/**
 * Fuzzes Brink's verb and noun pattern parser (docs/patterns.md): a dictionary, or {@link
 * IllegalArgumentException} listing the bad lines of the named file, never another exception.
 */
class PatternDictionaryFuzzTest {
  @FuzzTest(maxDuration = "5s")
  void parsePatterns(@NotNull String text) {
    try {
      VerbPatternDictionary dictionary = VerbPatternDictionary.parse("fuzz.txt", text, code -> code.matches("\\d{3,4}"));
      assertThat(dictionary.all()).doesNotContainNull();
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).contains("fuzz.txt");
    }
  }
}
