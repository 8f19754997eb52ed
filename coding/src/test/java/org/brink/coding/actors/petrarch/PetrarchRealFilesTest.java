package org.brink.coding.actors.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads every PETRARCH dictionary in {@code ../shared/peer-data/petrarch2/} (skipped when this
 * checkout has none). Each file loads; the few lines that are malformed in the files as published
 * are reported, each with its reason, and the rest loads.
 */
class PetrarchRealFilesTest {
  private static final String RANGE_HINT =
      "; it reads as %s to %s (a date of 6 or 7 digits is YYMMDD, of 8 or more YYYYMMDD)";
  private static final String NO_SIGN_HINT =
      "; write [CODE <DATE] (up to the day), [CODE >DATE] (from the day) or [CODE DATE-DATE]";
  private static final String AGENT_HINT =
      "; write 'NOUN_PHRASE [~CODE]', e.g. 'FOREIGN_MINISTER [~GOV]'";

  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of(
            "Phoenix.Countries.actors.txt",
            18_353,
            25_918,
            List.of(
                "Phoenix.Countries.actors.txt:14190: date range ends before it starts:"
                    + " '[EGYGOV 20121207-20120802] # PM pt. 2'"
                    + String.format(RANGE_HINT, "2012-12-07", "2012-08-02"),
                "Phoenix.Countries.actors.txt:31715: date without '<', '>' or '-': '[MNEGOV"
                    + " 20121204]'"
                    + NO_SIGN_HINT,
                "Phoenix.Countries.actors.txt:51384: date without '<', '>' or '-': '[USAGOV"
                    + " 19820101] # entered Foreign Service'"
                    + NO_SIGN_HINT)),
        Arguments.of(
            "Phoenix.International.actors.txt",
            7_838,
            7_907,
            List.of(
                "Phoenix.International.actors.txt:40: date range ends before it starts:"
                    + " '[KORGOVBUS 2004017-20061201]'"
                    + String.format(RANGE_HINT, "2020-04-01", "2006-12-01"))),
        Arguments.of("Phoenix.MilNonState.actors.txt", 1_021, 1_793, List.of()),
        Arguments.of("PETR.Validate.actors.txt", 128, 161, List.of()),
        Arguments.of(
            "Phoenix.agents.txt",
            2_243,
            5_210,
            List.of(
                "Phoenix.agents.txt:544: code not closed with ']': 'DEPARMENT_OF_ENVIRONMENT"
                    + " [~ENV}'"
                    + AGENT_HINT,
                "Phoenix.agents.txt:1927: agent without a code: 'ISLAMIC_EXTREMIST'" + AGENT_HINT)),
        Arguments.of("PETR.Validate.agents.txt", 88, 165, List.of()),
        Arguments.of("Phoenix.discards.txt", 506, 506, List.of()),
        Arguments.of("PETR.Validate.discards.txt", 9, 9, List.of()));
  }

  static Stream<Arguments> filesWithCounts() {
    return files()
        .map(
            a -> {
              Object[] x = a.get();
              return Arguments.of(x[0], x[1], x[2], ((List<?>) x[3]).size(), x[3]);
            });
  }

  @ParameterizedTest(name = "{0}: {1} entries with {2} names, {3} malformed lines reported")
  @MethodSource("filesWithCounts")
  void loadsEveryRealFile(
      String file, int entries, int names, int malformedLines, List<String> malformed)
      throws IOException {
    Path dir = Fixtures.realFiles().orElse(null);
    assumeTrue(dir != null, "no ../shared/peer-data/petrarch2 beside this checkout");
    String text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
    PetrarchDictionaryReader.Result<?> r;
    Function<Object, Integer> nameCount;
    if (file.endsWith(".actors.txt")) {
      r = PetrarchDictionaryReader.readActors(file, text);
      nameCount = e -> ((PetrarchActor) e).names().size();
    } else if (file.endsWith(".agents.txt")) {
      r = PetrarchDictionaryReader.readAgents(file, text);
      nameCount = e -> ((PetrarchAgent) e).names().size();
    } else {
      r = PetrarchDictionaryReader.readDiscards(file, text);
      nameCount = e -> 1;
    }
    assertThat(r.problems()).hasSize(malformedLines).containsExactlyElementsOf(malformed);
    assertThat(r.entries()).hasSize(entries);
    assertThat(r.entries().stream().mapToInt(nameCount::apply).sum()).isEqualTo(names);
  }
}
