package org.brink.coding.events.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishWordsTest {
  @ParameterizedTest
  @CsvSource({
    "sanctions, sanction",
    "troops, troop",
    "ties, tie",
    "rallies, rally",
    "marches, march",
    "taxes, tax",
    "embargoes, embargo",
    "forces, force",
    "servicemen, serviceman",
    "crises, crisis",
    "status, status",
    "access, access",
    "news, news",
    "gas, gas",
    "protest, protest",
    "sorties, sortie"
  })
  void singularUndoesEnglishPlurals(String plural, String singular) {
    assertThat(EnglishWords.singular(plural)).isEqualTo(singular);
  }
}
