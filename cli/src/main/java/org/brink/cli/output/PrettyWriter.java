package org.brink.cli.output;

import java.io.PrintWriter;
import java.util.Objects;
import org.brink.core.ActorRef;
import org.brink.core.CodedArticle;
import org.brink.core.CodedEvent;
import org.brink.core.Problem;
import org.brink.core.Quote;
import org.jspecify.annotations.Nullable;

/**
 * A listing for people: per article its header, then each coded sentence with its events as
 * source → action → target and modality, then the quotes.
 */
public final class PrettyWriter implements ArticleWriter {
  private final PrintWriter out;
  private final boolean includeText;

  public PrettyWriter(PrintWriter out, boolean includeText) {
    this.out = Objects.requireNonNull(out, "out");
    this.includeText = includeText;
  }

  @Override
  public void write(CodedArticle a) {
    out.println("=".repeat(100));
    out.printf("%s  %s%n", a.id(), a.meta().title() == null ? "(untitled)" : a.meta().title());
    out.printf(
        "   published %s · outlet %s · %s · %d sentences, %d events, %d quotes%n",
        orDash(a.meta().published()), orDash(a.meta().outlet()), a.meta().input(),
        a.sentenceCount(), a.events().size(), a.quotes().size());
    for (Problem p : a.problems()) {
      out.printf("   ! %s: %s%n", p.code(), firstLine(p.message()));
    }
    if (includeText) {
      out.println();
      out.println(a.text());
    }
    int lastSentence = -1;
    for (CodedEvent e : a.events()) {
      if (e.sentenceIndex() != lastSentence) {
        lastSentence = e.sentenceIndex();
        out.println();
        out.printf("  [%d] %s%n", e.sentenceIndex(), e.sentence().text().replace('\n', ' '));
      }
      out.printf(
          "      %s  →  %s %s \"%s\"  →  %s   %s, confidence %.2f%n",
          actor(e.source()), e.code().code(), e.code().name(), e.trigger().text(),
          actor(e.target()), e.modality().code(), e.confidence());
    }
    if (!a.quotes().isEmpty()) {
      out.println();
      out.println("  quotes:");
      for (Quote q : a.quotes()) {
        Quote.Speaker s = q.speaker();
        out.printf(
            "      “%s” — %s%n",
            q.text(),
            s == null
                ? "(no speaker found)"
                : s.text()
                    + (s.refersTo() == null ? "" : " (" + s.refersTo().text() + ")")
                    + (s.code() == null ? "" : " [" + s.code() + "]"));
      }
    }
    out.println();
    out.flush();
  }

  private static String actor(@Nullable ActorRef a) {
    return a == null ? "(none)" : a.code() + " (" + a.text() + ")";
  }

  private static String orDash(@Nullable Object o) {
    return o == null ? "-" : o.toString();
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
