package org.brink.coding;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.brink.coding.actors.petrarch.PetrarchDictionaryReader;

/**
 * Fuzzes the PETRARCH/TABARI actor, agent and discard file readers: they never throw, and report
 * every bad line as a problem.
 */
class PetrarchActorsFuzzTest {
  @FuzzTest(maxDuration = "5s")
  void readPetrarchActorFiles(FuzzedDataProvider data) {
    int kind = data.consumeInt(0, 2);
    String text = data.consumeRemainingAsString();
    PetrarchDictionaryReader.Result<?> result = switch (kind) {
      case 0 -> PetrarchDictionaryReader.readActors("fuzz.actors", text);
      case 1 -> PetrarchDictionaryReader.readAgents("fuzz.agents", text);
      default -> PetrarchDictionaryReader.readDiscards("fuzz.txt", text);
    };
    assertThat(result.entries()).doesNotContainNull();
    assertThat(result.problems()).allSatisfy(p -> assertThat(p).isNotBlank());
  }
}
