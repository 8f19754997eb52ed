package org.brink.coding;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.util.List;
import org.brink.coding.actors.ActorDictionary;
import org.brink.coding.actors.ActorDictionaryException;
import org.brink.coding.actors.NamedSource;

/**
 * Fuzzes Brink's actor dictionary parser (docs/actor-dictionary.md). Users load their own
 * dictionaries, so a bad file must give {@link ActorDictionaryException} naming the file, never
 * another exception. Seeds: {@code src/test/resources/org/brink/coding/ActorDictionaryFuzzTestInputs/}.
 * Jazzer fuzzes one target per JVM, hence one class per dictionary format (see tools/fuzz).
 */
class ActorDictionaryFuzzTest {
  @FuzzTest(maxDuration = "5s")
  void parseActors(@NotNull String text) {
    try {
      ActorDictionary dictionary = ActorDictionary.parse(List.of(new NamedSource("fuzz.txt", text)));
      assertThat(dictionary.fingerprint()).isNotBlank();
    } catch (ActorDictionaryException e) {
      assertThat(e.getMessage()).contains("fuzz.txt");
    }
  }
}
