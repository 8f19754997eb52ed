package org.brink.store;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.brink.core.Span;
import org.brink.core.TextRef;
import org.jspecify.annotations.Nullable;

/**
 * Hand-built coded articles with one sentence per event, for merge and aggregate tests: each
 * sentence reads "SOURCE CODE TARGET." so spans stay valid.
 */
final class Reports {
  private Reports() {}

  /** One coded event of a report. */
  record Fact(
      String source,
      @Nullable String target,
      String code,
      int quadClass,
      double goldstein,
      Modality modality,
      @Nullable LocalDate date,
      @Nullable Location place) {
    static Fact of(String source, String target, String code, int quad, double goldstein, LocalDate day) {
      return new Fact(source, target, code, quad, goldstein, Modality.ASSERTED, day, null);
    }

    Fact at(Location where) {
      return new Fact(source, target, code, quadClass, goldstein, modality, date, where);
    }

    Fact with(Modality m) {
      return new Fact(source, target, code, quadClass, goldstein, m, date, place);
    }
  }

  /** An article of {@code outlet} published on {@code published}, one sentence per fact. */
  static CodedArticle article(String outlet, LocalDate published, String salt, Fact... facts) {
    StringBuilder text = new StringBuilder();
    List<Span> sentences = new ArrayList<>();
    for (Fact f : facts) {
      int begin = text.length();
      text.append(f.source()).append(" did ").append(f.code()).append(' ')
          .append(f.target() == null ? "someone" : f.target()).append(". ");
      sentences.add(new Span(begin, text.length() - 1));
    }
    text.append(salt);
    String body = text.toString();
    ArticleId id = ArticleId.ofContent(outlet + body);
    List<CodedEvent> events = new ArrayList<>();
    for (int i = 0; i < facts.length; i++) {
      Fact f = facts[i];
      Span s = sentences.get(i);
      int srcEnd = s.begin() + f.source().length();
      int trigBegin = srcEnd + 1;
      int trigEnd = trigBegin + 3;
      int tgtBegin = trigEnd + 1 + f.code().length() + 1;
      events.add(
          new CodedEvent(
              id + "#" + i + ".0",
              new CameoCode(f.code(), "code " + f.code(), f.quadClass(), f.goldstein(), null),
              f.modality(),
              new ActorRef(f.source(), f.source(), new Span(s.begin(), srcEnd)),
              f.target() == null
                  ? null
                  : new ActorRef(f.target(), f.target(), new Span(tgtBegin, tgtBegin + f.target().length())),
              f.date(),
              f.date() == null ? null : DateBasis.EXPLICIT,
              f.place(),
              i,
              TextRef.of(body, s),
              TextRef.of(body, new Span(trigBegin, trigEnd)),
              "test",
              0.5));
    }
    return new CodedArticle(
        id,
        ArticleMeta.of(outlet + "/" + salt)
            .withOutlet(outlet)
            .withPublished(published)
            .withUrl("https://" + outlet + ".example.org/" + salt),
        body,
        facts.length,
        events,
        List.of(),
        List.of());
  }

  static Location city(String name, String country, String admin1, long geonamesId) {
    return new Location(name, country, admin1, 1.0, 2.0, geonamesId);
  }

  static Location country(String name, String country) {
    return new Location(name, country, null, 3.0, 4.0, null);
  }
}
