package org.brink.coding.actors;

import java.util.List;

/**
 * Thrown when actor dictionary files cannot be read: carries every problem found, each as {@code
 * "file:LINE: what is wrong: 'the value'; hint"}, and the message lists them one per line.
 */
public final class ActorDictionaryException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Not serialised with the exception: the message carries the same lines. */
  private final transient List<String> problems;

  public ActorDictionaryException(List<String> problems) {
    super(String.join("\n", problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an ActorDictionaryException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Every problem, in the order of the files and lines. */
  public List<String> problems() {
    return problems;
  }
}
