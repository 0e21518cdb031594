package org.annals.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.annals.article.Article;
import org.annals.article.ArticleReader;
import org.annals.article.ReadResult;

/**
 * The benchmark's inputs made from one JSON Lines corpus: its articles, a slice, and the corpus
 * twice.
 */
final class BenchCorpus {

  private static final ObjectMapper JSON = new ObjectMapper();

  private BenchCorpus() {}

  static List<Article> articles(Path corpus) throws IOException {
    List<Article> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(corpus)) {
      Iterator<ReadResult> it = ArticleReader.standard(null).read(corpus.toString(), in);
      while (it.hasNext()) {
        ReadResult r = it.next();
        if (r.isArticle()) {
          out.add(r.article());
        }
      }
    }
    return out;
  }

  /**
   * Writes the corpus {@code copies} times into one gzip JSON Lines file, every copy after the
   * first with its ids suffixed ({@code #2}, ...), so that the copies are distinct articles; with
   * {@code limit > 0}, only the first {@code limit} lines of each copy.
   */
  static Path replicate(Path corpus, int copies, int limit, Path out) throws IOException {
    try (Writer w =
        new BufferedWriter(
            new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
      for (int copy = 1; copy <= copies; copy++) {
        int n = 0;
        try (BufferedReader r = open(corpus)) {
          for (String line; (line = r.readLine()) != null && (limit <= 0 || n < limit); n++) {
            w.write(copy == 1 ? line : renamed(line, copy));
            w.write('\n');
          }
        }
      }
    }
    return out;
  }

  private static String renamed(String line, int copy) {
    try {
      JsonNode node = JSON.readTree(line);
      if (node instanceof ObjectNode o && o.hasNonNull("id")) {
        o.put("id", o.get("id").asText() + "#" + copy);
        return JSON.writeValueAsString(o);
      }
    } catch (IOException e) {
      // A malformed record stays as it is: the copy is rejected just like the original.
    }
    return line;
  }

  private static BufferedReader open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
