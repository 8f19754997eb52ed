package org.brink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.brink.core.Article;
import org.brink.core.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a file's bytes from a stream (the Spark job's HDFS/S3 inputs) as the file is read. */
class ArticleReaderStreamTest {
  private static final String JSONL =
      "{\"id\": \"a1\", \"title\": \"Synthetic\", \"published\": \"2026-03-01\", \"text\": \"Ministers met in Oslo on Monday.\"}\n"
          + "not json\n"
          + "{\"text\": \"Talks resumed in Geneva.\"}\n";

  @Test
  void readsJsonLinesFromAStreamAsFromTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("wire.jsonl");
    Files.writeString(file, JSONL, StandardCharsets.UTF_8);
    ArticleReader reader = new ArticleReader(ReaderConfig.defaults());
    List<Outcome<Article>> fromFile = new ArrayList<>();
    reader.read(List.of(file.toString()), InputStream.nullInputStream(), fromFile::add);
    List<Outcome<Article>> fromStream = new ArrayList<>();
    reader.read("wire.jsonl", file.toString(), new ByteArrayInputStream(JSONL.getBytes(StandardCharsets.UTF_8)), fromStream::add);
    assertThat(fromStream).hasSize(3).isEqualTo(fromFile);
  }

  @Test
  void rejectsAnEmptyStreamNamingItsSource() {
    List<Outcome<Article>> out = new ArrayList<>();
    new ArticleReader(ReaderConfig.defaults())
        .read("empty.txt", "hdfs://nn/corpus/empty.txt", InputStream.nullInputStream(), out::add);
    assertThat(out).singleElement().isInstanceOfSatisfying(Outcome.Rejected.class,
        r -> assertThat(r.problem().toString()).startsWith("hdfs://nn/corpus/empty.txt: empty-text: "));
  }

  @Test
  void readsAJsonRecordAsAJsonLine() {
    Outcome<Article> outcome =
        new ArticleReader(ReaderConfig.defaults())
            .readJsonRecord("{\"id\": \"p1\", \"text\": \"Ministers met in Oslo.\", \"outlet\": \"Synthetic Post\"}", "x.parquet#0");
    assertThat(outcome).isInstanceOfSatisfying(Outcome.Done.class, d -> {
      Article a = (Article) d.value();
      assertThat(a.id().value()).isEqualTo("p1");
      assertThat(a.meta().outlet()).isEqualTo("Synthetic Post");
      assertThat(a.meta().input()).isEqualTo("x.parquet#0");
    });
  }
}
