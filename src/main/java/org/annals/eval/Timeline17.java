package org.annals.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads Timeline17-style topics as redistributed for timeline summarisation work: a directory per
 * topic with {@code articles.json} (a list of {@code uid}, {@code dct}, PTB-tokenised {@code text}
 * and optionally {@code dates}, the dates its text mentions as found by the dataset's own tagger)
 * and one or more gold timelines {@code *.timeline.json} (a list of {@code date}, {@code text}).
 * Topics without {@code articles.json} are skipped.
 */
public final class Timeline17 {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Timeline17() {}

  /** One news article of a topic. */
  public record TopicArticle(
      String uid, LocalDate dct, String text, List<LocalDate> datasetDates) {}

  /** A journalists' timeline: its file name and its distinct dates, sorted. */
  public record GoldTimeline(String name, List<LocalDate> dates) {}

  /** A topic: its articles (in file order) and gold timelines (sorted by name). */
  public record Topic(String name, List<TopicArticle> articles, List<GoldTimeline> timelines) {}

  /** The topics under {@code root}, sorted by name. */
  public static List<Topic> read(Path root) throws IOException {
    List<Topic> topics = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(root)) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        if (Files.isRegularFile(dir.resolve("articles.json"))) {
          topics.add(readTopic(dir));
        }
      }
    }
    return topics;
  }

  public static Topic readTopic(Path dir) throws IOException {
    List<TopicArticle> articles = new ArrayList<>();
    for (JsonNode a : JSON.readTree(dir.resolve("articles.json").toFile())) {
      LocalDate dct = parseDate(a.path("dct").asText(""));
      List<LocalDate> dates = new ArrayList<>();
      for (JsonNode d : a.path("dates")) {
        LocalDate day = d.isNull() ? null : parseDate(d.asText(""));
        if (day != null) {
          dates.add(day);
        }
      }
      articles.add(
          new TopicArticle(a.path("uid").asText(""), dct, a.path("text").asText(""), dates));
    }
    List<GoldTimeline> timelines = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f :
          files
              .filter(p -> p.getFileName().toString().endsWith(".timeline.json"))
              .sorted()
              .toList()) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (JsonNode entry : JSON.readTree(f.toFile())) {
          LocalDate day = parseDate(entry.path("date").asText(""));
          if (day != null) {
            dates.add(day);
          }
        }
        timelines.add(new GoldTimeline(f.getFileName().toString(), List.copyOf(dates)));
      }
    }
    return new Topic(dir.getFileName().toString(), articles, timelines);
  }

  private static LocalDate parseDate(String s) {
    if (s.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(s.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * Undoes the Penn Treebank tokenisation of the dataset's texts ({@code -LRB-}, {@code ``}, a
   * space before punctuation) so that the language core sees ordinary prose.
   */
  public static String detokenize(String ptb) {
    return ptb.replace("-LRB- ", "(")
        .replace(" -RRB-", ")")
        .replace("-LRB-", "(")
        .replace("-RRB-", ")")
        .replace("-LSB-", "[")
        .replace("-RSB-", "]")
        .replace("`` ", "\"")
        .replace(" ''", "\"")
        .replace("``", "\"")
        .replace("''", "\"")
        .replaceAll(" ([,.;:!?%])", "$1")
        .replaceAll(" ('s|'re|'ve|'ll|'d|'m|n't)\\b", "$1")
        .replaceAll("\\$ (\\d)", "\\$$1");
  }
}
