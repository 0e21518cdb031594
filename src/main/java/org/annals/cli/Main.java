package org.annals.cli;

import org.annals.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code annals} command line: {@code jobs/annals <command> ...}. */
@Command(
    name = "annals",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = "Actor-event timelines and dyad sentiment from news collections.",
    subcommands = {
      RunCommand.class,
      TimexCommand.class,
      ReportCommand.class,
      PublishCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main {

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command line and returns its exit code: 0 done, 1 failed, 2 bad usage or input. */
  public static int execute(String... args) {
    return new CommandLine(new Main())
        .setExecutionExceptionHandler(
            (e, cmd, parsed) -> {
              cmd.getErr().println("annals: " + e.getMessage());
              return e instanceof java.io.FileNotFoundException
                      || e instanceof IllegalArgumentException
                  ? 2
                  : 1;
            })
        .execute(args);
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"annals " + Version.ANNALS};
    }
  }
}
