package org.brink.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.brink.core.AnnotatedText;
import org.brink.core.ArticleId;
import org.brink.core.ArticleMeta;
import org.brink.core.CleanText;
import org.brink.core.Outcome;
import org.brink.core.Sentence;
import org.brink.nlp.AnnotatorConfig;
import org.brink.nlp.corenlp.CoreNlpAnnotator;

/**
 * The benchmarks' inputs. All of it is synthetic: invented news text written for these benchmarks.
 * The people, states and bodies named are real dictionary entries so that the matchers find them,
 * but the events are made up and report nothing that happened.
 */
final class SyntheticNews {
  /** The day the synthetic text speaks from; it decides people's dated codes. */
  static final LocalDate PUBLISHED = LocalDate.of(2025, 6, 16);

  /** How many {@link #SENTENCES} there are, as a constant for {@code @OperationsPerInvocation}. */
  static final int SENTENCE_COUNT = 20;

  /** Sentences naming countries, capitals, ministries, people and groups (synthetic). */
  static final List<String> SENTENCES =
      List.of(
          "Secretary of State Marco Rubio met Russian Foreign Minister Sergey Lavrov in Riyadh"
              + " on Tuesday.",
          "The Pakistani Foreign Ministry summoned the Indian envoy over remarks made in New"
              + " Delhi.",
          "Beijing imposed sanctions on three American defence firms on Friday.",
          "Iranian Foreign Minister Abbas Araghchi accused Israel of violating the ceasefire.",
          "The German government pledged humanitarian aid to Sudan.",
          "Turkish troops withdrew from two positions near the Syrian border.",
          "Egypt urged Israel and Hamas to show restraint.",
          "The Kremlin rejected a proposal for talks with Kyiv.",
          "Ukrainian President Volodymyr Zelensky thanked Britain for its support.",
          "Japan expelled two Chinese diplomats after a spying case.",
          "Qatar hosted negotiators from Washington and Tehran in Doha.",
          "The French military deployed warships to the eastern Mediterranean.",
          "Indian Defence Minister Rajnath Singh warned Pakistan of a firm military response.",
          "The government of Nigeria condemned an attack by Boko Haram on a village.",
          "Saudi officials welcomed the decision of the Houthis to release the crew of a tanker.",
          "South Korean police arrested dozens of protesters outside the presidential office"
              + " in Seoul.",
          "The United Nations called on Ethiopia and Eritrea to resume negotiations.",
          "Brazil signed a trade agreement with Argentina in Brasilia.",
          "Chinese Foreign Minister Wang Yi spoke with his Australian counterpart by telephone.",
          "The Israeli army said Hezbollah fighters fired rockets at northern Israel.");

  /** A ten-sentence article in three paragraphs (synthetic). */
  static final String ARTICLE =
      """
      Foreign ministers from Egypt, Qatar and Turkey met in Doha on Sunday to discuss a ceasefire \
      in Gaza. The Egyptian Foreign Ministry said the talks focused on the release of hostages and \
      the delivery of humanitarian aid. Qatari officials urged Israel and Hamas to return to \
      negotiations within a week.

      Israeli Prime Minister Benjamin Netanyahu rejected the proposal on Monday and warned Hamas \
      of further strikes. Washington called on both sides to show restraint. Secretary of State \
      Marco Rubio spoke with the Qatari prime minister by telephone, according to the State \
      Department.

      In Tehran, the Iranian Foreign Ministry condemned the Israeli strikes and accused \
      Washington of backing them. The United Nations said aid convoys had been stopped at the \
      Rafah crossing for three days. The World Food Programme appealed for safe access to \
      northern Gaza. Diplomats in Cairo expect a new round of talks later this month.""";

  /** How many sentences {@link #ARTICLE} holds. */
  static final int ARTICLE_SENTENCES = 10;

  private SyntheticNews() {}

  /** The synthetic news page: {@link #ARTICLE} amid navigation, share widgets, comments, footer. */
  static String page() {
    String name = "synthetic-news-page.html";
    try (InputStream in = SyntheticNews.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource org/brink/bench/" + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource org/brink/bench/" + name, e);
    }
  }

  /** {@code text} as the cleaner would hand it on, dated {@link #PUBLISHED}. */
  static CleanText cleanText(String input, String text) {
    ArticleMeta meta = ArticleMeta.of(input).withPublished(PUBLISHED);
    return new CleanText(ArticleId.ofContent(text), meta, text, List.of());
  }

  /**
   * {@link #SENTENCES} annotated as one text, every sentence parsed.
   *
   * @throws IllegalStateException when CoreNLP splits the text differently or leaves a sentence
   *     unparsed, since the benchmarks' per-sentence figures would then be wrong
   */
  static AnnotatedText annotatedSentences() {
    AnnotatedText annotated =
        annotate(cleanText("synthetic-sentences", String.join(" ", SENTENCES)));
    if (annotated.sentences().size() != SENTENCE_COUNT) {
      throw new IllegalStateException(
          "CoreNLP split the synthetic sentences into "
              + annotated.sentences().size()
              + " sentences, not "
              + SENTENCE_COUNT
              + "; reword the sentence that was split or joined");
    }
    for (Sentence s : annotated.sentences()) {
      if (!s.parsed()) {
        throw new IllegalStateException(
            "synthetic sentence " + s.index() + " was not parsed: "
                + s.span().of(annotated.text()));
      }
    }
    return annotated;
  }

  /** The annotation of {@code text} with the default configuration. */
  private static AnnotatedText annotate(CleanText text) {
    return done(new CoreNlpAnnotator(AnnotatorConfig.defaults()).apply(text), text.meta().input());
  }

  /** The value of a stage's outcome on a benchmark input, which must not be rejected. */
  static <T> T done(Outcome<T> outcome, String input) {
    Objects.requireNonNull(outcome, "outcome");
    return switch (outcome) {
      case Outcome.Done<T> d -> d.value();
      case Outcome.Rejected<T> r ->
          throw new IllegalStateException(
              "benchmark input " + input + " was rejected: " + r.problem());
    };
  }
}
