package org.brink.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import org.brink.ingest.InputFormat;
import org.brink.ingest.ReaderConfig;
import org.brink.nlp.AnnotatorConfig;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options of every command that reads and codes articles: {@code code} and {@code ingest}. */
final class CodingOptions {
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
  int maxSentenceTokens = AnnotatorConfig.defaults().maxParseTokens();

  @Option(
      names = "--prefilter",
      description = "Tag and parse only the sentences the event prefilter picks (the same events; measured no faster on news, so off by default).")
  boolean prefilter;

  @CommandLine.ArgGroup(exclusive = false, heading = "%nDictionaries:%n")
  DictionaryOptions dictionaries = new DictionaryOptions();

  /** The reader's settings; a bad value is a usage error naming the option. */
  ReaderConfig readerConfig(CommandLine.Model.CommandSpec spec) {
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
    }
    InputFormat in;
    try {
      in = InputFormat.fromCliValue(inputFormat);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    try {
      return new ReaderConfig(in, published, maxBytes);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-bytes: " + e.getMessage());
    }
  }

  /** The coding stages with the chosen dictionaries; a dictionary that cannot be read is a usage error. */
  Pipelines pipelines(CommandLine.Model.CommandSpec spec, PrintWriter err) {
    try {
      return Pipelines.load(maxSentenceTokens, prefilter, dictionaries.sources(), err);
    } catch (IOException | IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "cannot load dictionaries: " + e.getMessage());
    }
  }
}
