package org.brink.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code brink}: the entry point of the command line. */
@Command(
    name = "brink",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Brink turns news articles into structured political event data: who did what to whom,",
      "when, how sure, on what evidence. Events are coded in CAMEO with Goldstein weights,",
      "QuadClass and the PLOVER mapping, and every event keeps its sentence and spans.",
      ""
    },
    subcommands = {
      CodeCommand.class,
      IngestCommand.class,
      ExportCommand.class,
      DyadsCommand.class,
      TimelineCommand.class,
      AlertsCommand.class,
      ExplainCommand.class,
      ActorsCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      ServeCommand.class,
      SparkCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command, e.g. brink code");
  }

  public static void main(String[] args) {
    System.exit(
        execute(
            args,
            new PrintWriter(System.out, false, StandardCharsets.UTF_8),
            new PrintWriter(System.err, true, StandardCharsets.UTF_8),
            System.in));
  }

  /** Runs the command line with the given streams; returns the exit status. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err, InputStream in) {
    CommandLine cli = new CommandLine(new Main(), new Factory(in));
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    int status = cli.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  /** Gives commands the standard input to read, so tests can supply their own. */
  private record Factory(InputStream in) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == CodeCommand.class) {
        return type.cast(new CodeCommand(in));
      }
      if (type == IngestCommand.class) {
        return type.cast(new IngestCommand(in));
      }
      return CommandLine.defaultFactory().create(type);
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"brink " + (v == null ? "development build" : v)};
    }
  }
}
