package org.brink.eval.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import org.brink.core.Modality;
import org.brink.eval.gold.GoldEvent;
import org.brink.eval.gold.GoldQuote;
import org.brink.eval.scoring.ArticleResult;
import org.brink.eval.scoring.CategoryRow;
import org.brink.eval.scoring.CategoryScheme;
import org.brink.eval.scoring.LevelScore;
import org.brink.eval.scoring.ModalityConfusion;
import org.brink.eval.scoring.Prediction;
import org.brink.eval.scoring.Ratio;
import org.brink.eval.scoring.Score;
import org.jspecify.annotations.Nullable;

/**
 * Writes scores three ways: a full Markdown report, a compact text summary, and one line of JSON
 * with the headline figures. Figures have three decimals; an undefined one (0 out of 0) is {@code
 * n/a} in text and {@code null} in JSON.
 */
public final class ReportWriter {
  private ReportWriter() {}

  // ---------------------------------------------------------------------------------------------
  // Markdown

  /** The full report: an overview table, then every table and note per gold set. */
  public static String markdown(List<Score> scores) {
    Objects.requireNonNull(scores, "scores");
    StringBuilder md = new StringBuilder();
    md.append("# Brink evaluation\n\n");
    md.append(
        "Only asserted and future predictions are counted. Every figure is defined in"
            + " docs/gold-format.md.\n\n");
    md.append(
        "| gold | format | articles | root P | root R | root F1 | code F1 | event R | event F1 | dyad F1"
            + " | source acc."
            + " | target acc. | forbidden | quotes |\n");
    md.append(
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Score s : scores) {
      LevelScore code = s.code();
      md.append("| ")
          .append(cell(s.name()))
          .append(" | ")
          .append(s.format())
          .append(" | ")
          .append(s.articles())
          .append(" | ")
          .append(number(s.root().precision().value()))
          .append(" | ")
          .append(number(s.root().recall().value()))
          .append(" | ")
          .append(number(s.root().f1()))
          .append(" | ")
          .append(code == null ? "n/a" : number(code.f1()))
          .append(" | ")
          .append(number(s.event().recall().value()))
          .append(" | ")
          .append(number(s.event().f1()))
          .append(" | ")
          .append(number(s.dyad().f1()))
          .append(" | ")
          .append(number(s.sourceAccuracy().value()))
          .append(" | ")
          .append(number(s.targetAccuracy().value()))
          .append(" | ")
          .append(s.forbidden().count())
          .append(" | ")
          .append(s.quotes().found())
          .append("/")
          .append(s.quotes().expected())
          .append(" |\n");
    }
    for (Score s : scores) {
      section(md, s);
    }
    return md.toString();
  }

