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
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads Brink gold (docs/gold-format.md), strictly: the first error stops the read, and the message
 * names the file, the line the article starts on, the article and the field.
 */
final class BrinkGoldReader {
  private static final List<String> TOP_FIELDS = List.of("about", "selection", "articles");
  private static final List<String> ARTICLE_FIELDS =
      List.of(
          "id",
          "published",
          "text",
          "required",
          "acceptable",
          "forbidden",
          "quotes",
          "boilerplate");
  private static final List<String> ENTRY_FIELDS =
      List.of(
          "id", "source", "target", "roots", "codes", "date", "date_on_or_after", "note", "hard");
  private static final List<String> QUOTE_FIELDS = List.of("speaker", "contains", "hard");

  private final Path source;
  private final JsonMapper mapper = JsonInput.mapper();

  /** Entry id -> the article that has it, to refuse an id used twice. */
  private final Map<String, String> entryIds = new HashMap<>();

  /** Article id -> the line it starts on. */
  private final Map<String, Integer> articleLines = new HashMap<>();

  private BrinkGoldReader(Path source) {
    this.source = source;
  }

  static GoldSet read(Path source, String name, String content) {
    return new BrinkGoldReader(source).readSet(name, content);
  }

  private GoldSet readSet(String name, String content) {
    List<GoldArticle> articles = null;
    try (JsonParser p = mapper.createParser(content)) {
      p.nextToken(); // START_OBJECT: GoldReaders saw the '{'
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        int line = p.currentTokenLocation().getLineNr();
        JsonToken value = p.nextToken();
        switch (field) {
          case "about" -> {
            if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NULL) {
              throw fail(line, "about: expected a string, found " + JsonInput.show(tree(p)));
            }
          }
          case "selection" -> {
            if (value != JsonToken.START_OBJECT && value != JsonToken.VALUE_NULL) {
              throw fail(line, "selection: expected an object, found " + JsonInput.show(tree(p)));
            }
            p.skipChildren();
          }
          case "articles" -> {
            if (value != JsonToken.START_ARRAY) {
              throw fail(line, "articles: expected a list of articles, found " + tree(p));
            }
            articles = new ArrayList<>();
            List<JsonInput.Located> elements = JsonInput.array(p, mapper);
            for (int i = 0; i < elements.size(); i++) {
              articles.add(article(elements.get(i), i));
            }
          }
          default ->
              throw fail(
                  line,
                  "unknown field \""
                      + field
                      + "\"; the top level has "
                      + String.join(", ", TOP_FIELDS));
        }
      }
      JsonInput.expectEnd(source, p);
    } catch (JsonProcessingException e) {
      throw JsonInput.syntaxError(source, e);
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": " + e.getMessage(), e);
    }
    if (articles == null) {
      throw new GoldFormatException(
          source
              + ": a JSON object without \"articles\" is not Brink gold; "
              + GoldReaders.EXPECTED);
    }
    return new GoldSet(name, GoldSet.BRINK, source, articles, List.of());
  }

  private JsonNode tree(JsonParser p) throws IOException {
    JsonNode node = mapper.readTree(p);
    return node == null ? mapper.nullNode() : node;
  }

  private GoldFormatException fail(int line, String what) {
    return new GoldFormatException(source + ":" + line + ": " + what);
  }

  // ---------------------------------------------------------------------------------------------
  // Articles

  private GoldArticle article(JsonInput.Located located, int index) {
    int line = located.line();
    JsonNode node = located.node();
    At at = new At(line, "articles[" + index + "]");
    if (!node.isObject()) {
      throw at.fail("", "expected an article object, found " + JsonInput.show(node));
    }
    JsonNode idNode = node.get("id");
    if (idNode == null || idNode.isNull()) {
      throw at.fail("id", "missing; every article needs an id");
    }
    if (!idNode.isTextual() || idNode.asText().isBlank()) {
      throw at.fail("id", "expected a non-empty string, found " + JsonInput.show(idNode));
    }
    String id = idNode.asText();
    at = new At(line, "article \"" + id + "\"");
    Integer earlier = articleLines.putIfAbsent(id, line);
    if (earlier != null) {
      throw at.fail("id", "repeats the id of the article at line " + earlier);
    }
    unknownFields(at, "", node, ARTICLE_FIELDS, "articles have");
    LocalDate published = optionalDay(at, "published", node.get("published"));
    JsonNode textNode = node.get("text");
    if (textNode == null || textNode.isNull()) {
      throw at.fail("text", "missing; every article needs the text to code");
    }
    if (!textNode.isTextual() || textNode.asText().isBlank()) {
      throw at.fail("text", "expected a non-empty string, found " + JsonInput.show(textNode));
    }
    String text = textNode.asText();
    List<GoldEvent> required = entries(at, id, "required", node.get("required"), "r");
    List<GoldEvent> acceptable = entries(at, id, "acceptable", node.get("acceptable"), "a");
    List<GoldEvent> forbidden = entries(at, id, "forbidden", node.get("forbidden"), "f");
    List<GoldQuote> quotes = quotes(at, text, node.get("quotes"));
    boilerplate(at, node.get("boilerplate"));
    return new GoldArticle(id, published, text, required, acceptable, forbidden, quotes);
  }

  private List<GoldEvent> entries(
      At at, String articleId, String list, @Nullable JsonNode node, String idLetter) {
    List<GoldEvent> out = new ArrayList<>();
    for (JsonNode element : elements(at, list, node, "entries")) {
      String path = list + "[" + out.size() + "]";
      out.add(entry(at, articleId, path, element, list.equals("required"), idLetter, out.size()));
    }
    return out;
  }

  private GoldEvent entry(
      At at,
      String articleId,
      String path,
      JsonNode node,
      boolean idRequired,
      String idLetter,
      int index) {
    if (!node.isObject()) {
      throw at.fail(path, "expected an entry object, found " + JsonInput.show(node));
    }
    unknownFields(at, path, node, ENTRY_FIELDS, "entries have");
    String id = optionalString(at, path + ".id", node.get("id"));
    if (id == null) {
      if (idRequired) {
        throw at.fail(
            path + ".id", "missing; required entries need an id such as \"" + articleId + "-r1\"");
      }
      id = articleId + "-" + idLetter + (index + 1);
    }
    String earlier = entryIds.putIfAbsent(id, articleId);
    if (earlier != null) {
      throw at.fail(path + ".id", "\"" + id + "\" is already used in article \"" + earlier + "\"");
    }
    List<@Nullable String> sources = actors(at, path + ".source", node.get("source"));
    List<@Nullable String> targets = actors(at, path + ".target", node.get("target"));
    List<String> roots = roots(at, path + ".roots", node.get("roots"));
    List<String> codes = codes(at, path + ".codes", node.get("codes"), roots);
    LocalDate date = optionalDay(at, path + ".date", node.get("date"));
    LocalDate onOrAfter = optionalDay(at, path + ".date_on_or_after", node.get("date_on_or_after"));
    String note = optionalString(at, path + ".note", node.get("note"));
    boolean hard = optionalBoolean(at, path + ".hard", node.get("hard"));
    return new GoldEvent(
        id, sources, targets, roots, codes, List.of(), date, onOrAfter, hard, note);
  }

  private List<@Nullable String> actors(At at, String path, @Nullable JsonNode node) {
    if (node == null) {
      throw at.fail(path, "missing; list actor-code prefixes, null for an unnamed actor");
    }
    if (!node.isArray()) {
      throw at.fail(path, "expected a list of actor codes, found " + JsonInput.show(node));
    }
    if (node.isEmpty()) {
      throw at.fail(path, "empty; list at least one actor code, or null for an unnamed actor");
    }
    List<@Nullable String> out = new ArrayList<>();
    for (JsonNode element : node) {
      String elementPath = path + "[" + out.size() + "]";
      if (element.isNull()) {
        out.add(null);
      } else if (!element.isTextual()) {
        throw at.fail(
            elementPath, "expected an actor code or null, found " + JsonInput.show(element));
      } else if (!element.asText().matches("[A-Z]{3,}")) {
        throw at.fail(
            elementPath,
            JsonInput.show(element)
                + " is not an actor code; codes are upper-case letters, at least three, such as"
                + " \"USA\" or \"USAGOV\"");
      } else {
        out.add(element.asText());
      }
    }
    return out;
  }

  private List<String> roots(At at, String path, @Nullable JsonNode node) {
    if (node == null) {
      throw at.fail(path, "missing; list the CAMEO roots, \"01\" to \"20\"");
    }
    if (!node.isArray() || node.isEmpty()) {
      throw at.fail(
          path, "expected a non-empty list of CAMEO roots, found " + JsonInput.show(node));
    }
    List<String> out = new ArrayList<>();
    for (JsonNode element : node) {
      String text = element.isTextual() ? element.asText() : "";
      if (!text.matches("0[1-9]|1\\d|20")) {
        throw at.fail(
            path + "[" + out.size() + "]",
            JsonInput.show(element)
                + " is not a CAMEO root; roots are two digits, \"01\" to \"20\"");
      }
      out.add(text);
    }
    return out;
  }

  private List<String> codes(At at, String path, @Nullable JsonNode node, List<String> roots) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw at.fail(path, "expected a list of CAMEO codes, found " + JsonInput.show(node));
    }
    List<String> out = new ArrayList<>();
    for (JsonNode element : node) {
      String elementPath = path + "[" + out.size() + "]";
      String text = element.isTextual() ? element.asText() : "";
      if (!text.matches("\\d{2,4}")) {
        throw at.fail(
            elementPath,
            JsonInput.show(element)
                + " is not a CAMEO code; codes are 2-4 digits with the leading zero, such as"
                + " \"0256\"");
      }
      if (!roots.contains(text.substring(0, 2))) {
        throw at.fail(
            elementPath,
            "\""
                + text
                + "\" is under root \""
                + text.substring(0, 2)
                + "\", which roots does not list");
      }
      out.add(text);
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Quotes and boilerplate

  private List<GoldQuote> quotes(At at, String text, @Nullable JsonNode node) {
    List<GoldQuote> out = new ArrayList<>();
    for (JsonNode element : elements(at, "quotes", node, "quotes")) {
      String path = "quotes[" + out.size() + "]";
      if (!element.isObject()) {
        throw at.fail(path, "expected a quote object, found " + JsonInput.show(element));
      }
      unknownFields(at, path, element, QUOTE_FIELDS, "quotes have");
      String speaker = requiredString(at, path + ".speaker", element.get("speaker"));
      String contains = requiredString(at, path + ".contains", element.get("contains"));
      if (!text.contains(contains)) {
        throw at.fail(
            path + ".contains",
            "\"" + contains + "\" does not occur in the article text; copy it exactly");
      }
      boolean hard = optionalBoolean(at, path + ".hard", element.get("hard"));
      out.add(new GoldQuote(speaker, contains, hard));
    }
    return out;
  }

  private void boilerplate(At at, @Nullable JsonNode node) {
    int i = 0;
    for (JsonNode element : elements(at, "boilerplate", node, "strings")) {
      if (!element.isTextual()) {
        throw at.fail(
            "boilerplate[" + i + "]", "expected a string, found " + JsonInput.show(element));
      }
      i++;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Fields

  private static Iterable<JsonNode> elements(
      At at, String path, @Nullable JsonNode node, String what) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw at.fail(path, "expected a list of " + what + ", found " + JsonInput.show(node));
    }
    return node;
  }

  private static void unknownFields(
      At at, String path, JsonNode node, List<String> known, String kind) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        throw at.fail(
            path, "unknown field \"" + name + "\"; " + kind + " " + String.join(", ", known));
      }
    }
  }

  private static @Nullable String optionalString(At at, String path, @Nullable JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual() || node.asText().isBlank()) {
      throw at.fail(path, "expected a non-empty string, found " + JsonInput.show(node));
    }
    return node.asText();
  }

  private static String requiredString(At at, String path, @Nullable JsonNode node) {
    String s = optionalString(at, path, node);
    if (s == null) {
      throw at.fail(path, "missing");
    }
    return s;
  }

  private static boolean optionalBoolean(At at, String path, @Nullable JsonNode node) {
    if (node == null || node.isNull()) {
      return false;
    }
    if (!node.isBoolean()) {
      throw at.fail(path, "expected true or false, found " + JsonInput.show(node));
    }
    return node.booleanValue();
  }

  private static @Nullable LocalDate optionalDay(At at, String path, @Nullable JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    LocalDate day = node.isTextual() ? JsonInput.day(node.asText()) : null;
    if (day == null) {
      throw at.fail(path, JsonInput.show(node) + " is not a date; write YYYY-MM-DD");
    }
    return day;
  }

  /** Where an error is: the line the article starts on and how to name the article. */
  private final class At {
    private final int line;
    private final String record;

    At(int line, String record) {
      this.line = line;
      this.record = record;
    }

    GoldFormatException fail(String path, String what) {
      String field = path.isEmpty() ? "" : path + ": ";
      return new GoldFormatException(source + ":" + line + ": " + record + ": " + field + what);
    }
  }
}
