package org.brink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** All text is invented for Brink's tests; not real news. */
class BlockSplitterTest {
  @Test
  void splitsAtBlankLines() {
    assertThat(texts("Envoys met in Juba.\n \nThe talks will resume."))
        .containsExactly("Envoys met in Juba.", "The talks will resume.");
  }

  @Test
  void keepsOneLineParagraphsWithoutBlankLinesApart() {
    assertThat(
            texts(
                "Envoys met in Juba on Thursday to discuss fees.\n"
                    + "The talks will resume next month."))
        .containsExactly(
            "Envoys met in Juba on Thursday to discuss fees.", "The talks will resume next month.");
  }

  @Test
  void joinsLinesThatContinueInLowerCase() {
    assertThat(texts("Envoys from Sudan and South Sudan met in Juba\non Thursday, officials said."))
        .containsExactly(
            "Envoys from Sudan and South Sudan met in Juba on Thursday, officials said.");
  }

  @Test
  void joinsLinesHardWrappedAtAConsistentWidth() {
    String wrapped =
        "Envoys from Sudan and South Sudan met in Juba on Thursday to discuss\n"
            + "transit fees for oil exported through Port Sudan, officials from the two\n"
            + "African Union mediators said.";
    assertThat(texts(wrapped)).hasSize(1);
  }

  @Test
  void keepsHeadlineAndBylineApartFromTheLinesAround() {
    assertThat(
            texts(
                "Sudan and South Sudan resume talks on oil fees\n"
                    + "By Amina Wanjiru\n"
                    + "Updated 14:05 GMT"))
        .containsExactly(
            "Sudan and South Sudan resume talks on oil fees",
            "By Amina Wanjiru",
            "Updated 14:05 GMT");
  }

  @Test
  void keepsMenuLinesApart() {
    assertThat(
            texts(
                "Home | World | Africa | Business | Climate | Sport\n"
                    + "Sudan and South Sudan resume talks"))
        .hasSize(2);
  }

  @Test
  void marksBulletedLinesAsListItems() {
    List<Block> blocks =
        BlockSplitter.ofPlainText("- Withdrawal of troops\n- Release of journalists");
    assertThat(blocks)
        .extracting(Block::kind)
        .containsExactly(Block.Kind.LIST_ITEM, Block.Kind.LIST_ITEM);
  }

  @Test
  void countsUrlsAsLinks() {
    Block block = BlockSplitter.ofPlainText("https://meridianpost.example/world/africa").get(0);
    assertThat(block.linkShare()).isEqualTo(1.0);
  }

  private static List<String> texts(String text) {
    return BlockSplitter.ofPlainText(text).stream().map(Block::text).toList();
  }
}
