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
 * The filters, sort and page of {@code GET /api/events}.
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

  /** Sort keys and the one SQL expression each stands for: the only way a sort reaches SQL. */
  static final Map<String, String> SORTS =
      Map.of(
          "date", "coalesce(e.\"date\", a.published)",
          "goldstein", "e.goldstein",
          "confidence", "e.confidence",
          "code", "e.code",
          "article", "e.article_id");

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
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.badParameter("to", "is before from (" + from + ")");
    }
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
        params.choice("sort", SORTS.keySet().stream().sorted().toList(), "date"),
        params.choice("order", List.of("asc", "desc"), "desc"),
        params.integer("limit", 1, MAX_LIMIT, 50),
        params.integer("offset", 0, MAX_OFFSET, 0));
  }

  /** The conditions over {@code events e JOIN articles a}. */
  Sql where() {
    Sql sql = new Sql();
    if (actor != null) {
      sql.add("(starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))", actor, actor);
    }
    if (source != null) {
      sql.add("starts_with(e.source_code, ?)", source);
    }
    if (target != null) {
      sql.add("starts_with(e.target_code, ?)", target);
    }
    if (dyad != null) {
      String a = dyad.get(0);
      String b = dyad.get(1);
      sql.add(
          "((starts_with(e.source_code, ?) AND starts_with(e.target_code, ?))"
              + " OR (starts_with(e.source_code, ?) AND starts_with(e.target_code, ?)))",
          a, b, b, a);
    }
    sql.in("e.code", codes).in("e.root", roots).in("e.quad_class", quadClasses).in("e.modality", modalities);
    if (from != null) {
      sql.add("coalesce(e.\"date\", a.published) >= ?", from);
    }
    if (to != null) {
      sql.add("coalesce(e.\"date\", a.published) <= ?", to);
    }
    if (text != null) {
      sql.add("strpos(lower(e.sentence_text), ?) > 0", text);
    }
    if (article != null) {
      sql.add("e.article_id = ?", article);
    }
    if (minConfidence != null) {
      sql.add("e.confidence >= ?", minConfidence);
    }
    return sql;
  }

  /** ORDER BY the chosen key, then the stable event order, so pages never overlap. */
  String orderBy() {
    String direction = order.equals("asc") ? "ASC" : "DESC";
    String key = SORTS.get(sort);
    if (key == null) {
      throw new IllegalStateException("sort key outside the whitelist: " + sort);
    }
    return " ORDER BY " + key + " " + direction + " NULLS LAST, e.article_id, e.sentence_index,"
        + " e.trigger_begin, e.id";
  }
}
