package org.annals.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annals.eval.MainDateScore;
import org.annals.eval.MainEventDateEvaluator;
import org.annals.eval.MainEventDateEvaluator.Result;
import org.annals.mention.ArticleAnalyzer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code annals eval main-date}: how often {@code articles.main_event_date} is the day the TimeML
 * annotation gives the article's main event (see {@link MainEventDateEvaluator}), against the
 * publication date; for all documents and the fixed "dev" and "held-out" halves.
 */
@Command(
    name = "main-date",
    mixinStandardHelpOptions = true,
    description =
        "Score articles.main_event_date on TimeML (.tml) news against the day the annotation"
            + " gives the lead's main event.")
public final class EvalMainDateCommand implements Callable<Integer> {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      arity = "1..*",
      description = "Directories of .tml files (default: ${DEFAULT-VALUE}).",
      defaultValue = "../shared/data/tempeval3/timebank,../shared/data/tempeval3/aquaint",
      split = ",")
  List<Path> data = new ArrayList<>();

  @Option(
      names = "--verbose",
      description = "Also print every scored document annals dates wrongly, by half.")
  boolean verbose;

  @Spec CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new EvalMainDateCommand()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    for (Path dir : data) {
      if (!Files.isDirectory(dir)) {
        spec.commandLine().getErr().println("not a directory: " + dir);
        return 2;
      }
    }
    List<Result> results = new MainEventDateEvaluator(ArticleAnalyzer.standard()).evaluate(data);
    Map<String, MainDateScore> scores = MainEventDateEvaluator.scores(results);
    MainDateScore all = scores.get("all");
    out.printf(
        Locale.ROOT,
        "main event date on %d documents: %d with a gold day, %d whose lead has no event"
            + " anchored to a day%n",
        all.documents(),
        all.withGold(),
        all.documents() - all.withGold());
    for (Map.Entry<String, MainDateScore> e : scores.entrySet()) {
      out.println(e.getValue().format(e.getKey()));
    }
    if (verbose) {
      for (String half : List.of("dev", "held-out")) {
        out.printf(Locale.ROOT, "%nwrong on %s:%n", half);
        for (Result r : results) {
          if (r.gold() == null || r.exact() || !r.half().label().equals(half)) {
            continue;
          }
          out.printf(
              Locale.ROOT,
              "%s published %s gold %s (%s %s %s) annals %s (\"%s\")%n    %s%n",
              r.id(),
              r.published(),
              r.gold().day(),
              r.gold().event(),
              r.gold().relType(),
              r.gold().anchor(),
              r.annals(),
              r.annalsText(),
              r.lead().replaceAll("\\s+", " "));
        }
      }
    }
    out.flush();
    return 0;
  }
}
