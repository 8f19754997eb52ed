package org.brink.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code brink spark}: runs the Spark job (spark/) in local mode, without spark-submit, in a JVM of
 * its own on the spark module's class path (Spark included), passing every argument through.
 *
 * <p>Design decision: cli cannot depend on spark (spark depends on cli for the pipeline), and
 * Spark's dependencies (its own Jackson, Hadoop) must not enter the CLI's class path; a child JVM
 * keeps both apart and gives the job its own heap ({@code BRINK_SPARK_JAVA_OPTS}, default
 * {@code -Xmx6g}).
 */
@Command(
    name = "spark",
    description = {
      "Code articles on Apache Spark in local mode and write Parquet tables (docs/spark.md);",
      "every argument goes to the job: brink spark --help lists them. Default master: local[*].",
      ""
    })
final class SparkCommand implements Callable<Integer> {
  static final String MAIN = "org.brink.spark.SparkJob";

  @CommandLine.Unmatched List<String> args = new ArrayList<>();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path home = Path.of(System.getProperty("brink.home", "."));
    Path jar = home.resolve("spark/target/brink-spark.jar");
    Path classpath = home.resolve("spark/target/classpath.txt");
    if (!Files.isRegularFile(jar) || !Files.isRegularFile(classpath)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "brink spark needs the spark module built: " + jar + " or " + classpath
              + " is missing; run ./mvnw -q -DskipTests package");
    }
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    String opts = System.getenv().getOrDefault("BRINK_SPARK_JAVA_OPTS", "-Xmx6g");
    for (String opt : opts.trim().split("\\s+")) {
      if (!opt.isEmpty()) {
        command.add(opt);
      }
    }
    command.add("-cp");
    command.add(jar + java.io.File.pathSeparator + Files.readString(classpath, StandardCharsets.UTF_8).trim());
    command.add(MAIN);
    command.addAll(args);
    return new ProcessBuilder(command).inheritIO().start().waitFor();
  }
}
