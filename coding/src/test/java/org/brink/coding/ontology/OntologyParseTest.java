package org.brink.coding.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.brink.core.Plover;
import org.junit.jupiter.api.Test;

class OntologyParseTest {
  private static final String HEADER = Ontology.HEADER + "\n";

  @Test
  void parsesCommentsHeaderAndRows() {
    Ontology o =
        Ontology.parse(
            "t.tsv",
            "# a comment\n"
                + HEADER
                + "19\t-10.0\t4\tASSAULT\t\tmilitary\tFIGHT\n"
                + "190\t-10.0\t4\tASSAULT\t\tmilitary\tUse conventional military force\n");
    assertThat(o.all()).hasSize(2);
    assertThat(o.get("190").plover()).isEqualTo(new Plover("ASSAULT", null, "military"));
  }

  @Test
  void rejectsAGoldsteinWeightOutOfRangeNamingTheLine() {
    assertThatThrownBy(
            () ->
                Ontology.parse("cameo-codes.tsv", "# x\n" + HEADER + "19\t-11.0\t4\t\t\t\tFIGHT\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cameo-codes.tsv:3: Goldstein weight outside -10..10: '-11.0'; weights run from -10.0"
                + " to 10.0");
  }

  @Test
  void rejectsAQuadClassThatDoesNotMatchTheRoot() {
    assertThatThrownBy(
            () -> Ontology.parse("cameo-codes.tsv", HEADER + "19\t-10.0\t3\t\t\t\tFIGHT\n"))
        .hasMessage(
            "cameo-codes.tsv:2: quad class does not match the root: '3'; root 19 is in quad class"
                + " 4");
  }

  @Test
  void reportsEveryBadLineAtOnce() {
    assertThatThrownBy(
            () ->
                Ontology.parse(
                    "cameo-codes.tsv",
                    HEADER
                        + "1x\t0.0\t1\t\t\t\tBAD\n"
                        + "01\tnone\t1\t\t\t\tMAKE PUBLIC STATEMENT\n"
                        + "01\t0.0\t1\n"))
        .hasMessage(
            String.join(
                "\n",
                "cameo-codes.tsv:2: bad CAMEO code: '1x'; codes are 2-4 digits with the leading"
                    + " zero",
                "cameo-codes.tsv:3: Goldstein weight is not a number: 'none'; write a decimal such"
                    + " as -2.0",
                "cameo-codes.tsv:4: expected 7 tab-separated fields, found 3: '01\t0.0\t1'; columns"
                    + " are code, goldstein, quad, plover, mode, context, name"));
  }

  @Test
  void rejectsACodeListedTwice() {
    assertThatThrownBy(
            () ->
                Ontology.parse(
                    "cameo-codes.tsv", HEADER + "01\t0.0\t1\t\t\t\tA\n" + "01\t0.0\t1\t\t\t\tB\n"))
        .hasMessage("cameo-codes.tsv:3: code listed twice: '01'; the first row is at line 2");
  }

  @Test
  void rejectsACodeWithoutItsParent() {
    assertThatThrownBy(() -> Ontology.parse("cameo-codes.tsv", HEADER + "0211\t3.4\t1\t\t\t\tX\n"))
        .hasMessage(
            "cameo-codes.tsv:2: code has no parent row: '0211'; add the row for '021' first");
  }

  @Test
  void rejectsAMissingColumnHeader() {
    assertThatThrownBy(() -> Ontology.parse("cameo-codes.tsv", "01\t0.0\t1\t\t\t\tA\n"))
        .hasMessage(
            "cameo-codes.tsv:1: expected the column header: '01\t0.0\t1\t\t\t\tA'; write"
                + " 'code<TAB>goldstein<TAB>quad<TAB>plover<TAB>mode<TAB>context<TAB>name'");
  }

  @Test
  void rejectsAModeWithoutACategory() {
    assertThatThrownBy(() -> Ontology.parse("cameo-codes.tsv", HEADER + "19\t-10.0\t4\t\tx\t\tF\n"))
        .hasMessage(
            "cameo-codes.tsv:2: PLOVER mode or context without a category: 'x'; leave mode and"
                + " context empty when the category is");
  }
}
