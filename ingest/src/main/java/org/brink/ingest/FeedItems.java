package org.brink.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed. Each item keeps its title, link,
 * publication day and body: {@code content:encoded} or Atom {@code content} when present (the full
 * text some feeds carry), else {@code description} or {@code summary}. Linked pages are not
 * fetched (docs/store.md, "Feeds").
 *
 * <p>The XML parser refuses DTDs and external entities, so a hostile feed cannot read local files
 * or expand entities without bound.
 */
final class FeedItems {
  private FeedItems() {}

  /** One feed item. {@code body} is HTML or plain text, as feeds mix both. */
  record Item(@Nullable String title, @Nullable String link, @Nullable LocalDate published, String body) {}

  /** A parsed feed: its title (the outlet) and items in feed order. */
  record Feed(@Nullable String title, List<Item> items) {}

  /** True when the first bytes look like a feed: an {@code <rss}, {@code <feed} or {@code <rdf:RDF} root. */
  static boolean looksLikeFeed(byte[] prefix, int length) {
    String head = new String(prefix, 0, Math.min(length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
  }

  /**
   * Parses a feed.
   *
   * @throws IOException with a message saying what is wrong when the bytes are not a feed
   */
  static Feed parse(byte[] xml) throws IOException {
    Document doc;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      doc = builder.parse(new ByteArrayInputStream(xml));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a required feature", e);
    } catch (SAXException e) {
      throw new IOException("not well-formed XML: " + e.getMessage(), e);
    }
    Element root = doc.getDocumentElement();
    String name = root.getLocalName() == null ? root.getNodeName() : root.getLocalName();
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "rss" -> {
        Element channel = child(root, "channel");
        if (channel == null) {
          throw new IOException("an RSS feed without a <channel>");
        }
        yield new Feed(text(channel, "title"), items(channel, "item"));
      }
      case "rdf" -> {
        Element channel = child(root, "channel");
        yield new Feed(channel == null ? null : text(channel, "title"), items(root, "item"));
      }
      case "feed" -> new Feed(text(root, "title"), items(root, "entry"));
      default -> throw new IOException("the root element is <" + root.getNodeName() + ">, not <rss>, <rdf:RDF> or <feed>");
    };
  }

  private static List<Item> items(Element parent, String itemName) {
    List<Item> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && itemName.equals(local(e))) {
        out.add(item(e));
      }
    }
    return out;
  }

  private static Item item(Element e) {
    String body = first(text(e, "encoded"), text(e, "content"), text(e, "description"), text(e, "summary"));
    return new Item(text(e, "title"), link(e),
        day(first(text(e, "pubDate"), text(e, "published"), text(e, "date"), text(e, "updated"))),
        body == null ? "" : body);
  }

  /** RSS {@code <link>text</link>}; Atom {@code <link rel="alternate" href>} or the first link. */
  private static @Nullable String link(Element item) {
    String fallback = null;
    for (Node n = item.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && "link".equals(local(e))) {
        String href = e.getAttribute("href");
        if (href.isBlank()) {
          String text = e.getTextContent().strip();
          if (!text.isEmpty()) {
            return text;
          }
          continue;
        }
        String rel = e.getAttribute("rel");
        if (rel.isBlank() || rel.equals("alternate")) {
          return href.strip();
        }
        if (fallback == null) {
          fallback = href.strip();
        }
      }
    }
    if (fallback != null) {
      return fallback;
    }
    String guid = text(item, "guid");
    return guid != null && guid.startsWith("http") ? guid : null;
  }

  /** RFC 1123 (RSS), ISO 8601 (Atom, Dublin Core), or a bare ISO day; null when none parses. */
  static @Nullable LocalDate day(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    try {
      return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeParseException ignored) {
      // not RFC 1123: try ISO forms
    }
    try {
      return OffsetDateTime.parse(v).toLocalDate();
    } catch (DateTimeParseException ignored) {
      // not an ISO date-time with offset
    }
    try {
      return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static @Nullable Element child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && name.equals(local(e))) {
        return e;
      }
    }
    return null;
  }

  private static @Nullable String text(Element parent, String name) {
    Element e = child(parent, name);
    if (e == null) {
      return null;
    }
    String t = e.getTextContent().strip();
    return t.isEmpty() ? null : t;
  }

  private static String local(Element e) {
    return e.getLocalName() == null ? e.getNodeName() : e.getLocalName();
  }

  @SafeVarargs
  private static <T> @Nullable T first(@Nullable T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
