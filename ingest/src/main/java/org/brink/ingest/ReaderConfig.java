package org.brink.ingest;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How {@link ArticleReader} reads its inputs.
 *
 * @param format the input format for every file, or {@link InputFormat#AUTO} to decide per file
 * @param defaultPublished the publication day for articles whose input gives none ({@code
 *     --published}), or null
 * @param maxBytes the most bytes one article may take: a whole text or HTML file, or one JSON Lines
 *     line ({@code --max-bytes}); larger ones are rejected as too long without being loaded
 */
public record ReaderConfig(
    InputFormat format, @Nullable LocalDate defaultPublished, long maxBytes) {
  /** The default for {@code maxBytes}: 5,000,000 bytes. */
  public static final long DEFAULT_MAX_BYTES = 5_000_000;

  /**
   * The largest {@code maxBytes} allowed: one article is decoded into one Java string, so it must
   * stay well below the 2 GiB array limit.
   */
  public static final long MAX_MAX_BYTES = 1_000_000_000;

  public ReaderConfig {
    Objects.requireNonNull(format, "format");
    if (maxBytes < 1 || maxBytes > MAX_MAX_BYTES) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "maxBytes must be between 1 and %,d: %,d (--max-bytes)",
              MAX_MAX_BYTES,
              maxBytes));
    }
  }

  /** Format {@link InputFormat#AUTO}, no default publication day, 5,000,000 bytes an article. */
  public static ReaderConfig defaults() {
    return new ReaderConfig(InputFormat.AUTO, null, DEFAULT_MAX_BYTES);
  }

  public ReaderConfig withFormat(InputFormat newFormat) {
    return new ReaderConfig(newFormat, defaultPublished, maxBytes);
  }

  public ReaderConfig withDefaultPublished(@Nullable LocalDate day) {
    return new ReaderConfig(format, day, maxBytes);
  }

  public ReaderConfig withMaxBytes(long newMaxBytes) {
    return new ReaderConfig(format, defaultPublished, newMaxBytes);
  }
}
