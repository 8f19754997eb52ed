package org.brink.coding.events.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import org.brink.coding.events.VerbPattern;
import org.brink.coding.events.petrarch.PetrarchVerbReader.Result;
import org.junit.jupiter.api.Test;

/**
 * The hand-written {@code petrarch/fixture.verbs.txt} against its golden translation {@code
 * petrarch/fixture.brink.txt}. Regenerate on purpose with {@code -Dgolden.update=true} and review
 * the diff.
 */
class PetrarchVerbFixtureTest {
  private static final String FIXTURE = "/petrarch/fixture.verbs.txt";
  private static final String GOLDEN = "/petrarch/fixture.brink.txt";

  private static String resource(String name) throws IOException {
    try (InputStream in = PetrarchVerbFixtureTest.class.getResourceAsStream(name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Result fixture() throws IOException {
    return PetrarchVerbReader.read(
        "fixture.verbs.txt", resource(FIXTURE), PetrarchVerbReaderTest.KNOWN);
  }

  @Test
  void translatesTheFixtureAsTheGoldenFileSays() throws IOException {
    Result r = fixture();
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(Path.of("src/test/resources" + GOLDEN), r.brinkText());
    }
    assertThat(r.brinkText()).isEqualTo(resource(GOLDEN));
  }

  @Test
  void theTranslationParsesBackIntoTheSamePatterns() throws IOException {
    Result r = fixture();
    Comparator<VerbPattern> order =
        Comparator.comparing(VerbPattern::rule).thenComparing(VerbPattern::phrase);
    assertThat(r.dictionary().all().stream().sorted(order).toList())
        .isEqualTo(r.patterns().stream().sorted(order).toList());
  }

  @Test
  void theTranslationKeepsEveryLineInPlace() throws IOException {
    Result r = fixture();
    assertThat(r.brinkText().lines().count()).isEqualTo(resource(FIXTURE).lines().count());
  }
}
