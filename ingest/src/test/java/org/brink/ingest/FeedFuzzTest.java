package org.brink.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;

/** Fuzzes the reader of RSS and Atom feed files (XML parsing, items, dates). */
class FeedFuzzTest {
  @FuzzTest(maxDuration = "5s")
  void readFeed(byte[] bytes) throws IOException {
    FuzzChecks.readFile("fuzz.rss", bytes);
  }
}
