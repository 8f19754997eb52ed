package org.brink.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brink.core.ArticleMeta;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * What an HTML page says about itself: title, publication day, outlet and address.
 *
 * <p>Sources, first found wins. Title: {@code og:title}, {@code twitter:title}, the {@code <title>}
 * without a trailing " | Site" or " - Site" part, JSON-LD {@code headline}, the first {@code <h1>}.
 * Day: {@code article:published_time}, {@code itemprop=datePublished}, JSON-LD {@code
 * datePublished}, {@code <meta name>} {@code date}, {@code pubdate}, {@code publishdate}, {@code
 * dc.date} and kin, then a {@code <time datetime>} inside the article. Outlet: {@code
 * og:site_name}, {@code application-name}, JSON-LD {@code publisher.name}, the host of the URL.
 * URL: the canonical link, {@code og:url}.
 *
 * @param title the headline, or null
 * @param published the publication day, or null
 * @param url the page's canonical address, or null
 * @param outlet the site's name or host, or null
 */
record PageMetadata(
    @Nullable String title,
    @Nullable LocalDate published,
    @Nullable String url,
    @Nullable String outlet) {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:[|\\-–—·•»:]{1,2})\\s+");

  private static final List<String> DATE_META =
      List.of(
          "meta[property=article:published_time]",
          "meta[property=og:published_time]",
          "meta[itemprop=datePublished]",
          "meta[name=date]",
          "meta[name=pubdate]",
          "meta[name=publishdate]",
          "meta[name=publish-date]",
          "meta[name=publication_date]",
          "meta[name=article.published]",
          "meta[name=dc.date]",
          "meta[name=dc.date.issued]",
          "meta[name=dcterms.date]",
          "meta[name=dcterms.created]",
          "meta[name=dcterms.issued]");

  /** Reads the metadata of a parsed page. Call before the page is stripped of its furniture. */
  static PageMetadata of(Document page) {
    List<JsonNode> jsonLd = jsonLd(page);
    String siteName =
        firstContent(page, "meta[property=og:site_name]", "meta[name=application-name]");
    if (siteName == null) {
      siteName = jsonLdText(jsonLd, "publisher", "name");
    }
    String url = url(page);
    String outlet = siteName != null ? siteName : host(url);
    return new PageMetadata(title(page, siteName, jsonLd), published(page, jsonLd), url, outlet);
  }

  /** The article's metadata completed with this page's where the article has none. */
  ArticleMeta fillIn(ArticleMeta meta) {
    ArticleMeta out = meta;
    if (out.title() == null) {
      out = out.withTitle(title);
    }
    if (out.published() == null) {
      out = out.withPublished(published);
    }
    if (out.url() == null) {
      out = out.withUrl(url);
    }
    if (out.outlet() == null) {
      out = out.withOutlet(outlet);
    }
    return out;
  }

  private static @Nullable String title(
      Document page, @Nullable String siteName, List<JsonNode> jsonLd) {
    String og = firstContent(page, "meta[property=og:title]", "meta[name=twitter:title]");
    if (og != null) {
      return trimSiteName(og, siteName, false);
    }
    Element titleElement = page.selectFirst("head > title, title");
    if (titleElement != null) {
      String t = TextShape.collapseWhitespace(titleElement.text());
      if (!t.isEmpty()) {
        return trimSiteName(t, siteName, true);
      }
    }
    String headline = jsonLdText(jsonLd, "headline");
    if (headline != null) {
      return headline;
    }
    Element h1 = page.selectFirst("h1");
    if (h1 != null) {
      String t = TextShape.collapseWhitespace(h1.text());
      return t.isEmpty() ? null : t;
    }
    return null;
  }

  /**
   * A title without the site's name: a leading or trailing part equal to the site name goes, and
   * for a {@code <title>} also trailing parts of at most four words that start with a capital while
   * at least three words remain ("Talks resume in Geneva | World | Daily Planet" gives "Talks
   * resume in Geneva"). Parts are separated by a spaced {@code | - – — · • » :}.
   */
  static String trimSiteName(String title, @Nullable String siteName, boolean dropShortSuffix) {
    List<int[]> parts = new ArrayList<>();
    Matcher m = TITLE_SEPARATOR.matcher(title);
    int from = 0;
    while (m.find()) {
      parts.add(new int[] {from, m.start()});
      from = m.end();
    }
    parts.add(new int[] {from, title.length()});
    int first = 0;
    int last = parts.size() - 1;
    if (siteName != null) {
      String site = comparable(siteName);
      if (last > first && comparable(part(title, parts.get(last))).equals(site)) {
        last--;
      }
      if (last > first && comparable(part(title, parts.get(first))).equals(site)) {
        first++;
      }
    }
    while (dropShortSuffix && last > first) {
      String suffix = part(title, parts.get(last));
      String rest = title.substring(parts.get(first)[0], parts.get(last - 1)[1]);
      if (TextShape.wordCount(suffix) <= 4
          && TextShape.startsLikeSentence(suffix)
          && TextShape.wordCount(rest) >= 3) {
        last--;
      } else {
        break;
      }
    }
    return title.substring(parts.get(first)[0], parts.get(last)[1]).strip();
  }

  private static String part(String title, int[] range) {
    return title.substring(range[0], range[1]);
  }

  private static String comparable(String text) {
    return TextShape.collapseWhitespace(text).toLowerCase(Locale.ROOT);
  }

  private static @Nullable LocalDate published(Document page, List<JsonNode> jsonLd) {
    for (String selector : DATE_META) {
      LocalDate day = day(firstContent(page, selector));
      if (day != null) {
        return day;
      }
    }
    LocalDate day = day(jsonLdText(jsonLd, "datePublished"));
    if (day != null) {
      return day;
    }
    for (Element time :
        page.select(
            "time[pubdate], [itemprop=datePublished], article time[datetime], main time[datetime],"
                + " time[datetime]")) {
      String value = time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content");
      day = day(value);
      if (day != null) {
        return day;
      }
    }
    return null;
  }

  private static @Nullable LocalDate day(@Nullable String value) {
    if (value == null) {
      return null;
    }
    Optional<LocalDate> day = PublicationDates.parse(value);
    return day.orElse(null);
  }

  private static @Nullable String url(Document page) {
    Element canonical = page.selectFirst("link[rel=canonical][href]");
    if (canonical != null) {
      String href = canonical.absUrl("href");
      if (href.isEmpty()) {
        href = canonical.attr("href").strip();
      }
      if (href.startsWith("http://") || href.startsWith("https://")) {
        return href;
      }
    }
    String og = firstContent(page, "meta[property=og:url]");
    return og != null && (og.startsWith("http://") || og.startsWith("https://")) ? og : null;
  }

  /** The host of a URL without a leading {@code www.}, or null. */
  static @Nullable String host(@Nullable String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = new URI(url).getHost();
      if (host == null || host.isEmpty()) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (URISyntaxException e) {
      // A malformed address gives no host; the outlet is then unknown rather than wrong.
      return null;
    }
  }

  private static @Nullable String firstContent(Document page, String... selectors) {
    for (String selector : selectors) {
      for (Element meta : page.select(selector)) {
        String content = TextShape.collapseWhitespace(meta.attr("content"));
        if (!content.isEmpty()) {
          return content;
        }
      }
    }
    return null;
  }

  private static List<JsonNode> jsonLd(Document page) {
    List<JsonNode> nodes = new ArrayList<>();
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        JsonNode root = JSON.readTree(script.data());
        if (root != null) {
          flatten(root, nodes);
        }
      } catch (JsonProcessingException e) {
        // Broken structured data is common and optional: the other metadata sources still apply.
        continue;
      }
    }
    return nodes;
  }

  /** Collects the objects of a JSON-LD document: top-level arrays and {@code @graph} members. */
  private static void flatten(JsonNode node, List<JsonNode> out) {
    if (node.isArray()) {
      node.forEach(child -> flatten(child, out));
    } else if (node.isObject()) {
      out.add(node);
      JsonNode graph = node.get("@graph");
      if (graph != null) {
        flatten(graph, out);
      }
    }
  }

  /** The first non-blank string at {@code path} in any JSON-LD object. */
  private static @Nullable String jsonLdText(List<JsonNode> nodes, String... path) {
    for (JsonNode node : nodes) {
      JsonNode value = node;
      for (String key : path) {
        value = value.isArray() && !value.isEmpty() ? value.get(0) : value;
        value = value == null ? null : value.get(key);
        if (value == null) {
          break;
        }
      }
      if (value != null && value.isTextual() && !value.textValue().isBlank()) {
        return TextShape.collapseWhitespace(value.textValue());
      }
    }
    return null;
  }
}
