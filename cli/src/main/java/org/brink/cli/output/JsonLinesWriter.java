package org.brink.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.brink.core.ActorRef;
import org.brink.core.CameoCode;
import org.brink.core.CodedArticle;
import org.brink.core.CodedEvent;
import org.brink.core.Location;
import org.brink.core.Problem;
import org.brink.core.Quote;
import org.brink.core.Span;
import org.brink.core.TextRef;
import org.jspecify.annotations.Nullable;

/**
 * Writes Brink's output contract: one JSON object per article, one line each, fields in a fixed
 * order (documented in docs/output-format.md). Spans are {@code [begin, end)} character offsets
 * into the cleaned text, counted in UTF-16 code units as Java and JavaScript strings are.
 */
public final class JsonLinesWriter implements ArticleWriter {
  private static final JsonFactory JSON = JsonFactory.builder().build();
  private final PrintWriter out;
  private final boolean includeText;

  public JsonLinesWriter(PrintWriter out, boolean includeText) {
    this.out = Objects.requireNonNull(out, "out");
    this.includeText = includeText;
  }

  @Override
  public void write(CodedArticle article) {
    out.write(toJson(article, includeText));
    out.write('\n');
    out.flush();
  }

  /** One article as a single line of JSON. */
  public static String toJson(CodedArticle a, boolean includeText) {
    StringWriter buffer = new StringWriter(4096);
    try (JsonGenerator g = JSON.createGenerator(buffer)) {
      g.setRootValueSeparator(new SerializedString(""));
      g.writeStartObject();
      g.writeStringField("id", a.id().value());
      nullableString(g, "title", a.meta().title());
      nullableString(g, "published", a.meta().published() == null ? null : a.meta().published().toString());
      nullableString(g, "url", a.meta().url());
      nullableString(g, "outlet", a.meta().outlet());
      g.writeStringField("input", a.meta().input());
      if (includeText) {
        g.writeStringField("text", a.text());
      }
      g.writeArrayFieldStart("problems");
      for (Problem p : a.problems()) {
        g.writeStartObject();
        g.writeStringField("code", p.code());
        g.writeStringField("message", p.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("events");
      for (CodedEvent e : a.events()) {
        event(g, e);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("quotes");
      for (Quote q : a.quotes()) {
        g.writeStartObject();
        g.writeStringField("text", q.text());
        span(g, "span", q.span());
        if (q.speaker() == null) {
          g.writeNullField("speaker");
        } else {
          g.writeObjectFieldStart("speaker");
          g.writeStringField("text", q.speaker().text());
          nullableString(g, "code", q.speaker().code());
          span(g, "span", q.speaker().span());
          TextRef refersTo = q.speaker().refersTo();
          if (refersTo == null) {
            g.writeNullField("refers_to");
          } else {
            g.writeObjectFieldStart("refers_to");
            g.writeStringField("text", refersTo.text());
            span(g, "span", refersTo.span());
            g.writeEndObject();
          }
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialise article " + a.id(), e);
    }
    return buffer.toString();
  }

  private static void event(JsonGenerator g, CodedEvent e) throws IOException {
    CameoCode c = e.code();
    g.writeStartObject();
    g.writeStringField("id", e.id());
    g.writeStringField("code", c.code());
    g.writeStringField("root", c.root());
    g.writeStringField("name", c.name());
    if (c.inCameo()) {
      g.writeNumberField("quad_class", c.quadClass());
      g.writeNumberField("goldstein", c.goldstein());
    } else {
      // a loaded dictionary's code outside CAMEO: no quad class, no weight
      g.writeNullField("quad_class");
      g.writeNullField("goldstein");
    }
    if (c.plover() == null) {
      g.writeNullField("plover");
    } else {
      g.writeObjectFieldStart("plover");
      g.writeStringField("category", c.plover().category());
      nullableString(g, "mode", c.plover().mode());
      nullableString(g, "context", c.plover().context());
      g.writeEndObject();
    }
    g.writeStringField("modality", e.modality().code());
    actor(g, "source", e.source());
    actor(g, "target", e.target());
    nullableString(g, "date", e.date() == null ? null : e.date().toString());
    nullableString(g, "date_basis", e.dateBasis() == null ? null : e.dateBasis().code());
    location(g, e.location());
    g.writeObjectFieldStart("sentence");
    g.writeNumberField("index", e.sentenceIndex());
    g.writeStringField("text", e.sentence().text());
    span(g, "span", e.sentence().span());
    g.writeEndObject();
    textRef(g, "trigger", e.trigger());
    g.writeStringField("rule", e.rule());
    g.writeNumberField("confidence", e.confidence());
    g.writeEndObject();
  }

  private static void actor(JsonGenerator g, String field, @Nullable ActorRef a) throws IOException {
    if (a == null) {
      g.writeNullField(field);
      return;
    }
    g.writeObjectFieldStart(field);
    g.writeStringField("code", a.code());
    g.writeStringField("text", a.text());
    span(g, "span", a.span());
    g.writeEndObject();
  }

  private static void location(JsonGenerator g, @Nullable Location l) throws IOException {
    if (l == null) {
      g.writeNullField("location");
      return;
    }
    g.writeObjectFieldStart("location");
    g.writeStringField("name", l.name());
    nullableString(g, "country", l.country());
    nullableString(g, "admin1", l.admin1());
    if (l.lat() == null) g.writeNullField("lat"); else g.writeNumberField("lat", l.lat());
    if (l.lon() == null) g.writeNullField("lon"); else g.writeNumberField("lon", l.lon());
    if (l.geonamesId() == null) g.writeNullField("geonames_id"); else g.writeNumberField("geonames_id", l.geonamesId());
    g.writeEndObject();
  }

  private static void textRef(JsonGenerator g, String field, TextRef t) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("text", t.text());
    span(g, "span", t.span());
    g.writeEndObject();
  }

  private static void span(JsonGenerator g, String field, Span s) throws IOException {
    g.writeArrayFieldStart(field);
    g.writeNumber(s.begin());
    g.writeNumber(s.end());
    g.writeEndArray();
  }

  private static void nullableString(JsonGenerator g, String field, @Nullable String value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, value);
    }
  }
}
