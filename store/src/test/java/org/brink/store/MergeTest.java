package org.brink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.brink.core.CodedArticle;
import org.brink.core.Modality;
import org.brink.store.Reports.Fact;
import org.brink.store.aggregate.Dyad;
import org.brink.store.merge.MergeConfig;
import org.brink.store.merge.MergedEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merging mentions into events, through the store. */
class MergeTest {
  static final LocalDate DAY = LocalDate.of(2024, 3, 4);

  @TempDir Path dir;

  private List<MergedEvent> merged(CodedArticle... articles) {
    return merged(MergeConfig.DEFAULT, List.of(articles));
  }

  private List<MergedEvent> merged(MergeConfig config, List<CodedArticle> articles) {
    Path db = dir.resolve("m" + System.nanoTime() + ".duckdb");
    try (EventStore store = EventStore.open(db, config)) {
      for (CodedArticle a : articles) {
        store.store(a);
      }
      return store.events(null, null, null, 1000);
    }
  }

  @Test
  void threeOutletsReportingOneStrikeMakeOneEventWithThreeSources() {
    List<MergedEvent> events =
        merged(
            Reports.article("alpha", DAY, "a", Fact.of("ISRMIL", "IRN", "190", 4, -10, DAY)),
            Reports.article("bravo", DAY, "b", Fact.of("ISR", "IRNMIL", "183", 4, -9, DAY)),
            Reports.article(
                "charlie", DAY.plusDays(1), "c", Fact.of("ISRMIL", "IRN", "190", 4, -10, DAY.plusDays(1))));
    assertThat(events).hasSize(1);
    MergedEvent e = events.get(0);
    assertThat(e.numMentions()).isEqualTo(3);
    assertThat(e.numArticles()).isEqualTo(3);
    assertThat(e.numSources()).isEqualTo(3);
    assertThat(e.code()).isEqualTo("190");
    assertThat(e.sourceCode()).isEqualTo("ISRMIL");
    assertThat(e.sourceCountry()).isEqualTo("ISR");
    assertThat(e.targetCountry()).isEqualTo("IRN");
    assertThat(e.day()).isEqualTo(DAY);
    assertThat(e.firstSeen()).isEqualTo(DAY);
    assertThat(e.lastSeen()).isEqualTo(DAY.plusDays(1));
    assertThat(e.mentionIds()).hasSize(3);
  }

