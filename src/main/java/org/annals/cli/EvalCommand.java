package org.annals.cli;

import picocli.CommandLine.Command;

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
      EvalKeyDatesCommand.class
    })
public final class EvalCommand {}
