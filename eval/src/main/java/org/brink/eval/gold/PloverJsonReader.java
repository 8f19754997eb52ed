package org.brink.eval.gold;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads the PLOVER project's gold-standard JSON: an array of records, each one sentence with one
 * PLOVER event, which becomes an article with one required event matched by PLOVER category.
 */
final class PloverJsonReader {
  /** The categories of the PLOVER manual, draft 0.8 (2021), which Brink's ontology uses. */
  static final Set<String> CATEGORIES =
      Set.of(
          "ACCUSE",
          "AGREE",
          "AID",
          "ASSAULT",
          "COERCE",
          "CONCEDE",
          "CONSULT",
          "COOPERATE",
          "MOBILIZE",
          "PROTEST",
          "REJECT",
          "REQUEST",
          "RETREAT",
          "SANCTION",
          "SUPPORT",
          "THREATEN");

  /**
   * Names of older PLOVER drafts (0.5b1 and before) and the current category that took them over:
   * CAMEO2PLOVER-2021 maps CAMEO 10x (demand) to REQUEST, 11x (disapprove) and 09x (investigate, as
   * mode "investigate") to ACCUSE, and 19x (fight) to ASSAULT.
   */
  static final Map<String, String> OLDER_NAMES =
      Map.of(
          "DEMAND", "REQUEST",
          "DISAPPROVE", "ACCUSE",
          "INVESTIGATE", "ACCUSE",
          "FIGHT", "ASSAULT");

  private static final String ACTOR_CODE = "[A-Z]{3}[A-Z0-9]*";

  private final Path source;
  private final List<String> notes = new ArrayList<>();

  private PloverJsonReader(Path source) {
    this.source = source;
  }

  static GoldSet read(Path source, String name, String content) {
    return new PloverJsonReader(source).readSet(name, content);
  }

