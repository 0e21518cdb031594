package org.annals.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {

  static final ArticleReader READER = ArticleReader.standard(null);

  static List<ReadResult> read(ArticleReader reader, String path, byte[] bytes) {
    List<ReadResult> out = new ArrayList<>();
    Iterator<ReadResult> it = reader.read(path, new ByteArrayInputStream(bytes));
    it.forEachRemaining(out::add);
    return out;
  }

  static List<ReadResult> read(String path, byte[] bytes) {
    return read(READER, path, bytes);
  }

  static List<ReadResult> read(String path, String text) {
    return read(path, text.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = ArticleReaderTest.class.getResourceAsStream("/article/" + name)) {
      return in.readAllBytes();
    }
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  static List<Article> articles(List<ReadResult> results) {
    return results.stream().filter(ReadResult::isArticle).map(ReadResult::article).toList();
  }

  static List<Reject> rejects(List<ReadResult> results) {
    return results.stream().filter(r -> !r.isArticle()).map(ReadResult::reject).toList();
  }

  static Reject onlyReject(List<ReadResult> results) {
    assertEquals(1, results.size(), results.toString());
    assertFalse(results.get(0).isArticle(), results.toString());
    return results.get(0).reject();
  }

  @Test
  void readsTheSeedBlogExport() throws IOException {
    List<ReadResult> results = read("seed/tajikistan.txt", resource("tajikistan-2012-04-23.txt"));
    assertEquals(1, results.size());
    Article a = results.get(0).article();
    assertEquals("Tajikistan says Russia is main partner, rejects foreign offers", a.title());
    assertEquals("Reuters", a.source());
    assertEquals(LocalDate.of(2012, 4, 23), a.published());
    assertEquals(PublishedBasis.TEXT, a.publishedBasis());
    assertTrue(a.text().startsWith("(Reuters) – Tajikistan, a former Soviet republic"), a.text());
    assertTrue(a.text().endsWith("toward its southern borders."), a.text());
    assertFalse(a.text().contains("Posted:"));
    assertFalse(a.text().contains("Leave a Reply"));
    String again =
        read("seed/tajikistan.txt", resource("tajikistan-2012-04-23.txt")).get(0).article().id();
    String elsewhere =
        read("other/tajikistan.txt", resource("tajikistan-2012-04-23.txt")).get(0).article().id();
    assertEquals(a.id(), again, "ids are stable");
    assertEquals(a.id(), elsewhere, "ids depend on the content only, not on the path");
    assertEquals("seed/tajikistan.txt", a.inputPath());
    assertEquals(0, a.inputPosition());
  }

  @Test
  void readsReutersJsonLinesWithEmptyTextsAndAMalformedDate() throws IOException {
    List<ReadResult> results = read("reuters.jsonl", resource("reuters-slice.jsonl"));
    assertEquals(41, results.size());
    Article first = results.get(0).article();
    assertEquals("reuters21578-1", first.id());
    assertEquals("BAHIA COCOA REVIEW", first.title());
    assertEquals("reuters.com", first.source());
    assertEquals(LocalDate.of(1987, 2, 26), first.published());
    assertEquals(PublishedBasis.METADATA, first.publishedBasis());
    assertEquals(1, first.inputPosition());
    assertTrue(
        first
            .text()
            .startsWith(
                "SALVADOR, Feb 26 - Showers continued throughout the week"
                    + " in the Bahia cocoa zone"),
        "dateline restored, hard line breaks joined");
    assertFalse(first.text().endsWith("Reuter"));
    for (Reject r : rejects(results)) {
      assertEquals(RejectReason.EMPTY_TEXT, r.reason());
      assertTrue(r.excerpt().contains("reuters21578-" + r.position()), r.toString());
    }
    Article malformed = results.get(40).article();
    assertEquals("reuters21578-17192", malformed.id());
    assertEquals(LocalDate.of(1987, 3, 31), malformed.published());
    assertEquals(PublishedBasis.RECOVERED, malformed.publishedBasis());
    assertEquals(41, malformed.inputPosition());
  }

  @Test
  void gzipIsRecognisedByItsMagicBytesWhateverTheName() throws IOException {
    byte[] plain = resource("reuters-slice.jsonl");
    List<ReadResult> fromPlain = read("r.jsonl", plain);
    List<ReadResult> fromGzip = read("r.jsonl", gzip(plain));
    assertEquals(fromPlain, fromGzip);
  }

  @Test
  void readsANewsPleaseFileHoldingOnePrettyPrintedObject() throws IOException {
    Article a = onlyArticle(read("cluster/a.json", resource("news-please-article.json")));
    assertEquals("0302058689a7d4ed34fcc2e78c4addbcf35932b4df5d16c44869da0d", a.id());
    assertEquals("Germany: Rhine cruise ship hits bridge pylon causing injuries", a.title());
    assertEquals("www.dw.com", a.source());
    assertTrue(a.url().startsWith("http://www.dw.com/en/germany-rhine-cruise-ship"));
    assertEquals(LocalDate.of(2017, 12, 30), a.published());
    assertTrue(a.text().startsWith("The accident happened late Tuesday on the Rhine River"));
  }

  @Test
  void readsAJsonArrayOfObjectsAsOneRecordEach() throws IOException {
    List<ReadResult> results = read("t17/articles.json", resource("timeline17-slice.json"));
    List<Article> a = articles(results);
    assertEquals(3, a.size());
    assertEquals("558", a.get(0).id());
    assertEquals(LocalDate.of(2009, 4, 25), a.get(0).published());
    assertTrue(a.get(1).inputPosition() > a.get(0).inputPosition());
    assertTrue(a.get(2).inputPosition() > a.get(1).inputPosition());
  }

  @Test
  void everyBadJsonLineIsOneRejectAndReadingGoesOn() {
    String jsonl =
        "{\"id\": \"a\", \"text\": \"The first article.\"}\n"
            + "{\"id\": \"b\", \"text\": \"Truncated in the mid\n"
            + "[1, 2, 3]\n"
            + "\"just a string\"\n"
            + "42\n"
            + "\n"
            + "{\"id\": \"c\", \"title\": \"No text\"}\n"
            + "{\"id\": \"d\", \"text\": \"   \"}\n"
            + "{\"id\": \"e\", \"text\": \"Two values\"} {\"x\": 1}\n"
            + "{\"id\": \"f\", \"text\": \"The last article.\"}";
    List<ReadResult> results = read("bad.jsonl", jsonl);
    assertEquals(9, results.size(), "blank lines are not records");
    assertEquals("a", results.get(0).article().id());
    assertEquals(RejectReason.MALFORMED_JSON, results.get(1).reject().reason());
    assertEquals(2, results.get(1).reject().position());
    assertTrue(results.get(1).reject().excerpt().startsWith("{\"id\": \"b\""));
    assertEquals(RejectReason.NOT_AN_OBJECT, results.get(2).reject().reason());
    assertEquals(RejectReason.NOT_AN_OBJECT, results.get(3).reject().reason());
    assertEquals(RejectReason.NOT_AN_OBJECT, results.get(4).reject().reason());
    assertEquals(RejectReason.EMPTY_TEXT, results.get(5).reject().reason());
    assertEquals(7, results.get(5).reject().position());
    assertEquals(RejectReason.EMPTY_TEXT, results.get(6).reject().reason());
    assertEquals(RejectReason.MALFORMED_JSON, results.get(7).reject().reason());
    assertEquals("f", results.get(8).article().id());
    assertEquals(10, results.get(8).article().inputPosition());
  }

  @Test
  void invalidUtf8IsReplacedAndFlaggedNotRejected() {
    byte[] line =
        "{\"id\": \"x\", \"text\": \"Caf\u00e9 owners met in Z\u00fcrich.\"}"
            .getBytes(StandardCharsets.UTF_8);
    byte[] latin1 =
        "{\"id\": \"y\", \"text\": \"Caf\u00e9 owners met.\"}"
            .getBytes(StandardCharsets.ISO_8859_1);
    byte[] both = concat(line, new byte[] {'\n'}, latin1);
    List<ReadResult> results = read("mixed.jsonl", both);
    assertEquals(2, results.size());
    Article good = results.get(0).article();
    assertEquals("Café owners met in Zürich.", good.text());
    assertTrue(good.flags().isEmpty());
    Article repaired = results.get(1).article();
    assertEquals("Caf\uFFFD owners met.", repaired.text());
    assertTrue(repaired.flags().contains(ArticleFlag.INVALID_UTF8));
    assertEquals(List.of("invalid_utf8"), repaired.flagLabels());
  }

  @Test
  void aTextFileInWindows1252IsDecodedAsSuch() {
    byte[] cp1252 =
        "Caf\u00e9 owners in Z\u00fcrich said \u201cno\u201d \u2013 again.\n"
            .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    Article a = onlyArticle(read("old-export.txt", cp1252));
    assertEquals("Café owners in Zürich said “no” – again.", a.text());
    assertTrue(a.flags().isEmpty());

    byte[] mixed =
        concat(
            "Caf\u00e9 in Z\u00fcrich".getBytes(StandardCharsets.UTF_8),
            new byte[] {' ', (byte) 0xE9, '.'});
    Article m = onlyArticle(read("mixed.txt", mixed));
    assertEquals("Café in Zürich \uFFFD.", m.text());
    assertTrue(m.flags().contains(ArticleFlag.INVALID_UTF8));
  }

  @Test
  void nulBytesAndBinaryGarbageAreRejectedAsBinary() {
    byte[] nulLine =
        concat(
            "{\"id\": \"a\", \"text\": \"Fine.\"}\n{\"id\": \"b\", \"te"
                .getBytes(StandardCharsets.UTF_8),
            new byte[] {0, 0, 0},
            "xt\": \"x\"}\n".getBytes(StandardCharsets.UTF_8));
    List<ReadResult> results = read("nul.jsonl", nulLine);
    assertEquals(2, results.size());
    assertEquals(RejectReason.BINARY_CONTENT, results.get(1).reject().reason());

    byte[] garbage = new byte[50_000];
    new Random(7).nextBytes(garbage);
    garbage[0] = 0x00;
    Reject r = onlyReject(read("image.txt", garbage));
    assertEquals(RejectReason.BINARY_CONTENT, r.reason());
    assertEquals("image.txt", r.inputPath());
  }

  @Test
  void anEmptyFileIsOneEmptyFileReject() throws IOException {
    assertEquals(RejectReason.EMPTY_FILE, onlyReject(read("empty.jsonl", new byte[0])).reason());
    assertEquals(RejectReason.EMPTY_FILE, onlyReject(read("blank.txt", " \n\t\n")).reason());
    assertEquals(
        RejectReason.EMPTY_FILE,
        onlyReject(read("blank.jsonl", "\n\n{}\n".substring(0, 2))).reason());
    assertEquals(RejectReason.EMPTY_FILE, onlyReject(read("e.gz", gzip(new byte[0]))).reason());
    assertEquals(RejectReason.EMPTY_FILE, onlyReject(read("[].json", "[]")).reason());
  }

  @Test
  void malformedAndMissingDatesLeaveTheArticleUndated() {
    List<Article> a =
        articles(
            read(
                "dates.jsonl",
                "{\"text\": \"One.\", \"date_publish\": \"sometime last spring\"}\n"
                    + "{\"text\": \"Two.\", \"date_publish\": \"31-MAR-1987 605:12:19.12\"}\n"
                    + "{\"text\": \"Three.\", \"published\": \"2012-04-23T23:30:00-05:00\"}\n"
                    + "{\"text\": \"Four.\", \"dct\": \"2009-04-25\"}\n"
                    + "{\"text\": \"Five.\"}"));
    assertNull(a.get(0).published());
    assertEquals(PublishedBasis.UNKNOWN, a.get(0).publishedBasis());
    assertEquals(LocalDate.of(1987, 3, 31), a.get(1).published());
    assertEquals(PublishedBasis.RECOVERED, a.get(1).publishedBasis());
    assertEquals(LocalDate.of(2012, 4, 23), a.get(2).published(), "the writer's local day");
    assertEquals(LocalDate.of(2009, 4, 25), a.get(3).published());
    assertEquals(PublishedBasis.UNKNOWN, a.get(4).publishedBasis());
  }

  @Test
  void aHugeDocumentIsTruncatedAtTheTextLimitAndFlagged() {
    String paragraph = "The committee met again and discussed the budget at length. ".repeat(20);
    StringBuilder text = new StringBuilder();
    while (text.length() < 3_500_000) {
      text.append(paragraph).append("\\n");
    }
    String line = "{\"id\": \"huge\", \"text\": \"" + text + "\"}";
    Article a = onlyArticle(read("huge.jsonl", line));
    assertTrue(a.text().length() <= ReadLimits.DEFAULTS.maxTextChars());
    assertTrue(a.text().length() > ReadLimits.DEFAULTS.maxTextChars() / 2);
    assertTrue(a.text().endsWith("at length."), "cut at a paragraph end");
    assertTrue(a.flags().contains(ArticleFlag.TRUNCATED));

    Article plain = onlyArticle(read("huge.txt", text.toString().replace("\\n", "\n\n")));
    assertTrue(plain.flags().contains(ArticleFlag.TRUNCATED));
  }

  @Test
  void recordsOverTheRecordLimitAreRejectedWhileReadingAndTheNextOnesAreRead() {
    ArticleReader small =
        new StandardArticleReader(null, FieldMapping.defaults(), new ReadLimits(64 * 1024, 10_000));
    String big = "{\"id\": \"big\", \"text\": \"" + "x ".repeat(50_000) + "\"}";
    String jsonl =
        "{\"id\": \"a\", \"text\": \"Before.\"}\n"
            + big
            + "\n{\"id\": \"c\", \"text\": \"After.\"}";
    List<ReadResult> results = read(small, "big.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));
    assertEquals(3, results.size());
    Reject r = results.get(1).reject();
    assertEquals(RejectReason.TOO_LARGE, r.reason());
    assertEquals(2, r.position());
    assertTrue(r.detail().contains("100"), r.detail());
    assertEquals("c", results.get(2).article().id());

    String array =
        "[{\"id\": \"a\", \"text\": \"Before.\"}, "
            + big
            + ", {\"id\": \"c\", \"text\":"
            + " \"After.\"}]";
    List<ReadResult> fromArray = read(small, "big.json", array.getBytes(StandardCharsets.UTF_8));
    assertEquals(3, fromArray.size(), fromArray.toString());
    assertEquals(RejectReason.TOO_LARGE, fromArray.get(1).reject().reason());
    assertEquals("c", fromArray.get(2).article().id());

    Reject file =
        onlyReject(
            read(small, "big.txt", ("word ".repeat(20_000)).getBytes(StandardCharsets.UTF_8)));
    assertEquals(RejectReason.TOO_LARGE, file.reason());

    String monster =
        "[{\"id\": \"a\", \"text\": \"Before.\"}, {\"text\": \""
            + "x".repeat(200_000)
            + "\"}, {\"id\": \"c\", \"text\": \"After.\"}]";
    List<ReadResult> rest = read(small, "monster.json", monster.getBytes(StandardCharsets.UTF_8));
    assertEquals(2, rest.size(), "a string beyond twice the limit ends the document");
    assertEquals(RejectReason.TOO_LARGE, rest.get(1).reject().reason());
  }

  @Test
  void corruptOrTruncatedGzipEndsInOneUnreadableReject() throws IOException {
    Reject corrupt = onlyReject(read("x.gz", new byte[] {0x1f, (byte) 0x8b, 1, 2, 3, 4, 5}));
    assertEquals(RejectReason.UNREADABLE, corrupt.reason());

    byte[] whole = gzip(resource("reuters-slice.jsonl"));
    byte[] cut = Arrays.copyOf(whole, whole.length * 2 / 3);
    List<ReadResult> results = read("cut.jsonl.gz", cut);
    assertTrue(articles(results).size() > 5);
    Reject last = results.get(results.size() - 1).reject();
    assertEquals(RejectReason.UNREADABLE, last.reason());
  }

  @Test
  void textStartingWithATickerIsTextNotHtml() {
    Article a =
        onlyArticle(
            read(
                "fletcher.txt",
                "<Fletcher Challenge Ltd> (FCL) Managing Director Hugh Fletcher said he was disappointed."));
    assertTrue(a.text().startsWith("<Fletcher Challenge Ltd> (FCL) Managing Director"), a.text());
  }

  @Test
  void aForcedFormatOverridesDetection() {
    String json = "{\"id\": \"a\", \"text\": \"Body.\"}";
    Article asText =
        onlyArticle(
            read(
                ArticleReader.standard(InputFormat.TEXT),
                "a.json",
                json.getBytes(StandardCharsets.UTF_8)));
    assertEquals(json, asText.text());
    Article asJson =
        onlyArticle(
            read(
                ArticleReader.standard(InputFormat.JSONL),
                "a.txt",
                ("  \n" + json).getBytes(StandardCharsets.UTF_8)));
    assertEquals("a", asJson.id());
  }

  @Test
  void readsNewsApiStyleRecordsWithTheDefaultMapping() {
    Article a =
        onlyArticle(
            read(
                "newsapi.jsonl",
                "{\"source\": {\"id\": null, \"name\": \"Reuters\"}, \"headline\": \"Talks end\","
                    + " \"link\": \"https://example.com/a\", \"publishedAt\": \"2012-04-23T10:00:00Z\","
                    + " \"content\": [\"First paragraph.\", \"Second paragraph.\"]}"));
    assertEquals("Reuters", a.source());
    assertEquals("Talks end", a.title());
    assertEquals("https://example.com/a", a.url());
    assertEquals(LocalDate.of(2012, 4, 23), a.published());
    assertEquals("First paragraph.\n\nSecond paragraph.", a.text());
  }

  @Test
  void aFieldMappingNamesOtherFields() {
    FieldMapping mapping =
        FieldMapping.fromJson(
            "{\"id\": \"guid\", \"text\": [\"content\", \"summary\"], \"published\": \"pubDate\"}");
    ArticleReader reader = ArticleReader.standard(null, mapping);
    Article a =
        onlyArticle(
            read(
                reader,
                "feed.jsonl",
                ("{\"guid\": \"g1\", \"summary\": \"Short.\", \"pubDate\": \"Mon, 23 Apr 2012 10:00:00"
                        + " GMT\", \"title\": \"T\", \"nested\": {\"text\": \"ignored\"}}")
                    .getBytes(StandardCharsets.UTF_8)));
    assertEquals("g1", a.id());
    assertEquals("Short.", a.text());
    assertEquals(LocalDate.of(2012, 4, 23), a.published());
    assertEquals("T", a.title());
  }

  @Test
  void extractsAnHtmlPagesArticleWithoutItsFurniture() throws IOException {
    Article a = onlyArticle(read("page.html", resource("news-page.html")));
    assertEquals("Tajikistan says Russia is main partner, rejects foreign offers", a.title());
    assertEquals("Example Times", a.source());
    assertEquals("https://news.example.com/world/tajikistan-russia-partner", a.url());
    assertEquals(LocalDate.of(2012, 4, 23), a.published(), "JSON-LD datePublished, local day");
    assertEquals(PublishedBasis.METADATA, a.publishedBasis());
    assertTrue(a.text().contains("its president said on Tuesday."), a.text());
    assertTrue(a.text().contains("“Russia is the main strategic partner"), a.text());
    assertTrue(a.text().endsWith("by the end of 2014."), a.text());
    for (String furniture :
        new String[] {
          "Home",
          "Most read",
          "Share on Facebook",
          "Leave a Reply",
          "comment",
          "Copyright",
          "tracking",
          "color"
        }) {
      assertFalse(a.text().contains(furniture), furniture + " in " + a.text());
    }
  }

  @Test
  void htmlWithLineBreaksInsteadOfParagraphsKeepsItsParagraphs() {
    Article a =
        onlyArticle(
            read(
                "old.html",
                "<html><head><title>Old page</title></head><body><div id=\"content\">"
                    + "First paragraph of an old page.<br><br>Second paragraph, which continues"
                    + " here.<br>\n<br>Third one.</div><div class=\"footer\">Contact us</div></body></html>"));
    assertEquals(
        "First paragraph of an old page.\n\nSecond paragraph, which continues here.\n\nThird one.",
        a.text());
    assertEquals("Old page", a.title());
  }

  @Test
  void theReaderTravelsToExecutorsBySerialization() throws Exception {
    ArticleReader reader =
        ArticleReader.standard(InputFormat.JSONL, FieldMapping.fromJson("{\"text\": \"body\"}"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(reader);
    }
    ArticleReader copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (ArticleReader) in.readObject();
    }
    Article a =
        onlyArticle(
            read(
                copy, "x.jsonl", "{\"body\": \"Carried over.\"}".getBytes(StandardCharsets.UTF_8)));
    assertEquals("Carried over.", a.text());
  }

  static Article onlyArticle(List<ReadResult> results) {
    assertEquals(1, results.size(), results.toString());
    assertTrue(results.get(0).isArticle(), results.toString());
    return results.get(0).article();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
