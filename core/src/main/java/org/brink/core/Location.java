package org.brink.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Where an event took place, from the gazetteer. */
public record Location(
    String name,
    @Nullable String country,
    @Nullable String admin1,
    @Nullable Double lat,
    @Nullable Double lon,
    @Nullable Long geonamesId) {
  public Location {
    Objects.requireNonNull(name, "name");
  }
}
