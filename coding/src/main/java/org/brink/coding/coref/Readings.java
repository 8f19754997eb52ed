package org.brink.coding.coref;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.brink.coding.actors.ActorMention;
import org.brink.coding.events.EventMatch;
import org.brink.coding.events.SentenceView;
import org.brink.coding.events.VerbPatternMatcher;
import org.jspecify.annotations.Nullable;

/**
 * A resolved sentence read once per choice of actor where one anaphor stands for two ("the two
 * countries", "they" for "India and Pakistan"), so that each actor gets its own events.
 *
 * <p>Design decision: the verb matcher takes one mention per word, as the dictionary gives; rather
 * than teach it about anaphors with two antecedents, each reading holds one of them, and the events
 * of all readings are merged.
 */
public final class Readings {
  /** More readings than this keep the first choice for the remaining anaphors. */
  static final int MAX_READINGS = 16;

  private Readings() {}

  /**
   * One view per combination of the mentions that share a span; the view itself when none do. Each
   * reading's mentions never overlap.
   */
  public static List<SentenceView> of(SentenceView view) {
    List<List<ActorMention>> slots = new ArrayList<>();
    for (ActorMention m : view.actors()) {
      @Nullable List<ActorMention> last = slots.isEmpty() ? null : slots.get(slots.size() - 1);
      if (last != null && last.get(0).first() == m.first() && last.get(0).last() == m.last()) {
        last.add(m);
      } else {
        slots.add(new ArrayList<>(List.of(m)));
      }
    }
    if (slots.size() == view.actors().size()) {
      return List.of(view);
    }
    List<List<ActorMention>> readings = new ArrayList<>();
    readings.add(List.of());
    for (List<ActorMention> slot : slots) {
      List<ActorMention> choices =
          readings.size() * slot.size() <= MAX_READINGS ? slot : slot.subList(0, 1);
      List<List<ActorMention>> next = new ArrayList<>(readings.size() * choices.size());
      for (List<ActorMention> reading : readings) {
        for (ActorMention choice : choices) {
          List<ActorMention> extended = new ArrayList<>(reading);
          extended.add(choice);
          next.add(extended);
        }
      }
      readings = next;
    }
    return readings.stream().map(r -> new SentenceView(view.tree(), r)).toList();
  }

  /**
   * The events of every reading of a resolved sentence, in reading order; an identical (code,
   * source, target) triple is kept once, as the matcher does within one reading.
   */
  public static List<EventMatch> match(VerbPatternMatcher verbs, SentenceView view) {
    List<SentenceView> readings = of(view);
    if (readings.size() == 1) {
      return verbs.match(view.tree(), view.actors());
    }
    List<EventMatch> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (SentenceView reading : readings) {
      for (EventMatch e : verbs.match(reading.tree(), reading.actors())) {
        if (seen.add(e.triple())) {
          out.add(e);
        }
      }
    }
    return out;
  }
}
