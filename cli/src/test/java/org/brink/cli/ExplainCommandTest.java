package org.brink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code brink explain} and {@code brink actors} show the coder's reasons. */
class ExplainCommandTest {
  static String run(String... args) {
    StringWriter out = new StringWriter();
    int status = Main.execute(args, new PrintWriter(out), new PrintWriter(new StringWriter()), InputStream.nullInputStream());
    assertThat(status).isZero();
    return out.toString();
  }

  @Test
  void explainsTheParseActorsPatternAndModalityOfANegatedAttack() {
    String out = run("explain", "--date", "2024-04-14", "Iran did not attack Pakistan.");
    assertThat(out)
        .contains("nsubj(attack-3, Iran-0)")
        .contains("\"Iran\" → IRN")
        .contains("190 attack: fired")
        .contains("IRN \"Iran\" → 190")
        .contains("modality negated: negated: \"not\"");
  }

  @Test
  void explainsWithAGivenPetrarchVerbDictionaryAndNamesItsLines(@TempDir Path dir) throws IOException {
    Path verbs = dir.resolve("mine.verbs.txt");
    Files.writeString(
        verbs,
        """
        --- LEAVE [012] ---
        LEAVE
        --- LEFT [032:033] ---
        LEFT
        """);
    String out =
        run("explain", "--date", "2024-04-14", "--verbs", verbs.toString(), "President Macron left for China.");
    assertThat(out)
        .contains("mine.verbs.txt:4 032 left: fired")
        .contains("FRAGOV \"Macron\" → 032")
        .doesNotContain(" 012 ");
    assertThat(run("explain", "--date", "2024-04-14", "President Macron left for China."))
        .as("Brink's own dictionary has no LEFT")
        .doesNotContain("mine.verbs.txt");
  }

  @Test
  void showsEachActorWithItsDictionaryLineAndTheRoleHeldOnTheDate() {
    assertThat(run("actors", "--date", "2024-04-14", "Antony Blinken met Pakistani officials."))
        .contains("\"Antony Blinken\"").contains("USAGOV").contains("people.txt:")
        .contains("\"Pakistani officials\"").contains("PAKGOV");
    assertThat(run("actors", "--date", "2025-06-01", "Antony Blinken met Pakistani officials."))
        .doesNotContain("USAGOV");
  }
}
