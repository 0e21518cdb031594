package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class EvalCommandTest {

  @Test
  void newsClusterEvaluationsReadTheSameDefaultDirectory() {
    for (Object command : new Object[] {new EvalStoriesCommand(), new EvalTimelineCommand()}) {
      CommandLine cmd = new CommandLine(command);
      OptionSpec data = cmd.getCommandSpec().findOption("--data");
      assertEquals("../shared/data/giveme5w1h/news_cluster", data.defaultValue());
      assertEquals("DIR", data.paramLabel());
      cmd.parseArgs();
      assertEquals(Path.of("../shared/data/giveme5w1h/news_cluster"), data.getValue());
    }
  }
}
