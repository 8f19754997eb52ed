package org.brink.core;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What is known about an article besides its text.
 *
 * @param title the headline, or null
 * @param published the publication day, or null when neither the input nor {@code --published}
 *     gave one
 * @param url where the article was published, or null
 * @param outlet the publishing outlet's name or host, or null
 * @param input where Brink read it: a file path, {@code "-"} for standard input, with
 *     {@code ":LINE"} for a JSON Lines record
 */
public record ArticleMeta(
    @Nullable String title,
    @Nullable LocalDate published,
    @Nullable String url,
    @Nullable String outlet,
    String input) {
  public ArticleMeta {
    Objects.requireNonNull(input, "input");
  }

  public static ArticleMeta of(String input) {
    return new ArticleMeta(null, null, null, null, input);
  }

  public ArticleMeta withTitle(@Nullable String newTitle) {
    return new ArticleMeta(newTitle, published, url, outlet, input);
  }

  public ArticleMeta withPublished(@Nullable LocalDate day) {
    return new ArticleMeta(title, day, url, outlet, input);
  }

  public ArticleMeta withUrl(@Nullable String newUrl) {
    return new ArticleMeta(title, published, newUrl, outlet, input);
  }

  public ArticleMeta withOutlet(@Nullable String newOutlet) {
    return new ArticleMeta(title, published, url, newOutlet, input);
  }
}
