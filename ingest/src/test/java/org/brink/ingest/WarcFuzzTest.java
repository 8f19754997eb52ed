package org.brink.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;

/** Fuzzes the reader of WARC files (jwarc records, HTTP responses, payload limits). */
class WarcFuzzTest {
  @FuzzTest(maxDuration = "5s")
  void readWarc(byte[] bytes) throws IOException {
    FuzzChecks.readFile("fuzz.warc", bytes);
  }
}
