package org.brink.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A CAMEO code's PLOVER reading: category, with mode and context where the mapping gives them. */
public record Plover(String category, @Nullable String mode, @Nullable String context) {
  public Plover {
    Objects.requireNonNull(category, "category");
  }
}
