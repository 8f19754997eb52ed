package org.brink.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Reads the real gold files of the shared folder, when it is there, and checks the counts their
 * READMEs give. The folder is found by walking up from the working directory to a directory with a
 * sibling {@code shared/peer-data}; without it every test here is skipped.
 */
class SharedGoldFilesTest {
  private static final @Nullable Path SHARED = findShared();

  private static @Nullable Path findShared() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (; dir != null; dir = dir.getParent()) {
      Path parent = dir.getParent();
      if (parent != null && Files.isDirectory(parent.resolve("shared").resolve("peer-data"))) {
        return parent.resolve("shared");
      }
    }
    return null;
  }

  private static GoldSet read(String relative) throws IOException {
    assumeTrue(SHARED != null, "no shared/peer-data next to a parent of the working directory");
    Path file = SHARED.resolve(relative);
    assumeTrue(Files.isRegularFile(file), () -> file + " is not there");
    return GoldReaders.read(file);
  }

  private static int required(GoldSet set) {
    return set.requiredCount();
  }

  private static long withoutEvents(GoldSet set) {
    return set.articles().stream().filter(a -> a.required().isEmpty()).count();
  }

  @Test
  void readsTheWikipediaDevelopmentGold() throws IOException {
    GoldSet set = read("gold/wcep-dev.json");
    assertThat(set.format()).isEqualTo(GoldSet.BRINK);
    assertThat(set.articles()).hasSize(120); // README: 120 items
    assertThat(required(set)).isEqualTo(148);
    assertThat(
            set.articles().stream()
                .mapToLong(a -> a.required().stream().filter(GoldEvent::hard).count())
                .sum())
        .isEqualTo(15);
    assertThat(set.articles().stream().mapToInt(a -> a.acceptable().size()).sum()).isEqualTo(145);
    assertThat(set.articles().stream().mapToInt(a -> a.forbidden().size()).sum()).isEqualTo(103);
    assertThat(set.articles().stream().mapToInt(a -> a.quotes().size()).sum()).isEqualTo(7);
    assertThat(set.notes()).isEmpty();
  }

  @Test
  void readsTheBrownNewsDevelopmentGold() throws IOException {
    GoldSet set = read("gold/brown-news-dev.json");
    assertThat(set.articles()).hasSize(6); // README: 6 press-reportage samples
    assertThat(required(set)).isEqualTo(43);
    assertThat(set.articles().stream().mapToInt(a -> a.quotes().size()).sum()).isEqualTo(35);
  }

  @Test
  void readsThePetrarchUnitTestRecords() throws IOException {
    GoldSet set = read("peer-data/petrarch2/PETR.UnitTest.records.xml");
    // README: 284 records, 359 codings. 5 records are marked out of validation and 2 have the
    // TABARI codes 174K and 174L; they hold 9 of the codings.
    assertThat(set.articles()).hasSize(284 - 5 - 2);
    assertThat(required(set)).isEqualTo(359 - 9);
    // 19 noevents, 7 expected errors, 1 record with no EventCoding at all
    assertThat(withoutEvents(set)).isEqualTo(19 + 7 + 1);
    assertThat(set.notes())
        .contains(
            "Skipped 5 records the file leaves out of validation (sentence, valid or evaluate"
                + " \"false\"): DEMO-04, AGENT-08, AGENTS-18, AGENTS-19, COMPOUND-28")
        .anyMatch(n -> n.startsWith("Environment names dictionaries PETR.Validate.verbs.txt,"))
        .anyMatch(n -> n.startsWith("Skipped record PATTERN-03 "))
        .anyMatch(n -> n.startsWith("Skipped record PATTERN-04 "));
  }

  @Test
  void readsThePetrarchSingleTestVariant() throws IOException {
    GoldSet set = read("peer-data/petrarch2/single_test.xml");
    // README: 281 records, 356 codings; 5 not valid, 2 marked <Skip>, 2 with 174K/174L.
    assertThat(set.articles()).hasSize(281 - 5 - 2 - 2);
    assertThat(required(set)).isEqualTo(345);
    assertThat(set.notes()).contains("Skipped 2 records marked <Skip>: AGENT-05, AGENT-06");
  }

  @Test
  void readsThePetrarch2ValidationRecordsThoughTheyAreNotWellFormed() throws IOException {
    GoldSet set = read("peer-data/UniversalPetrarch/PETR2_GSR_validation.xml");
    // README: 78 sentences, 80 codings, 12 noevents; abc12_3 has an empty <Text> (1 coding).
    assertThat(set.articles()).hasSize(78 - 1);
    assertThat(required(set)).isEqualTo(80 - 1);
    assertThat(withoutEvents(set)).isEqualTo(12);
    assertThat(set.notes())
        .anyMatch(n -> n.startsWith("Not well-formed XML (line 69, column 3"))
        .contains("Skipped record abc12_3 (line 1670): empty <Text>")
        .contains(
            "Record AFP0808020905_1 (line 485): date \"121108\" is not YYYYMMDD; read with no"
                + " publication date");
  }

  @Test
  void readsThePloverGoldStandardRecords() throws IOException {
    GoldSet set = read("peer-data/PLOVER/PLOVER_GSR_CAMEO.txt");
    assertThat(set.format()).isEqualTo(GoldSet.PLOVER_JSON);
    assertThat(set.articles()).hasSize(322); // README: 1 documentation record + 322 sentences
    assertThat(required(set)).isEqualTo(322);
    Map<String, Long> byCategory =
        set.articles().stream()
            .collect(
                Collectors.groupingBy(
                    a -> a.required().get(0).ploverCategories().get(0), Collectors.counting()));
    assertThat(byCategory).doesNotContainKeys("DEMAND", "DISAPPROVE", "FIGHT", "INVESTIGATE");
    assertThat(byCategory.get("REQUEST")).isEqualTo(34);
    assertThat(byCategory.get("ACCUSE")).isEqualTo(16 + 9);
    assertThat(byCategory.get("ASSAULT")).isEqualTo(15 + 17);
    assertThat(set.notes())
        .contains(
            "Record id repeats an earlier one; read PLOVER-GSR01-COERCE-0004 (line 4825) as"
                + " PLOVER-GSR01-COERCE-0004#2");
  }
}