  private static void section(StringBuilder md, Score s) {
    md.append("\n## ").append(s.name()).append("\n\n");
    md.append('`')
        .append(s.source())
        .append("` (")
        .append(s.format())
        .append("): ")
        .append(count(s.articles(), "article"))
        .append("; ")
        .append(s.requiredEntries())
        .append(" required entries (")
        .append(s.hardEntries())
        .append(" hard), ")
        .append(s.acceptableEntries())
        .append(" acceptable, ")
        .append(s.forbiddenEntries())
        .append(" forbidden; ")
        .append(s.predictions())
        .append(" predicted events, ")
        .append(s.countedPredictions())
        .append(" counted (asserted or future).\n\n");

    md.append("### Precision, recall, F1\n\n");
    md.append("| level | P | R | F1 | R without hard | F1 without hard |\n");
    md.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
    LevelScore code = s.code();
    levelRow(md, "root", s.root());
    if (code == null) {
      md.append("| full code | n/a | n/a | n/a | n/a | n/a |\n");
    } else {
      levelRow(md, "full code", code);
    }
    levelRow(md, "event", s.event());
    levelRow(md, "dyad", s.dyad());
    if (code == null) {
      md.append("\nFull code: n/a, no entry of this gold set lists exact codes.\n");
    }

    md.append("\n### Actors, forbidden, quotes\n\n");
    md.append("- source accuracy: ")
        .append(ratio(s.sourceAccuracy()))
        .append(" of counted predictions whose event matches a required entry\n");
    md.append("- target accuracy: ").append(ratio(s.targetAccuracy())).append('\n');
    md.append("- forbidden: ")
        .append(s.forbidden().count())
        .append(" counted predictions match a forbidden entry, ")
        .append(number(s.forbidden().value()))
        .append(" per counted prediction\n");
    md.append("- quotes found: ")
        .append(ratio(s.quotes().ratio()))
        .append("; without hard: ")
        .append(ratio(s.quotes().ratioWithoutHard()))
        .append('\n');

    md.append("\n### Modality\n\n");
    md.append(
        "Each gold entry counts once, under the modality of its best-agreeing prediction.\n\n");
    md.append("| gold \\ predicted |");
    for (Modality m : Modality.values()) {
      md.append(' ').append(m.code()).append(" |");
    }
    md.append(" none |\n| --- |");
    md.append(" ---: |".repeat(Modality.values().length + 1)).append('\n');
    modalityRow(md, "required (expected asserted or future)", s.modality().required());
    modalityRow(md, "forbidden (expected not asserted)", s.modality().forbidden());

    boolean cameo = s.scheme() == CategoryScheme.CAMEO_ROOT;
    md.append(cameo ? "\n### Per CAMEO root\n\n" : "\n### Per PLOVER category\n\n");
    md.append(cameo ? "Root level. " : "Root level, which for PLOVER gold matches by category. ")
        .append("A required entry counts under its first ")
        .append(cameo ? "root" : "category")
        .append("; a prediction under its own.\n\n");
    md.append("| ")
        .append(cameo ? "root" : "category")
        .append(" | gold | matched | predicted | correct | P | R | F1 |\n");
    md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (CategoryRow row : s.categories()) {
      md.append("| ")
          .append(cell(row.category()))
          .append(" | ")
          .append(row.gold())
          .append(" | ")
          .append(row.matchedGold())
          .append(" | ")
          .append(row.predicted())
          .append(" | ")
          .append(row.correctPredicted())
          .append(" | ")
          .append(number(row.precision().value()))
          .append(" | ")
          .append(number(row.recall().value()))
          .append(" | ")
          .append(number(row.f1()))
          .append(" |\n");
    }

    if (!s.notes().isEmpty()) {
      md.append("\n### Notes\n\n");
      for (String note : s.notes()) {
        md.append("- ").append(escaped(note)).append('\n');
      }
    }

    List<ArticleResult> wrong = s.details().stream().filter(ArticleResult::hasErrors).toList();
    md.append("\n### Misses, false positives and actor errors\n\n");
    if (wrong.isEmpty()) {
      md.append("None.\n");
      return;
    }
    md.append("Root level, by article.\n");
    for (ArticleResult a : wrong) {
      md.append("\n**").append(escaped(a.id())).append("**\n\n");
      for (GoldEvent e : a.missed()) {
        md.append("- missed ").append(entry(e)).append('\n');
      }
      for (Prediction p : a.falsePositives()) {
        md.append("- false positive: ").append(prediction(p)).append('\n');
      }
      for (ArticleResult.ActorError error : a.actorErrors()) {
        md.append("- wrong ")
            .append(wrongActors(error))
            .append(": ")
            .append(prediction(error.prediction()))
            .append(" for ")
            .append(entry(error.entries().get(0)))
            .append('\n');
      }
      for (ArticleResult.ForbiddenHit hit : a.forbiddenHits()) {
        md.append("- forbidden: ")
            .append(prediction(hit.prediction()))
            .append(" matches ")
            .append(entry(hit.entry()))
            .append('\n');
      }
      for (GoldQuote q : a.missedQuotes()) {
        md.append("- quote not found: ")
            .append(escaped(q.speaker()))
            .append(": \"")
            .append(escaped(q.contains()))
            .append('"')
            .append(q.hard() ? " (hard)" : "")
            .append('\n');
      }
    }
  }

  private static void levelRow(StringBuilder md, String name, LevelScore level) {
    md.append("| ")
        .append(name)
        .append(" | ")
        .append(ratio(level.precision()))
        .append(" | ")
        .append(ratio(level.recall()))
        .append(" | ")
        .append(number(level.f1()))
        .append(" | ")
        .append(ratio(level.recallWithoutHard()))
        .append(" | ")
        .append(number(level.f1WithoutHard()))
        .append(" |\n");
  }

  private static void modalityRow(StringBuilder md, String name, ModalityConfusion.Row row) {
    md.append("| ").append(name).append(" |");
    for (Modality m : Modality.values()) {
      md.append(' ').append(row.count(m)).append(" |");
    }
    md.append(' ').append(row.none()).append(" |\n");
  }

  private static String wrongActors(ArticleResult.ActorError error) {
    if (error.sourceWrong() && error.targetWrong()) {
      return "source and target";
    }
    return error.sourceWrong() ? "source" : "target";
  }

  private static String entry(GoldEvent e) {
    StringBuilder out = new StringBuilder();
    out.append('`').append(e.id()).append("`: ");
    out.append(actors(e.sources())).append(" → ").append(actors(e.targets()));
    if (!e.roots().isEmpty()) {
      out.append(", root ").append(String.join("/", e.roots()));
    }
    if (!e.codes().isEmpty()) {
      out.append(", code ").append(String.join("/", e.codes()));
    }
    if (!e.ploverCategories().isEmpty()) {
      out.append(", ").append(String.join("/", e.ploverCategories()));
    }
    if (e.date() != null) {
      out.append(", on ").append(e.date());
    }
    if (e.dateOnOrAfter() != null) {
      out.append(", on or after ").append(e.dateOnOrAfter());
    }
    if (e.hard()) {
      out.append(" (hard)");
    }
    if (e.note() != null) {
      out.append(" — ").append(escaped(e.note()));
    }
    return out.toString();
  }

