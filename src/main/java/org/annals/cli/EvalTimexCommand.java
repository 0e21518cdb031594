package org.annals.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annals.eval.EventEvaluator.Half;
import org.annals.eval.NattyBaselineTagger;
import org.annals.eval.TimexEvaluator;
import org.annals.eval.TimexScores;
import org.annals.time.GrammarTemporalTagger;
import org.annals.time.TemporalTagger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code annals eval timex}: TempEval-3 Task A scores of the temporal tagger on TimeML files, per
 * corpus and overall, for all documents and for the two fixed halves of {@link
 * TimexEvaluator#half}: "dev", the documents rules are developed on, and "held-out", the documents
 * kept to check that they carry over. {@code --errors} lists the errors of the dev half.
 */
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

  @Option(
      names = "--errors",
      description =
          "List every missed, spurious, wrongly bounded, typed or valued expression with its"
              + " context and the gold value (of the documents of --errors-half).")
  boolean errors;

  @Option(
      names = "--errors-half",
      paramLabel = "HALF",
      defaultValue = "dev",
      description =
          "Whose errors --errors lists: dev, held-out or all (default: ${DEFAULT-VALUE}; keep"
              + " the held-out half unseen while writing rules).")
  String errorsHalf;

  @Override
  public Integer call() throws IOException {
    for (Path dir : data) {
      if (!Files.isDirectory(dir)) {
        System.err.println("not a directory: " + dir);
        return 2;
      }
    }
    Half half;
    switch (errorsHalf) {
      case "dev" -> half = Half.DEV;
      case "held-out" -> half = Half.HELD_OUT;
      case "all" -> half = null;
      default -> {
        System.err.println("--errors-half: dev, held-out or all, not " + errorsHalf);
        return 2;
      }
    }
    TemporalTagger tagger = baseline ? new NattyBaselineTagger() : TemporalTagger.standard();
    PrintWriter stdout = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    Map<String, Map<String, TimexScores>> scores;
    try (Writer w = spans == null ? null : Files.newBufferedWriter(spans, StandardCharsets.UTF_8)) {
      TimexEvaluator evaluator = new TimexEvaluator(tagger, w);
      if (errors) {
        evaluator.listErrors(stdout, half);
      }
      scores = evaluator.evaluateByHalf(data);
    }
    stdout.flush();
    Map<String, Map<String, TimexScores>> rows = new LinkedHashMap<>(scores);
    if (scores.size() > 1) {
      Map<String, TimexScores> total = TimexEvaluator.emptyByHalf();
      for (Map<String, TimexScores> byHalf : scores.values()) {
        byHalf.forEach((h, s) -> total.merge(h, s, TimexScores::plus));
      }
      rows.put("all", total);
    }
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, Map<String, TimexScores>> e : rows.entrySet()) {
      out.append(e.getValue().get("all").format(e.getKey())).append(System.lineSeparator());
    }
    out.append(
        String.format(
            Locale.ROOT,
            "by half (dev: rules are developed on it; held-out: kept to check they carry over)%n"
                + "%-10s %-9s %5s %5s %5s  %-8s %-8s %-8s %-8s%n",
            "corpus",
            "half",
            "docs",
            "gold",
            "sys",
            "strict",
            "relaxed",
            "type",
            "value"));
    for (Map.Entry<String, Map<String, TimexScores>> e : rows.entrySet()) {
      for (Map.Entry<String, TimexScores> h : e.getValue().entrySet()) {
        TimexScores s = h.getValue();
        out.append(
            String.format(
                Locale.ROOT,
                "%-10s %-9s %5d %5d %5d  %.4f   %.4f   %.4f   %.4f%n",
                e.getKey(),
                h.getKey(),
                s.documents(),
                s.gold(),
                s.system(),
                s.strictF1(),
                s.relaxedF1(),
                s.typeF1(),
                s.valueF1()));
      }
    }
    TimexScores all =
        rows.get(rows.containsKey("all") ? "all" : rows.keySet().iterator().next()).get("all");
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
