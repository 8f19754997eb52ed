package org.brink.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.brink.coding.actors.ActorMention;
import org.brink.coding.events.EventMatch;
import org.brink.coding.events.VerbPattern;
import org.brink.core.Modality;
import org.brink.core.Span;
import org.junit.jupiter.api.Test;

/** An actor a PETRARCH dictionary codes [ELR/GAL] takes part in an event once per code. */
class SeveralActorCodesTest {
  private static final VerbPattern MEET =
      new VerbPattern("040", null, "meet", null, Set.of(), List.of(), Set.of(), "t.txt:1", "meet");

  private static ActorMention mention(String code, int first) {
    return new ActorMention(code, first, first, new Span(first * 10, first * 10 + 5), "name" + first, "t.actors:" + first);
  }

  private static List<String> triples(List<EventMatch> matches) {
    return matches.stream()
        .map(m -> (m.source() == null ? "-" : m.source().code()) + " " + (m.target() == null ? "-" : m.target().code()))
        .toList();
  }

  @Test
  void eachCodeOfEachSideGivesAnEvent() {
    EventMatch m =
        new EventMatch(MEET, 3, new Span(30, 34), mention("FRO/BIL/SAM", 0), mention("ELR/GAL", 5), Modality.ASSERTED, 0.8);
    List<EventMatch> out = EventCoder.eachCode(List.of(m));
    assertThat(triples(out))
        .containsExactly("FRO ELR", "FRO GAL", "BIL ELR", "BIL GAL", "SAM ELR", "SAM GAL");
    // the mention's words and place stay those of the name
    assertThat(out).allSatisfy(e -> assertThat(e.target().span()).isEqualTo(new Span(50, 55)));
  }

  @Test
  void aSingleCodeOrNoActorIsLeftAsItIs() {
    EventMatch m = new EventMatch(MEET, 3, new Span(30, 34), mention("IRN", 0), null, Modality.ASSERTED, 0.8);
    assertThat(EventCoder.eachCode(List.of(m))).containsExactly(m);
  }
}
