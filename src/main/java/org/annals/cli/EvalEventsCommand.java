package org.annals.cli;

import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annals.eval.EventEvaluator;
import org.annals.eval.EventScore;
import org.annals.eval.PetrarchRecord;
import org.annals.eval.PetrarchRecordReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Scores the event coder on PETRARCH validation files: precision, recall and F1 at (source country,
 * target country, CAMEO root), and the share of no-event sentences given an event. Files without
 * expected codings are coded and counted only. When the directory has its own verb dictionary
 * (PETRARCH's unit tests do), scores with it are printed before the scores with annals' shipped
 * CAMEO dictionary. Each score is printed for all records and for the two fixed halves of {@link
 * EventEvaluator.Half}: "dev", the half rules are developed on, and "held-out", the half kept to
 * check that they carry over.
 */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = "Score actor and event coding on PETRARCH validation records (*.xml in --data).")
public final class EvalEventsCommand implements Callable<Integer> {

  @Option(
      names = "--data",
      paramLabel = "DIR|FILE",
      defaultValue = "../shared/data/petrarch",
      description =
          "Directory of PETRARCH validation files (*.xml), or one such file, with optional"
              + " *.actors.txt and *.agents.txt dictionaries of their actors and a *.verbs.txt"
              + " verb dictionary they were coded with in the same directory, scored in addition"
              + " (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--by-category", description = "Also print scores per record category.")
  boolean byCategory;

  @Option(
      names = "--verbose",
      description =
          "Also print each record's expected and coded events as (source country, target country,"
              + " root) and the code, marking disagreements with '!', and the coded events that"
              + " are not scored (negated, one-sided).")
  boolean verbose;

  @Spec CommandSpec spec;

