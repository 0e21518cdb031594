package org.annals.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcReadingTest {

  private static final UUID PAGE_ID = UUID.fromString("7b6a0b0e-6f1e-4d3a-9f3e-2d1c0b9a8f7e");
  private static final Instant CRAWLED = Instant.parse("2012-04-25T08:00:00Z");

  /** A crawl of four records: a request, an article page, a redirect and a PDF. */
  static byte[] crawl(WarcCompression compression) throws IOException {
    byte[] page;
    try (InputStream in = WarcReadingTest.class.getResourceAsStream("/article/news-page.html")) {
      page = in.readAllBytes();
    }
    String url = "https://news.example.com/world/tajikistan-russia-partner";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(out), compression)) {
      w.write(
          new WarcRequest.Builder(URI.create(url))
              .date(CRAWLED)
              .body(
                  new HttpRequest.Builder("GET", "/world/tajikistan-russia-partner")
                      .addHeader("Host", "news.example.com")
                      .build())
              .build());
      w.write(
          new WarcResponse.Builder(URI.create(url))
              .recordId(PAGE_ID)
              .date(CRAWLED)
              .body(
                  new HttpResponse.Builder(200, "OK")
                      .body(MediaType.parse("text/html; charset=utf-8"), page)
                      .build())
              .build());
      w.write(
          new WarcResponse.Builder(URI.create("https://news.example.com/old"))
              .date(CRAWLED)
              .body(
                  new HttpResponse.Builder(301, "Moved Permanently")
                      .addHeader("Location", url)
                      .body(MediaType.HTML, new byte[0])
                      .build())
              .build());
      w.write(
          new WarcResponse.Builder(URI.create("https://news.example.com/report.pdf"))
              .date(CRAWLED)
              .body(
                  new HttpResponse.Builder(200, "OK")
                      .body(
                          MediaType.parse("application/pdf"),
                          "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))
                      .build())
              .build());
    }
    return out.toByteArray();
  }

  @Test
  void everyWarcRecordIsAnArticleOrAReject() throws IOException {
    for (WarcCompression c : new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
      List<ReadResult> results = ArticleReaderTest.read("crawl.warc", crawl(c));
      assertEquals(4, results.size(), c + ": " + results);
      List<Article> articles = ArticleReaderTest.articles(results);
      assertEquals(1, articles.size());
      Article a = articles.get(0);
      assertEquals("urn:uuid:" + PAGE_ID, a.id());
      assertEquals("https://news.example.com/world/tajikistan-russia-partner", a.url());
      assertEquals(LocalDate.of(2012, 4, 23), a.published(), "the page's date, not the crawl's");
      assertEquals(PublishedBasis.METADATA, a.publishedBasis());
      assertTrue(a.text().contains("its president said on Tuesday."));
      assertTrue(a.inputPosition() > 0);
      List<Reject> rejects = ArticleReaderTest.rejects(results);
      assertEquals(3, rejects.size());
      for (Reject r : rejects) {
        assertEquals(RejectReason.NOT_AN_ARTICLE, r.reason(), r.toString());
      }
      assertTrue(rejects.get(0).detail().contains("request"), rejects.get(0).detail());
      assertTrue(rejects.get(1).detail().contains("301"), rejects.get(1).detail());
      assertTrue(rejects.get(2).detail().contains("application/pdf"), rejects.get(2).detail());
    }
  }

  @Test
  void aPageWithoutItsOwnDateFallsBackOnTheCaptureDate() throws IOException {
    String url = "https://news.example.com/undated";
    byte[] page =
        ("<html><head><title>Dushanbe talks</title></head><body><p>Tajikistan's"
                + " president met Russian envoys to discuss the base agreement.</p></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter w =
        new WarcWriter(java.nio.channels.Channels.newChannel(out), WarcCompression.NONE)) {
      w.write(
          new WarcResponse.Builder(URI.create(url))
              .date(Instant.parse("2012-04-25T23:30:00Z"))
              .body(
                  new HttpResponse.Builder(200, "OK")
                      .body(MediaType.parse("text/html; charset=utf-8"), page)
                      .build())
              .build());
    }
    Article a =
        ArticleReaderTest.articles(ArticleReaderTest.read("undated.warc", out.toByteArray()))
            .get(0);
    assertEquals(LocalDate.of(2012, 4, 25), a.published());
    assertEquals(PublishedBasis.CAPTURE, a.publishedBasis(), "the crawl's date, not the page's");
  }

  @Test
  void aTruncatedWarcEndsInOneUnreadableReject() throws IOException {
    byte[] whole = crawl(WarcCompression.NONE);
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 300);
    List<ReadResult> results = ArticleReaderTest.read("cut.warc", cut);
    assertEquals(1, ArticleReaderTest.articles(results).size(), results.toString());
    Reject last = results.get(results.size() - 1).reject();
    assertEquals(RejectReason.UNREADABLE, last.reason(), results.toString());
  }
}
