package org.brink.coding.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.brink.coding.actors.ActorMention;
import org.brink.coding.events.SentenceView;
import org.brink.core.Quote;
import org.brink.core.Token;

/**
 * Resolves first-person words inside a quote to the quote's speaker, so that the quote's content
 * is coded like any sentence: in "“We strongly encourage restraint,” a State Department
 * spokesperson said", "We" is the spokesperson's actor (USAGOV), and the appeal is theirs.
 *
 * <p>Only quotes whose speaker has an actor code are used; the added mention's span is the pronoun
 * as written and its entry names the quote's speaker, so the evidence says why.
 */
public final class FirstPersonSpeakers {
  private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us", "my", "our");

  /** The views with a mention added for each first-person word inside an attributed quote. */
  public List<SentenceView> resolve(List<SentenceView> views, List<Quote> quotes) {
    List<SentenceView> out = new ArrayList<>(views.size());
    for (SentenceView view : views) {
      List<ActorMention> added = new ArrayList<>();
      for (Token t : view.sentence().tokens()) {
        if (!FIRST_PERSON.contains(t.word().toLowerCase(Locale.ROOT)) || covered(view, t.index())) {
          continue;
        }
        for (Quote q : quotes) {
          Quote.Speaker speaker = q.speaker();
          if (speaker != null && speaker.code() != null && q.span().contains(t.span())) {
            added.add(
                new ActorMention(
                    speaker.code(),
                    t.index(),
                    t.index(),
                    t.span(),
                    t.word(),
                    "quote:first-person->speaker '" + speaker.text() + "'"));
            break;
          }
        }
      }
      if (added.isEmpty()) {
        out.add(view);
      } else {
        List<ActorMention> all = new ArrayList<>(view.actors());
        all.addAll(added);
        all.sort((a, b) -> Integer.compare(a.first(), b.first()));
        out.add(new SentenceView(view.tree(), all));
      }
    }
    return out;
  }

  private static boolean covered(SentenceView view, int token) {
    for (ActorMention m : view.actors()) {
      if (m.covers(token)) {
        return true;
      }
    }
    return false;
  }
}
