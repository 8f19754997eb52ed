package org.brink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The usage errors of brink serve; the server itself is tested in the server module. */
class ServeCommandTest {
  @TempDir Path dir;

  private String run(String... args) {
    StringWriter err = new StringWriter();
    int status = Main.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err), InputStream.nullInputStream());
    assertThat(status).as(err.toString()).isEqualTo(2);
    return err.toString();
  }

  @Test
  void refusesToListenBeyondThisMachineWithoutAToken() {
    String err = run("serve", "--db", dir.resolve("s.duckdb").toString(), "--bind", "0.0.0.0", "--port", "0");
    assertThat(err).contains("--bind 0.0.0.0 listens beyond this machine; set a token first ($BRINK_API_TOKEN or --token-file)");
    assertThat(dir.resolve("s.duckdb")).doesNotExist();
  }

  @Test
  void refusesAShortToken() throws Exception {
    Path token = Files.writeString(dir.resolve("token"), "short\n");
    String err = run("serve", "--db", dir.resolve("s.duckdb").toString(), "--token-file", token.toString(), "--port", "0");
    assertThat(err).contains("the API token must have at least 16 characters, it has 5");
  }

  @Test
  void refusesAnEmptyTokenFile() throws Exception {
    Path token = Files.writeString(dir.resolve("token"), "\n");
    String err = run("serve", "--token-file", token.toString());
    assertThat(err).contains("--token-file " + token + ": the first line is empty");
  }
}
