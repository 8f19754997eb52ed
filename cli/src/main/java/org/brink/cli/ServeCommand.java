package org.brink.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.brink.nlp.AnnotatorConfig;
import org.brink.server.BrinkServer;
import org.brink.server.ServerConfig;
import org.brink.store.EventStore;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code brink serve}: the REST API and the dashboard over a store. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Serve a store over HTTP: the REST API (/api/..., described at /openapi.json) and the",
      "dashboard at /. Binds 127.0.0.1 unless --bind says otherwise. Reads are open to this",
      "machine; POST /api/articles (code and store articles) needs the token from",
      "BRINK_API_TOKEN or --token-file, sent as 'Authorization: Bearer TOKEN'. The CoreNLP models",
      "are loaded on the first POST. docs/server.md documents the endpoints.",
      ""
    })
final class ServeCommand implements Callable<Integer> {
  static final String TOKEN_VARIABLE = "BRINK_API_TOKEN";

  @Option(names = "--db", paramLabel = "FILE", description = "The store (created when absent). Default: ${DEFAULT-VALUE}.")
  Path db = Path.of("brink.duckdb");

  @Option(names = "--port", paramLabel = "PORT", description = "TCP port; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
  int port = ServerConfig.DEFAULT_PORT;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only). Another address needs a token: reads from other machines need it too.")
  String bind = ServerConfig.DEFAULT_HOST;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description = "Read the API token from the first line of FILE (instead of $" + TOKEN_VARIABLE + "); at least 16 characters.")
  @Nullable Path tokenFile;

  @Option(
      names = "--max-body-bytes",
      paramLabel = "N",
      description = "Largest request body accepted. Default: ${DEFAULT-VALUE}.")
  long maxBodyBytes = ServerConfig.DEFAULT_MAX_BODY_BYTES;

  @Option(
      names = "--max-sentence-tokens",
      paramLabel = "N",
      description = "For POSTed articles: sentences longer than N tokens are reported and not parsed. Default: ${DEFAULT-VALUE}.")
  int maxSentenceTokens = AnnotatorConfig.defaults().maxParseTokens();

  @CommandLine.ArgGroup(exclusive = false, heading = "%nDictionaries for POSTed articles:%n")
  DictionaryOptions dictionaries = new DictionaryOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    String token = token();
    ServerConfig config;
    try {
      config = new ServerConfig(bind, port, token, maxBodyBytes);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (!isLoopback(bind) && token == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--bind " + bind + " listens beyond this machine; set a token first ($" + TOKEN_VARIABLE + " or --token-file)");
    }
    EventStore store = EventStore.open(db);
    BrinkServer server;
    try {
      server =
          BrinkServer.start(
              config,
              store,
              () -> {
                try {
                  return Pipelines.load(maxSentenceTokens, dictionaries.sources(), err).full();
                } catch (IOException e) {
                  throw new IllegalStateException("cannot load dictionaries: " + e.getMessage(), e);
                }
              });
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  store.close();
                },
                "brink-serve-stop"));
    EventStore.Counts counts = store.counts();
    err.printf(
        "brink: serving %s (%d articles, %d mentions) at %s; coding over the API is %s. Ctrl-C stops.%n",
        store.file(), counts.articles(), counts.mentions(), server.uri(),
        token == null ? "off (no token)" : "on");
    err.flush();
    server.join();
    return 0;
  }

  /** The token from --token-file, else from the environment, else null. */
  private @Nullable String token() {
    if (tokenFile != null) {
      try {
        List<String> lines = Files.readAllLines(tokenFile, StandardCharsets.UTF_8);
        String first = lines.isEmpty() ? "" : lines.get(0).strip();
        if (first.isEmpty()) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--token-file " + tokenFile + ": the first line is empty");
        }
        return first;
      } catch (IOException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--token-file " + tokenFile + ": cannot read: " + e.getMessage());
      }
    }
    String fromEnvironment = System.getenv(TOKEN_VARIABLE);
    return fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment.strip();
  }

  private static boolean isLoopback(String address) {
    if (address.equalsIgnoreCase("localhost")) {
      return true;
    }
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
