package org.brink.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.brink.cli.output.ArticleWriter;
import org.brink.cli.output.JsonLinesWriter;
import org.brink.cli.output.PrettyWriter;
import org.brink.ingest.InputFormat;
import org.brink.ingest.ReaderConfig;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code brink code}: reads articles, codes their events and writes one record per article. */
@Command(
    name = "code",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Code articles into CAMEO events with evidence and write one record per article.",
      "",
      "Reads plain text (.txt; a headline-like first line is the title), HTML pages (.html, .htm;",
      "main text extracted, page furniture removed, title, date and outlet from the page) and JSON",
      "Lines (.jsonl; one article a line with id, title, text or html, published or date, url,",
      "outlet). Directories are read recursively; - reads standard input.",
      "",
      "Exit status: 0 when every input was coded, 1 when some were rejected (each is reported on",
      "standard error, with a one-line summary per reason at the end), 2 for usage errors.",
      ""
    })
final class CodeCommand implements Callable<Integer> {
  enum OutputFormat {
    jsonl,
    pretty
  }

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Files, directories (read recursively) or - for standard input.")
  List<String> paths = List.of();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output: jsonl (one JSON object per article; the stable contract in docs/output-format.md) or pretty (a readable listing). Default: ${DEFAULT-VALUE}.")
  OutputFormat format = OutputFormat.jsonl;

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      description = "Read every input as text, html or jsonl instead of telling by extension (auto). Default: ${DEFAULT-VALUE}.")
  String inputFormat = "auto";

  @Option(
      names = "--published",
      paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles whose input gives none; relative dates resolve against it.")
  @Nullable LocalDate published;

  @Option(
      names = "--include-text",
      description = "Add the cleaned article text as \"text\"; every span indexes it.")
  boolean includeText;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  @Nullable Path output;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Articles coded in parallel; the models are loaded once and shared. Default: the number of cores (${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--max-bytes",
      paramLabel = "N",
      description = "Reject an input file or JSON line larger than N bytes. Default: ${DEFAULT-VALUE}.")
  long maxBytes = ReaderConfig.defaults().maxBytes();

  @Option(
      names = "--max-sentence-tokens",
      paramLabel = "N",
      description = "Sentences longer than N tokens are reported and not parsed. Default: ${DEFAULT-VALUE}.")
  int maxSentenceTokens = org.brink.nlp.AnnotatorConfig.defaults().maxParseTokens();

  @CommandLine.ArgGroup(exclusive = false, heading = "%nDictionaries:%n")
  DictionaryOptions dictionaries = new DictionaryOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final InputStream stdin;

  CodeCommand() {
    this(System.in);
  }

  CodeCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public Integer call() {
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
    }
    InputFormat in;
    try {
      in = InputFormat.fromCliValue(inputFormat);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    ReaderConfig config;
    try {
      config = new ReaderConfig(in, published, maxBytes);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-bytes: " + e.getMessage());
    }
    Pipelines pipelines = loadPipelines(err);
    try (OutputStream file = output == null ? null : Files.newOutputStream(output)) {
      PrintWriter out =
          file == null
              ? spec.commandLine().getOut()
              : new PrintWriter(new java.io.OutputStreamWriter(file, java.nio.charset.StandardCharsets.UTF_8), false);
      ArticleWriter writer =
          format == OutputFormat.jsonl ? new JsonLinesWriter(out, includeText) : new PrettyWriter(out, includeText);
      CodingRun run = new CodingRun(config, pipelines.full(), threads, writer, err);
      RunSummary summary = run.run(paths, stdin);
      out.flush();
      summary.report(err);
      return summary.rejected() == 0 ? 0 : 1;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + output, e);
    }
  }

  private Pipelines loadPipelines(PrintWriter err) {
    try {
      return Pipelines.load(maxSentenceTokens, dictionaries.sources(), err);
    } catch (IOException | IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "cannot load dictionaries: " + e.getMessage());
    }
  }
}
