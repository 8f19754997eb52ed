package org.brink.server;

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
import org.brink.core.Modality;
import org.brink.core.Plover;
import org.brink.core.Quote;
import org.brink.core.Span;
import org.brink.core.TextRef;
import org.brink.store.EventStore;
import org.jspecify.annotations.Nullable;

/**
 * Coded articles written for the server's tests (synthetic, no CoreNLP): sentences of the shape
 * "SOURCE VERB TARGET ...", each one coded event with exact spans, plus one quote per article.
 */
final class SyntheticCorpus {
  /** One sentence and the event coded from it. */
  record Line(
      String sourceName, String sourceCode, String verb, String targetName, String targetCode,
      String code, String codeName, int quadClass, double goldstein, Modality modality, String tail) {}

  static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

  private SyntheticCorpus() {}

  /**
   * 30 days of articles: Israel and Hamas in steady conflict, Pakistan and Iran quiet until a
   * strike on day 18, one cooperative US–Iran article, one negated attack. Returns the articles in
   * the order stored.
   */
  static List<CodedArticle> fill(EventStore store) {
    List<CodedArticle> articles = new ArrayList<>();
    for (int day = 0; day < 30; day++) {
      LocalDate date = FIRST_DAY.plusDays(day);
      List<Line> lines = new ArrayList<>();
      lines.add(new Line("Israel", "ISR", "accused", "Hamas", "PSEHMS", "112", "Accuse", 3, -2.0, Modality.ASSERTED, " of breaking the truce."));
      if (day % 3 == 0) {
        lines.add(new Line("Israeli troops", "ISRMIL", "attacked", "Gaza", "PSE", "190", "Use conventional military force", 4, -10.0, Modality.ASSERTED, " on " + date.getDayOfWeek().toString().toLowerCase(java.util.Locale.ROOT) + "."));
      }
      if (day % 5 == 0) {
        lines.add(new Line("Pakistan", "PAK", "met", "Iran", "IRN", "040", "Consult", 1, 1.0, Modality.ASSERTED, " for border talks."));
      }
      if (day == 18) {
        lines.add(new Line("Pakistan", "PAK", "launched strikes on", "Iran", "IRN", "190", "Use conventional military force", 4, -10.0, Modality.ASSERTED, " near the border."));
        lines.add(new Line("Iran", "IRN", "condemned", "Pakistan", "PAK", "111", "Criticize or denounce", 3, -2.0, Modality.ASSERTED, " for the strikes."));
        lines.add(new Line("Pakistan", "PAK", "denied attacking", "Iran", "IRN", "190", "Use conventional military force", 4, -10.0, Modality.NEGATED, " civilians."));
      }
      if (day == 25) {
        lines.add(new Line("The United States", "USA", "praised", "Iran", "IRN", "051", "Praise or endorse", 1, 3.4, Modality.ASSERTED, " for the prisoner release."));
      }
      CodedArticle article = article("Day " + (day + 1) + " briefing", date, lines, "wire/day-" + (day + 1) + ".txt");
      store.store(article);
      articles.add(article);
    }
    return articles;
  }

  /** An article whose text is the lines' sentences, with one event per line and a closing quote. */
  static CodedArticle article(String title, LocalDate published, List<Line> lines, String input) {
    StringBuilder text = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    for (Line line : lines) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      int begin = text.length();
      text.append(line.sourceName()).append(' ').append(line.verb()).append(' ').append(line.targetName()).append(line.tail());
      spans.add(new int[] {begin, text.length()});
    }
    String quoteText = "We will respond to any aggression";
    text.append(" \"").append(quoteText).append(",\" a spokesman for ").append(lines.get(0).sourceName()).append(" said.");
    String full = text.toString();
    ArticleId id = ArticleId.ofContent(full + published);
    List<CodedEvent> events = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      int begin = spans.get(i)[0];
      int sourceEnd = begin + line.sourceName().length();
      int triggerBegin = sourceEnd + 1;
      int triggerEnd = triggerBegin + line.verb().length();
      int targetBegin = triggerEnd + 1;
      events.add(
          new CodedEvent(
              id.value() + "#" + i + ".0",
              new CameoCode(line.code(), line.codeName(), line.quadClass(), line.goldstein(), plover(line.code())),
              line.modality(),
              new ActorRef(line.sourceCode(), line.sourceName(), new Span(begin, sourceEnd)),
              new ActorRef(line.targetCode(), line.targetName(), new Span(targetBegin, targetBegin + line.targetName().length())),
              published,
              DateBasis.PUBLICATION,
              null,
              i,
              TextRef.of(full, new Span(begin, spans.get(i)[1])),
              TextRef.of(full, new Span(triggerBegin, triggerEnd)),
              "verbs.txt:1 synthetic",
              0.75));
    }
    int quoteBegin = full.indexOf(quoteText);
    int speakerBegin = full.indexOf("a spokesman");
    Quote quote =
        new Quote(
            quoteText,
            new Span(quoteBegin, quoteBegin + quoteText.length()),
            new Quote.Speaker("a spokesman", lines.get(0).sourceCode(), new Span(speakerBegin, speakerBegin + 11)));
    return new CodedArticle(
        id,
        ArticleMeta.of(input).withTitle(title).withPublished(published).withOutlet("Synthetic Wire"),
        full,
        lines.size() + 1,
        events,
        List.of(quote),
        List.of());
  }

  private static @Nullable Plover plover(String code) {
    return code.startsWith("19") ? new Plover("ASSAULT", null, "military") : null;
  }
}
