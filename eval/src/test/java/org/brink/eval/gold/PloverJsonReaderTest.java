package org.brink.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PloverJsonReaderTest {
  @Test
  void readsEachRecordAsAnArticleWithOneEventMatchedByCategory() throws IOException {
    GoldSet set = GoldReaders.read(Resources.file("plover-small.json"));

    assertThat(set.format()).isEqualTo("plover-json");
    assertThat(set.articles())
        .extracting(GoldArticle::id)
        .containsExactly("T-AGREE-0001", "T-DEMAND-0001", "T-RETREAT-0001", "T-DEMAND-0001#2");
    GoldArticle demand = set.articles().get(1);
    assertThat(demand.published()).isEqualTo(LocalDate.of(2000, 1, 1));
    assertThat(demand.text())
        .isEqualTo("Sylvania demanded that Freedonian rebels lay down their arms.");
    assertThat(demand.required())
        .containsExactly(
            new GoldEvent(
                "T-DEMAND-0001-r1",
                List.of("SYL"),
                List.of("FRE"),
                List.of(),
                List.of(),
                List.of("REQUEST"),
                null,
                null,
                false,
                "demanded"));
  }

  @Test
  void mapsOlderCategoryNamesToTheCurrentOnes() {
    assertThat(PloverJsonReader.OLDER_NAMES)
        .containsOnly(
            org.assertj.core.api.Assertions.entry("DEMAND", "REQUEST"),
            org.assertj.core.api.Assertions.entry("DISAPPROVE", "ACCUSE"),
            org.assertj.core.api.Assertions.entry("INVESTIGATE", "ACCUSE"),
            org.assertj.core.api.Assertions.entry("FIGHT", "ASSAULT"));
    assertThat(PloverJsonReader.CATEGORIES).containsAll(PloverJsonReader.OLDER_NAMES.values());
  }

  @Test
  void readsActorsTaggedBothWaysAsSourcesAndTargets() throws IOException {
    GoldEvent agree =
        GoldReaders.read(Resources.file("plover-small.json")).articles().get(0).required().get(0);
    assertThat(agree.sources()).containsExactly("FRE", "SYL");
    assertThat(agree.targets()).containsExactly("FRE", "SYL");
  }

  @Test
  void readsAMissingActorAsUnnamed() throws IOException {
    GoldSet set = GoldReaders.read(Resources.file("plover-small.json"));
    assertThat(set.articles().get(2).required().get(0).targets())
        .isEqualTo(Arrays.asList((String) null));
    assertThat(set.articles().get(3).required().get(0).sources())
        .isEqualTo(Arrays.asList((String) null));
  }

  @Test
  void namesEverySkippedOrReinterpretedRecordInTheNotes() throws IOException {
    GoldSet set = GoldReaders.read(Resources.file("plover-small.json"));
    assertThat(set.notes())
        .containsExactly(
            "Documentation records (event DOCUMENT), skipped: 1 record (DOC-0001)",
            "Skipped record T-PRAISE-0001 (line 25): event \"PRAISE\" is not a PLOVER category",
            "Older PLOVER category names read as the PLOVER 0.8 (2021) names: DEMAND as REQUEST"
                + " (1 record), FIGHT as ASSAULT (1 record)",
            "Target given as a string, not a list of actors, read as no target list: 1 record"
                + " (T-AGREE-0001 \"\")",
            "Actors tagged SRC/TAR and no target list, the sources read as targets too (they act"
                + " on each other): 1 record (T-AGREE-0001)",
            "No source actor, read as an unnamed source (null): 1 record (T-DEMAND-0001#2)",
            "No target actor, read as an unnamed target (null): 1 record (T-RETREAT-0001)",
            "Record id repeats an earlier one; read T-DEMAND-0001 (line 20) as T-DEMAND-0001#2");
  }

  @Test
  void readsTheGoldsNonCameoCountryCodesAsCameosAndSaysSo() {
    GoldSet set =
        GoldReaders.parse(
            Path.of("p.json"),
            "[{\"id\": \"X-1\", \"event\": \"CONSULT\", \"date\": \"2000-01-01\","
                + " \"text\": \"Russia hosted Japan's prime minister.\","
                + " \"source\": [{\"code\": \"RUS\"}], \"target\": [{\"code\": \"JAP\"}]}]");

    assertThat(set.articles().get(0).required().get(0).targets()).containsExactly("JPN");
    assertThat(set.notes())
        .contains(
            "Country code that is not CAMEO's (a typo in the gold, or ISO's TLS), read as CAMEO's: 1 actor"
                + " (X-1 JAP as JPN)");
  }

  @Test
  void rejectsMalformedJsonNamingLineAndColumn() {
    Path file = Resources.file("plover-malformed.json");
    assertThatThrownBy(() -> GoldReaders.read(file))
        .isInstanceOf(GoldFormatException.class)
        .hasMessage(
            file
                + ":4:1: not valid JSON: Unexpected character ('{' (code 123)): was expecting comma"
                + " to separate Array entries");
  }

  @Test
  void rejectsAnArrayWithNoUsableRecord() {
    assertThatThrownBy(
            () -> GoldReaders.parse(Path.of("p.json"), "[{\"id\": \"X\", \"event\": \"AGREE\"}]"))
        .isInstanceOf(GoldFormatException.class)
        .hasMessage("p.json: no PLOVER records; Skipped record X (line 1): it has no text");
  }
}
