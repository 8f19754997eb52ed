package org.brink.coding.actors.petrarch;

import java.util.List;
import java.util.Objects;

/**
 * One line of a PETRARCH agent dictionary: a noun, its plural or substituted forms, and the code it
 * combines with a country's.
 *
 * @param names the noun and every generated form (plural, substitution-set forms)
 * @param code the agent's code without the {@code ~}: {@code "GOV"} for {@code [~GOV]}, {@code
 *     "NGO"} for {@code [NGO~]}
 * @param prefix true for {@code [CODE~]}, whose code goes before the country's ({@code NGOISR});
 *     false for {@code [~CODE]}, appended after it ({@code ISRGOV})
 * @param location {@code "file:LINE"} of the line
 */
public record PetrarchAgent(
    List<PetrarchName> names, String code, boolean prefix, String location) {
  public PetrarchAgent {
    names = List.copyOf(names);
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(location, "location");
    if (names.isEmpty()) {
      throw new IllegalArgumentException("an agent needs a noun: " + location);
    }
  }
}
