package org.brink.eval.gold;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads PETRARCH / TABARI XML validation records: each {@code <Sentence>} becomes an article and
 * each {@code <EventCoding>} a required event with its exact code.
 */
final class PetrarchXmlReader {
  /*
   * Implementation notes. The file is read with the JDK's StAX parser, DTDs and external entities
   * off. A file that is not well-formed XML (PETR2_GSR_validation.xml opens most records with a
   * self-closed <Sentence .../> tag and closes them with </Sentence>) is read again record by
   * record: comments are blanked (keeping line breaks, so line numbers hold), the text is cut at
   * each <Sentence start tag, a self-closed start tag followed by a </Sentence> is reopened, and
   * each piece goes through the same parser on its own. A piece that still fails is a skipped
   * record with a note. Every skip and every repair is named in the set's notes.
   */

  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern SENTENCE_START = Pattern.compile("<Sentence(?=[\\s/>])[^>]*>");
  private static final Pattern SENTENCE_END = Pattern.compile("</Sentence\\s*>");
  private static final Pattern SENTENCES_END = Pattern.compile("</Sentences\\s*>");
  private static final Pattern ENVIRONMENT =
      Pattern.compile("<Environment(?=[\\s>]).*?</Environment\\s*>", Pattern.DOTALL);
  private static final Pattern CONFIG_OPTION =
      Pattern.compile("<Config\\b[^>]*?\\boption\\s*=\\s*(['\"])(.*?)\\1");
  private static final Pattern ID_ATTRIBUTE = Pattern.compile("\\bid\\s*=\\s*(['\"])(.*?)\\1");
  private static final Pattern ACTOR_CODE = Pattern.compile("[A-Z][A-Z0-9]{2,}");
  private static final DateTimeFormatter YYYYMMDD =
      DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  private final Path source;
  private final List<String> notes = new ArrayList<>();
  private final List<String> dictionaries = new ArrayList<>();
  private final List<RawRecord> records = new ArrayList<>();
  private final Map<String, Integer> ignoredElements = new TreeMap<>();
  private final List<String> undated = new ArrayList<>();

  private PetrarchXmlReader(Path source) {
    this.source = source;
  }

  static GoldSet read(Path source, String name, String content) {
    return new PetrarchXmlReader(source).readSet(name, content);
  }

  private GoldSet readSet(String name, String content) {
    List<String> skipped = new ArrayList<>();
    try {
      walk(content, 0);
    } catch (XMLStreamException e) {
      records.clear();
      dictionaries.clear();
      ignoredElements.clear();
      readRecordByRecord(content, skipped);
      if (records.isEmpty()) {
        throw new GoldFormatException(
            source + ":" + where(e, 0) + ": not well-formed XML: " + what(e));
      }
      notes.add(
          0,
          "Not well-formed XML (" + position(e, 0) + ": " + what(e) + "); read record by record");
    }
    if (records.isEmpty()) {
      throw new GoldFormatException(
          source
              + ": no <Sentence> records; PETRARCH validation files hold <Sentence> elements with"
              + " <Text> and <EventCoding>");
    }
    int dictionaryNoteAt = notes.size();
    Set<String> options = new TreeSet<>();
    Matcher config = CONFIG_OPTION.matcher(blankComments(content));
    while (config.find()) {
      options.add(config.group(2));
    }
    if (!options.isEmpty()) {
      notes.add(
          "<Config> options are PETRARCH settings that Brink does not have; ignored: "
              + String.join(", ", options));
    }
    List<GoldArticle> articles = articles(skipped);
    if (articles.isEmpty()) {
      throw new GoldFormatException(
          source
              + ": none of the "
              + records.size()
              + " <Sentence> records could be read; "
              + (skipped.isEmpty()
                  ? "all are marked out of validation or <Skip>"
                  : skipped.get(0)));
    }
    if (!dictionaries.isEmpty()) {
      notes.add(
          dictionaryNoteAt,
          "Environment names dictionaries "
              + String.join(", ", dictionaries)
              + "; brink eval codes the records with them when every one is beside the gold"
              + " file, else with Brink's own, which lack the actors only these define"
              + (usesCode(articles, "ARN")
                  ? " (such as the fictional ARN, Arnor, that these records use)"
                  : ""));
    }
    return new GoldSet(name, GoldSet.PETRARCH_XML, source, articles, notes);
  }

