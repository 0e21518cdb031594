package org.annals.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annals.eval.NattyBaselineTagger;
import org.annals.eval.TimexEvaluator;
import org.annals.eval.TimexScores;
import org.annals.time.GrammarTemporalTagger;
import org.annals.time.TemporalTagger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code annals eval timex}: TempEval-3 Task A scores of the temporal tagger on TimeML files. */
@Command(
    name = "timex",
    mixinStandardHelpOptions = true,
    description = "Score the temporal tagger on TimeML (.tml) documents, TempEval-3 Task A style.")
public final class EvalTimexCommand implements Callable<Integer> {

  @Option(
      names = "--data",
      arity = "1..*",
      description = "Directories of .tml files (default: ${DEFAULT-VALUE}).",
      defaultValue = "../shared/data/tempeval3/timebank,../shared/data/tempeval3/aquaint",
      split = ",")
  List<Path> data = new ArrayList<>();

  @Option(names = "--report", description = "Also write the scores to this file.")
  Path report;

  @Option(
      names = "--spans",
      description = "Write the system spans as JSONL (the input of score_timex.py).")
  Path spans;

  @Option(names = "--baseline", description = "Score naive Natty instead of annals' tagger.")
  boolean baseline;

  @Override
  public Integer call() throws IOException {
    for (Path dir : data) {
      if (!Files.isDirectory(dir)) {
        System.err.println("not a directory: " + dir);
        return 2;
      }
    }
    TemporalTagger tagger = baseline ? new NattyBaselineTagger() : TemporalTagger.standard();
    Map<String, TimexScores> scores;
    try (Writer w = spans == null ? null : Files.newBufferedWriter(spans, StandardCharsets.UTF_8)) {
      scores = new TimexEvaluator(tagger, w).evaluate(data);
    }
    StringBuilder out = new StringBuilder();
    TimexScores all = TimexScores.empty();
    for (Map.Entry<String, TimexScores> e : scores.entrySet()) {
      out.append(e.getValue().format(e.getKey())).append(System.lineSeparator());
      all = all.plus(e.getValue());
    }
    if (scores.size() > 1) {
      out.append(all.format("all"));
    }
    if (tagger instanceof GrammarTemporalTagger grammar) {
      long[] natty = grammar.nattyUsage();
      out.append(
          String.format(
              java.util.Locale.ROOT,
              "values normalised by Natty: %d of %d system expressions (Natty parsed %d spans)%n",
              natty[0],
              all.system(),
              natty[1]));
    }
    PrintWriter stdout = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    stdout.print(out);
    stdout.flush();
    if (report != null) {
      try (BufferedWriter w = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
        w.write(out.toString());
      }
    }
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new EvalTimexCommand()).execute(args));
  }
}
