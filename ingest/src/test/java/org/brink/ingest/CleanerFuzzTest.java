package org.brink.ingest;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.brink.core.Article;
import org.brink.core.ArticleId;
import org.brink.core.ArticleMeta;
import org.brink.core.ContentType;

/** Fuzzes the HTML and text cleaner: parse, metadata, main text, boilerplate rules, English check. */
class CleanerFuzzTest {
  @FuzzTest(maxDuration = "5s")
  void cleanPage(FuzzedDataProvider data) {
    ContentType type = data.consumeBoolean() ? ContentType.HTML : ContentType.TEXT;
    String title = data.consumeBoolean() ? data.consumeString(80) : null;
    String body = data.consumeRemainingAsString();
    Article article = new Article(
        ArticleId.ofContent(body), new ArticleMeta(title, null, null, null, "fuzz"), body, type);
    FuzzChecks.checkCleaned(FuzzChecks.CLEANER.apply(article), "fuzz");
  }
}
