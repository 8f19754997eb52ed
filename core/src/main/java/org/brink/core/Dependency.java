package org.brink.core;

import java.util.Objects;

/**
 * A Universal Dependencies relation between two tokens of one sentence.
 *
 * @param relation the relation with its subtype, e.g. {@code "nsubj"}, {@code "obl:against"}
 * @param governor the head token's index, or -1 for the root
 * @param dependent the dependent token's index
 */
public record Dependency(String relation, int governor, int dependent) {
  public Dependency {
    Objects.requireNonNull(relation, "relation");
  }

  /** The relation without its subtype: {@code "obl"} for {@code "obl:against"}. */
  public String baseRelation() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}