  // ---------------------------------------------------------------------------------------------
  // XML

  /** One {@code <Sentence>} as written. */
  private static final class RawRecord {
    final int line;
    final Map<String, String> attributes;
    final List<Map<String, String>> codings = new ArrayList<>();
    final List<Integer> codingLines = new ArrayList<>();
    @Nullable StringBuilder text;
    int textCount;
    boolean textHasMarkup;
    boolean skip;

    RawRecord(int line, Map<String, String> attributes) {
      this.line = line;
      this.attributes = attributes;
    }
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    // Gold files are data: no DTD processing, no external entities (XXE).
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  /** Parses {@code xml}, adding its records; {@code lineOffset} lines precede it in the file. */
  private void walk(String xml, int lineOffset) throws XMLStreamException {
    XMLStreamReader r = factory().createXMLStreamReader(new StringReader(xml));
    try {
      RawRecord current = null;
      boolean inEnvironment = false;
      boolean inText = false;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName();
          int line = r.getLocation().getLineNumber() + lineOffset;
          if (current != null) {
            switch (name) {
              case "EventCoding" -> {
                current.codings.add(attributes(r));
                current.codingLines.add(line);
              }
              case "Text" -> {
                current.textCount++;
                current.text = new StringBuilder();
                inText = true;
              }
              case "Skip" -> current.skip = true;
              case "Parse" -> {
                // the parse tree is PETRARCH's input, not gold
              }
              default -> {
                if (inText) {
                  current.textHasMarkup = true;
                } else {
                  ignoredElements.merge(name, 1, Integer::sum);
                }
              }
            }
          } else if (name.equals("Sentence")) {
            current = new RawRecord(line, attributes(r));
          } else if (name.equals("Environment")) {
            inEnvironment = true;
          } else if (inEnvironment && name.endsWith("file") && !name.equals("Errorfile")) {
            // Verbfile, Actorfile (comma-separated), Agentfile, ...; Errorfile is an output.
            for (String file : r.getElementText().split(",")) {
              if (!file.isBlank()) {
                dictionaries.add(file.strip());
              }
            }
          }
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          if (inText && current != null && current.text != null) {
            current.text.append(r.getText());
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          switch (r.getLocalName()) {
            case "Text" -> inText = false;
            case "Environment" -> inEnvironment = false;
            case "Sentence" -> {
              if (current != null) {
                records.add(current);
                current = null;
              }
            }
            default -> {
              // other elements end without effect
            }
          }
        }
      }
    } finally {
      r.close();
    }
  }

