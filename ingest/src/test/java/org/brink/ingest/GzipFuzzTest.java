package org.brink.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;

/** Fuzzes the reader of gzip-compressed JSON Lines files (decompression, line limits, records). */
class GzipFuzzTest {
  @FuzzTest(maxDuration = "5s")
  void readGzipJsonLines(byte[] bytes) throws IOException {
    FuzzChecks.readFile("fuzz.jsonl.gz", bytes);
  }
}
