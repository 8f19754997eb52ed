package org.brink.coding.coref;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.brink.coding.events.DependencyTree;
import org.brink.core.Dependency;
import org.brink.core.Sentence;
import org.brink.core.Span;
import org.brink.core.Token;
import org.junit.jupiter.api.Test;

class CandidatesTest {

  /** A sentence of space-separated words with the given tags and dependencies. */
  private static Sentence sentence(String text, String[] lemmas, String[] tags, List<Dependency> deps) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    String[] words = text.split(" ");
    for (int i = 0; i < words.length; i++) {
      tokens.add(new Token(i, words[i], lemmas[i], tags[i], "O", new Span(at, at + words[i].length())));
      at += words[i].length() + 1;
    }
    return new Sentence(0, new Span(0, text.length()), tokens, deps);
  }

  @Test
  void aNameWithAnOfPhraseTakesItsNumberFromTheWordBeforeOf() {
    // synthetic, with the parse CoreNLP made of a sentence like it: the sentence's root is "Union"
    // and the verb hangs on "Teachers" as if the union's name ended at "of"
    String text = "The Kenyan Union of Teachers announced it";
    Sentence s =
        sentence(
            text,
            new String[] {"the", "Kenyan", "union", "of", "teacher", "announce", "it"},
            new String[] {"DT", "JJ", "NN", "IN", "NNS", "VBD", "PRP"},
            List.of(
                new Dependency("det", 2, 0),
                new Dependency("amod", 2, 1),
                new Dependency("root", -1, 2),
                new Dependency("mark", 5, 3),
                new Dependency("nsubj", 5, 4),
                new Dependency("acl", 2, 5),
                new Dependency("obj", 5, 6)));
    List<Candidate> found =
        Candidates.of(0, new DependencyTree(s), text, List.of(new Candidates.Unit(1, 4, List.of(), false, false)));
    Candidate union = found.stream().filter(c -> c.first() == 1).findFirst().orElseThrow();
    assertThat(union.plurality()).isEqualTo(Candidate.Plurality.SINGULAR);
  }
}
