package org.brink.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brink.core.ActorRef;
import org.brink.core.Article;
import org.brink.core.CameoCode;
import org.brink.core.CodedArticle;
import org.brink.core.CodedEvent;
import org.brink.core.Modality;
import org.brink.core.Outcome;
import org.brink.core.Problem;
import org.brink.core.Reason;
import org.brink.core.Span;
import org.brink.core.Stage;
import org.brink.core.TextRef;

/**
 * A coder in memory for the POST tests: every "Xxx attacked Yyy." is an event 190 from XXX to YYY
 * (the first three letters, upper-cased); a body holding "Lorem ipsum" is rejected as not English.
 * Counts the articles it coded.
 */
final class FakeCoder implements Stage<Article, CodedArticle> {
  private static final Pattern ATTACK = Pattern.compile("([A-Z][a-z]+) attacked ([A-Z][a-z]+)[^.]*\\.");
  final AtomicInteger coded = new AtomicInteger();

  @Override
  public String name() {
    return "fake-coder";
  }

  @Override
  public Outcome<CodedArticle> apply(Article article) {
    String text = article.body().strip();
    if (text.contains("Lorem ipsum")) {
      return Outcome.rejected(new Problem(Reason.NOT_ENGLISH, "not English", article.meta().input()));
    }
    coded.incrementAndGet();
    List<CodedEvent> events = new ArrayList<>();
    Matcher m = ATTACK.matcher(text);
    int n = 0;
    while (m.find()) {
      Span sentence = new Span(m.start(), m.end());
      events.add(
          new CodedEvent(
              article.id().value() + "#" + n + ".0",
              new CameoCode("190", "Use conventional military force", 4, -10.0, null),
              Modality.ASSERTED,
              new ActorRef(code(m.group(1)), m.group(1), new Span(m.start(1), m.end(1))),
              new ActorRef(code(m.group(2)), m.group(2), new Span(m.start(2), m.end(2))),
              article.meta().published(),
              null,
              null,
              n++,
              TextRef.of(text, sentence),
              TextRef.of(text, new Span(m.end(1) + 1, m.end(1) + 9)),
              "fake:attacked",
              0.5));
    }
    return Outcome.done(
        new CodedArticle(article.id(), article.meta(), text, n, events, List.of(), article.warnings()));
  }

  private static String code(String name) {
    return name.substring(0, 3).toUpperCase(Locale.ROOT);
  }
}
