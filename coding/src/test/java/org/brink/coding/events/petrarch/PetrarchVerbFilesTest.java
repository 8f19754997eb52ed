package org.brink.coding.events.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brink.coding.events.VerbPattern;
import org.brink.coding.events.VerbPatternDictionary;
import org.brink.coding.events.petrarch.PetrarchVerbReader.Counts;
import org.brink.coding.events.petrarch.PetrarchVerbReader.Result;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Reads the real PETRARCH verb dictionaries of the shared folder, when it is there: each loads
 * without a fatal error, its translation parses as a Brink dictionary with the same patterns, and
 * its counts stay above loose floors. The folder is found by walking up from the working directory
 * to a directory with a sibling {@code shared/peer-data}; without it every test here is skipped. A
 * failing assertion prints the file's problems.
 */
class PetrarchVerbFilesTest {
  private static final @Nullable Path PEER_DATA = findPeerData();

  private static @Nullable Path findPeerData() {
    for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        dir != null;
        dir = dir.getParent()) {
      Path parent = dir.getParent();
      if (parent != null && Files.isDirectory(parent.resolve("shared").resolve("peer-data"))) {
        return parent.resolve("shared").resolve("peer-data");
      }
    }
    return null;
  }

  private static Path file(String relative) {
    assumeTrue(PEER_DATA != null, "no shared/peer-data next to a parent of the working directory");
    Path file = PEER_DATA.resolve(relative);
    assumeTrue(Files.isRegularFile(file), () -> file + " is not there");
    return file;
  }

  private static Result read(Path file) throws IOException {
    return PetrarchVerbReader.read(
        file.getFileName().toString(),
        Files.readString(file, StandardCharsets.UTF_8),
        PetrarchVerbReaderTest.KNOWN);
  }

  private static Supplier<String> problemsOf(Result r) {
    return () ->
        r.fileName()
            + ": "
            + r.counts()
            + "\n"
            + r.problemCounts()
            + "\n"
            + String.join("\n", r.problems());
  }

  /** The translation parses as a Brink dictionary holding exactly the patterns read. */
  private static void assertTranslationParses(Result r) {
    VerbPatternDictionary d = r.dictionary();
    Comparator<VerbPattern> order =
        Comparator.comparing(VerbPattern::rule).thenComparing(VerbPattern::phrase);
    assertThat(d.all().stream().sorted(order).toList())
        .as(problemsOf(r))
        .isEqualTo(r.patterns().stream().sorted(order).toList());
  }

  private static void assertCountsAddUp(Result r) {
    Counts c = r.counts();
    assertThat(c.mapped() + c.approximated() + c.discarded() + c.dropped())
        .as(problemsOf(r))
        .isEqualTo(c.patternLines());
    assertThat(c.patterns()).isEqualTo(r.patterns().size());
    assertThat(r.problemCounts().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(r.problems().size());
  }

  @Test
  void readsThePetrarch2CameoDictionary() throws IOException {
    Result r = read(file("petrarch2/CAMEO.2.0.txt"));
    Counts c = r.counts();
    assertCountsAddUp(r);
    assertThat(c.blocks()).as(problemsOf(r)).isGreaterThanOrEqualTo(390);
    assertThat(c.verbs()).as(problemsOf(r)).isGreaterThanOrEqualTo(1700);
    assertThat(c.patternLines()).as(problemsOf(r)).isGreaterThanOrEqualTo(4600);
    assertThat(c.mapped() + c.approximated()).as(problemsOf(r)).isGreaterThanOrEqualTo(3900);
    assertThat(c.dropped()).as(problemsOf(r)).isLessThanOrEqualTo(500);
    assertThat(c.patterns()).as(problemsOf(r)).isGreaterThanOrEqualTo(40_000);
    assertTranslationParses(r);
  }

  @Test
  void readsTheOlderLinearCameoDictionary() throws IOException {
    Result r = read(file("petrarch2/CAMEO.verbpatterns.150430.txt"));
    Counts c = r.counts();
    assertCountsAddUp(r);
    assertThat(c.blocks()).as(problemsOf(r)).isGreaterThanOrEqualTo(390);
    assertThat(c.patternLines()).as(problemsOf(r)).isGreaterThanOrEqualTo(11_000);
    assertThat(c.mapped() + c.approximated()).as(problemsOf(r)).isGreaterThanOrEqualTo(6000);
    assertThat(c.patterns()).as(problemsOf(r)).isGreaterThanOrEqualTo(50_000);
    assertTranslationParses(r);
  }

  @Test
  void readsThePetrarch2ValidationVerbs() throws IOException {
    Result r = read(file("petrarch2/PETR.Validate.verbs.txt"));
    Counts c = r.counts();
    assertCountsAddUp(r);
    assertThat(c.blocks()).as(problemsOf(r)).isGreaterThanOrEqualTo(250);
    assertThat(c.verbs()).as(problemsOf(r)).isGreaterThanOrEqualTo(250);
    // mostly WEIS codes, which the CAMEO ontology does not know: many unknown-code problems
    assertThat(c.mapped() + c.approximated()).as(problemsOf(r)).isGreaterThanOrEqualTo(150);
    assertThat(c.patterns()).as(problemsOf(r)).isGreaterThanOrEqualTo(300);
    assertTranslationParses(r);
  }

  @Test
  void readsTheUniversalPetrarchValidationVerbs() throws IOException {
    Result r = read(file("UniversalPetrarch/PETR.Validate.verbs.2.0.txt"));
    Counts c = r.counts();
    assertCountsAddUp(r);
    assertThat(c.blocks()).as(problemsOf(r)).isGreaterThanOrEqualTo(60);
    assertThat(c.mapped() + c.approximated()).as(problemsOf(r)).isGreaterThanOrEqualTo(350);
    assertThat(c.patterns()).as(problemsOf(r)).isGreaterThanOrEqualTo(4000);
    assertTranslationParses(r);
  }

  @Test
  void readsTheVerbFileTheUnitTestRecordsName() throws IOException {
    Path records = file("petrarch2/PETR.UnitTest.records.xml");
    Matcher m =
        Pattern.compile("<Verbfile>\\s*([^<\\s]+)\\s*</Verbfile>")
            .matcher(Files.readString(records, StandardCharsets.UTF_8));
    assertThat(m.find()).as("<Environment> names a <Verbfile>").isTrue();
    Path verbs = records.resolveSibling(m.group(1));
    assertThat(verbs.getFileName()).hasToString("PETR.Validate.verbs.txt");
    Result r = read(verbs);
    assertThat(r.patterns()).as(problemsOf(r)).isNotEmpty();
    assertThat(r.problems())
        .as(problemsOf(r))
        .allMatch(p -> p.startsWith("PETR.Validate.verbs.txt:"));
    assertThat(List.of(r.dictionary().size()))
        .containsExactly(r.patterns().size());
  }
}
