package org.annals.cli;

import java.io.FileNotFoundException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.annals.eval.KeyDateEvaluator;
import org.annals.eval.KeyDateEvaluator.Findings;
import org.annals.eval.KeyDateEvaluator.TimelineResult;
import org.annals.eval.Timeline17;
import org.annals.eval.Timeline17.Topic;
import org.annals.eval.Timeline17.TopicArticle;
import org.annals.mention.ArticleAnalyzer;
import org.annals.time.TemporalTagger;
import org.annals.timeline.KeyDateRanker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code annals eval key-dates}: Date-F1 of the key dates against journalists' timelines
 * (Timeline17 layout), per timeline and on average, next to the PubCount and MentionCount
 * baselines.
 */
@Command(
    name = "key-dates",
    mixinStandardHelpOptions = true,
    description = {
      "Date-F1 of annals' key dates against gold timelines (news-tls protocol: articles and dates"
          + " within each gold timeline's range, top k = number of gold dates).",
      "Sources: core = the whole language core (dates and events), tagger = the temporal tagger"
          + " alone, dataset = the dates shipped in articles.json (isolates the ranking), auto ="
          + " the first of these that is available."
    })
public final class EvalKeyDatesCommand implements Callable<Integer> {

  enum Source {
    AUTO,
    CORE,
    TAGGER,
    DATASET
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "../shared/data/timeline17",
      description = "Directory of topic directories (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(
      names = "--source",
      defaultValue = "auto",
      description = "Where dates come from: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String source;

  @Option(
      names = "--topics",
      split = ",",
      paramLabel = "NAME",
      description = "Only these topic directories (default: all).")
  List<String> topics;

  @Option(
      names = "--published-weight",
      description = "Weight of articles published on a date (default: the standard ranker's).")
  Double publishedWeight;

  @Option(
      names = "--event-weight",
      description = "Weight of coded events dated to a day (default: the standard ranker's).")
  Double eventWeight;

  @Option(
      names = "--show",
      defaultValue = "0",
      description = "Print the top N predicted dates per timeline.")
  int show;

  @Option(
      names = "--tuned-on",
      split = ",",
      paramLabel = "PREFIX",
      description =
          "Topics (name prefixes) the ranker was tuned on: also print the mean over"
              + " them and over the others.")
  List<String> tunedOn;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(data)) {
      throw new FileNotFoundException("no such directory: " + data);
    }
    Source chosen = resolve(Source.valueOf(source.toUpperCase(Locale.ROOT)));
    KeyDateRanker ranker = ranker();
    List<Topic> all = Timeline17.read(data);
    if (topics != null) {
      Set<String> wanted = Set.copyOf(topics);
      all = all.stream().filter(t -> wanted.contains(t.name())).toList();
    }
    if (all.isEmpty()) {
      throw new IllegalArgumentException("no topic with articles.json under " + data);
    }
    out.printf(Locale.ROOT, "source: %s%n", chosen.name().toLowerCase(Locale.ROOT));
    out.printf(
        Locale.ROOT,
        "%-22s %-48s %5s %6s %8s %8s %8s%n",
        "topic",
        "timeline",
        "gold",
        "arts",
        "annals",
        "pubcnt",
        "mentcnt");
    List<TimelineResult> results = new ArrayList<>();
    for (Topic topic : all) {
      KeyDateEvaluator evaluator = new KeyDateEvaluator(ranker, findings(chosen, topic.name()));
      for (TimelineResult r : evaluator.evaluate(topic)) {
        results.add(r);
        out.printf(
            Locale.ROOT,
            "%-22s %-48s %5d %6d %8.3f %8.3f %8.3f%s%n",
            r.topic(),
            r.timeline(),
            r.goldDates(),
            r.articles(),
            r.annals().f1(),
            r.pubCount().f1(),
            r.mentionCount().f1(),
            r.failedArticles() > 0 ? "  (" + r.failedArticles() + " articles failed)" : "");
        r.predicted().stream()
            .limit(show)
            .forEach(
                d ->
                    out.printf(
                        Locale.ROOT,
                        "    %2d %s %7.2f  %s%n",
                        d.rank(),
                        d.date(),
                        d.score(),
                        abbreviate(d.label(), 100)));
      }
      out.flush();
    }
    printMean(out, "MEAN", results);
    if (tunedOn != null) {
      printMean(out, "MEAN tuned-on", results.stream().filter(this::tuned).toList());
      printMean(out, "MEAN others", results.stream().filter(r -> !tuned(r)).toList());
    }
    out.flush();
    return 0;
  }

  private boolean tuned(TimelineResult r) {
    return tunedOn.stream().anyMatch(p -> r.topic().startsWith(p));
  }

  private static void printMean(PrintWriter out, String name, List<TimelineResult> rs) {
    out.printf(
        Locale.ROOT,
        "%-22s %-48s %5s %6s %8.3f %8.3f %8.3f%n",
        name,
        "(" + rs.size() + " timelines)",
        "",
        "",
        mean(rs, r -> r.annals().f1()),
        mean(rs, r -> r.pubCount().f1()),
        mean(rs, r -> r.mentionCount().f1()));
  }

  private KeyDateRanker ranker() {
    if (publishedWeight == null && eventWeight == null) {
      return KeyDateRanker.STANDARD;
    }
    double pw =
        publishedWeight == null ? KeyDateRanker.STANDARD.publishedWeight() : publishedWeight;
    double ew = eventWeight == null ? KeyDateRanker.STANDARD.eventWeight() : eventWeight;
    return new KeyDateRanker(pw, ew);
  }

  private static Source resolve(Source wanted) {
    if (wanted != Source.AUTO) {
      return wanted;
    }
    if (available(ArticleAnalyzer::standard)) {
      return Source.CORE;
    }
    if (available(TemporalTagger::standard)) {
      return Source.TAGGER;
    }
    return Source.DATASET;
  }

  private static boolean available(java.util.function.Supplier<?> factory) {
    try {
      factory.get();
      return true;
    } catch (UnsupportedOperationException | ExceptionInInitializerError | NoClassDefFoundError e) {
      return false;
    }
  }

  private static Function<TopicArticle, Findings> findings(Source s, String topic) {
    return switch (s) {
      case CORE -> KeyDateEvaluator.core(ArticleAnalyzer.standard(), topic);
      case TAGGER -> KeyDateEvaluator.tagger(TemporalTagger.standard(), topic);
      case DATASET, AUTO -> KeyDateEvaluator.datasetDates();
    };
  }

  private static double mean(
      List<TimelineResult> rs, java.util.function.ToDoubleFunction<TimelineResult> f) {
    return rs.stream().mapToDouble(f).average().orElse(0);
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
