package org.brink.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.brink.cli.output.ArticleWriter;
import org.brink.cli.output.JsonLinesWriter;
import org.brink.cli.output.PrettyWriter;
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

  @CommandLine.Mixin CodingOptions options = new CodingOptions();

  @Option(
      names = "--include-text",
      description = "Add the cleaned article text as \"text\"; every span indexes it.")
  boolean includeText;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  @Nullable Path output;

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
    ReaderConfig config = options.readerConfig(spec);
    PrintWriter err = spec.commandLine().getErr();
    Pipelines pipelines = options.pipelines(spec, err);
    try (OutputStream file = output == null ? null : Files.newOutputStream(output)) {
      PrintWriter out =
          file == null
              ? spec.commandLine().getOut()
              : new PrintWriter(new java.io.OutputStreamWriter(file, java.nio.charset.StandardCharsets.UTF_8), false);
      ArticleWriter writer =
          format == OutputFormat.jsonl ? new JsonLinesWriter(out, includeText) : new PrettyWriter(out, includeText);
      CodingRun run = new CodingRun(config, pipelines.full(), options.threads, writer, err);
      RunSummary summary = run.run(paths, stdin);
      out.flush();
      summary.report(err);
      return summary.rejected() == 0 ? 0 : 1;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + output, e);
    }
  }
}
