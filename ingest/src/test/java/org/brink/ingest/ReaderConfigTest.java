package org.brink.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReaderConfigTest {
  @Test
  void defaultsAreAutoWithoutDateAndFiveMillionBytes() {
    ReaderConfig config = ReaderConfig.defaults();
    assertThat(config.format()).isEqualTo(InputFormat.AUTO);
    assertThat(config.defaultPublished()).isNull();
    assertThat(config.maxBytes()).isEqualTo(5_000_000);
  }

  @Test
  void withersChangeOneField() {
    ReaderConfig config =
        ReaderConfig.defaults()
            .withFormat(InputFormat.HTML)
            .withDefaultPublished(LocalDate.of(2025, 3, 14))
            .withMaxBytes(1_000);
    assertThat(config)
        .isEqualTo(new ReaderConfig(InputFormat.HTML, LocalDate.of(2025, 3, 14), 1_000));
  }

  @Test
  void rejectsMaxBytesBelowOne() {
    assertThatThrownBy(() -> ReaderConfig.defaults().withMaxBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxBytes must be between 1 and 1,000,000,000: 0 (--max-bytes)");
  }

  @Test
  void rejectsMaxBytesAboveOneBillion() {
    assertThatThrownBy(() -> ReaderConfig.defaults().withMaxBytes(3_000_000_000L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxBytes must be between 1 and 1,000,000,000: 3,000,000,000 (--max-bytes)");
  }

  @Test
  void rejectsMissingFormat() {
    assertThatThrownBy(() -> new ReaderConfig(null, null, 10))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("format");
  }
}
