package org.brink.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A sentence with its tokens and, when it was parsed, its dependency relations.
 *
 * @param index 0-based position in the article
 * @param span where it stands in the cleaned text
 * @param dependencies empty when the sentence was not parsed
 */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {
  public Sentence {
    Objects.requireNonNull(span, "span");
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  public boolean parsed() {
    return !dependencies.isEmpty();
  }

  /** The relations whose head is token {@code governor}, in order. */
  public List<Dependency> children(int governor) {
    List<Dependency> out = new ArrayList<>(4);
    for (Dependency d : dependencies) {
      if (d.governor() == governor) {
        out.add(d);
      }
    }
    return out.isEmpty() ? Collections.emptyList() : out;
  }

  /** The relation that attaches token {@code dependent} to its head, or null for none. */
  public @org.jspecify.annotations.Nullable Dependency head(int dependent) {
    for (Dependency d : dependencies) {
      if (d.dependent() == dependent) {
        return d;
      }
    }
    return null;
  }

  /** The span from the first to the last of the tokens {@code from..to} inclusive. */
  public Span span(int from, int to) {
    return new Span(tokens.get(from).span().begin(), tokens.get(to).span().end());
  }
}