  @Test
  void twoArticlesOfOneOutletCountAsOneSource() {
    List<MergedEvent> events =
        merged(
            Reports.article("alpha", DAY, "a", Fact.of("RUS", "UKR", "190", 4, -10, DAY)),
            Reports.article("Alpha ", DAY, "b", Fact.of("RUS", "UKR", "190", 4, -10, DAY)));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.numArticles()).isEqualTo(2);
      assertThat(e.numSources()).isEqualTo(1);
    });
  }

  @Test
  void keepsApartOtherDyadsFamiliesPlacesAndDays() {
    Fact strike = Fact.of("ISR", "IRN", "190", 4, -10, DAY);
    List<MergedEvent> events =
        merged(
            Reports.article("a", DAY, "1", strike),
            Reports.article("b", DAY, "2", Fact.of("IRN", "ISR", "190", 4, -10, DAY)),
            Reports.article("c", DAY, "3", Fact.of("ISR", "LBN", "190", 4, -10, DAY)),
            Reports.article("d", DAY, "4", Fact.of("ISR", "IRN", "111", 3, -2, DAY)),
            Reports.article("e", DAY, "5", Fact.of("ISR", "IRN", "190", 4, -10, DAY.plusDays(2))));
    assertThat(events).hasSize(5).allSatisfy(e -> assertThat(e.numMentions()).isEqualTo(1));
  }

  @Test
  void mergesACityWithItsCountryButNotTwoCities() {
    Fact inIsfahan = Fact.of("ISR", "IRN", "190", 4, -10, DAY).at(Reports.city("Isfahan", "IRN", "28", 418863));
    Fact inTabriz = Fact.of("ISR", "IRN", "190", 4, -10, DAY).at(Reports.city("Tabriz", "IRN", "26", 113646));
    Fact inIran = Fact.of("ISR", "IRN", "190", 4, -10, DAY).at(Reports.country("Iran", "IRN"));
    Fact inIraq = Fact.of("ISR", "IRN", "190", 4, -10, DAY).at(Reports.country("Iraq", "IRQ"));
    List<MergedEvent> events =
        merged(
            Reports.article("a", DAY, "1", inIran),
            Reports.article("b", DAY, "2", inIsfahan),
            Reports.article("c", DAY, "3", inTabriz),
            Reports.article("d", DAY, "4", inIraq));
    assertThat(events).hasSize(3);
    assertThat(events.stream().map(e -> e.place().name() + ":" + e.numMentions()).sorted())
        .containsExactly("Iraq:1", "Isfahan:2", "Tabriz:1");
  }

  @Test
  void anchorsTheWindowOnTheFirstDaySoADailySeriesStaysApart() {
    List<CodedArticle> articles = new ArrayList<>();
    for (int d = 0; d < 6; d++) {
      articles.add(
          Reports.article("a", DAY.plusDays(d), "d" + d, Fact.of("RUS", "UKR", "190", 4, -10, DAY.plusDays(d))));
    }
    List<MergedEvent> events = merged(MergeConfig.DEFAULT, articles);
    assertThat(events).extracting(MergedEvent::day)
        .containsExactly(DAY, DAY.plusDays(2), DAY.plusDays(4));
    assertThat(merged(new MergeConfig(0), articles)).hasSize(6);
  }

  @Test
  void fallsBackToThePublicationDayWhenTheMentionHasNoDate() {
    Fact undated = new Fact("ISR", "IRN", "190", 4, -10, Modality.ASSERTED, null, null);
    List<MergedEvent> events =
        merged(
            Reports.article("a", DAY, "1", undated),
            Reports.article("b", DAY, "2", Fact.of("ISR", "IRN", "190", 4, -10, DAY)),
            Reports.article("c", DAY.plusDays(5), "3", undated));
    assertThat(events).extracting(MergedEvent::day, MergedEvent::numMentions)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DAY, 2),
            org.assertj.core.groups.Tuple.tuple(DAY.plusDays(5), 1));
  }

  @Test
  void mergesFutureWithAssertedButLeavesNegatedAndHypotheticalOut() throws SQLException {
    Fact strike = Fact.of("ISR", "IRN", "190", 4, -10, DAY);
    Path db = dir.resolve("modality.duckdb");
    try (EventStore store = EventStore.open(db)) {
      store.store(Reports.article("a", DAY, "1", strike.with(Modality.FUTURE)));
      store.store(Reports.article("b", DAY, "2", strike.with(Modality.NEGATED)));
      store.store(Reports.article("c", DAY, "3", strike.with(Modality.HYPOTHETICAL)));
      List<MergedEvent> futureOnly = store.events(null, null, null, 10);
      assertThat(futureOnly).singleElement().satisfies(e -> assertThat(e.modality()).isEqualTo("future"));
      store.store(Reports.article("d", DAY, "4", strike));
      assertThat(store.events(null, null, null, 10)).singleElement().satisfies(e -> {
        assertThat(e.modality()).isEqualTo("asserted");
        assertThat(e.numMentions()).isEqualTo(2);
      });
      assertThat(store.counts().mentions()).isEqualTo(4);
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
        PreparedStatement q =
            c.prepareStatement(
                "SELECT m.modality, em.event_id IS NOT NULL FROM mentions m LEFT JOIN"
                    + " event_mentions em ON em.mention_id = m.id ORDER BY m.modality");
        ResultSet rows = q.executeQuery()) {
      List<String> linked = new ArrayList<>();
      while (rows.next()) {
        linked.add(rows.getString(1) + "=" + rows.getBoolean(2));
      }
      assertThat(linked).containsExactly("asserted=true", "future=true", "hypothetical=false", "negated=false");
    }
  }

  @Test
  void givesTheSameEventsWhateverTheOrderOfIngest() {
    List<CodedArticle> articles = new ArrayList<>();
    String[] outlets = {"a", "b", "c", "d"};
    String[][] dyads = {{"ISR", "IRN"}, {"RUS", "UKR"}, {"USA", "IRN"}};
    int n = 0;
    for (int d = 0; d < 8; d++) {
      for (String[] dyad : dyads) {
        for (String outlet : outlets) {
          if ((d + n++) % 3 == 0) {
            continue;
          }
          LocalDate day = DAY.plusDays(d);
          articles.add(Reports.article(outlet, day, "n" + n,
              Fact.of(dyad[0], dyad[1], n % 2 == 0 ? "190" : "183", 4, -10, day),
              Fact.of(dyad[1], dyad[0], "111", 3, -2, day.plusDays(n % 2))));
        }
      }
    }
    List<MergedEvent> inOrder = merged(MergeConfig.DEFAULT, articles);
    List<CodedArticle> shuffled = new ArrayList<>(articles);
    Collections.shuffle(shuffled, new Random(7));
    // addedAt is when the article was stored, so it differs between the two stores
    assertThat(merged(MergeConfig.DEFAULT, shuffled))
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("addedAt")
        .containsExactlyElementsOf(inOrder);
    Collections.reverse(shuffled);
    assertThat(merged(MergeConfig.DEFAULT, shuffled))
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("addedAt")
        .containsExactlyElementsOf(inOrder);
    assertThat(inOrder.size()).isLessThan(articles.size());
  }

  @Test
  void remergesAfterEachStoreAndLinksEveryMentionToItsEvidence() {
    Path db = dir.resolve("evidence.duckdb");
    try (EventStore store = EventStore.open(db)) {
      store.store(Reports.article("alpha", DAY, "a", Fact.of("ISR", "IRN", "190", 4, -10, DAY)));
      assertThat(store.events(null, null, null, 10)).singleElement()
          .satisfies(e -> assertThat(e.numSources()).isEqualTo(1));
      store.store(Reports.article("bravo", DAY, "b", Fact.of("ISR", "IRN", "190", 4, -10, DAY)));
      MergedEvent event = store.events(new Dyad("ISR", "IRN"), DAY, DAY, 10).get(0);
      assertThat(event.numSources()).isEqualTo(2);
      List<Evidence> evidence = store.evidence(event.id());
      assertThat(evidence).hasSize(2);
      assertThat(evidence).extracting(Evidence::outlet).containsExactlyInAnyOrder("alpha", "bravo");
      assertThat(evidence).extracting(Evidence::sentence).containsOnly("ISR did 190 IRN.");
      assertThat(evidence).extracting(Evidence::url).allMatch(u -> u.startsWith("https://"));
      assertThat(store.events(new Dyad("IRN", "ISR"), null, null, 10)).isEmpty();
    }
  }

  @Test
  void carriesAVersionOneStoreForward() throws SQLException {
    Path db = dir.resolve("v1.duckdb");
    CodedArticle article = Articles.pakistanStrikes();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath())) {
      Migrations.apply(c, 1);
      try (PreparedStatement a = c.prepareStatement(
              "INSERT INTO articles VALUES (?, ?, 'T', DATE '2024-01-18', NULL, NULL, 'in.txt', ?, 3,"
                  + " TIMESTAMP '2024-01-19 10:00:00')");
          PreparedStatement e = c.prepareStatement(
              "INSERT INTO events (id, article_id, code, root, name, quad_class, goldstein, modality,"
                  + " source_code, source_text, target_code, target_text, \"date\", sentence_index,"
                  + " sentence_text, sentence_begin, sentence_end, trigger_text, trigger_begin,"
                  + " trigger_end, rule, confidence) VALUES (?, ?, '190', '19', 'Fight', 4, -10.0,"
                  + " 'asserted', 'PAK', 'Pakistan', 'IRN', 'Iran', DATE '2024-01-18', 0, 'S.', 0,"
                  + " 2, 'hit', 0, 3, 'r', 0.8)")) {
        a.setString(1, article.id().value());
        a.setString(2, article.id().value());
        a.setString(3, article.text());
        a.executeUpdate();
        e.setString(1, article.id() + "#0.0");
        e.setString(2, article.id().value());
        e.executeUpdate();
      }
    }
    try (EventStore store = EventStore.open(db)) {
      assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
      assertThat(store.counts()).isEqualTo(new EventStore.Counts(1, 1, 1, 0, 0, 2));
      assertThat(store.contains(article.id())).isTrue();
      StringWriter out = new StringWriter();
      store.exportJsonl(out);
      assertThat(out.toString()).contains("\"id\":\"" + article.id() + "#0.0\"")
          .containsPattern("\"event_id\":[0-9]+");
      assertThat(store.events(null, null, null, 5)).singleElement().satisfies(e -> {
        assertThat(e.sourceName()).isEqualTo("Pakistan");
        assertThat(e.addedAt()).isEqualTo(java.time.LocalDateTime.of(2024, 1, 19, 10, 0));
      });
    }
  }

  @Test
  void buildsTheActorsTableWithWrittenForms() throws SQLException {
    Path db = dir.resolve("actors.duckdb");
    try (EventStore store = EventStore.open(db)) {
      store.store(Reports.article("a", DAY, "1", Fact.of("ISR", "IRN", "190", 4, -10, DAY)));
      store.store(Reports.article("b", DAY, "2", Fact.of("IRN", "ISR", "111", 3, -2, DAY)));
      StringWriter out = new StringWriter();
      store.exportJsonl(EventStore.Table.ACTORS, out);
      assertThat(out.toString().lines()).containsExactly(
          "{\"code\":\"IRN\",\"country\":\"IRN\",\"name\":\"IRN\",\"names\":[\"IRN\"],\"mentions\":2,\"articles\":2}",
          "{\"code\":\"ISR\",\"country\":\"ISR\",\"name\":\"ISR\",\"names\":[\"ISR\"],\"mentions\":2,\"articles\":2}");
    }
  }
}