  private GoldSet readSet(String name, String content) {
    JsonMapper mapper = JsonInput.mapper();
    List<JsonInput.Located> elements;
    try (JsonParser p = mapper.createParser(content)) {
      p.nextToken(); // START_ARRAY: GoldReaders saw the '['
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw new GoldFormatException(source + ": expected a JSON array of PLOVER records");
      }
      elements = JsonInput.array(p, mapper);
      JsonInput.expectEnd(source, p);
    } catch (JsonProcessingException e) {
      throw JsonInput.syntaxError(source, e);
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": " + e.getMessage(), e);
    }
    return records(name, elements);
  }

  private GoldSet records(String name, List<JsonInput.Located> elements) {
    List<GoldArticle> articles = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<String> documentation = new ArrayList<>();
    Map<String, Integer> mapped = new TreeMap<>();
    List<String> stringTargets = new ArrayList<>();
    List<String> reciprocal = new ArrayList<>();
    List<String> noSource = new ArrayList<>();
    List<String> noTarget = new ArrayList<>();
    List<String> uncoded = new ArrayList<>();
    List<String> recoded = new ArrayList<>();
    List<String> renamed = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < elements.size(); i++) {
      int line = elements.get(i).line();
      JsonNode r = elements.get(i).node();
      if (!r.isObject()) {
        skipped.add(
            "Skipped element "
                + i
                + " (line "
                + line
                + "): not a JSON object but "
                + JsonInput.show(r));
        continue;
      }
      String event = text(r.get("event"));
      String id = text(r.get("id"));
      if ("DOCUMENT".equals(event)) {
        documentation.add(id == null ? "line " + line : id);
        continue;
      }
      if (id == null) {
        skipped.add("Skipped the record at line " + line + ": it has no id");
        continue;
      }
      String where = id + " (line " + line + ")";
      String text = text(r.get("text"));
      if (text == null) {
        skipped.add("Skipped record " + where + ": it has no text");
        continue;
      }
      if (event == null) {
        skipped.add("Skipped record " + where + ": it has no event category");
        continue;
      }
      String category = event.strip().toUpperCase(Locale.ROOT);
      if (OLDER_NAMES.containsKey(category)) {
        mapped.merge(category, 1, Integer::sum);
        category = OLDER_NAMES.get(category);
      } else if (!CATEGORIES.contains(category)) {
        skipped.add(
            "Skipped record " + where + ": event \"" + event + "\" is not a PLOVER category");
        continue;
      }
      LocalDate published = null;
      JsonNode dateNode = r.get("date");
      if (dateNode != null && !dateNode.isNull()) {
        published = dateNode.isTextual() ? JsonInput.day(dateNode.asText()) : null;
        if (published == null) {
          skipped.add(
              "Skipped record "
                  + where
                  + ": date "
                  + JsonInput.show(dateNode)
                  + " is not YYYY-MM-DD");
          continue;
        }
      }
      int count = seen.merge(id, 1, Integer::sum);
      String articleId = id;
      if (count > 1) {
        articleId = id + "#" + count;
        renamed.add(where + " as " + articleId);
      }
      List<@Nullable String> sources = actors(r.get("source"), articleId, uncoded, recoded);
      if (sources.isEmpty()) {
        noSource.add(articleId);
        sources.add(null);
      }
      JsonNode targetNode = r.get("target");
      if (targetNode != null && targetNode.isTextual()) {
        stringTargets.add(articleId + " " + JsonInput.show(targetNode));
      }
      List<@Nullable String> targets = actors(targetNode, articleId, uncoded, recoded);
      if (targets.isEmpty()) {
        if (tagsBothWays(r.get("textInfo"))) {
          // "(SRC/TAR: Hungarian) and (SRC/TAR: Romanian) officials agreed": each acts on the
          // other.
          reciprocal.add(articleId);
          targets.addAll(sources);
        } else {
          noTarget.add(articleId);
          targets.add(null);
        }
      }
      GoldEvent gold =
          new GoldEvent(
              articleId + "-r1",
              sources,
              targets,
              List.of(),
              List.of(),
              List.of(category),
              null,
              null,
              false,
              text(r.get("eventText")));
      articles.add(
          new GoldArticle(
              articleId, published, text, List.of(gold), List.of(), List.of(), List.of()));
    }
    note("Documentation records (event DOCUMENT), skipped", documentation, "record");
    notes.addAll(skipped);
    if (!mapped.isEmpty()) {
      List<String> parts = new ArrayList<>();
      mapped.forEach(
          (old, n) ->
              parts.add(
                  old
                      + " as "
                      + OLDER_NAMES.get(old)
                      + " ("
                      + GoldReaders.count(n, "record")
                      + ")"));
      notes.add(
          "Older PLOVER category names read as the PLOVER 0.8 (2021) names: "
              + String.join(", ", parts));
    }
    note(
        "Target given as a string, not a list of actors, read as no target list",
        stringTargets,
        "record");
    note(
        "Actors tagged SRC/TAR and no target list, the sources read as targets too (they act on"
            + " each other)",
        reciprocal,
        "record");
    note("No source actor, read as an unnamed source (null)", noSource, "record");
    note("No target actor, read as an unnamed target (null)", noTarget, "record");
    note("Actor without a usable code, read as unnamed (null)", uncoded, "actor");
    note("Country code that is not CAMEO's (a typo in the gold, or ISO's TLS), read as CAMEO's", recoded, "actor");
    for (String r : renamed) {
      notes.add("Record id repeats an earlier one; read " + r);
    }
    if (articles.isEmpty()) {
      throw new GoldFormatException(
          source
              + ": no PLOVER records"
              + (skipped.isEmpty()
                  ? "; expected objects with id, event, text, source, target"
                  : "; " + skipped.get(0)));
    }
    return new GoldSet(name, GoldSet.PLOVER_JSON, source, articles, notes);
  }

  /**
   * Country codes in the PLOVER gold that are not CAMEO's, with the country they stand for in
   * context: the typos JAP for Japan (CAMEO JPN), ITL for Italy (ITA), VTN for Vietnam (VNM), and
   * ISO's TLS for Timor-Leste, which CAMEO writes TMP. Reading them as written would count every
   * prediction for these countries as an actor error.
   */
  private static final Map<String, String> NON_CAMEO_COUNTRIES =
      Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM", "TLS", "TMP");

  private void note(String what, List<String> items, String noun) {
    if (!items.isEmpty()) {
      notes.add(
          what
              + ": "
              + GoldReaders.count(items.size(), noun)
              + " ("
              + GoldReaders.listed(items)
              + ")");
    }
  }

  /** The actors' codes, duplicates dropped; empty when the record lists none. */
  private static List<@Nullable String> actors(
      @Nullable JsonNode node, String id, List<String> uncoded, List<String> recoded) {
    Set<@Nullable String> out = new LinkedHashSet<>();
    if (node == null || !node.isArray()) {
      return new ArrayList<>();
    }
    for (JsonNode actor : node) {
      String code = actor.isObject() ? text(actor.get("code")) : null;
      if (code != null && code.strip().matches(ACTOR_CODE)) {
        String cameo = NON_CAMEO_COUNTRIES.get(code.strip());
        if (cameo != null) {
          recoded.add(id + " " + code.strip() + " as " + cameo);
        }
        out.add(cameo != null ? cameo : code.strip());
      } else {
        uncoded.add(id + " " + JsonInput.show(actor));
        out.add(null);
      }
    }
    return new ArrayList<>(out);
  }

  /** Whether the record's markup tags an actor as both source and target. */
  private static boolean tagsBothWays(@Nullable JsonNode textInfo) {
    if (textInfo == null) {
      return false;
    }
    JsonNode markup = textInfo.isObject() ? textInfo.get("markup") : textInfo;
    String s = text(markup);
    return s != null && (s.contains("SRC/TAR") || s.contains("TAR/SRC"));
  }

  private static @Nullable String text(@Nullable JsonNode node) {
    return node != null && node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
  }
}
