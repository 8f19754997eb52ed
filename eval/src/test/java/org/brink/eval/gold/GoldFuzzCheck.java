package org.brink.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

/**
 * What every gold-reader fuzz target checks: a gold set, or a {@link GoldFormatException} that
 * names the file, never another exception. The format is chosen by the first character, so each
 * target's checked-in seeds steer it to its format.
 */
final class GoldFuzzCheck {
  private GoldFuzzCheck() {}

  static void parse(Path source, String text) {
    try {
      GoldSet gold = GoldReaders.parse(source, text);
      assertThat(gold.articles()).doesNotContainNull();
    } catch (GoldFormatException e) {
      assertThat(e.getMessage()).startsWith(source.toString());
    }
  }
}
