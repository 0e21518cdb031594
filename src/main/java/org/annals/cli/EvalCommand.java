package org.annals.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code annals eval <what>}: accuracy of each stage on its development set. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measure a stage's accuracy on its development data.",
    subcommands = {
      EvalTimexCommand.class,
      EvalEventsCommand.class,
      EvalTimelineCommand.class,
      EvalStoriesCommand.class,
      EvalKeyDatesCommand.class,
      EvalMainDateCommand.class
    })
public final class EvalCommand {

  /**
   * The {@code --data} option of the evaluations on the news-cluster set (news-please JSON files
   * labelled with {@code newsCluster.EventId}), shared as a picocli mixin.
   */
  static final class NewsClusterData {

    @Option(
        names = "--data",
        paramLabel = "DIR",
        defaultValue = "../shared/data/giveme5w1h/news_cluster",
        description = "News-please JSON files with newsCluster (default: ${DEFAULT-VALUE}).")
    Path dir;
  }
}
