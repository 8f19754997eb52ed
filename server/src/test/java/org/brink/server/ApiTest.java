package org.brink.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read API against a real server on 127.0.0.1 over the synthetic corpus: 30 articles, 50
 * mentions, 34 merged events (the daily accusations merge in pairs under the one-day window).
 */
class ApiTest {
  @TempDir static Path dir;
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.withCorpus(dir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonNode ok(String path) {
    TestServer.Response response = server.get(path);
    assertThat(response.status()).as(path + " -> " + response.body()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/json");
    return response.json();
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("items").forEach(item -> ids.add(item.get("id").asText()));
    return ids;
  }

  @Test
  void statusCountsTheStore() {
    JsonNode status = ok("/api/status");
    assertThat(status.at("/counts/articles").asLong()).isEqualTo(30);
    assertThat(status.at("/counts/mentions").asLong()).isEqualTo(50);
    assertThat(status.at("/counts/events").asLong()).isEqualTo(34);
    assertThat(status.at("/counts/quotes").asLong()).isEqualTo(30);
    assertThat(status.at("/counts/first_day").asText()).isEqualTo("2024-01-01");
    assertThat(status.at("/counts/last_day").asText()).isEqualTo("2024-01-29");
    assertThat(status.get("coding").asBoolean()).isTrue();
  }

  @Test
  void mentionsComeInTheContractShapeWithTheirArticle() {
    JsonNode page = ok("/api/mentions?dyad=PAK-IRN&code=190&modality=asserted");
    assertThat(page.get("total").asLong()).isEqualTo(1);
    JsonNode event = page.at("/items/0");
    assertThat(event.get("code").asText()).isEqualTo("190");
    assertThat(event.get("root").asText()).isEqualTo("19");
    assertThat(event.get("quad_class").asInt()).isEqualTo(4);
    assertThat(event.at("/plover/category").asText()).isEqualTo("ASSAULT");
    assertThat(event.at("/source/code").asText()).isEqualTo("PAK");
    assertThat(event.at("/target/code").asText()).isEqualTo("IRN");
    assertThat(event.get("date").asText()).isEqualTo("2024-01-19");
    String sentence = event.at("/sentence/text").asText();
    int sentenceBegin = event.at("/sentence/span/0").asInt();
    int triggerBegin = event.at("/trigger/span/0").asInt() - sentenceBegin;
    int triggerEnd = event.at("/trigger/span/1").asInt() - sentenceBegin;
    assertThat(sentence.substring(triggerBegin, triggerEnd)).isEqualTo("launched strikes on");
    assertThat(event.at("/article/title").asText()).isEqualTo("Day 19 briefing");
    assertThat(event.at("/article/outlet").asText()).isEqualTo("Synthetic Wire");
  }

  @Test
  void actorFiltersMatchCodesUnderTheGivenOne() {
    assertThat(ok("/api/mentions?actor=ISR").get("total").asLong()).isEqualTo(40);
    assertThat(ok("/api/mentions?actor=ISRMIL").get("total").asLong()).isEqualTo(10);
    assertThat(ok("/api/mentions?source=IRN").get("total").asLong()).isEqualTo(1);
    assertThat(ok("/api/mentions?target=irn").get("total").asLong()).isEqualTo(9);
  }

  @Test
  void dyadMatchesBothDirections() {
    assertThat(ok("/api/mentions?dyad=PAK-IRN").get("total").asLong()).isEqualTo(9);
    assertThat(ok("/api/mentions?dyad=IRN-PAK").get("total").asLong()).isEqualTo(9);
    assertThat(ok("/api/mentions?source=IRN&target=PAK").get("total").asLong()).isEqualTo(1);
  }

  @Test
  void codeRootQuadAndModalityFilterAndTakeLists() {
    assertThat(ok("/api/mentions?code=190").get("total").asLong()).isEqualTo(12);
    assertThat(ok("/api/mentions?code=111,112").get("total").asLong()).isEqualTo(31);
    assertThat(ok("/api/mentions?root=19").get("total").asLong()).isEqualTo(12);
    assertThat(ok("/api/mentions?quad=1").get("total").asLong()).isEqualTo(7);
    assertThat(ok("/api/mentions?quad=3,4").get("total").asLong()).isEqualTo(43);
    assertThat(ok("/api/mentions?modality=negated").get("total").asLong()).isEqualTo(1);
    assertThat(ok("/api/mentions?modality=asserted,future").get("total").asLong()).isEqualTo(49);
  }

  @Test
  void dateRangeIsInclusive() {
    assertThat(ok("/api/mentions?from=2024-01-19&to=2024-01-19").get("total").asLong()).isEqualTo(5);
    assertThat(ok("/api/mentions?from=2024-01-29").get("total").asLong()).isEqualTo(2);
    assertThat(ok("/api/mentions?to=2024-01-01").get("total").asLong()).isEqualTo(3);
  }

  @Test
  void freeTextSearchesTheSentenceIgnoringCase() {
    assertThat(ok("/api/mentions?q=PRISONER").get("total").asLong()).isEqualTo(1);
    assertThat(ok("/api/mentions?q=" + enc("border talks")).get("total").asLong()).isEqualTo(6);
    assertThat(ok("/api/mentions?q=nothing-like-this").get("total").asLong()).isZero();
  }

  @Test
  void pagesCoverEveryEventOnceInAStableOrder() {
    Set<String> seen = new HashSet<>();
    List<String> all = new ArrayList<>();
    for (int offset = 0; offset < 50; offset += 7) {
      JsonNode page = ok("/api/mentions?sort=date&order=asc&limit=7&offset=" + offset);
      assertThat(page.get("total").asLong()).isEqualTo(50);
      assertThat(page.get("limit").asInt()).isEqualTo(7);
      all.addAll(ids(page));
    }
    seen.addAll(all);
    assertThat(all).hasSize(50);
    assertThat(seen).hasSize(50);
    assertThat(ok("/api/mentions?sort=date&order=asc&limit=1").at("/items/0/date").asText()).isEqualTo("2024-01-01");
    assertThat(ok("/api/mentions?sort=date&order=desc&limit=1").at("/items/0/date").asText()).isEqualTo("2024-01-30");
    assertThat(ok("/api/mentions?sort=goldstein&order=asc&limit=1").at("/items/0/goldstein").asDouble()).isEqualTo(-10.0);
    assertThat(ok("/api/mentions?offset=49").get("items")).hasSize(1);
  }

  @Test
  void aMentionComesWithItsArticleQuotesAndMergedEvent() {
    String id = ok("/api/mentions?dyad=PAK-IRN&code=190&modality=asserted").at("/items/0/id").asText();
    JsonNode mention = ok("/api/mentions/" + enc(id));
    assertThat(mention.get("id").asText()).isEqualTo(id);
    assertThat(mention.at("/article/title").asText()).isEqualTo("Day 19 briefing");
    assertThat(mention.at("/sentence/text").asText()).isEqualTo("Pakistan launched strikes on Iran near the border.");
    assertThat(mention.get("quotes")).isEmpty();
    JsonNode event = ok("/api/events/" + mention.get("event_id").asText());
    assertThat(event.at("/evidence/0/id").asText()).isEqualTo(id);
    String negated = ok("/api/mentions?modality=negated").at("/items/0/id").asText();
    assertThat(ok("/api/mentions/" + enc(negated)).get("event_id").isNull()).isTrue();
  }

  @Test
  void anArticleComesWithTextEventsAndQuotes() {
    String id = ok("/api/articles?q=" + enc("day 19 briefing")).at("/items/0/id").asText();
    JsonNode article = ok("/api/articles/" + enc(id));
    assertThat(article.get("title").asText()).isEqualTo("Day 19 briefing");
    assertThat(article.get("mentions")).hasSize(5);
    assertThat(article.get("mention_count").asLong()).isEqualTo(5);
    assertThat(article.get("quotes")).hasSize(1);
    JsonNode quote = article.at("/quotes/0");
    String text = article.get("text").asText();
    assertThat(text.substring(quote.at("/span/0").asInt(), quote.at("/span/1").asInt())).isEqualTo(quote.get("text").asText());
  }

  @Test
  void articlesArePagedNewestFirst() {
    JsonNode page = ok("/api/articles?limit=2");
    assertThat(page.get("total").asLong()).isEqualTo(30);
    assertThat(page.at("/items/0/published").asText()).isEqualTo("2024-01-30");
    assertThat(page.at("/items/1/published").asText()).isEqualTo("2024-01-29");
    assertThat(ok("/api/articles?from=2024-01-10&to=2024-01-11").get("total").asLong()).isEqualTo(2);
  }

  @Test
  void quotesFilterBySpeakerAndText() {
    assertThat(ok("/api/quotes").get("total").asLong()).isEqualTo(30);
    assertThat(ok("/api/quotes?speaker=ISR").get("total").asLong()).isEqualTo(30);
    assertThat(ok("/api/quotes?speaker=IRN").get("total").asLong()).isZero();
    JsonNode quote = ok("/api/quotes?q=aggression&limit=1").at("/items/0");
    assertThat(quote.get("text").asText()).isEqualTo("We will respond to any aggression");
    assertThat(quote.at("/speaker/code").asText()).isEqualTo("ISR");
  }

  @Test
  void mergedEventsFilterLikeMentions() {
    assertThat(ok("/api/events").get("total").asLong()).isEqualTo(34);
    assertThat(ok("/api/events?dyad=PAK-IRN").get("total").asLong()).isEqualTo(8);
    assertThat(ok("/api/events?source=PAK&target=IRN").get("total").asLong()).isEqualTo(7);
    assertThat(ok("/api/events?modality=negated").get("total").asLong()).isZero();
    assertThat(ok("/api/events?code=112").get("total").asLong()).isEqualTo(15);
    assertThat(ok("/api/events?q=prisoner").get("total").asLong()).isEqualTo(1);
    assertThat(ok("/api/events?from=2024-01-19&to=2024-01-19").get("total").asLong()).isEqualTo(4);
    assertThat(ok("/api/events?sort=mentions&limit=1").at("/items/0/num_mentions").asInt()).isEqualTo(2);
  }

  @Test
  void aMergedEventComesWithAllItsEvidence() {
    JsonNode first = ok("/api/events?code=112&sort=date&order=asc&limit=1").at("/items/0");
    assertThat(first.get("day").asText()).isEqualTo("2024-01-01");
    assertThat(first.at("/source/country").asText()).isEqualTo("ISR");
    assertThat(first.at("/target/code").asText()).isEqualTo("PSEHMS");
    assertThat(first.get("id").isTextual()).as("63-bit ids as strings, for JavaScript").isTrue();
    JsonNode event = ok("/api/events/" + first.get("id").asText());
    JsonNode evidence = event.get("evidence");
    assertThat(evidence).hasSize(2);
    assertThat(evidence.get(0).at("/article/title").asText()).isEqualTo("Day 1 briefing");
    assertThat(evidence.get(1).at("/article/title").asText()).isEqualTo("Day 2 briefing");
    JsonNode mention = evidence.get(0);
    String sentence = mention.at("/sentence/text").asText();
    int base = mention.at("/sentence/span/0").asInt();
    assertThat(sentence.substring(mention.at("/source/span/0").asInt() - base, mention.at("/source/span/1").asInt() - base)).isEqualTo("Israel");
    assertThat(sentence.substring(mention.at("/target/span/0").asInt() - base, mention.at("/target/span/1").asInt() - base)).isEqualTo("Hamas");
    assertThat(mention.get("quotes")).isEmpty();
  }

  @Test
  void dyadsAreRankedByTheStore() {
    JsonNode dyads = ok("/api/dyads").get("items");
    assertThat(dyads.get(0).get("dyad").asText()).isEqualTo("ISR-PSE");
    assertThat(dyads.get(0).get("events").asLong()).isEqualTo(25);
    assertThat(dyads.get(1).get("dyad").asText()).isEqualTo("PAK-IRN");
    assertThat(dyads.get(1).get("events").asLong()).isEqualTo(7);
    assertThat(ok("/api/dyads?ranking=change&limit=1").get("ranking").asText()).isEqualTo("change");
  }

  @Test
  void aDyadTimelineHasItsSeriesAndEscalationWithTheStrikeAsAlert() {
    JsonNode timeline = ok("/api/dyads/PAK/IRN/timeline");
    assertThat(timeline.get("dyad").asText()).isEqualTo("PAK-IRN");
    JsonNode series = timeline.get("series");
    assertThat(series.get(0).get("period").asText()).isEqualTo("2024-01-01");
    assertThat(series).hasSize(26);
    assertThat(series.get(18).get("material_conflict").asLong()).isEqualTo(1);
    assertThat(series.get(18).get("escalation").asDouble()).isEqualTo(10.0);
    List<String> alertDays = new ArrayList<>();
    timeline.get("escalation").forEach(p -> {
      if (p.get("alert").asBoolean()) {
        alertDays.add(p.get("day").asText());
      }
    });
    assertThat(alertDays).containsExactly("2024-01-19");
    JsonNode weeks = ok("/api/dyads/pak/irn/timeline?granularity=week");
    assertThat(weeks.at("/series/0/period").asText()).isEqualTo("2024-01-01");
    assertThat(weeks.get("series")).hasSize(4);
  }

  @Test
  void alertsNameTheDyadAndDay() {
    JsonNode alerts = ok("/api/alerts?source=PAK&target=IRN");
    assertThat(alerts.get("total").asInt()).isEqualTo(1);
    assertThat(alerts.at("/items/0/day").asText()).isEqualTo("2024-01-19");
    assertThat(alerts.at("/items/0/z").asDouble()).isGreaterThanOrEqualTo(3.5);
    List<String> all = new ArrayList<>();
    ok("/api/alerts").get("items").forEach(a -> all.add(a.get("dyad").asText() + "@" + a.get("day").asText()));
    assertThat(all).contains("PAK-IRN@2024-01-19");
  }

  @Test
  void networkLinksCountriesWithDirectedEdges() {
    JsonNode network = ok("/api/network?from=2024-01-19&to=2024-01-19");
    List<String> edges = new ArrayList<>();
    network.get("edges").forEach(e -> edges.add(e.get("source").asText() + ">" + e.get("target").asText() + ":" + e.get("events").asLong()));
    assertThat(edges).containsExactly("ISR>PSE:2", "IRN>PAK:1", "PAK>IRN:1");
    List<String> nodes = new ArrayList<>();
    network.get("nodes").forEach(n -> nodes.add(n.get("id").asText()));
    assertThat(nodes).containsExactly("IRN", "ISR", "PAK", "PSE");
    List<String> actorEdges = new ArrayList<>();
    ok("/api/network?level=actor&from=2024-01-19&to=2024-01-19").get("edges")
        .forEach(e -> actorEdges.add(e.get("source").asText() + ">" + e.get("target").asText()));
    assertThat(actorEdges).containsExactly("IRN>PAK", "ISR>PSEHMS", "ISRMIL>PSE", "PAK>IRN");
  }

  @Test
  void badParametersGet400NamingTheParameter() {
    assertBad("/api/mentions?limit=0", "limit", "limit: must be a whole number from 1 to 500, not '0'");
    assertBad("/api/mentions?limit=abc", "limit", "limit: must be a whole number from 1 to 500, not 'abc'");
    assertBad("/api/mentions?offset=-1", "offset", "offset: must be a whole number from 0 to 10000000, not '-1'");
    assertBad("/api/mentions?from=2024-13-01", "from", "from: must be a date YYYY-MM-DD, not '2024-13-01'");
    assertBad("/api/mentions?from=2024-02-01&to=2024-01-01", "to", "to: is before from (2024-02-01)");
    assertBad("/api/mentions?quad=5", "quad", "quad: must be QuadClass values 1 to 4, not '5'");
    assertBad("/api/mentions?code=19x", "code", "code: must be CAMEO codes of 2 to 4 digits, such as 190 or 0331, not '19x'");
    assertBad("/api/mentions?modality=maybe", "modality", "modality: must be modalities among asserted,future,hypothetical,negated, not 'maybe'");
    assertBad("/api/mentions?sort=id", "sort", "sort: must be one of article, code, confidence, date, goldstein, mentions, not 'id'");
    assertBad("/api/mentions?sort=mentions", "sort", "sort: must be one of article, code, confidence, date, goldstein here, not 'mentions'");
    assertBad("/api/events/abc", "id", "id: must be a merged event's number, not 'abc'");
    assertBad("/api/dyads/PAKISTAN/IRN/timeline", "source", "source: must be a country code of three letters or digits, or ---, not 'PAKISTAN'");
    assertBad("/api/dyads/PAK/IRN/timeline?granularity=month", "granularity", "granularity: must be one of day, week, not 'month'");
    assertBad("/api/alerts?source=PAK", "target", "target: give source and target together, or neither");
    assertBad("/api/mentions?dyad=ISR", "dyad", "dyad: must be two actor codes joined by '-', such as ISR-PSE, not 'ISR'");
    assertBad("/api/mentions?min_confidence=2", "min_confidence", "min_confidence: must be a number from 0.0 to 1.0, not '2'");
    assertBad("/api/mentions?limit=1&limit=2", "limit", "limit: given 2 times; give it once");
    TestServer.Response unknown = server.get("/api/mentions?acter=ISR");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("parameter").asText()).isEqualTo("acter");
    assertThat(unknown.json().get("message").asText()).startsWith("acter: unknown parameter; this endpoint takes ");
  }

  private static void assertBad(String path, String parameter, String message) {
    TestServer.Response response = server.get(path);
    assertThat(response.status()).as(path).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/json");
    JsonNode error = response.json();
    assertThat(error.get("error").asText()).isEqualTo("bad-parameter");
    assertThat(error.get("parameter").asText()).isEqualTo(parameter);
    assertThat(error.get("message").asText()).isEqualTo(message);
  }

  @Test
  void unknownThingsAre404InJson() {
    TestServer.Response route = server.get("/api/nothing");
    assertThat(route.status()).isEqualTo(404);
    assertThat(route.json().get("error").asText()).isEqualTo("not-found");
    TestServer.Response mention = server.get("/api/mentions/" + enc("sha256:0000#0.0"));
    assertThat(mention.status()).isEqualTo(404);
    assertThat(mention.json().get("message").asText()).isEqualTo("no mention with id 'sha256:0000#0.0'");
    assertThat(server.get("/api/events/42").json().get("message").asText()).isEqualTo("no event with id 42");
    assertThat(server.get("/api/articles/nope").json().get("error").asText()).isEqualTo("not-found");
  }

  @Test
  void openApiDocumentListsExactlyTheServedRoutes() {
    JsonNode doc = ok("/openapi.json");
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    List<String> documented = new ArrayList<>();
    doc.get("paths").properties().forEach(path ->
        path.getValue().properties().forEach(op ->
            documented.add(op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey())));
    assertThat(documented).containsExactlyInAnyOrderElementsOf(BrinkServer.API_ROUTES);
    Set<String> eventParameters = new HashSet<>();
    doc.at("/paths/~1api~1mentions/get/parameters").forEach(p -> eventParameters.add(p.get("name").asText()));
    assertThat(eventParameters).isEqualTo(EventQuery.PARAMETERS);
    var refs = java.util.regex.Pattern.compile("#/components/schemas/(\\w+)").matcher(doc.toString());
    while (refs.find()) {
      assertThat(doc.at("/components/schemas").has(refs.group(1))).as(refs.group()).isTrue();
    }
  }

  @Test
  void dashboardAndChartAreServed() {
    TestServer.Response index = server.get("/");
    assertThat(index.status()).isEqualTo(200);
    assertThat(index.contentType()).startsWith("text/html");
    assertThat(index.body()).contains("<title>Brink");
    TestServer.Response chart = server.get("/assets/chart.umd.min.js");
    assertThat(chart.status()).isEqualTo(200);
    assertThat(chart.body()).contains("Chart.js v4");
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
