package org.annals.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.annals.text.Sentence;
import org.annals.text.SentenceSplitter;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcCompression;

/**
 * Random and mutated inputs, from a fixed seed: the reader never throws, accounts for every record
 * of a JSON Lines file, and never makes an article without text.
 */
class ArticleReaderFuzzTest {

  private static final long SEED = 20_261_127L;
  private static final ArticleReader[] READERS = {
    ArticleReader.standard(null),
    new StandardArticleReader(null, FieldMapping.defaults(), new ReadLimits(4096, 500)),
    ArticleReader.standard(InputFormat.JSONL),
    ArticleReader.standard(InputFormat.TEXT),
    ArticleReader.standard(InputFormat.HTML),
    ArticleReader.standard(InputFormat.WARC),
  };

  private final Random random = new Random(SEED);

  @Test
  void everyJsonLineIsAccountedForExactlyOnce() throws IOException {
    List<String> valid =
        new String(ArticleReaderTest.resource("reuters-slice.jsonl"), StandardCharsets.UTF_8)
            .lines()
            .toList();
    for (int file = 0; file < 150; file++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int nonBlank = 0;
      int lines = 1 + random.nextInt(30);
      for (int i = 0; i < lines; i++) {
        byte[] line = randomRecordLine(valid);
        if (i > 0 && random.nextInt(10) == 0) {
          out.writeBytes(
              (random.nextBoolean() ? "\n" : "   \r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(line);
        out.write('\n');
        nonBlank++;
      }
      byte[] bytes = out.toByteArray();
      for (ArticleReader reader : new ArticleReader[] {READERS[0], READERS[1], READERS[2]}) {
        List<ReadResult> results = readSafely(reader, "f" + file + ".jsonl", bytes);
        assertEquals(nonBlank, results.size(), "records in == articles + rejects, file " + file);
        if (nonBlank >= 2) { // a second line starting with '{' makes it JSON Lines for sure
          long previous = 0;
          for (ReadResult r : results) {
            long position = r.isArticle() ? r.article().inputPosition() : r.reject().position();
            assertTrue(position > previous, "one result a line, in order: " + results);
            previous = position;
          }
        }
      }
    }
  }

  @Test
  void arbitraryAndMutatedFilesNeverBreakTheReader() throws IOException {
    List<byte[]> seeds = new ArrayList<>();
    seeds.add(ArticleReaderTest.resource("reuters-slice.jsonl"));
    seeds.add(ArticleReaderTest.resource("tajikistan-2012-04-23.txt"));
    seeds.add(ArticleReaderTest.resource("news-please-article.json"));
    seeds.add(ArticleReaderTest.resource("timeline17-slice.json"));
    seeds.add(ArticleReaderTest.resource("news-page.html"));
    seeds.add(WarcReadingTest.crawl(WarcCompression.NONE));
    seeds.add(WarcReadingTest.crawl(WarcCompression.GZIP));
    for (int file = 0; file < 250; file++) {
      byte[] bytes;
      int kind = random.nextInt(10);
      if (kind == 0) {
        bytes = new byte[random.nextInt(5000)];
        random.nextBytes(bytes);
      } else {
        bytes = mutate(seeds.get(random.nextInt(seeds.size())));
        if (kind == 1) {
          bytes = ArticleReaderTest.gzip(bytes);
          if (random.nextBoolean()) {
            bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
          }
        }
      }
      ArticleReader reader = READERS[random.nextInt(READERS.length)];
      List<ReadResult> results = readSafely(reader, "fuzz/" + file, bytes);
      assertFalse(results.isEmpty(), "every file is accounted for");
    }
  }

  private byte[] randomRecordLine(List<String> valid) {
    String base;
    switch (random.nextInt(8)) {
      case 0 -> base = "{\"id\": \"" + random.nextInt(5) + "\", \"text\": \"Short text.\"}";
      case 1 -> base = "{\"text\": \"" + "word ".repeat(random.nextInt(2000)) + "\"}";
      case 2 -> base = "{\"id\": 1, \"text\": null, \"title\": [1, {\"a\": []}]}";
      default -> base = valid.get(random.nextInt(valid.size()));
    }
    byte[] line = base.getBytes(StandardCharsets.UTF_8);
    if (random.nextInt(3) == 0) {
      line = mutateInLine(line);
    }
    return line;
  }

  /** Mutations that keep a line one line starting with '{'. */
  private byte[] mutateInLine(byte[] line) {
    byte[] b = line.clone();
    int edits = 1 + random.nextInt(5);
    for (int e = 0; e < edits && b.length > 1; e++) {
      int at = 1 + random.nextInt(b.length - 1);
      switch (random.nextInt(5)) {
        case 0 -> b = Arrays.copyOf(b, at); // truncated
        case 1 -> b[at] = 0; // NUL
        case 2 -> b[at] = (byte) (0x80 + random.nextInt(0x80)); // invalid UTF-8
        case 3 -> b[at] = (byte) "{}[]\":,\\".charAt(random.nextInt(8));
        default -> {
          byte r = (byte) random.nextInt(256);
          b[at] = r == '\n' ? (byte) ' ' : r;
        }
      }
    }
    return b;
  }

  private byte[] mutate(byte[] seed) {
    byte[] b = seed.clone();
    int edits = random.nextInt(8);
    for (int e = 0; e < edits && b.length > 0; e++) {
      int at = random.nextInt(b.length);
      switch (random.nextInt(6)) {
        case 0 -> b = Arrays.copyOf(b, at);
        case 1 -> b[at] = 0;
        case 2 -> b[at] = (byte) random.nextInt(256);
        case 3 -> {
          int len = Math.min(b.length - at, random.nextInt(200));
          byte[] copy = Arrays.copyOfRange(b, at, at + len);
          b =
              ArticleReaderTest.concat(
                  Arrays.copyOf(b, at), copy, copy, Arrays.copyOfRange(b, at, b.length));
        }
        case 4 -> b[at] = (byte) "{}[]\"<>\n".charAt(random.nextInt(8));
        default -> b = Arrays.copyOfRange(b, at, b.length);
      }
    }
    return b;
  }

  /** Reads a file, failing the test on any exception, and checks every result's invariants. */
  static List<ReadResult> readSafely(ArticleReader reader, String path, byte[] bytes) {
    List<ReadResult> results = new ArrayList<>();
    try {
      Iterator<ReadResult> it = reader.read(path, new ByteArrayInputStream(bytes));
      while (it.hasNext()) {
        results.add(it.next());
      }
    } catch (RuntimeException | StackOverflowError e) {
      fail("reading " + path + " threw " + e, e);
    }
    for (ReadResult r : results) {
      if (r.isArticle()) {
        Article a = r.article();
        assertFalse(a.text().isBlank(), "an article has text");
        assertEquals(a.text().strip(), a.text());
        assertFalse(a.text().contains("\u0000") || a.text().contains("\r"), a.text());
        assertEquals(path, a.inputPath());
        assertNotNull(a.id());
        for (Sentence s : SentenceSplitter.standard().split(a.text())) {
          assertEquals(a.text().substring(s.begin(), s.end()), s.text());
        }
      } else {
        assertEquals(path, r.reject().inputPath());
        assertNotNull(r.reject().reason());
      }
    }
    return results;
  }
}
