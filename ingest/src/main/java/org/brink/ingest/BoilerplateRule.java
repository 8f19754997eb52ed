package org.brink.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The named rules by which {@link BoilerplateFilter} removes page furniture from an article's
 * blocks.
 *
 * <p>Implementation notes: every rule describes a <em>shape</em> of furniture, never one site's
 * strings, and each is written so that a news sentence which merely contains the same words
 * survives. Rules that look for a phrase anywhere in a block apply only to short blocks and never
 * to attributed speech ({@code said}, {@code told}); rules anchored at the start of a block need
 * the words that make the phrase an instruction to the reader ({@code "share this"}, not {@code
 * "share"}), so that "Share prices fell" is news. The rules that judge a block by itself are tried
 * in declaration order and the first that matches names the removal; {@link #RELATED_LIST} and
 * {@link #EDGE_FRAGMENT} judge blocks by their neighbours and position, in the filter.
 */
enum BoilerplateRule {
  /** The block repeats the article's title, as a page's {@code <h1>} does. */
  TITLE_REPEAT("title-repeat"),
  /** The block is nothing but a user-interface label: "Share", "Comments (12)", "Advertisement". */
  UI_LABEL("ui-label"),
  /** Items separated by {@code |}, {@code •} or breadcrumb arrows: a menu or a breadcrumb trail. */
  MENU("menu"),
  /** Half or more of the block's characters are link text (or URLs in plain text). */
  LINK_DENSE("link-dense"),
  /** Only a time or date, perhaps after "Updated" or "Published": "14:05 GMT", "2 hours ago". */
  TIMESTAMP("timestamp"),
  /** An author or production credit: "By Jane Doe", "Reporting by ...; Editing by ...". */
  BYLINE("byline"),
  /** A picture or video caption credit: "Photo: ...", "(Image: ...)". */
  CAPTION("caption"),
  /** A teaser for another article behind a label: "Read more: ...", "Related: ...". */
  TEASER("teaser"),
  /**
   * An instruction to the reader: share, follow us, subscribe, sign up, click here, back to top.
   */
  UI_IMPERATIVE("ui-imperative"),
  /** A copyright or copy-protection notice, or a footer link to the site's legal pages. */
  LEGAL_NOTICE("legal-notice"),
  /** A cookie or consent banner. */
  COOKIE_NOTICE("cookie-notice"),
  /** A short label in capitals: "MOST READ", "BREAKING". */
  ALL_CAPS_LABEL("all-caps-label"),
  /** One or two words without sentence punctuation: a button, a tag, a lone time. */
  VERY_SHORT("very-short"),
  /**
   * An HTML heading that is not a sentence: a subheading or a live-blog entry's title, which only
   * repeats the paragraphs under it in headline form.
   */
  SUBHEADING("subheading"),
  /**
   * A heading that introduces other articles ("Related stories", "Most read") with the list of
   * headline-shaped items after it, or any heading followed by two or more link-only items.
   */
  RELATED_LIST("related-list"),
  /**
   * A block without the shape of a sentence in the run of such blocks at the very start or end of
   * the text, where navigation, headlines, datelines and footers cluster.
   */
  EDGE_FRAGMENT("edge-fragment");

  private static final String POLITE =
      "(?:please |do not forget to |don't forget to |be sure to |make sure to |remember to |"
          + "feel free to |why not |you can also |you can |click to |tap to )?";

  private static final String SOCIAL =
      "(?:facebook|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest|instagram|youtube|"
          + "tiktok|threads|bluesky|mastodon|messenger|email|e-mail|sms)";

  private static final Set<String> LABELS =
      Set.of(
          "advertisement",
          "advertising",
          "ad",
          "ads",
          "sponsored",
          "sponsored content",
          "paid content",
          "promoted",
          "partner content",
          "share",
          "shares",
          "share this",
          "share article",
          "share story",
          "share this article",
          "share this story",
          "tweet",
          "email",
          "e-mail",
          "print",
          "comments",
          "comment",
          "reply",
          "replies",
          "menu",
          "main menu",
          "open menu",
          "close menu",
          "search",
          "close",
          "loading",
          "more",
          "show more",
          "load more",
          "see more",
          "view more",
          "next",
          "previous",
          "prev",
          "home",
          "top",
          "save",
          "saved",
          "bookmark",
          "copy link",
          "copied",
          "link copied",
          "listen",
          "watch",
          "play",
          "pause",
          "subscribe",
          "sign in",
          "sign up",
          "log in",
          "login",
          "log out",
          "logout",
          "register",
          "newsletter",
          "newsletters",
          "follow",
          "like",
          "report",
          "related",
          "related articles",
          "related stories",
          "related content",
          "related news",
          "trending",
          "trending now",
          "most read",
          "most popular",
          "most viewed",
          "popular",
          "recommended",
          "read more",
          "read next",
          "read also",
          "also read",
          "see also",
          "more stories",
          "more news",
          "latest",
          "latest news",
          "top stories",
          "editor's picks",
          "back",
          "back to top",
          "skip",
          "skip ad",
          "toggle navigation",
          "facebook",
          "twitter",
          "x",
          "whatsapp",
          "linkedin",
          "telegram",
          "reddit",
          "pinterest",
          "instagram",
          "youtube",
          "tiktok",
          "messenger",
          "tags",
          "topics",
          "share via",
          "share on",
          "follow us",
          "contact us",
          "about us",
          "opinion",
          "video",
          "photos",
          "gallery",
          "live",
          "breaking");

  private static final Pattern LABEL_DRESSING =
      Pattern.compile("^(?:\\d+\\s+)?(.+?)(?:\\s*[(\\[]?\\d+[)\\]]?)?[\\s:.!›»>|…\\-]*$");

  private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s*[|•·‧∙⋅]\\s*");
  private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s+[›»>/]\\s+");

  private static final Pattern TIMESTAMP_LABEL =
      Pattern.compile(
          "^(?:last updated|first published|updated|published|posted|modified|last modified|"
              + "date)\\s*:?\\s*(?:on\\s+|at\\s+)?");

  private static final Set<String> DATE_WORDS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "mon",
          "tue",
          "tues",
          "wed",
          "thu",
          "thur",
          "thurs",
          "fri",
          "sat",
          "sun",
          "am",
          "pm",
          "a.m.",
          "p.m.",
          "gmt",
          "utc",
          "bst",
          "cet",
          "cest",
          "eet",
          "eest",
          "est",
          "edt",
          "cst",
          "cdt",
          "mst",
          "mdt",
          "pst",
          "pdt",
          "et",
          "pt",
          "ist",
          "jst",
          "msk",
          "ago",
          "hour",
          "hours",
          "hr",
          "hrs",
          "minute",
          "minutes",
          "min",
          "mins",
          "second",
          "seconds",
          "secs",
          "day",
          "days",
          "week",
          "weeks",
          "month",
          "months",
          "year",
          "years",
          "yesterday",
          "today",
          "just",
          "now",
          "at",
          "on",
          "of",
          "the",
          "local",
          "time",
          "an",
          "a",
          "updated",
          "published",
          "|",
          "-",
          "–",
          "—",
          "/");

  private static final Pattern DATE_NUMBER =
      Pattern.compile("[0-9][0-9:./\\-]*(?:st|nd|rd|th|h|am|pm|z)?");

  private static final Pattern BYLINE_START =
      Pattern.compile(
          "^(?i:by|words by|written by|reported by|story by|text by|photos by)\\s+(\\p{Lu}.*)$");
  private static final Pattern CREDIT_START =
      Pattern.compile(
          "^(?:reporting by|additional reporting by|editing by|edited by|writing by|"
              + "compiled by|with reporting by)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CONTRIBUTED =
      Pattern.compile(
          "^(?:[\\p{L}.'-]+\\s+){1,8}contributed (?:reporting )?to this (?:report|story|article)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern CAPTION_START =
      Pattern.compile(
          "^(?:photo|photograph|image|picture|video|graphic|illustration|file photo|"
              + "photo credit|credit|pictured|main image|top image)s?\\s*(?::|/|—|–|by\\b)");
  private static final Pattern CAPTION_END =
      Pattern.compile(
          "(?:\\((?:photo|image|picture|file|credit)s?\\b[^)]{0,80}\\)"
              + "|\\b(?:photo|photograph|image|credit)\\s*:\\s*[^.]{1,60})$");

  private static final Pattern TEASER_ANY =
      Pattern.compile(
          "^(?:read more|read also|also read|read next|see also|related|more|recommended|"
              + "must read|don't miss|further reading|more on this(?: story)?|watch|listen|"
              + "in pictures|explainer|factbox|timeline)\\s*[:|»›>–—\\-]\\s*\\S");
  private static final Pattern TEASER_HEADLINE =
      Pattern.compile(
          "^(?:analysis|opinion|background|live|latest|trending|video|podcast)\\s*[:|»›>–—]\\s*\\S");

  private static final Pattern IMPERATIVE_START =
      Pattern.compile(
          "^"
              + POLITE
              + "(?:share (?:this|on|via|with (?:your )?friends|article|story|page|post)\\b"
              + "|share\\s*:"
              + "|follow us\\b"
              + "|follow (?:@\\S+|[\\p{L}\\d.' ]{1,40} on "
              + SOCIAL
              + ")|subscribe(?: to| now| today| for| here|\\s*[:!.]|$)|sign up(?: for| to| now|"
              + " today| here|\\s*[:!.]|$)|sign in(?: to|\\s*[:!.]|$)|log ?in(?:"
              + " to|\\s*[:!.]|$)|register (?:now|today|for free|to|here)|create (?:a |an |your"
              + " )?(?:free )?account|leave a (?:comment|reply)|post a comment|add a comment|write"
              + " a comment|join the (?:conversation|discussion)|(?:view|show|see|read) (?:all"
              + " )?comments|\\d+ comments?\\b|click (?:here|the link|the button|to )|tap"
              + " here|(?:scroll|go|jump|return|back) (?:back )?to (?:the )?top|read more\\b|read"
              + " next\\b|read also\\b|also read\\b|read the full (?:story|article)|continue"
              + " reading|keep reading|(?:story|article) continues (?:below|after)|scroll (?:down"
              + " )?to continue|see also\\b|more on this (?:story|topic)|you (?:may|might) also"
              + " (?:like|enjoy|be interested)|don't miss\\b|recommended (?:for"
              + " you|reading|stories|articles)|download (?:our|the) app|get (?:our|the) app|get"
              + " the latest|listen to (?:this|the) (?:article|story)|watch (?:the"
              + " )?(?:video|live)\\b|watch\\s*:|listen\\s*:|skip to (?:main"
              + " )?(?:content|navigation)|jump to (?:content|navigation)|toggle"
              + " (?:navigation|menu)|enable javascript|update your browser|(?:disable|turn"
              + " off|pause) (?:your )?ad ?blocker)");

  private static final Pattern READER_ADDRESS =
      Pattern.compile(
          "\\b(?:follow us|subscribe to our|sign up (?:for|to) our|our (?:daily |weekly |free"
              + " )?newsletter|share this (?:article|story|post|page)|click here|tap here|leave a"
              + " (?:comment|reply)|to your inbox|in your inbox|download our app|ad ?blocker|enable"
              + " javascript|turn on notifications)\\b");

  private static final Pattern LEGAL_ANYWHERE =
      Pattern.compile("all rights reserved|©|\\(c\\)\\s*\\d{4}|content is protected");
  private static final Pattern LEGAL_START =
      Pattern.compile(
          "^(?:copyright\\s*(?:©|\\(c\\)|\\d{4})|(?:this"
              + " )?(?:content|article|material|page|text|site|website) is"
              + " (?:copyright(?:ed)?|protected)|(?:copying|reproduction|republication|redistribution|reprinting|copy"
              + " and paste)\\b.{0,60}\\b(?:prohibited|forbidden|not"
              + " (?:allowed|permitted)|strictly)|(?:this|the) (?:material|article|content|story)"
              + " may not be (?:published|reproduced|copied|republished|redistributed)|(?:right[-"
              + " ]click|text selection|copying|copy) (?:is )?(?:disabled|not allowed))");
  private static final Pattern FOOTER_LINK =
      Pattern.compile(
          "^(?:terms of (?:use|service)|terms and conditions|privacy (?:policy|notice|settings)"
              + "|cookie (?:policy|settings|preferences)|imprint|impressum|accessibility|sitemap"
              + "|contact us|about us|advertise with us|careers)[\\s:.!›»>|…\\-]*");

  private static final Pattern COOKIES_ADDRESSED =
      Pattern.compile(
          "\\b(?:(?:we|this (?:site|website)|our (?:site|website|partners)) uses? cookies"
              + "|by (?:continuing to (?:use|browse)|using) (?:this|our) (?:site|website)"
              + "|manage your (?:cookie |privacy )?(?:preferences|consent|settings))\\b");
  private static final Pattern COOKIES_LABEL =
      Pattern.compile(
          "\\b(?:accept (?:all )?cookies|reject (?:all )?cookies|allow (?:all )?cookies"
              + "|cookie (?:policy|settings|preferences|consent|notice))\\b");

  private static final Pattern ATTRIBUTION =
      Pattern.compile("\\b(?:said|says|told|according to|announced|stated|added|wrote)\\b");

  private final String code;

  BoilerplateRule(String code) {
    this.code = code;
  }

  /** The stable kebab-case name, as reported in counts. */
  String code() {
    return code;
  }

  /**
   * The first rule that judges {@code block} furniture by itself, or null. {@link #TITLE_REPEAT},
   * {@link #RELATED_LIST} and {@link #EDGE_FRAGMENT} need context and are left to the filter.
   */
  static @Nullable BoilerplateRule judge(Block block) {
    String text = block.text();
    String key = key(text);
    if (key.isEmpty()) {
      return VERY_SHORT;
    }
    int words = block.words();
    if (isLabel(key)) {
      return UI_LABEL;
    }
    if (isMenu(text)) {
      return MENU;
    }
    if (block.linkShare() >= 0.5) {
      return LINK_DENSE;
    }
    if (words <= 14 && isTimestamp(key)) {
      return TIMESTAMP;
    }
    if (isByline(text, key, words)) {
      return BYLINE;
    }
    if (words <= 40 && (CAPTION_START.matcher(key).find() || CAPTION_END.matcher(key).find())) {
      return CAPTION;
    }
    if (words <= 30
        && (TEASER_ANY.matcher(key).find()
            || (TEASER_HEADLINE.matcher(key).find() && !TextShape.endsLikeProse(text)))) {
      return TEASER;
    }
    boolean attributed = ATTRIBUTION.matcher(key).find();
    if (words <= 25 && IMPERATIVE_START.matcher(key).find()) {
      return UI_IMPERATIVE;
    }
    if (words <= 20 && !attributed && READER_ADDRESS.matcher(key).find()) {
      return UI_IMPERATIVE;
    }
    if (words <= 40
        && !attributed
        && (LEGAL_START.matcher(key).find() || LEGAL_ANYWHERE.matcher(key).find())) {
      return LEGAL_NOTICE;
    }
    if (FOOTER_LINK.matcher(key).matches()) {
      return LEGAL_NOTICE;
    }
    if (!attributed
        && ((words <= 80 && COOKIES_ADDRESSED.matcher(key).find())
            || (words <= 12 && COOKIES_LABEL.matcher(key).find()))) {
      return COOKIE_NOTICE;
    }
    if (words <= 6 && TextShape.isMostlyUpperCase(text) && !TextShape.endsSentence(text)) {
      return ALL_CAPS_LABEL;
    }
    if (words <= 2 && !TextShape.endsSentence(text)) {
      return VERY_SHORT;
    }
    if (block.kind() == Block.Kind.HEADING && !isBodyShaped(block)) {
      return SUBHEADING;
    }
    return null;
  }

  /** True when a block names related articles: "Related stories", "Most read", "Read more". */
  static boolean introducesRelatedArticles(Block block) {
    String key = key(block.text());
    return block.words() <= 8
        && !TextShape.endsSentence(block.text())
        && RELATED_HEADING.matcher(key).matches();
  }

  private static final Pattern RELATED_HEADING =
      Pattern.compile(
          "(?:related|related (?:articles|stories|news|content|coverage|topics|reading|links)|more"
              + " (?:stories|news|articles|headlines|to read|like this|on this(?: story|"
              + " topic)?|from [\\p{L}' ]{1,30})|read more|read next|also read|read also|see"
              + " also|further reading|what to read next|you (?:may|might) also"
              + " (?:like|enjoy)|recommended(?: for you| reading| stories| articles)?|most"
              + " (?:read|popular|viewed|shared|watched)|popular(?: now| stories|"
              + " articles)?|trending(?: now| stories)?|top stories|latest(?: news| stories|"
              + " headlines)?|editor's picks|don't miss|must read|in other news|elsewhere on"
              + " [\\p{L}' ]{1,30})[\\s:.!›»>|…\\-]*");

  /**
   * A block is headline-shaped when it could be the title of an article: 1 to 20 words, at most 200
   * characters, not ending like prose.
   */
  static boolean isHeadlineShaped(Block block) {
    int words = block.words();
    return words >= 1
        && words <= 20
        && block.text().length() <= 200
        && !TextShape.endsLikeProse(block.text());
  }

  /**
   * A block has the shape of body text when it ends like a sentence and has at least four words,
   * when it has ten or more words mostly in lower case (prose missing its full stop, unlike a menu
   * or a headline in title case), or when it is long whatever its end.
   */
  static boolean isBodyShaped(Block block) {
    int words = block.words();
    return words >= 25
        || (words >= 4 && TextShape.endsSentence(block.text()))
        || (words >= 10 && TextShape.lowerCaseWordShare(block.text()) >= 0.5);
  }

  /**
   * The text as rules match it: leading bullets and arrows removed, lower case, typographic
   * apostrophes made plain.
   */
  static String key(String text) {
    return TextShape.withoutLeadingGlyphs(text).toLowerCase(Locale.ROOT).replace('’', '\'').strip();
  }

  private static boolean isLabel(String key) {
    if (LABELS.contains(key)) {
      return true;
    }
    var m = LABEL_DRESSING.matcher(key);
    return key.length() <= 40 && m.matches() && LABELS.contains(m.group(1).strip());
  }

  private static boolean isMenu(String text) {
    for (Pattern separator : new Pattern[] {MENU_SEPARATOR, CRUMB_SEPARATOR}) {
      String[] parts = separator.split(text.strip());
      int items = 0;
      int shortItems = 0;
      for (String part : parts) {
        if (part.isBlank()) {
          continue;
        }
        items++;
        if (TextShape.wordCount(part) <= 4 && !TextShape.endsSentence(part)) {
          shortItems++;
        }
      }
      if (items >= 3 && shortItems * 4 >= items * 3) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTimestamp(String key) {
    String rest = TIMESTAMP_LABEL.matcher(key).replaceFirst("");
    if (rest.isBlank()) {
      return !rest.equals(key);
    }
    boolean evidence = false;
    for (String token : rest.split("\\s+")) {
      String t = token.replaceAll("^[,;()\\[\\]]+|[,;()\\[\\]]+$", "");
      if (t.isEmpty()) {
        continue;
      }
      if (DATE_NUMBER.matcher(t).matches()) {
        evidence = true;
      } else if (DATE_WORDS.contains(t)) {
        evidence |= t.equals("ago") || t.equals("yesterday") || t.equals("today");
      } else {
        return false;
      }
    }
    return evidence;
  }

  private static boolean isByline(String text, String key, int words) {
    if (words <= 12 && !TextShape.endsSentence(text)) {
      var m = BYLINE_START.matcher(TextShape.withoutLeadingGlyphs(text));
      if (m.find() && mostlyCapitalised(m.group(1))) {
        return true;
      }
    }
    if (words <= 30 && CREDIT_START.matcher(key).find()) {
      return true;
    }
    return words <= 20 && CONTRIBUTED.matcher(key).find();
  }

  /** True when at least half the words start with a capital: a list of names, not a clause. */
  private static boolean mostlyCapitalised(String names) {
    int words = 0;
    int capitalised = 0;
    for (String word : names.split("[\\s,;&]+")) {
      if (word.isEmpty()) {
        continue;
      }
      words++;
      if (Character.isUpperCase(word.codePointAt(0))) {
        capitalised++;
      }
    }
    return words > 0 && capitalised * 2 >= words;
  }
}