  /** Runs the command on its own (it is also the {@code eval events} sub-command). */
  public static void main(String[] args) {
    System.exit(new picocli.CommandLine(new EvalEventsCommand()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> files = new ArrayList<>();
    Path dir;
    if (Files.isDirectory(data)) {
      dir = data;
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(data, "*.xml")) {
        ds.forEach(files::add);
      }
      files.sort(null);
      if (files.isEmpty()) {
        err.println("no PETRARCH validation files (*.xml) in " + data);
        return 2;
      }
    } else if (Files.isRegularFile(data)) {
      dir = data.toAbsolutePath().getParent();
      files.add(data);
    } else {
      err.println("no such file or directory: " + data);
      return 2;
    }
    EventEvaluator evaluator = EventEvaluator.forDirectory(dir);
    EventEvaluator ownVerbs =
        EventEvaluator.hasOwnVerbs(dir) ? EventEvaluator.forDirectory(dir, true) : null;
    List<PetrarchRecord> scored = new ArrayList<>();
    int scoredFiles = 0;
    for (Path f : files) {
      PetrarchRecordReader.Contents contents = PetrarchRecordReader.readAll(f);
      List<PetrarchRecord> records = contents.records();
      long coded = records.stream().filter(PetrarchRecord::coded).count();
      out.printf(
          Locale.ROOT,
          "%s: %d sentences, %d with expected codings%n",
          f.getFileName(),
          records.size(),
          coded);
      printProblems(out, contents.problems());
      printUnscoredCodes(out, evaluator, records);
      if (coded == 0) {
        int events = 0;
        int withEvents = 0;
        for (PetrarchRecord r : records) {
          int n = evaluator.code(r).size();
          if (verbose) {
            printRecord(out, evaluator.detail(r));
          }
          events += n;
          withEvents += n > 0 ? 1 : 0;
        }
        out.printf(
            Locale.ROOT,
            "  no expected codings to score: coded %d events in %d of %d sentences%n",
            events,
            withEvents,
            records.size());
        continue;
      }
      if (ownVerbs != null) {
        out.println("  with the data's own verb dictionary (*.verbs.txt):");
        report(out, ownVerbs, records);
        out.println("  with annals' shipped CAMEO verb dictionary:");
      }
      report(out, evaluator, records);
      scored.addAll(records);
      scoredFiles++;
      if (verbose) {
        // the records in detail as the data was coded: with its own verb dictionary if it has one
        EventEvaluator detailed = ownVerbs != null ? ownVerbs : evaluator;
        for (PetrarchRecord r : records) {
          if (r.coded()) {
            printRecord(out, detailed.detail(r));
          }
        }
      }
    }
    if (scoredFiles > 1 && ownVerbs == null) {
      out.printf(Locale.ROOT, "all %d files: %d sentences%n", scoredFiles, scored.size());
      report(out, evaluator, scored);
    }
    out.flush();
    return 0;
  }

  private static final int PROBLEMS_SHOWN = 10;

  /** The sentences skipped and dates dropped in reading a file: a count and the first few. */
  private static void printProblems(PrintWriter out, List<String> problems) {
    if (problems.isEmpty()) {
      return;
    }
    out.printf(Locale.ROOT, "  %d problems reading the file:%n", problems.size());
    for (String p : problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size()))) {
      out.printf(Locale.ROOT, "    %s%n", p);
    }
    if (problems.size() > PROBLEMS_SHOWN) {
      out.printf(Locale.ROOT, "    ... and %d more%n", problems.size() - PROBLEMS_SHOWN);
    }
  }

  /** How many expected codings carry a code that is not CAMEO's, and so are not scored. */
  private static void printUnscoredCodes(
      PrintWriter out, EventEvaluator evaluator, List<PetrarchRecord> records) {
    Map<String, Integer> codes = evaluator.nonCameoCodes(records);
    if (!codes.isEmpty()) {
      int n = codes.values().stream().mapToInt(Integer::intValue).sum();
      out.printf(
          Locale.ROOT, "  %d expected codings not scored, their codes not CAMEO's: %s%n", n, codes);
    }
  }

  /**
   * One record: "!" before its id when coder and expectation disagree, its half, text, expected and
   * coded events, and the coded events that are not scored.
   */
  private static void printRecord(PrintWriter out, EventEvaluator.Detail d) {
    PetrarchRecord r = d.record();
    boolean agree =
        !r.coded() || (d.score().falsePositives() == 0 && d.score().falseNegatives() == 0);
    out.printf(
        Locale.ROOT,
        "%s %s [%s] %s%n",
        agree ? " " : "!",
        r.id(),
        EventEvaluator.Half.of(r).label(),
        r.text());
    if (r.coded()) {
      out.printf(
          Locale.ROOT,
          "    expected: %s%n",
          r.noEvent() ? "no event" : String.join("; ", d.expected()));
    }
    out.printf(
        Locale.ROOT,
        "    coded:    %s%n",
        d.predicted().isEmpty() ? "-" : String.join("; ", d.predicted()));
    if (!d.unscored().isEmpty()) {
      out.printf(Locale.ROOT, "    unscored: %s%n", String.join("; ", d.unscored()));
    }
  }

  private void report(PrintWriter out, EventEvaluator evaluator, List<PetrarchRecord> records) {
    for (Map.Entry<String, EventScore> e : evaluator.scoreByHalf(records).entrySet()) {
      print(out, e.getKey(), e.getValue());
    }
    if (byCategory) {
      for (Map.Entry<String, EventScore> e : evaluator.scoreByCategory(records).entrySet()) {
        if (!e.getKey().equals("ALL")) {
          print(out, e.getKey(), e.getValue());
        }
      }
    }
  }

  private static void print(PrintWriter out, String label, EventScore s) {
    out.printf(
        Locale.ROOT,
        "  %-10s (source country, target country, root): P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d);"
            + " false events on no-event sentences: %d/%d = %.1f%%; one-sided events: %d%n",
        label,
        s.precision(),
        s.recall(),
        s.f1(),
        s.truePositives(),
        s.falsePositives(),
        s.falseNegatives(),
        s.noEventSentencesWithEvents(),
        s.noEventSentences(),
        100 * s.falseEventRate(),
        s.oneSided());
  }
}
