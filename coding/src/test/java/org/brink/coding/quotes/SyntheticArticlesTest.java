package org.brink.coding.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.brink.core.Quote;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Attribution on three synthetic multi-speaker articles (invented for this test, not real
 * reporting) against the hand-written table {@code quotes/attributions.tsv}.
 */
class SyntheticArticlesTest {
  private static final List<String> ARTICLES =
      List.of("synthetic-geneva", "synthetic-strikes", "synthetic-gaza");

  /** One row of the table: the quote's first words and who said it ("-" for none). */
  private record Expected(String article, String prefix, String code, String speaker) {}

  /**
   * Precision: of the quotes given a speaker, those whose speaker has the table's words and its
   * code, or no code (a speaker left unresolved claims no actor, so it is not wrong). Recall: of
   * the table's rows with a speaker, those found with its words and its code. A quote the table
   * does not list counts against precision when it is given a speaker.
   */
  @Test
  void attributesQuotesWithPrecisionOfAtLeastNinetyPercent() {
    List<Expected> table = table();
    int predicted = 0;
    int right = 0;
    int exact = 0;
    int attributable = 0;
    int found = 0;
    List<String> report = new ArrayList<>();
    for (String article : ARTICLES) {
      String text = resource(article + ".txt");
      for (Quote q : Quoted.quotes(text)) {
        @Nullable Expected row = rowFor(table, article, q.text());
        Quote.@Nullable Speaker s = q.speaker();
        boolean same = row != null && same(row, s);
        boolean unresolved =
            row != null && s != null && s.code() == null && row.speaker().equals(s.text());
        if (s != null) {
          predicted++;
          right += same || unresolved ? 1 : 0;
          exact += same ? 1 : 0;
        }
        if (row != null && !row.speaker().equals("-") && same) {
          found++;
        }
        String mark = same ? "  ok    " : unresolved ? "  nocode" : "  MISS  ";
        report.add(mark + " " + article + ": " + Quoted.describe(q));
      }
    }
    for (Expected row : table) {
      attributable += row.speaker().equals("-") ? 0 : 1;
    }
    double precision = predicted == 0 ? 0 : (double) right / predicted;
    double recall = (double) found / attributable;
    String measured =
        String.format(
            Locale.ROOT,
            "precision %d/%d = %.3f (with the code as well: %d/%d), recall %d/%d = %.3f%n%s",
            right,
            predicted,
            precision,
            exact,
            predicted,
            found,
            attributable,
            recall,
            String.join("\n", report));
    assertThat(precision).as(measured).isGreaterThanOrEqualTo(0.9);
    assertThat(recall).as(measured).isGreaterThanOrEqualTo(0.8);
  }

  private static boolean same(Expected row, Quote.@Nullable Speaker s) {
    if (s == null) {
      return row.speaker().equals("-");
    }
    String code = s.code() == null ? "-" : s.code();
    return row.speaker().equals(s.text()) && row.code().equals(code);
  }

  private static @Nullable Expected rowFor(List<Expected> table, String article, String quote) {
    for (Expected row : table) {
      if (row.article().equals(article) && quote.startsWith(row.prefix())) {
        return row;
      }
    }
    return null;
  }

  private static List<Expected> table() {
    List<Expected> rows = new ArrayList<>();
    for (String line : resource("attributions.tsv").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      rows.add(new Expected(f[0], f[1], f[2], f[3]));
    }
    return rows;
  }

  private static String resource(String name) {
    try (InputStream in =
        Objects.requireNonNull(
            SyntheticArticlesTest.class.getResourceAsStream("/quotes/" + name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(name, e);
    }
  }
}
