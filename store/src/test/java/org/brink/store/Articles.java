package org.brink.store;

import java.time.LocalDate;
import java.util.List;
import org.brink.core.ActorRef;
import org.brink.core.ArticleId;
import org.brink.core.ArticleMeta;
import org.brink.core.CameoCode;
import org.brink.core.CodedArticle;
import org.brink.core.CodedEvent;
import org.brink.core.DateBasis;
import org.brink.core.Location;
import org.brink.core.Modality;
import org.brink.core.Plover;
import org.brink.core.Problem;
import org.brink.core.Quote;
import org.brink.core.Reason;
import org.brink.core.Span;
import org.brink.core.TextRef;

/** Hand-built coded articles for store tests. */
final class Articles {
  static final String TEXT =
      "Pakistan launched strikes on militant hideouts in Iran on Thursday. Iran condemned the"
          + " strikes. \"We urge restraint,\" a spokesperson said.";

  private Articles() {}

  /** Two events, one quote with a speaker, one warning. */
  static CodedArticle pakistanStrikes() {
    return withText(TEXT, "examples/pakistan-strikes.txt");
  }

  static CodedArticle withText(String text, String input) {
    ArticleId id = ArticleId.ofContent(text);
    Span first = new Span(0, text.indexOf('.') + 1);
    int secondBegin = text.indexOf("Iran condemned");
    Span second = new Span(secondBegin, text.indexOf('.', secondBegin) + 1);
    CodedEvent strike =
        new CodedEvent(
            id + "#0.0",
            new CameoCode(
                "190",
                "Use conventional military force, not specified below",
                4,
                -10.0,
                new Plover("ASSAULT", null, "military")),
            Modality.ASSERTED,
            new ActorRef("PAK", "Pakistan", new Span(0, 8)),
            new ActorRef("IRN", "Iran", new Span(50, 54)),
            LocalDate.of(2024, 1, 18),
            DateBasis.RELATIVE,
            new Location("Iran", "IRN", null, 35.69439, 51.42151, null),
            0,
            TextRef.of(text, first),
            TextRef.of(text, new Span(9, 25)),
            "verbs.txt:176 launch +strike >on",
            0.8);
    CodedEvent condemn =
        new CodedEvent(
            id + "#1.0",
            new CameoCode("111", "Criticize or denounce", 3, -2.0, null),
            Modality.ASSERTED,
            new ActorRef("IRN", "Iran", new Span(secondBegin, secondBegin + 4)),
            null,
            null,
            null,
            null,
            1,
            TextRef.of(text, second),
            TextRef.of(text, new Span(secondBegin + 5, secondBegin + 14)),
            "verbs.txt:88 condemn",
            0.6);
    int quoteBegin = text.indexOf("\"We urge") + 1;
    int quoteEnd = text.indexOf(',', quoteBegin);
    int speakerBegin = text.indexOf("a spokesperson");
    int iran = text.indexOf("Iran condemned");
    Quote quote =
        new Quote(
            text.substring(quoteBegin, quoteEnd),
            new Span(quoteBegin, quoteEnd),
            new Quote.Speaker(
                "a spokesperson",
                null,
                new Span(speakerBegin, speakerBegin + 14),
                TextRef.of(text, new Span(iran, iran + 4))));
    Problem warning =
        new Problem(Reason.SENTENCE_SKIPPED, "sentence 3 has 412 tokens; the limit is 400", input);
    return new CodedArticle(
        id,
        ArticleMeta.of(input)
            .withTitle("Pakistan strikes militant hideouts in Iran")
            .withPublished(LocalDate.of(2024, 1, 18)),
        text,
        3,
        List.of(strike, condemn),
        List.of(quote),
        List.of(warning));
  }
}
