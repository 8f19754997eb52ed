package org.brink.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.brink.coding.actors.ActorMatcher;
import org.brink.coding.actors.ActorMention;
import org.brink.coding.events.DependencyTree;
import org.brink.coding.events.ModalityReader;
import org.brink.coding.events.VerbPatternMatcher;
import org.brink.core.AnnotatedText;
import org.brink.core.CodedArticle;
import org.brink.core.CodedEvent;
import org.brink.core.Dependency;
import org.brink.core.Outcome;
import org.brink.core.Sentence;
import org.brink.core.Token;

/**
 * Explains how a text was coded, sentence by sentence, for {@code brink explain}: the parse, the
 * actors and the dictionary lines that named them, every pattern tried and why it did or did not
 * fire, and each event's modality with the words that decided it.
 */
public final class Explainer {
  private final EventCoder coder;
  private final ActorMatcher actors;
  private final VerbPatternMatcher patterns;
  private final ModalityReader modality = new ModalityReader();

  /** Explains how {@code coder} codes, with the coder's own actor matcher and patterns. */
  public Explainer(EventCoder coder) {
    this.coder = Objects.requireNonNull(coder, "coder");
    this.actors = coder.actorMatcher();
    this.patterns = coder.patternMatcher();
  }

  /** An explainer over Brink's bundled dictionaries, like {@link EventCoder#withBundledDictionaries()}. */
  public static Explainer withBundledDictionaries() {
    return new Explainer(EventCoder.withBundledDictionaries());
  }

  /** The explanation as lines of text. */
  public List<String> explain(AnnotatedText text) {
    List<String> out = new ArrayList<>();
    CodedArticle coded =
        switch (coder.apply(text)) {
          case Outcome.Done<CodedArticle> d -> d.value();
          case Outcome.Rejected<CodedArticle> r -> throw new IllegalStateException(r.problem().toString());
        };
    for (Sentence s : text.sentences()) {
      out.add("sentence " + s.index() + ": " + s.span().of(text.text()));
      if (!s.parsed()) {
        out.add("  not parsed (longer than --max-sentence-tokens)");
        continue;
      }
      DependencyTree tree = new DependencyTree(s);
      out.add("  parse:");
      for (Dependency d : s.dependencies()) {
        out.add("    " + d.relation() + "(" + word(s, d.governor()) + ", " + word(s, d.dependent()) + ")");
      }
      List<ActorMention> mentions = actors.find(s, text.text(), text.meta().published());
      out.add("  actors:" + (mentions.isEmpty() ? " none" : ""));
      for (ActorMention m : mentions) {
        out.add("    \"" + m.text() + "\" → " + m.code() + "   (" + m.entry() + ")");
      }
      List<String> trace = patterns.explain(tree, mentions);
      out.add("  patterns:" + (trace.isEmpty() ? " no verb of this sentence has a pattern" : ""));
      trace.forEach(line -> out.add("    " + line));
      List<CodedEvent> events = coded.events().stream().filter(e -> e.sentenceIndex() == s.index()).toList();
      out.add("  events:" + (events.isEmpty() ? " none" : ""));
      for (CodedEvent e : events) {
        out.add(
            "    "
                + (e.source() == null ? "(none)" : e.source().code() + " \"" + e.source().text() + "\"")
                + " → " + e.code().code() + " " + e.code().name() + " \"" + e.trigger().text() + "\" → "
                + (e.target() == null ? "(none)" : e.target().code() + " \"" + e.target().text() + "\"")
                + "   [" + e.rule() + "]");
        int trigger = triggerToken(s, e);
        ModalityReader.Reading reading = modality.explain(tree, trigger);
        String why;
        if (reading.modality() != e.modality()) {
          why = "from the event noun's determiner or the clause it stands in"
              + (reading.reasons().isEmpty() ? "" : "; " + String.join("; ", reading.reasons()));
        } else if (reading.reasons().isEmpty()) {
          why = "no negation, modal, condition or embedding verb";
        } else {
          why = String.join("; ", reading.reasons());
        }
        out.add("      modality " + e.modality().code() + ": " + why);
      }
    }
    return out;
  }

  private static int triggerToken(Sentence s, CodedEvent e) {
    for (Token t : s.tokens()) {
      if (t.span().begin() >= e.trigger().span().begin()) {
        return t.index();
      }
    }
    return 0;
  }

  private static String word(Sentence s, int i) {
    return i < 0 ? "ROOT" : s.tokens().get(i).word() + "-" + i;
  }
}
