package org.brink.coding.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.brink.core.CameoCode;
import org.brink.core.Plover;
import org.junit.jupiter.api.Test;

class OntologyTest {
  private static final Ontology ONTOLOGY = Ontology.load();

  /**
   * The codes without a PLOVER reading: the CAMEO-to-PLOVER table starts at root 03, so no 01x
   * (make statement) or 02x (appeal) code has a category, even by inheritance.
   */
  private static final List<String> WITHOUT_PLOVER =
      List.of(
          "01", "010", "011", "012", "013", "014", "015", "016", "017", "018", "019", //
          "02", "020", "021", "0211", "0212", "0213", "0214", "022", "023", "0231", "0232", "0233",
          "0234", "024", "0241", "0242", "0243", "0244", "025", "0251", "0252", "0253", "0254",
          "0255", "0256", "026", "027", "028");

  @Test
  void holdsAll311CameoCodes() {
    assertThat(ONTOLOGY.all()).hasSize(311);
    assertThat(ONTOLOGY.all().stream().map(CameoCode::code).distinct()).hasSize(311);
  }

  @Test
  void listsCodesInCodeOrder() {
    List<String> codes = ONTOLOGY.all().stream().map(CameoCode::code).toList();
    assertThat(codes).isSorted().startsWith("01", "010").endsWith("204", "2041", "2042");
  }

  @Test
  void everyCodeHasAGoldsteinWeightBetweenMinusTenAndTen() {
    assertThat(ONTOLOGY.all()).allSatisfy(c -> assertThat(c.goldstein()).isBetween(-10.0, 10.0));
  }

  @Test
  void everyCodeHasTheQuadClassOfItsRoot() {
    assertThat(ONTOLOGY.all())
        .allSatisfy(
            c -> {
              int root = Integer.parseInt(c.root());
              int expected = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
              assertThat(c.quadClass()).as(c.code()).isEqualTo(expected);
            });
  }

  @Test
  void everyCodeHasAName() {
    assertThat(ONTOLOGY.all()).allSatisfy(c -> assertThat(c.name()).as(c.code()).isNotBlank());
  }

  @Test
  void everyCodeHasAPloverCategoryExceptTheStatementAndAppealCodes() {
    List<String> without =
        ONTOLOGY.all().stream().filter(c -> c.plover() == null).map(CameoCode::code).toList();
    assertThat(without).containsExactlyElementsOf(WITHOUT_PLOVER);
  }

  @Test
  void resolvesACodeOutsideCameoToACodeWithoutFacts() {
    assertThat(ONTOLOGY.resolve("1121")).isSameAs(ONTOLOGY.get("1121"));
    assertThat(ONTOLOGY.resolve("1121").inCameo()).isTrue();
    CameoCode weis = ONTOLOGY.resolve("903");
    assertThat(weis.code()).isEqualTo("903");
    assertThat(weis.root()).isEqualTo("90");
    assertThat(weis.inCameo()).isFalse();
    assertThat(weis.quadClassOrNull()).isNull();
    assertThat(weis.goldsteinOrNull()).isNull();
    assertThat(weis.plover()).isNull();
    assertThat(ONTOLOGY.isKnown("903")).isFalse();
    // a code outside CAMEO has no weight and no PLOVER reading, and a CAMEO code needs a weight
    assertThatThrownBy(() -> new CameoCode("903", "x", 0, 1.0, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CameoCode("190", "x", 4, Double.NaN, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CameoCode("190", "x", 5, -10, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsTheFactsOfOneCode() {
    CameoCode code = ONTOLOGY.get("1121");
    assertThat(code.name()).isEqualTo("Accuse of crime, corruption");
    assertThat(code.goldstein()).isEqualTo(-2.0);
    assertThat(code.quadClass()).isEqualTo(3);
    assertThat(code.plover()).isEqualTo(new Plover("ACCUSE", "allege", "crime;corruption"));
  }

  @Test
  void leavesModeAndContextNullWhereThePloverTableGivesNone() {
    assertThat(ONTOLOGY.get("03").plover()).isEqualTo(new Plover("AGREE", null, null));
    assertThat(ONTOLOGY.get("190").plover()).isEqualTo(new Plover("ASSAULT", null, "military"));
  }

  @Test
  void readsRootEightAsConcedeTheFirstOfItsTwoPloverListings() {
    assertThat(ONTOLOGY.get("08").plover()).isEqualTo(new Plover("CONCEDE", null, null));
    assertThat(ONTOLOGY.get("0871").plover())
        .isEqualTo(new Plover("RETREAT", "ceasefire", "military"));
  }

  @Test
  void keepsTheLeadingZeroOfCodes() {
    assertThat(ONTOLOGY.isKnown("0256")).isTrue();
    assertThat(ONTOLOGY.isKnown("256")).isFalse();
    assertThat(ONTOLOGY.get("0256").root()).isEqualTo("02");
  }

  @Test
  void findsKnownCodesAndNothingForUnknownOnes() {
    assertThat(ONTOLOGY.find("190")).map(CameoCode::goldstein).contains(-10.0);
    assertThat(ONTOLOGY.find("999")).isEqualTo(Optional.empty());
  }

  @Test
  void refusesToGetAnUnknownCodeAndNamesIt() {
    assertThatThrownBy(() -> ONTOLOGY.get("0999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown CAMEO code: '0999'; codes are 2-4 digits with the leading zero, e.g. '0256'");
  }

  @Test
  void loadsTheBundledTableOnce() {
    assertThat(Ontology.load()).isSameAs(ONTOLOGY);
  }

  @Test
  void agreesRowByRowWithTheSharedCameoTable() throws IOException {
    Optional<Path> shared = sharedTable();
    assumeTrue(shared.isPresent(), "shared/peer-data/cameo/cameo-event-codes.tsv not found");
    List<String> lines = Files.readAllLines(shared.get(), StandardCharsets.UTF_8);
    assertThat(lines.get(0))
        .isEqualTo(
            "code\troot\tlevel\tgoldstein\tquad_class_gdelt\tquad_class_duval_thompson\tname");
    List<CameoCode> ours = new ArrayList<>(ONTOLOGY.all());
    assertThat(ours).hasSize(lines.size() - 1);
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t", -1);
      CameoCode c = ours.get(i - 1);
      assertThat(c.code()).as("row %d", i).isEqualTo(f[0]);
      assertThat(c.root()).as(f[0]).isEqualTo(f[1]);
      assertThat(c.goldstein()).as(f[0]).isEqualTo(Double.parseDouble(f[3]));
      assertThat(c.quadClass()).as(f[0]).isEqualTo(Integer.parseInt(f[4]));
      assertThat(c.name()).as(f[0]).isEqualTo(f[6]);
    }
  }

  private static Optional<Path> sharedTable() {
    for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        dir != null;
        dir = dir.getParent()) {
      Path candidate =
          dir.resolveSibling("shared").resolve("peer-data/cameo/cameo-event-codes.tsv");
      if (dir.getParent() != null && Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
