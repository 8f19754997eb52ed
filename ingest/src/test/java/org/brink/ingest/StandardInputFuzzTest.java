package org.brink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.brink.core.Article;
import org.brink.core.Outcome;

/** Fuzzes the text, HTML and JSON Lines readers (and format sniffing) through standard input. */
class StandardInputFuzzTest {
  @FuzzTest(maxDuration = "5s")
  void readStandardInput(FuzzedDataProvider data) {
    InputFormat format = data.pickValue(
        new InputFormat[] {InputFormat.AUTO, InputFormat.TEXT, InputFormat.HTML, InputFormat.JSONL});
    byte[] bytes = data.consumeRemainingAsBytes();
    List<Outcome<Article>> outcomes = FuzzChecks.read(FuzzChecks.SMALL.withFormat(format), List.of("-"), bytes);
    if (format == InputFormat.TEXT || format == InputFormat.HTML) {
      assertThat(outcomes).hasSize(1);
    }
    outcomes.forEach(o -> FuzzChecks.check(o, "-"));
  }
}
