package org.brink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

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
  void showsEachActorWithItsDictionaryLineAndTheRoleHeldOnTheDate() {
    assertThat(run("actors", "--date", "2024-04-14", "Antony Blinken met Pakistani officials."))
        .contains("\"Antony Blinken\"").contains("USAGOV").contains("people.txt:")
        .contains("\"Pakistani officials\"").contains("PAKGOV");
    assertThat(run("actors", "--date", "2025-06-01", "Antony Blinken met Pakistani officials."))
        .doesNotContain("USAGOV");
  }
}
