package org.brink.coding.events;

import java.util.List;
import java.util.Objects;
import org.brink.coding.actors.ActorMention;
import org.brink.core.Sentence;

/** A parsed sentence with its dependency tree and actor mentions, computed once per sentence. */
public record SentenceView(DependencyTree tree, List<ActorMention> actors) {
  public SentenceView {
    Objects.requireNonNull(tree, "tree");
    actors = List.copyOf(actors);
  }

  public Sentence sentence() {
    return tree.sentence();
  }
}