  private static String prediction(Prediction p) {
    StringBuilder out = new StringBuilder();
    out.append(p.code());
    if (p.ploverCategory() != null) {
      out.append(' ').append(p.ploverCategory());
    }
    out.append(' ')
        .append(actor(p.source()))
        .append(" → ")
        .append(actor(p.target()))
        .append(", ")
        .append(p.modality().code());
    if (p.date() != null) {
      out.append(", ").append(p.date());
    }
    return out.toString();
  }

  private static String actors(List<@Nullable String> codes) {
    List<String> out = new ArrayList<>();
    for (String c : codes) {
      out.add(actor(c));
    }
    return String.join("/", out);
  }

  private static String actor(@Nullable String code) {
    return code == null ? "(unnamed)" : code;
  }

  /** Free text in Markdown: an angle bracket would open an HTML tag. */
  private static String escaped(String s) {
    return s.replace("<", "\\<");
  }

  private static String cell(String s) {
    return escaped(s).replace("|", "\\|");
  }

  // ---------------------------------------------------------------------------------------------
  // Text

  /** A compact summary for standard output, a few lines per gold set. */
  public static String text(List<Score> scores) {
    Objects.requireNonNull(scores, "scores");
    StringBuilder out = new StringBuilder();
    for (Score s : scores) {
      out.append(s.name())
          .append(" (")
          .append(s.format())
          .append("): ")
          .append(count(s.articles(), "article"))
          .append(", ")
          .append(s.requiredEntries())
          .append(" required (")
          .append(s.hardEntries())
          .append(" hard), ")
          .append(s.countedPredictions())
          .append(" of ")
          .append(s.predictions())
          .append(" predicted events counted\n");
      LevelScore code = s.code();
      textLevel(out, "root", s.root());
      if (code == null) {
        out.append("  code   n/a (no entry lists exact codes)\n");
      } else {
        textLevel(out, "code", code);
      }
      textLevel(out, "event", s.event());
      textLevel(out, "dyad", s.dyad());
      out.append("  source accuracy ")
          .append(number(s.sourceAccuracy().value()))
          .append("  target accuracy ")
          .append(number(s.targetAccuracy().value()))
          .append("  forbidden ")
          .append(s.forbidden().count())
          .append(" (")
          .append(number(s.forbidden().value()))
          .append(" per counted)  quotes ")
          .append(s.quotes().found())
          .append('/')
          .append(s.quotes().expected())
          .append('\n');
      if (!s.notes().isEmpty()) {
        out.append("  ")
            .append(s.notes().size())
            .append(s.notes().size() == 1 ? " note" : " notes")
            .append(" on the gold file in the Markdown report\n");
      }
    }
    return out.toString();
  }

  private static void textLevel(StringBuilder out, String name, LevelScore level) {
    out.append(String.format(Locale.ROOT, "  %-5s", name))
        .append("  P ")
        .append(number(level.precision().value()))
        .append("  R ")
        .append(number(level.recall().value()))
        .append("  F1 ")
        .append(number(level.f1()))
        .append("   without hard: R ")
        .append(number(level.recallWithoutHard().value()))
        .append("  F1 ")
        .append(number(level.f1WithoutHard()))
        .append('\n');
  }

  // ---------------------------------------------------------------------------------------------
  // JSON

  /**
   * One line of JSON with the headline figures, hard entries included: {@code
   * {"gold":[{"name","format","articles","root":{"p","r","f1"},"code":{...}|null,"event":{...},"dyad":{...},
   * "source_accuracy","target_accuracy","forbidden","quotes":{"found","expected"}}]}}.
   */
  public static String headlineJson(List<Score> scores) {
    Objects.requireNonNull(scores, "scores");
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    ArrayNode gold = root.putArray("gold");
    for (Score s : scores) {
      ObjectNode g = gold.addObject();
      g.put("name", s.name());
      g.put("format", s.format());
      g.put("articles", s.articles());
      LevelScore code = s.code();
      level(g.putObject("root"), s.root());
      if (code == null) {
        g.putNull("code");
      } else {
        level(g.putObject("code"), code);
      }
      level(g.putObject("event"), s.event());
      level(g.putObject("dyad"), s.dyad());
      put(g, "source_accuracy", s.sourceAccuracy().value());
      put(g, "target_accuracy", s.targetAccuracy().value());
      g.put("forbidden", s.forbidden().count());
      ObjectNode quotes = g.putObject("quotes");
      quotes.put("found", s.quotes().found());
      quotes.put("expected", s.quotes().expected());
    }
    try {
      return mapper.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write headline JSON", e);
    }
  }

  private static void level(ObjectNode node, LevelScore level) {
    put(node, "p", level.precision().value());
    put(node, "r", level.recall().value());
    put(node, "f1", level.f1());
  }

  private static void put(ObjectNode node, String field, OptionalDouble value) {
    if (value.isEmpty()) {
      node.putNull(field);
    } else {
      node.put(field, Math.round(value.getAsDouble() * 1000) / 1000.0);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Figures

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String number(OptionalDouble value) {
    return value.isEmpty() ? "n/a" : String.format(Locale.ROOT, "%.3f", value.getAsDouble());
  }

  private static String ratio(Ratio r) {
    return number(r.value()) + " (" + r.count() + "/" + r.total() + ")";
  }
}
