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
import java.util.stream.Stream;
import org.annals.article.Article;
import org.annals.article.PublishedBasis;

/**
 * Reads the Giveme5W1H news-cluster set: a directory of news-please JSON files, one article each,
 * whose {@code newsCluster.EventId} names the real-world story it reports.
 *
 * <p>The article is built as annals' reader builds one from news-please JSON: title, text (the
 * description when the text is empty), publication day of {@code date_publish}, source domain. The
 * id is the file name without {@code .json}.
 */
public final class NewsClusterCorpus {

  /** One article with the gold story it belongs to. */
  public record LabelledArticle(Article article, String story) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private NewsClusterCorpus() {}

  /** All {@code *.json} files of {@code dir}, in file-name order. */
  public static List<LabelledArticle> read(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new java.io.FileNotFoundException("no such directory: " + dir);
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    List<LabelledArticle> out = new ArrayList<>(files.size());
    for (Path f : files) {
      JsonNode n = JSON.readTree(f.toFile());
      JsonNode cluster = n.path("newsCluster");
      if (!cluster.has("EventId")) {
        throw new IOException(f + ": no newsCluster.EventId");
      }
      String name = f.getFileName().toString();
      String id = name.substring(0, name.length() - ".json".length());
      LocalDate published = day(text(n, "date_publish"));
      String body = text(n, "text");
      if (body.isBlank()) {
        body = text(n, "description");
      }
      Article a =
          new Article(
              id,
              text(n, "source_domain"),
              text(n, "url"),
              text(n, "title"),
              published,
              published == null ? PublishedBasis.UNKNOWN : PublishedBasis.METADATA,
              body,
              f.toString(),
              0);
      out.add(new LabelledArticle(a, cluster.get("EventId").asText()));
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return "";
    }
    String s = v.asText();
    return s.equals("None") ? "" : s;
  }

  private static LocalDate day(String isoDateTime) {
    if (isoDateTime.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(isoDateTime.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
