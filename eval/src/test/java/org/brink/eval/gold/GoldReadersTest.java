package org.brink.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldReadersTest {
  private static final Path FILE = Path.of("gold.txt");

  @Test
  void detectsBrinkGoldByAnObjectWithArticles() {
    GoldSet set = GoldReaders.parse(FILE, "  \n{\"articles\": []}");
    assertThat(set.format()).isEqualTo(GoldSet.BRINK);
    assertThat(set.articles()).isEmpty();
  }

  @Test
  void detectsPetrarchXmlByTheAngleBracket() throws IOException {
    GoldSet set = GoldReaders.read(Resources.file("petrarch-small.xml"));
    assertThat(set.format()).isEqualTo(GoldSet.PETRARCH_XML);
  }

  @Test
  void detectsPloverJsonByTheSquareBracket() throws IOException {
    GoldSet set = GoldReaders.read(Resources.file("plover-small.json"));
    assertThat(set.format()).isEqualTo(GoldSet.PLOVER_JSON);
  }

  @Test
  void skipsAByteOrderMarkBeforeDetecting() {
    assertThat(GoldReaders.parse(FILE, "\uFEFF{\"articles\": []}").format())
        .isEqualTo(GoldSet.BRINK);
  }

  @Test
  void namesTheSetAfterTheFileWithoutItsExtension() throws IOException {
    assertThat(GoldReaders.read(Resources.file("brink-small.json")).name())
        .isEqualTo("brink-small");
    assertThat(
            GoldReaders.parse(Path.of("dir", "PETR.UnitTest.records.xml"), "{\"articles\":[]}")
                .name())
        .isEqualTo("PETR.UnitTest.records");
  }

  @Test
  void rejectsAnObjectWithoutArticles() {
    assertThatThrownBy(() -> GoldReaders.parse(FILE, "{\"about\": \"x\"}"))
        .isInstanceOf(GoldFormatException.class)
        .hasMessage(
            "gold.txt: a JSON object without \"articles\" is not Brink gold; expected Brink gold"
                + " ({\"articles\": [...]}), PETRARCH XML records (<Validation>...) or PLOVER"
                + " gold-standard JSON ([...])");
  }

  @Test
  void rejectsAnUnknownFormatNamingTheFileAndLine() {
    assertThatThrownBy(() -> GoldReaders.parse(FILE, "\n\nid,text\n1,hello\n"))
        .isInstanceOf(GoldFormatException.class)
        .hasMessage(
            "gold.txt:3: unknown gold format: the first character is 'i'; expected Brink gold"
                + " ({\"articles\": [...]}), PETRARCH XML records (<Validation>...) or PLOVER"
                + " gold-standard JSON ([...])");
  }

  @Test
  void rejectsAnEmptyFile() {
    assertThatThrownBy(() -> GoldReaders.parse(FILE, " \n\t"))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageStartingWith("gold.txt: empty file; expected Brink gold");
  }

  @Test
  void rejectsAFileThatIsNotUtf8(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.json");
    Files.write(file, new byte[] {'{', '"', (byte) 0xE9, '"', '}'});
    assertThatThrownBy(() -> GoldReaders.read(file))
        .isInstanceOf(GoldFormatException.class)
        .hasMessage(file + ": not UTF-8 text; gold files are UTF-8");
  }
}
