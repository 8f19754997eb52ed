package org.brink.coding.actors.petrarch;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One PETRARCH actor: a root name with its synonyms and codes, translated to Brink's model.
 *
 * <p>PETRARCH tries an actor's dated codes in file order, each including both end days, takes the
 * first that contains the date, else the first undated code. Here that is already resolved: {@code
 * roles} never overlap, are sorted by start and use Brink's half-open ranges, and {@code code}
 * applies outside them.
 *
 * @param names the root name first, then the synonyms and any root names that share the codes
 * @param code the code when no role applies; null for none ({@code [---]} or no undated code)
 * @param roles the dated codes, sorted, never overlapping
 * @param location {@code "file:LINE"} of the first root name
 */
public record PetrarchActor(
    List<PetrarchName> names, @Nullable String code, List<DatedCode> roles, String location) {
  public PetrarchActor {
    names = List.copyOf(names);
    roles = List.copyOf(roles);
    Objects.requireNonNull(location, "location");
    if (names.isEmpty()) {
      throw new IllegalArgumentException("an actor needs a name: " + location);
    }
  }
}
