package org.brink.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * Finds the main text of an HTML page and returns it as blocks, for {@link BoilerplateFilter}.
 *
 * <p>Implementation notes, after Arc90's readability:
 *
 * <ol>
 *   <li>Furniture goes first: elements that never hold article text (scripts, styles, forms'
 *       controls, media), the elements that by their tag are navigation, headers, footers, asides
 *       or figures, hidden elements, and elements whose class, id or role names furniture (nav,
 *       menu, share, social, comment, newsletter, related, promo, cookie, footer, sidebar,
 *       breadcrumb, advert...). A name that also says content ("article-share") removes the
 *       element only when it is slight: under 200 characters or mostly links. An element that
 *       wraps the article itself (it holds {@code <main>} or the article body, or half the page's
 *       text) is kept whatever its name says, unless it is a comment section.
 *   <li>Every paragraph-like element with 25 or more characters scores 1, plus one per comma, half
 *       per sentence end, plus one per 100 characters up to three. Its parent gets the score, its
 *       grandparent half and its great-grandparent a sixth, on top of a base from their tag and
 *       from content- or furniture-like class names. Each container's score is then scaled by
 *       {@code 1 - link density}, so link lists lose.
 *   <li>The best container is the main text, with those of its siblings that score at least a fifth
 *       as well or are link-poor paragraphs.
 *   <li>The chosen elements are walked in order: each block-level element gives a block, a double
 *       {@code <br>} a paragraph break; link text is counted per block.
 * </ol>
 */
