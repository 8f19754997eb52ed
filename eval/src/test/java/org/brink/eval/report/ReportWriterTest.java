package org.brink.eval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brink.core.Modality.ASSERTED;
import static org.brink.core.Modality.FUTURE;
import static org.brink.core.Modality.NEGATED;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.brink.eval.gold.GoldArticle;
import org.brink.eval.gold.GoldEvent;
import org.brink.eval.gold.GoldQuote;
import org.brink.eval.gold.GoldSet;
import org.brink.eval.scoring.ArticlePredictions;
import org.brink.eval.scoring.PredictedQuote;
import org.brink.eval.scoring.Prediction;
import org.brink.eval.scoring.Score;
import org.brink.eval.scoring.Scorer;
import org.junit.jupiter.api.Test;

class ReportWriterTest {
  /** 3 required, 4 counted predictions: 2 match required entries, 1 an acceptable one. */
  private static Score handScore() {
    GoldArticle a =
        new GoldArticle(
            "a",
            null,
            "text",
            List.of(
                GoldEvent.of("a-r1", List.of("USA"), List.of("IRN"), "19"),
                GoldEvent.of("a-r2", List.of("ISR"), List.of("PSE"), "18"),
                GoldEvent.of("a-r3", List.of("RUS"), List.of("UKR"), "19")),
            List.of(GoldEvent.of("a-a1", List.of("IRN"), List.of("USA"), "11")),
            List.of(GoldEvent.of("a-f1", List.of("FRA"), List.of("DEU"), "04")),
            List.of(new GoldQuote("Kennedy", "common ground", false)));
    GoldSet gold =
        new GoldSet("hand", GoldSet.BRINK, Path.of("hand.json"), List.of(a), List.of("a <note>"));
    ArticlePredictions predicted =
        new ArticlePredictions(
            List.of(
                new Prediction("190", null, "USAMIL", "IRN", ASSERTED, null),
                new Prediction("183", null, "ISR", "PSEREB", FUTURE, null),
                new Prediction("111", null, "IRNGOV", "USA", ASSERTED, null),
                new Prediction("042", null, "FRA", "DEU", ASSERTED, null),
                new Prediction("190", null, "RUS", "UKR", NEGATED, null)),
            List.of(new PredictedQuote("find common ground", "Kennedy")));
    return new Scorer().score(gold, Map.of("a", predicted));
  }

  private static Score emptyScore() {
    GoldSet gold =
        new GoldSet(
            "empty",
            GoldSet.PETRARCH_XML,
            Path.of("empty.xml"),
            List.of(new GoldArticle("x", null, "t", List.of(), List.of(), List.of(), List.of())),
            List.of());
    return new Scorer().score(gold, Map.of("x", ArticlePredictions.none()));
  }

  @Test
  void writesTheHeadlineAsOneLineOfJsonRoundedToThreeDecimals() {
    assertThat(ReportWriter.headlineJson(List.of(handScore(), emptyScore())))
        .isEqualTo(
            "{\"gold\":[{\"name\":\"hand\",\"format\":\"brink\",\"articles\":1,"
                + "\"root\":{\"p\":0.75,\"r\":0.667,\"f1\":0.706},\"code\":null,"
                + "\"event\":{\"p\":0.75,\"r\":1.0,\"f1\":0.857},"
                + "\"dyad\":{\"p\":0.75,\"r\":0.667,\"f1\":0.706},"
                + "\"source_accuracy\":1.0,\"target_accuracy\":1.0,\"forbidden\":1,"
                + "\"quotes\":{\"found\":1,\"expected\":1}},"
                + "{\"name\":\"empty\",\"format\":\"petrarch-xml\",\"articles\":1,"
                + "\"root\":{\"p\":null,\"r\":null,\"f1\":null},\"code\":null,"
                + "\"event\":{\"p\":null,\"r\":null,\"f1\":null},"
                + "\"dyad\":{\"p\":null,\"r\":null,\"f1\":null},"
                + "\"source_accuracy\":null,\"target_accuracy\":null,\"forbidden\":0,"
                + "\"quotes\":{\"found\":0,\"expected\":0}}]}");
  }

  @Test
  void writesACompactTextSummary() {
    assertThat(ReportWriter.text(List.of(handScore())))
        .isEqualTo(
            String.join(
                "\n",
                "hand (brink): 1 article, 3 required (0 hard), 4 of 5 predicted events counted",
                "  root   P 0.750  R 0.667  F1 0.706   without hard: R 0.667  F1 0.706",
                "  code   n/a (no entry lists exact codes)",
                "  event  P 0.750  R 1.000  F1 0.857   without hard: R 1.000  F1 0.857",
                "  dyad   P 0.750  R 0.667  F1 0.706   without hard: R 0.667  F1 0.706",
                "  source accuracy 1.000  target accuracy 1.000  forbidden 1 (0.250 per counted) "
                    + " quotes 1/1",
                "  1 note on the gold file in the Markdown report",
                ""));
  }

  @Test
  void writesTheFullMarkdownReport() {
    String md = ReportWriter.markdown(List.of(handScore()));
    assertThat(md)
        .startsWith("# Brink evaluation\n")
        .contains(
            "| hand | brink | 1 | 0.750 | 0.667 | 0.706 | n/a | 1.000 | 0.857 | 0.706 | 1.000 | 1.000"
                + " | 1 | 1/1"
                + " |\n")
        .contains("## hand\n")
        .contains(
            "`hand.json` (brink): 1 article; 3 required entries (0 hard), 1 acceptable, 1"
                + " forbidden; 5 predicted events, 4 counted (asserted or future).\n")
        .contains("| root | 0.750 (3/4) | 0.667 (2/3) | 0.706 | 0.667 (2/3) | 0.706 |\n")
        .contains("| full code | n/a | n/a | n/a | n/a | n/a |\n")
        .contains("| event | 0.750 (3/4) | 1.000 (3/3) | 0.857 | 1.000 (3/3) | 0.857 |\n")
        .contains("| gold \\ predicted | asserted | future | hypothetical | negated | none |\n")
        .contains("| required (expected asserted or future) | 1 | 1 | 0 | 1 | 0 |\n")
        .contains("| forbidden (expected not asserted) | 1 | 0 | 0 | 0 | 0 |\n")
        .contains("| 19 | 2 | 1 | 1 | 1 | 1.000 | 0.500 | 0.667 |\n")
        .contains("- a \\<note>\n")
        .contains(
            "- missed `a-r3`: RUS → UKR, root 19\n"
                + "- false positive: 042 FRA → DEU, asserted\n"
                + "- forbidden: 042 FRA → DEU, asserted matches `a-f1`: FRA → DEU, root 04\n");
  }
}
