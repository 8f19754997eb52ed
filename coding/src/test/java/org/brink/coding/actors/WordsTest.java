package org.brink.coding.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void foldsCaseAccentsAndCurlyApostrophes() {
    assertThat(Words.key("Côte")).isEqualTo("cote");
    assertThat(Words.key("TÜRKİYE")).isEqualTo("turkiye");
    assertThat(Words.key("’s")).isEqualTo("'s");
  }

  @Test
  void cutsAPossessiveAndATrailingCommaFromTheirWords() {
    assertThat(Words.variants("People's Republic of China"))
        .containsExactly(List.of("People", "'s", "Republic", "of", "China"));
    assertThat(Words.variants("Atlanta, Georgia"))
        .containsExactly(List.of("Atlanta", ",", "Georgia"));
    assertThat(Words.variants("Kurdistan Workers' Party"))
        .containsExactly(List.of("Kurdistan", "Workers", "'", "Party"));
  }

  @Test
  void keepsAHyphenatedWordWholeAndSplit() {
    assertThat(Words.variants("Guinea-Bissau"))
        .containsExactly(List.of("Guinea-Bissau"), List.of("Guinea", "-", "Bissau"));
  }

  @Test
  void letsAnyCaseStandForALowerCaseWord() {
    assertThat(Words.caseFits("government", "Government")).isTrue();
    assertThat(Words.caseFits("al-Shabaab", "Al-Shabaab")).isTrue();
  }

  @Test
  void needsACapitalForACapitalisedWord() {
    assertThat(Words.caseFits("Chad", "chad")).isFalse();
    assertThat(Words.caseFits("Chad", "Chad")).isTrue();
    assertThat(Words.caseFits("Chad", "CHAD")).isTrue();
  }

  @Test
  void needsCapitalsForAWordInCapitals() {
    assertThat(Words.caseFits("US", "us")).isFalse();
    assertThat(Words.caseFits("US", "Us")).isFalse();
    assertThat(Words.caseFits("US", "US")).isTrue();
    assertThat(Words.caseFits("U.S.", "U.S.")).isTrue();
    assertThat(Words.caseFits("M23", "m23")).isFalse();
  }
}
