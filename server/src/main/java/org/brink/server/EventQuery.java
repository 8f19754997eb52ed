package org.brink.server;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.brink.core.Modality;
import org.jspecify.annotations.Nullable;

/**
 * The filters, sort and page of {@code GET /api/events} (merged events) and {@code GET
 * /api/mentions} (coded mentions, one per sentence).
 *
 * <p>Actor filters match a code and every code under it: {@code IRN} matches {@code IRN}, {@code
 * IRNGOV} and {@code IRNMIL}. {@code dyad=A-B} matches events between A and B in either direction;
 * {@code source} and {@code target} give a direction. Dates filter on the event's date, or the
 * article's publication day when the event has none.
 *
 * @param actor source or target
 * @param dyad two actor codes, or null
 * @param text words the evidence sentence must contain (case-insensitive), or null
 */
record EventQuery(
    @Nullable String actor,
    @Nullable String source,
    @Nullable String target,
    @Nullable List<String> dyad,
    List<String> codes,
    List<String> roots,
    List<Integer> quadClasses,
    List<String> modalities,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    @Nullable String text,
    @Nullable String article,
    @Nullable Double minConfidence,
    String sort,
    String order,
    int limit,
    int offset) {

  static final Set<String> PARAMETERS =
      Set.of(
          "actor", "source", "target", "dyad", "code", "root", "quad", "modality", "from", "to",
          "q", "article", "min_confidence", "sort", "order", "limit", "offset");

  /** What a query reads: the merged events ({@code events e}) or the mentions ({@code mentions m JOIN articles a}). */
  enum Table {
    EVENTS,
    MENTIONS
  }

  /** Sort keys and the one SQL expression each stands for: the only way a sort reaches SQL. */
  static final Map<String, String> MENTION_SORTS =
      Map.of(
          "date", "coalesce(m.\"date\", a.published)",
          "goldstein", "m.goldstein",
          "confidence", "m.confidence",
          "code", "m.code",
          "article", "m.article_id");

  static final Map<String, String> EVENT_SORTS =
      Map.of(
          "date", "e.\"day\"",
          "goldstein", "e.goldstein",
          "confidence", "e.confidence",
          "code", "e.code",
          "mentions", "e.num_mentions");

  /** Every sort key either table takes; a key the table lacks is refused by {@link #orderBy}. */
  static final List<String> SORT_KEYS = List.of("article", "code", "confidence", "date", "goldstein", "mentions");

  static final int MAX_LIMIT = 500;
  static final int MAX_OFFSET = 10_000_000;

  private static final Pattern CODE = Pattern.compile("[0-9]{2,4}");
  private static final Pattern ROOT = Pattern.compile("[0-9]{2}");
  private static final Pattern QUAD = Pattern.compile("[1-4]");
  private static final Pattern MODALITY =
      Pattern.compile(String.join("|", Arrays.stream(Modality.values()).map(Modality::code).toList()));
  private static final Pattern DYAD = Pattern.compile("([A-Z0-9]{1,30})[-:]([A-Z0-9]{1,30})");

  static EventQuery from(Params params) {
    String dyadText = params.text("dyad");
    List<String> dyad = null;
    if (dyadText != null) {
      var m = DYAD.matcher(dyadText.toUpperCase(Locale.ROOT));
      if (!m.matches()) {
        throw ApiException.badParameter(
            "dyad", "must be two actor codes joined by '-', such as ISR-PSE, not " + Params.quoted(dyadText));
      }
      dyad = List.of(m.group(1), m.group(2));
    }
    LocalDate from = params.date("from");
    LocalDate to = params.date("to");
    Params.checkRange(from, to);
    String text = params.text("q");
    return new EventQuery(
        params.actor("actor"),
        params.actor("source"),
        params.actor("target"),
        dyad,
        params.list("code", CODE, false, "CAMEO codes of 2 to 4 digits, such as 190 or 0331"),
        params.list("root", ROOT, false, "CAMEO roots of 2 digits, such as 19"),
        params.list("quad", QUAD, false, "QuadClass values 1 to 4").stream().map(Integer::valueOf).toList(),
        params.list("modality", MODALITY, false, "modalities among " + MODALITY.pattern().replace('|', ',')),
        from,
        to,
        text == null ? null : text.toLowerCase(Locale.ROOT),
        params.text("article"),
        params.number("min_confidence", 0, 1),
        params.choice("sort", SORT_KEYS, "date"),
        params.choice("order", List.of("asc", "desc"), "desc"),
        params.integer("limit", 1, MAX_LIMIT, 50),
        params.integer("offset", 0, MAX_OFFSET, 0));
  }

  /** The conditions over {@code events e} or {@code mentions m JOIN articles a}. */
  Sql where(Table table) {
    return table == Table.EVENTS ? whereEvents() : whereMentions();
  }

  private Sql whereMentions() {
    Sql sql = new Sql();
    actors(sql, "m.source_code", "m.target_code", "m.source_code", "m.target_code");
    sql.in("m.code", codes).in("m.root", roots).in("m.quad_class", quadClasses).in("m.modality", modalities);
    if (from != null) {
      sql.add("coalesce(m.\"date\", a.published) >= ?", from);
    }
    if (to != null) {
      sql.add("coalesce(m.\"date\", a.published) <= ?", to);
    }
    if (text != null) {
      sql.add("strpos(lower(m.sentence_text), ?) > 0", text);
    }
    if (article != null) {
      sql.add("m.article_id = ?", article);
    }
    if (minConfidence != null) {
      sql.add("m.confidence >= ?", minConfidence);
    }
    return sql;
  }

  /** Over merged events: text and article look at the event's mentions. */
  private Sql whereEvents() {
    Sql sql = new Sql();
    actors(sql, "e.source_code", "e.target_code", "e.source_country", "e.target_country");
    sql.in("e.code", codes).in("e.root", roots).in("e.quad_class", quadClasses).in("e.modality", modalities);
    if (from != null) {
      sql.add("e.\"day\" >= ?", from);
    }
    if (to != null) {
      sql.add("e.\"day\" <= ?", to);
    }
    if (text != null) {
      sql.add(
          "EXISTS (SELECT 1 FROM event_mentions em JOIN mentions m ON m.id = em.mention_id"
              + " WHERE em.event_id = e.id AND strpos(lower(m.sentence_text), ?) > 0)",
          text);
    }
    if (article != null) {
      sql.add(
          "EXISTS (SELECT 1 FROM event_mentions em JOIN mentions m ON m.id = em.mention_id"
              + " WHERE em.event_id = e.id AND m.article_id = ?)",
          article);
    }
    if (minConfidence != null) {
      sql.add("e.confidence >= ?", minConfidence);
    }
    return sql;
  }

  /**
   * The actor filters. A dyad side of three characters is a country and compares with the
   * country columns; a longer code is a prefix of the code columns.
   */
  private void actors(Sql sql, String sourceCode, String targetCode, String sourceCountry, String targetCountry) {
    if (actor != null) {
      sql.add("(starts_with(" + sourceCode + ", ?) OR starts_with(" + targetCode + ", ?))", actor, actor);
    }
    if (source != null) {
      sql.add("starts_with(" + sourceCode + ", ?)", source);
    }
    if (target != null) {
      sql.add("starts_with(" + targetCode + ", ?)", target);
    }
    if (dyad != null) {
      String a = dyad.get(0);
      String b = dyad.get(1);
      String s = a.length() == 3 && b.length() == 3 ? sourceCountry : sourceCode;
      String t = a.length() == 3 && b.length() == 3 ? targetCountry : targetCode;
      sql.add(
          "((starts_with(" + s + ", ?) AND starts_with(" + t + ", ?))"
              + " OR (starts_with(" + s + ", ?) AND starts_with(" + t + ", ?)))",
          a, b, b, a);
    }
  }

  /** ORDER BY the chosen key, then a stable order, so pages never overlap. */
  String orderBy(Table table) {
    String direction = order.equals("asc") ? "ASC" : "DESC";
    Map<String, String> sorts = table == Table.EVENTS ? EVENT_SORTS : MENTION_SORTS;
    String key = sorts.get(sort);
    if (key == null) {
      throw ApiException.badParameter(
          "sort", "must be one of " + String.join(", ", sorts.keySet().stream().sorted().toList())
              + " here, not " + Params.quoted(sort));
    }
    String tail = table == Table.EVENTS ? ", e.id" : ", m.article_id, m.sentence_index, m.trigger_begin, m.id";
    return " ORDER BY " + key + " " + direction + " NULLS LAST" + tail;
  }
}
