package org.brink.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Removes page furniture from an article's blocks by the {@link BoilerplateRule}s, for HTML and
 * plain text alike.
 *
 * <p>Implementation notes: three passes. First every block is judged by itself; then {@link
 * BoilerplateRule#RELATED_LIST} removes headings that introduce other articles with the
 * headline-shaped items after them; last, {@link BoilerplateRule#EDGE_FRAGMENT} removes the blocks
 * without the shape of a sentence that sit in the runs of furniture at the start and the end. The
 * middle of the text loses only what a rule names outright, so a subheading or a short list inside
 * an article survives. When the article has no title, the first headline-shaped block removed only
 * for its position at the start is offered as the title.
 */
final class BoilerplateFilter {
  /**
   * What the filter kept.
   *
   * @param kept the blocks kept, in order
   * @param removed how many blocks each rule removed, by rule code, in code order
   * @param headline the likely headline found among the leading furniture, or null
   */
  record Result(List<Block> kept, SortedMap<String, Integer> removed, @Nullable String headline) {
    Result {
      kept = List.copyOf(kept);
      removed = Collections.unmodifiableSortedMap(new TreeMap<>(removed));
    }
  }

  private BoilerplateFilter() {}

  /**
   * Filters blocks.
   *
   * @param title the article's known title, whose repetitions are removed, or null
   */
  static Result filter(List<Block> blocks, @Nullable String title) {
    int n = blocks.size();
    BoilerplateRule[] verdict = new BoilerplateRule[n];
    String titleKey = title == null ? null : comparable(title);
    for (int i = 0; i < n; i++) {
      Block block = blocks.get(i);
      if (titleKey != null && !titleKey.isEmpty() && comparable(block.text()).equals(titleKey)) {
        verdict[i] = BoilerplateRule.TITLE_REPEAT;
      } else {
        verdict[i] = BoilerplateRule.judge(block);
      }
    }
    markRelatedLists(blocks, verdict);
    String headline = markEdges(blocks, verdict, title == null);

    List<Block> kept = new ArrayList<>(n);
    Map<String, Integer> removed = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      if (verdict[i] == null) {
        kept.add(blocks.get(i));
      } else {
        removed.merge(verdict[i].code(), 1, Integer::sum);
      }
    }
    return new Result(kept, new TreeMap<>(removed), headline);
  }

  private static void markRelatedLists(List<Block> blocks, @Nullable BoilerplateRule[] verdict) {
    int n = blocks.size();
    for (int i = 0; i < n; i++) {
      Block heading = blocks.get(i);
      boolean named = BoilerplateRule.introducesRelatedArticles(heading);
      if (!named && heading.kind() != Block.Kind.HEADING) {
        continue;
      }
      int end = i + 1;
      int linkItems = 0;
      while (end < n) {
        Block item = blocks.get(end);
        boolean linkItem = item.linkShare() >= 0.5 && item.words() <= 25;
        if (!(linkItem || (named && BoilerplateRule.isHeadlineShaped(item)))) {
          break;
        }
        if (linkItem) {
          linkItems++;
        }
        end++;
      }
      boolean isList = named ? end > i + 1 : linkItems >= 2 && linkItems == end - i - 1;
      if (isList) {
        for (int j = i; j < end; j++) {
          verdict[j] = BoilerplateRule.RELATED_LIST;
        }
        i = end - 1;
      }
    }
  }

  /**
   * Marks the sentence-less blocks in the leading and trailing runs of furniture and returns the
   * likely headline among the leading ones when {@code wantHeadline}.
   */
  private static @Nullable String markEdges(
      List<Block> blocks, @Nullable BoilerplateRule[] verdict, boolean wantHeadline) {
    int n = blocks.size();
    boolean anyBody = false;
    for (int i = 0; i < n && !anyBody; i++) {
      anyBody = verdict[i] == null && BoilerplateRule.isBodyShaped(blocks.get(i));
    }
    if (!anyBody) {
      // A text too short to have body-shaped blocks (a one-line summary, "Who's next?") keeps
      // what holds a sentence: there is no body for the furniture to cluster around.
      for (int i = 0; i < n; i++) {
        String text = blocks.get(i).text();
        if (verdict[i] == null && !TextShape.endsSentence(text) && !TextShape.containsSentence(text)) {
          verdict[i] = BoilerplateRule.EDGE_FRAGMENT;
        }
      }
      return null;
    }
    String headline = null;
    for (int i = 0; i < n; i++) {
      if (verdict[i] != null) {
        continue;
      }
      Block block = blocks.get(i);
      if (BoilerplateRule.isBodyShaped(block)) {
        break;
      }
      verdict[i] = BoilerplateRule.EDGE_FRAGMENT;
      if (wantHeadline && headline == null && looksLikeHeadline(block)) {
        headline = block.text();
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      if (verdict[i] != null) {
        continue;
      }
      if (BoilerplateRule.isBodyShaped(blocks.get(i))) {
        break;
      }
      verdict[i] = BoilerplateRule.EDGE_FRAGMENT;
    }
    return headline;
  }

  private static boolean looksLikeHeadline(Block block) {
    return block.words() >= 3
        && BoilerplateRule.isHeadlineShaped(block)
        && TextShape.startsLikeSentence(block.text())
        && !TextShape.isMostlyUpperCase(block.text());
  }

  /** Lower case letters and digits only, single-spaced: for comparing a block with the title. */
  private static String comparable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(word);
      }
    }
    return out.toString();
  }
}