final class MainTextExtractor {
  private static final int MIN_PARAGRAPH = 25;

  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "center",
          "dd",
          "details",
          "dialog",
          "dir",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "li",
          "main",
          "menu",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "thead",
          "tfoot",
          "tr",
          "td",
          "th",
          "ul",
          "caption",
          "html",
          "legend",
          "option");

  /** Elements that never carry article text. */
  private static final Set<String> NEVER_TEXT =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "canvas",
          "iframe",
          "object",
          "embed",
          "button",
          "input",
          "select",
          "textarea",
          "video",
          "audio",
          "picture",
          "img",
          "map",
          "link",
          "meta",
          "head",
          "math",
          "source",
          "track",
          "label",
          "output",
          "progress");

  /** Elements that by their tag are page furniture. */
  private static final Set<String> FURNITURE_TAGS =
      Set.of("nav", "header", "footer", "aside", "form", "menu", "dialog", "figure", "figcaption");

  /** Class, id and role words that name page furniture. */
  private static final Set<String> FURNITURE_WORDS =
      Set.of(
          "nav",
          "navbar",
          "navigation",
          "menu",
          "menubar",
          "submenu",
          "share",
          "sharing",
          "sharer",
          "social",
          "socials",
          "comment",
          "comments",
          "disqus",
          "replies",
          "respond",
          "newsletter",
          "newsletters",
          "subscribe",
          "subscription",
          "signup",
          "related",
          "recommended",
          "recirc",
          "promo",
          "promos",
          "promotion",
          "cookie",
          "cookies",
          "consent",
          "gdpr",
          "footer",
          "sidebar",
          "breadcrumb",
          "breadcrumbs",
          "advert",
          "adverts",
          "advertisement",
          "advertising",
          "ad",
          "ads",
          "adslot",
          "dfp",
          "sponsor",
          "sponsored",
          "banner",
          "popup",
          "modal",
          "overlay",
          "masthead",
          "toolbar",
          "widget",
          "widgets",
          "paywall",
          "pagination",
          "pager",
          "skip",
          "hidden",
          "tags",
          "taglist",
          "trending",
          "popular",
          "mostread",
          "outbrain",
          "taboola",
          "byline",
          "author",
          "dateline",
          "meta",
          "caption",
          "credit",
          "print",
          "toc");

  /** Words whose presence makes an element a likely holder of the article. */
  private static final Set<String> CONTENT_WORDS =
      Set.of(
          "article",
          "articlebody",
          "body",
          "content",
          "entry",
          "main",
          "post",
          "story",
          "text",
          "prose",
          "hentry",
          "blog",
          "column",
          "page",
          "live",
          "liveblog",
          "feed",
          "update",
          "updates");

  private static final Set<String> COMMENT_WORDS =
      Set.of("comment", "comments", "disqus", "replies", "respond");

  private static final Set<String> FURNITURE_ROLES =
      Set.of(
          "navigation",
          "banner",
          "complementary",
          "contentinfo",
          "search",
          "dialog",
          "alertdialog",
          "menu",
          "menubar",
          "toolbar");

  private MainTextExtractor() {}

  /** The page's main text as blocks, in document order. Changes {@code page}. */
  static List<Block> extract(Document page) {
    Element body = page.body();
    removeFurniture(body);
    Element top = topCandidate(body);
    List<Element> chosen = top == null ? List.of(body) : withSiblings(top);
    List<Block> blocks = new ArrayList<>();
    for (Element element : chosen) {
      BlockCollector collector = new BlockCollector();
      NodeTraversor.traverse(collector, element);
      collector.flush();
      blocks.addAll(collector.blocks);
    }
    return blocks;
  }

  private static void removeFurniture(Element body) {
    int pageText = body.text().length();
    for (Element element : body.select("*")) {
      if (element == body || element.parent() == null || !attached(element, body)) {
        continue;
      }
      String tag = element.normalName();
      if (NEVER_TEXT.contains(tag)) {
        element.remove();
        continue;
      }
      boolean hidden = isHidden(element);
      boolean furnitureTag = FURNITURE_TAGS.contains(tag);
      List<String> words = classWords(element);
      boolean comments = words.stream().anyMatch(COMMENT_WORDS::contains);
      boolean furnitureName =
          !tag.equals("main")
              && !tag.equals("article")
              && words.stream().anyMatch(FURNITURE_WORDS::contains)
              && (comments
                  || words.stream().noneMatch(CONTENT_WORDS::contains)
                  || isSmallOrLinkList(element));
      boolean furnitureRole =
          FURNITURE_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT));
      if ((hidden || furnitureTag || furnitureName || furnitureRole)
          && !wrapsArticle(element, pageText, comments)) {
        element.remove();
      }
    }
  }

  /**
   * True for an element too slight to be the article whatever its class says ("article-share",
   * "story-related"): under 200 characters of text, or half of it link text.
   */
  private static boolean isSmallOrLinkList(Element element) {
    return element.text().length() < 200 || linkDensity(element) >= 0.5;
  }

  /** True when the element is still inside {@code body}: not in a subtree already removed. */
  private static boolean attached(Element element, Element body) {
    for (Element e = element; e != null; e = e.parent()) {
      if (e == body) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHidden(Element element) {
    if (element.hasAttr("hidden") || element.attr("aria-hidden").equalsIgnoreCase("true")) {
      return true;
    }
    String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    return style.contains("display:none") || style.contains("visibility:hidden");
  }

  /**
   * True when removing the element would remove the article: it holds {@code <main>}, an {@code
   * itemprop=articleBody}, an {@code <article>} that is not a comment, or half the page's text.
   * Comment sections are never taken for the article by their size.
   */
  private static boolean wrapsArticle(Element element, int pageText, boolean comments) {
    if (!element.select("main, [itemprop=articleBody]").isEmpty()) {
      return true;
    }
    if (comments) {
      return false;
    }
    for (Element article : element.select("article")) {
      if (article.normalName().equals("article")
          && classWords(article).stream().noneMatch(COMMENT_WORDS::contains)) {
        return true;
      }
    }
    return pageText > 0 && element.text().length() * 2 >= pageText;
  }

  /**
   * The words of an element's class and id attributes, lower case: split at non-letters and at
   * camel-case humps ({@code "shareBar"} gives "share", "bar").
   */
  static List<String> classWords(Element element) {
    String names = element.className() + " " + element.id();
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= names.length(); i++) {
      char c = i < names.length() ? names.charAt(i) : ' ';
      boolean hump =
          Character.isUpperCase(c)
              && word.length() > 0
              && Character.isLowerCase(word.charAt(word.length() - 1));
      if (!Character.isLetterOrDigit(c) || hump) {
        if (word.length() > 0) {
          words.add(word.toString().toLowerCase(Locale.ROOT));
          word.setLength(0);
        }
      }
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      }
    }
    return words;
  }

  private static @Nullable Element topCandidate(Element body) {
    Map<Element, Double> scores = new LinkedHashMap<>();
    for (Element element : body.getAllElements()) {
      if (!isParagraphLike(element)) {
        continue;
      }
      String text = element.text();
      if (text.length() < MIN_PARAGRAPH) {
        continue;
      }
      double score = 1 + count(text, ',') + count(text, '，') + sentenceEnds(text) * 0.5;
      score += Math.min(text.length() / 100.0, 3);
      Element ancestor = element.parent();
      for (int level = 0; level < 3 && ancestor != null; level++) {
        if (ancestor.normalName().equals("html")) {
          break;
        }
        Element key = ancestor;
        scores.computeIfAbsent(key, MainTextExtractor::baseScore);
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.merge(key, score / divider, Double::sum);
        ancestor = ancestor.parent();
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double score = e.getValue() * (1 - linkDensity(e.getKey()));
      e.setValue(score);
      if (best == null || score > bestScore) {
        best = e.getKey();
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * The top candidate with its siblings that belong to the article too: those scoring at least a
   * fifth of it (and 10), and paragraphs with little or no link text.
   */
  private static List<Element> withSiblings(Element top) {
    Element parent = top.parent();
    if (parent == null || top.normalName().equals("body")) {
      return List.of(top);
    }
    Map<Element, Double> scores = new LinkedHashMap<>();
    double topScore = score(top, scores);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> chosen = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        chosen.add(sibling);
        continue;
      }
      String text = sibling.text();
      double density = linkDensity(sibling);
      boolean sameClass = !top.className().isEmpty() && top.className().equals(sibling.className());
      if (score(sibling, scores) + (sameClass ? topScore * 0.2 : 0) >= threshold) {
        chosen.add(sibling);
      } else if (sibling.normalName().equals("p")) {
        if (text.length() > 80 && density < 0.25) {
          chosen.add(sibling);
        } else if (text.length() > 0 && density == 0 && TextShape.endsSentence(text)) {
          chosen.add(sibling);
        }
      }
    }
    return chosen;
  }

  /** A container's own score, computed the same way as in {@link #topCandidate}. */
  private static double score(Element container, Map<Element, Double> cache) {
    Double cached = cache.get(container);
    if (cached != null) {
      return cached;
    }
    double score = baseScore(container);
    boolean any = false;
    for (Element element : container.getAllElements()) {
      if (element == container || !isParagraphLike(element)) {
        continue;
      }
      String text = element.text();
      if (text.length() < MIN_PARAGRAPH) {
        continue;
      }
      int depth = depthBelow(element, container);
      if (depth > 3) {
        continue;
      }
      any = true;
      double s =
          1 + count(text, ',') + sentenceEnds(text) * 0.5 + Math.min(text.length() / 100.0, 3);
      double divider = depth == 1 ? 1 : depth == 2 ? 2 : (depth - 1) * 3;
      score += s / divider;
    }
    double result = any ? score * (1 - linkDensity(container)) : 0;
    cache.put(container, result);
    return result;
  }

  private static int depthBelow(Element element, Element ancestor) {
    int depth = 0;
    for (Element e = element; e != null && e != ancestor; e = e.parent()) {
      depth++;
    }
    return depth;
  }

  private static double baseScore(Element element) {
    double score =
        switch (element.normalName()) {
          case "div", "article", "main" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    List<String> words = classWords(element);
    if (words.stream().anyMatch(CONTENT_WORDS::contains)) {
      score += 25;
    }
    if (words.stream().anyMatch(FURNITURE_WORDS::contains)) {
      score -= 25;
    }
    if (element.attr("itemprop").equalsIgnoreCase("articleBody")) {
      score += 25;
    }
    return score;
  }

  /**
   * Paragraphs, and containers that hold text but no block-level elements (a {@code <div>} used as
   * a paragraph).
   */
  private static boolean isParagraphLike(Element element) {
    String tag = element.normalName();
    if (tag.equals("p")
        || tag.equals("pre")
        || tag.equals("td")
        || tag.equals("blockquote")
        || tag.equals("dd")) {
      return true;
    }
    if (!(tag.equals("div")
        || tag.equals("section")
        || tag.equals("li")
        || tag.equals("article"))) {
      return false;
    }
    for (Element child : element.children()) {
      if (BLOCK_TAGS.contains(child.normalName())) {
        return false;
      }
    }
    return true;
  }

  private static double linkDensity(Element element) {
    int total = element.text().length();
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : element.select("a")) {
      links += a.text().length();
    }
    return Math.min(1.0, (double) links / total);
  }

  private static int count(String text, char c) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  private static int sentenceEnds(String text) {
    int n = 0;
    for (int i = 0; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))) {
        n++;
      }
    }
    return TextShape.endsSentence(text) ? n + 1 : n;
  }

  /** Walks a subtree and cuts its text into blocks at block-level elements and double breaks. */
  private static final class BlockCollector implements NodeVisitor {
    final List<Block> blocks = new ArrayList<>();
    private final List<BlockSplitter.Line> lines = new ArrayList<>();
    private final Deque<Element> open = new ArrayDeque<>();
    private final StringBuilder line = new StringBuilder();
    private int lineLinkChars;
    private boolean paragraphStart = true;
    private int linkDepth;
    private int preDepth;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        append(text.getWholeText());
      } else if (node instanceof Element element) {
        String tag = element.normalName();
        if (tag.equals("br")) {
          breakLine();
        } else if (BLOCK_TAGS.contains(tag)) {
          flush();
          open.push(element);
        }
        if (tag.equals("a")) {
          linkDepth++;
        } else if (tag.equals("pre")) {
          preDepth++;
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element) {
        String tag = element.normalName();
        if (BLOCK_TAGS.contains(tag)) {
          flush();
          if (!open.isEmpty() && open.peek() == element) {
            open.pop();
          }
        }
        if (tag.equals("a")) {
          linkDepth--;
        } else if (tag.equals("pre")) {
          preDepth--;
        }
      }
    }

    private void append(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' && preDepth > 0) {
          breakLine();
        } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
          if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
            line.append(' ');
          }
        } else {
          line.append(c);
          if (linkDepth > 0) {
            lineLinkChars++;
          }
        }
      }
    }

    /** Ends the current line; an empty line makes the next one start a paragraph. */
    private void breakLine() {
      String text = line.toString().strip();
      if (text.isEmpty()) {
        paragraphStart = true;
      } else {
        lines.add(new BlockSplitter.Line(text, lineLinkChars, paragraphStart));
        paragraphStart = false;
      }
      line.setLength(0);
      lineLinkChars = 0;
    }

    void flush() {
      breakLine();
      if (!lines.isEmpty()) {
        blocks.addAll(BlockSplitter.join(lines, kindOf(open.peek())));
        lines.clear();
      }
      paragraphStart = true;
    }

    private static Block.Kind kindOf(@Nullable Element element) {
      if (element == null) {
        return Block.Kind.PARAGRAPH;
      }
      return switch (element.normalName()) {
        case "h1", "h2", "h3", "h4", "h5", "h6" -> Block.Kind.HEADING;
        case "li", "dt", "dd" -> Block.Kind.LIST_ITEM;
        default -> Block.Kind.PARAGRAPH;
      };
    }
  }
}