  private static Map<String, String> attributes(XMLStreamReader r) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < r.getAttributeCount(); i++) {
      out.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
    }
    return out;
  }

  /** The fallback for a file that is not well-formed: each record parsed on its own. */
  private void readRecordByRecord(String content, List<String> skipped) {
    String text = blankComments(content);
    Matcher environment = ENVIRONMENT.matcher(text);
    if (environment.find()) {
      int line = GoldReaders.lineOf(text, environment.start());
      try {
        walk(environment.group(), line - 1);
      } catch (XMLStreamException e) {
        notes.add(
            "The <Environment> block (line "
                + line
                + ") is not well-formed XML ("
                + what(e)
                + "); the dictionaries it names are not listed here");
      }
    }
    List<Integer> starts = new ArrayList<>();
    List<String> startTags = new ArrayList<>();
    Matcher start = SENTENCE_START.matcher(text);
    while (start.find()) {
      starts.add(start.start());
      startTags.add(start.group());
    }
    if (starts.isEmpty()) {
      return;
    }
    Matcher sentencesEnd = SENTENCES_END.matcher(text);
    int last =
        sentencesEnd.find(starts.get(starts.size() - 1)) ? sentencesEnd.start() : text.length();
    List<String> reopened = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int from = starts.get(i);
      int to = i + 1 < starts.size() ? starts.get(i + 1) : last;
      String chunk = text.substring(from, to);
      String tag = startTags.get(i);
      boolean selfClosed = tag.endsWith("/>");
      Matcher end = SENTENCE_END.matcher(chunk);
      int closeEnd = -1;
      while (end.find()) {
        closeEnd = end.end();
      }
      String id = idOf(tag);
      int line = GoldReaders.lineOf(text, from);
      if (closeEnd >= 0) {
        chunk = chunk.substring(0, closeEnd);
        if (selfClosed) {
          chunk = tag.substring(0, tag.length() - 2) + ">" + chunk.substring(tag.length());
          reopened.add(id == null ? "line " + line : id);
        }
      } else if (selfClosed) {
        chunk = tag;
      }
      try {
        walk(chunk, line - 1);
      } catch (XMLStreamException e) {
        skipped.add(
            "Skipped record "
                + (id == null ? "at line " + line : id + " (line " + line + ")")
                + ": not well-formed XML ("
                + position(e, line - 1)
                + ": "
                + what(e)
                + ")");
      }
    }
    if (!reopened.isEmpty()) {
      notes.add(
          "Self-closed <Sentence .../> start tag followed by the record and </Sentence>, read as"
              + " an open tag: "
              + GoldReaders.count(reopened.size(), "record")
              + " ("
              + GoldReaders.listed(reopened)
              + ")");
    }
  }

  private static @Nullable String idOf(String startTag) {
    Matcher m = ID_ATTRIBUTE.matcher(startTag);
    return m.find() ? m.group(2) : null;
  }

  /** Comments replaced by spaces, line breaks kept, so that line numbers do not move. */
  private static String blankComments(String content) {
    Matcher m = COMMENT.matcher(content);
    StringBuilder out = new StringBuilder(content.length());
    int at = 0;
    while (m.find()) {
      out.append(content, at, m.start());
      for (int i = m.start(); i < m.end(); i++) {
        out.append(content.charAt(i) == '\n' ? '\n' : ' ');
      }
      at = m.end();
    }
    return out.append(content, at, content.length()).toString();
  }

  /** {@code line:column} of a parse error, {@code lineOffset} lines into the file. */
  private static String where(XMLStreamException e, int lineOffset) {
    Location at = e.getLocation();
    return at == null ? "?" : (at.getLineNumber() + lineOffset) + ":" + at.getColumnNumber();
  }

  /** {@code line L, column C} of a parse error, {@code lineOffset} lines into the file. */
  private static String position(XMLStreamException e, int lineOffset) {
    Location at = e.getLocation();
    return at == null
        ? "position unknown"
        : "line " + (at.getLineNumber() + lineOffset) + ", column " + at.getColumnNumber();
  }

  /** The parser's message without its "ParseError at [row,col]" prefix. */
  private static String what(XMLStreamException e) {
    String message = String.valueOf(e.getMessage());
    int at = message.indexOf("Message: ");
    return (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip();
  }

  // ---------------------------------------------------------------------------------------------
  // Records to articles

  /** A record that cannot be read, with why. */
  private static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message, null, false, false);
    }
  }

  private List<GoldArticle> articles(List<String> skipped) {
    List<GoldArticle> out = new ArrayList<>();
    List<String> notValid = new ArrayList<>();
    List<String> skipMarked = new ArrayList<>();
    Map<String, List<String>> errorRecords = new TreeMap<>();
    Map<String, Integer> uncoded = new TreeMap<>();
    Set<String> outsideCameo = new TreeSet<>();
    int outsideCameoCount = 0;
    List<String> renamed = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (RawRecord rec : records) {
      String id = rec.attributes.get("id");
      if (id == null || id.isBlank()) {
        skipped.add("Skipped the record at line " + rec.line + ": it has no id attribute");
        continue;
      }
      if (isFalse(rec, "sentence") || isFalse(rec, "valid") || isFalse(rec, "evaluate")) {
        notValid.add(id);
        continue;
      }
      if (rec.skip) {
        skipMarked.add(id);
        continue;
      }
      Map<String, Integer> recordUncoded = new TreeMap<>();
      List<String> errors = new ArrayList<>();
      GoldArticle article;
      try {
        article = article(id, rec, recordUncoded, errors);
      } catch (Malformed e) {
        skipped.add("Skipped record " + id + " (line " + rec.line + "): " + e.getMessage());
        continue;
      }
      recordUncoded.forEach((code, n) -> uncoded.merge(code, n, Integer::sum));
      for (String error : errors) {
        errorRecords.computeIfAbsent(error, k -> new ArrayList<>()).add(id);
      }
      for (GoldEvent e : article.required()) {
        String root = e.roots().get(0);
        if (root.compareTo("01") < 0 || root.compareTo("20") > 0) {
          outsideCameo.add(e.codes().get(0));
          outsideCameoCount++;
        }
      }
      int count = seen.merge(id, 1, Integer::sum);
      if (count > 1) {
        String newId = id + "#" + count;
        renamed.add(id + " (line " + rec.line + ") as " + newId);
        article = renamed(article, newId);
      }
      out.add(article);
    }
    if (!notValid.isEmpty()) {
      notes.add(
          "Skipped "
              + GoldReaders.count(notValid.size(), "record")
              + " the file leaves out of validation (sentence, valid or evaluate"
              + " \"false\"): "
              + GoldReaders.listed(notValid));
    }
    if (!skipMarked.isEmpty()) {
      notes.add(
          "Skipped "
              + GoldReaders.count(skipMarked.size(), "record")
              + " marked <Skip>: "
              + GoldReaders.listed(skipMarked));
    }
    notes.addAll(skipped);
    for (String u : undated) {
      notes.add("Record " + u + "; read with no publication date");
    }
    if (!errorRecords.isEmpty()) {
      List<String> parts = new ArrayList<>();
      int n = 0;
      for (Map.Entry<String, List<String>> e : errorRecords.entrySet()) {
        parts.add(e.getKey() + ": " + String.join(", ", e.getValue()));
        n += e.getValue().size();
      }
      notes.add(
          "A PETRARCH error expected instead of events, read as an article with no events: "
              + GoldReaders.count(n, "record")
              + " ("
              + String.join("; ", parts)
              + ")");
    }
    if (!uncoded.isEmpty()) {
      int n = uncoded.values().stream().mapToInt(Integer::intValue).sum();
      notes.add(
          "PETRARCH's unknown-country (---), discard (###) and new-actor (\"TEXT\") codes, read"
              + " as an unnamed actor (null): "
              + GoldReaders.count(n, "actor code")
              + " ("
              + String.join(", ", uncoded.keySet())
              + ")");
    }
    if (!outsideCameo.isEmpty()) {
      notes.add(
          "Event codes outside CAMEO's roots 01-20, kept as required events that only a dictionary"
              + " coding outside CAMEO can match: "
              + GoldReaders.count(outsideCameoCount, "coding")
              + " ("
              + String.join(", ", outsideCameo)
              + ")");
    }
    for (String r : renamed) {
      notes.add("Record id repeats an earlier one; read " + r);
    }
    if (!ignoredElements.isEmpty()) {
      List<String> parts = new ArrayList<>();
      ignoredElements.forEach((element, n) -> parts.add("<" + element + "> (" + n + ")"));
      notes.add("Elements inside <Sentence> ignored: " + String.join(", ", parts));
    }
    return out;
  }

  private static boolean usesCode(List<GoldArticle> articles, String code) {
    for (GoldArticle a : articles) {
      for (GoldEvent e : a.required()) {
        if (e.sources().contains(code) || e.targets().contains(code)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isFalse(RawRecord rec, String attribute) {
    String value = rec.attributes.get(attribute);
    return value != null && value.strip().equalsIgnoreCase("false");
  }

  private GoldArticle article(
      String id, RawRecord rec, Map<String, Integer> uncoded, List<String> errors)
      throws Malformed {
    String date = rec.attributes.get("date");
    LocalDate published = null;
    if (date == null) {
      undated.add(id + " (line " + rec.line + "): no date attribute");
    } else {
      try {
        published = LocalDate.parse(date.strip(), YYYYMMDD);
      } catch (DateTimeParseException e) {
        // The date only sets the publication day, so the record stays, without one.
        undated.add(id + " (line " + rec.line + "): date \"" + date + "\" is not YYYYMMDD");
      }
    }
    if (rec.textCount == 0 || rec.text == null) {
      throw new Malformed("no <Text>");
    }
    if (rec.textCount > 1) {
      throw new Malformed(rec.textCount + " <Text> elements; a record has one");
    }
    if (rec.textHasMarkup) {
      throw new Malformed("<Text> holds elements; it should hold only the sentence");
    }
    String text = rec.text.toString().strip().replaceAll("\\s+", " ");
    if (text.isEmpty()) {
      throw new Malformed("empty <Text>");
    }
    boolean noEvents = false;
    List<GoldEvent> required = new ArrayList<>();
    for (int i = 0; i < rec.codings.size(); i++) {
      Map<String, String> coding = rec.codings.get(i);
      int line = rec.codingLines.get(i);
      String code = coding.get("eventcode");
      if (code != null) {
        required.add(event(id, required.size() + 1, coding, code.strip(), line, uncoded));
      } else if (coding.containsKey("noevents")) {
        if (!coding.get("noevents").strip().equalsIgnoreCase("true")) {
          throw new Malformed(
              "EventCoding at line "
                  + line
                  + " has noevents=\""
                  + coding.get("noevents")
                  + "\"; only \"True\" is meaningful");
        }
        noEvents = true;
      } else if (coding.containsKey("error")) {
        errors.add(coding.get("error").strip());
      } else {
        throw new Malformed(
            "EventCoding at line " + line + " has no eventcode, noevents or error attribute");
      }
    }
    if ((noEvents || !errors.isEmpty()) && !required.isEmpty()) {
      throw new Malformed("it expects events and, at the same time, no events or an error");
    }
    return new GoldArticle(id, published, text, required, List.of(), List.of(), List.of());
  }

  private GoldEvent event(
      String recordId,
      int n,
      Map<String, String> coding,
      String code,
      int line,
      Map<String, Integer> uncoded)
      throws Malformed {
    if (!code.matches("\\d{2,4}")) {
      throw new Malformed(
          "eventcode \"" + code + "\" (line " + line + ") is not a CAMEO code (2-4 digits)");
    }
    String sourceCode = coding.get("sourcecode");
    String targetCode = coding.get("targetcode");
    if (sourceCode == null || targetCode == null) {
      throw new Malformed(
          "EventCoding at line "
              + line
              + " has an eventcode but no "
              + (sourceCode == null ? "sourcecode" : "targetcode"));
    }
    String sourceActor = actor(sourceCode.strip(), line, uncoded);
    String targetActor = actor(targetCode.strip(), line, uncoded);
    List<@Nullable String> sources = new ArrayList<>();
    sources.add(sourceActor);
    List<@Nullable String> targets = new ArrayList<>();
    targets.add(targetActor);
    return new GoldEvent(
        recordId + "-r" + n,
        sources,
        targets,
        List.of(code.substring(0, 2)),
        List.of(code),
        List.of(),
        null,
        null,
        false,
        "EventCoding " + sourceCode.strip() + " " + targetCode.strip() + " " + code);
  }

  private static @Nullable String actor(String code, int line, Map<String, Integer> uncoded)
      throws Malformed {
    if (ACTOR_CODE.matcher(code).matches()) {
      return code;
    }
    if (code.startsWith("---") || code.equals("###") || code.startsWith("\"")) {
      uncoded.merge(code, 1, Integer::sum);
      return null;
    }
    throw new Malformed(
        "actor code \""
            + code
            + "\" (line "
            + line
            + ") is neither a CAMEO actor code nor one of"
            + " PETRARCH's ---, ### or \"TEXT\"");
  }

  private static GoldArticle renamed(GoldArticle a, String id) {
    List<GoldEvent> required = new ArrayList<>();
    for (GoldEvent e : a.required()) {
      required.add(
          new GoldEvent(
              id + e.id().substring(e.id().lastIndexOf("-r")),
              e.sources(),
              e.targets(),
              e.roots(),
              e.codes(),
              e.ploverCategories(),
              e.date(),
              e.dateOnOrAfter(),
              e.hard(),
              e.note()));
    }
    return new GoldArticle(
        id, a.published(), a.text(), required, a.acceptable(), a.forbidden(), a.quotes());
  }
}
