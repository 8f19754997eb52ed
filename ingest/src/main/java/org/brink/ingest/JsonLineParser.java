package org.brink.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.brink.core.Article;
import org.brink.core.ArticleId;
import org.brink.core.ArticleMeta;
import org.brink.core.ContentType;
import org.brink.core.Outcome;
import org.brink.core.Problem;
import org.brink.core.Reason;
import org.jspecify.annotations.Nullable;

/**
 * Turns one JSON Lines record into an article.
 *
 * <p>Fields: {@code id} (string or number), {@code title}, {@code text} or {@code html} (one is
 * required; {@code text} wins when both are given), {@code published} or {@code date} ({@code
 * YYYY-MM-DD} or an ISO date-time; {@code published} wins), {@code url}, {@code outlet}. Other
 * fields are ignored and JSON {@code null} counts as absent.
 *
 * <p>Design decision: a record is rejected only when it has no usable body. A bad date, title, url
 * or outlet is a {@link Reason#BAD_FIELD} warning and the field is left unset (for a date, the
 * {@code --published} default applies), because the text can still be coded and the warning says
 * what was lost. An {@code id} that is not a non-blank string or number is also a warning, and the
 * content hash is used instead.
 *
 * <p>Thread-safe: the Jackson mapper is configured once and never changed.
 */
final class JsonLineParser {
  private static final int EXCERPT = 60;

  private final ObjectMapper mapper;
  private final @Nullable LocalDate defaultPublished;

  JsonLineParser(long maxBytes, @Nullable LocalDate defaultPublished) {
    // A line may hold one string nearly as long as the line itself: lift Jackson's default cap
    // on string length to the configured article limit.
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxStringLength((int) Math.min(Integer.MAX_VALUE, Math.max(maxBytes, 1_000)))
            .build();
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(constraints).build();
    this.mapper =
        JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    this.defaultPublished = defaultPublished;
  }

  /**
   * Parses one decoded line.
   *
   * @param source the line's name, {@code "path:LINE"}
   * @param warnings warnings found before parsing (an encoding repaired), kept with the article
   */
  Outcome<Article> parse(String line, String source, List<Problem> warnings) {
    JsonNode node;
    try {
      node = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      return Outcome.rejected(
          new Problem(Reason.MALFORMED_JSON, "not JSON: " + describe(e), source));
    }
    if (node == null || !node.isObject()) {
      String kind = node == null ? "empty" : "a JSON " + kindOf(node);
      return Outcome.rejected(
          new Problem(Reason.MALFORMED_JSON, "line is " + kind + ", not an object", source));
    }
    List<Problem> problems = new ArrayList<>(warnings);

    String body;
    ContentType type;
    JsonNode text = present(node, "text");
    JsonNode html = present(node, "html");
    if (text != null && !text.isTextual()) {
      return rejectWrongType("text", text, source);
    }
    if (text == null && html != null && !html.isTextual()) {
      return rejectWrongType("html", html, source);
    }
    if (text != null) {
      body = text.textValue();
      type = ContentType.TEXT;
    } else if (html != null) {
      body = html.textValue();
      type = ContentType.HTML;
    } else {
      return Outcome.rejected(
          new Problem(
              Reason.BAD_FIELD,
              "record has neither \"text\" nor \"html\"; one is required",
              source));
    }
    String bodyField = type == ContentType.TEXT ? "text" : "html";
    if (TextDecoder.isBlank(body)) {
      return Outcome.rejected(
          new Problem(Reason.EMPTY_TEXT, "field \"" + bodyField + "\" is empty", source));
    }
    body = TextDecoder.normaliseLineEnds(body);

    ArticleId id = id(node, body, source, problems);
    String title = optionalString(node, "title", source, problems);
    String url = optionalString(node, "url", source, problems);
    String outlet = optionalString(node, "outlet", source, problems);
    LocalDate published = published(node, source, problems);

    ArticleMeta meta = new ArticleMeta(title, published, url, outlet, source);
    return Outcome.done(new Article(id, meta, body, type, problems), problems);
  }

  private ArticleId id(JsonNode node, String body, String source, List<Problem> problems) {
    JsonNode id = present(node, "id");
    if (id != null) {
      if ((id.isTextual() || id.isNumber()) && !id.asText().isBlank()) {
        return new ArticleId(id.asText().strip());
      }
      problems.add(
          new Problem(
              Reason.BAD_FIELD,
              "field \"id\" is "
                  + describeValue(id)
                  + ", not a non-blank string or number; the id is a hash of the content",
              source));
    }
    return ArticleId.ofContent(body);
  }

  private @Nullable LocalDate published(JsonNode node, String source, List<Problem> problems) {
    String field = present(node, "published") != null ? "published" : "date";
    JsonNode value = present(node, field);
    if (value == null) {
      return defaultPublished;
    }
    Optional<LocalDate> day =
        value.isTextual() ? PublicationDates.parse(value.textValue()) : Optional.empty();
    if (day.isPresent()) {
      return day.get();
    }
    problems.add(
        new Problem(
            Reason.BAD_FIELD,
            "field \""
                + field
                + "\" is "
                + describeValue(value)
                + ", not a date (YYYY-MM-DD or an ISO date-time); "
                + (defaultPublished == null
                    ? "the publication date is left unset"
                    : "using the default " + defaultPublished + " (--published)"),
            source));
    return defaultPublished;
  }

  private static @Nullable String optionalString(
      JsonNode node, String field, String source, List<Problem> problems) {
    JsonNode value = present(node, field);
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      problems.add(
          new Problem(
              Reason.BAD_FIELD,
              "field \"" + field + "\" is " + describeValue(value) + ", not a string; ignored",
              source));
      return null;
    }
    String s = TextShape.collapseWhitespace(value.textValue());
    return s.isEmpty() ? null : s;
  }

  private static Outcome<Article> rejectWrongType(String field, JsonNode value, String source) {
    return Outcome.rejected(
        new Problem(
            Reason.BAD_FIELD,
            "field \"" + field + "\" is " + describeValue(value) + ", not a string",
            source));
  }

  /** The field's value, or null when it is missing or JSON null. */
  private static @Nullable JsonNode present(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value;
  }

  /** A value as messages show it: its JSON kind and, for scalars, the value, shortened. */
  static String describeValue(JsonNode value) {
    String kind = kindOf(value);
    if (value.isContainerNode()) {
      return "a JSON " + kind;
    }
    String shown = value.isTextual() ? "\"" + value.textValue() + "\"" : value.toString();
    if (shown.length() > EXCERPT) {
      shown = shown.substring(0, EXCERPT) + "…";
    }
    String article = kind.startsWith("a") || kind.startsWith("o") ? "an " : "a ";
    return value.isTextual() ? shown : article + kind + " (" + shown + ")";
  }

  private static String kindOf(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "array";
      case OBJECT -> "object";
      case STRING -> "string";
      case NUMBER -> "number";
      case BOOLEAN -> "boolean";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }

  private static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    int newline = message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline);
    }
    JsonLocation where = e.getLocation();
    if (where != null && where.getColumnNr() > 0) {
      message += " (column " + where.getColumnNr() + ")";
    }
    return message;
  }
}
