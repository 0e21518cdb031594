package org.annals.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The records of a WARC file (plain or gzip per record), positioned by their offset in the file as
 * stored. <b>Every WARC record is accounted for</b>: an HTTP 2xx {@code response} (or a {@code
 * resource}) with an HTML payload becomes an article (or an {@link RejectReason#EMPTY_TEXT}
 * reject); every other record (warcinfo, request, metadata, revisit, redirects, errors, non-HTML
 * payloads) becomes a {@link RejectReason#NOT_AN_ARTICLE} reject whose detail names what it is, so
 * that {@code records_read} counts WARC records and the manifest adds up.
 *
 * <p>The article id is the WARC-Record-ID, the url the WARC target, the publication date the page's
 * own (see {@link HtmlExtractor}) or else the WARC-Date (capture time, UTC day) with basis {@link
 * PublishedBasis#CAPTURE}. Payloads over the record limit are {@link RejectReason#TOO_LARGE}; the
 * charset is the HTTP header's, else the page's meta, else UTF-8.
 */
final class WarcSource extends RecordSource {

  private final WarcReader warc;
  private final ArticleBuilder builder;
  private final ReadLimits limits;
  private long position;

  WarcSource(String path, InputStream in, ArticleBuilder builder, ReadLimits limits)
      throws IOException {
    super(path, in);
    this.warc = new WarcReader(in);
    this.warc.setLenient(true);
    this.builder = builder;
    this.limits = limits;
  }

  @Override
  protected ReadResult readNext() throws IOException {
    position = warc.position();
    Optional<WarcRecord> next = warc.next();
    if (next.isEmpty()) {
      return null;
    }
    WarcRecord record = next.get();
    position = record.position();
    String what = "WARC " + record.type() + " record";
    if (record instanceof WarcResponse response) {
      HttpResponse http;
      try {
        http = response.http();
      } catch (IOException | RuntimeException e) {
        return notAnArticle(what + " without a readable HTTP response", "");
      }
      if (http.status() < 200 || http.status() > 299) {
        return notAnArticle(what + ": HTTP " + http.status(), response.target());
      }
      MediaType type = http.contentType();
      if (!isHtml(type)) {
        return notAnArticle(what + ": " + type.base(), response.target());
      }
      return page(record, response.target(), http.bodyDecoded().stream(), type);
    }
    if (record instanceof WarcResource resource && isHtml(resource.contentType())) {
      return page(record, resource.target(), resource.body().stream(), resource.contentType());
    }
    return notAnArticle(what, "");
  }

  @Override
  protected long position() {
    return position;
  }

  private ReadResult page(WarcRecord record, String url, InputStream body, MediaType type)
      throws IOException {
    byte[] bytes = body.readNBytes(limits.maxRecordBytes() + 1);
    if (bytes.length > limits.maxRecordBytes()) {
      return builder.reject(
          position,
          RejectReason.TOO_LARGE,
          "payload over the record limit of " + limits.maxRecordBytes() + " bytes",
          url);
    }
    Document doc =
        Jsoup.parse(new ByteArrayInputStream(bytes), charset(type), url == null ? "" : url);
    HtmlExtractor.Extracted e = HtmlExtractor.extract(doc, url);
    PublishedDates.Parsed published = e.published();
    if (published == null && record.date() != null) {
      published =
          new PublishedDates.Parsed(
              record.date().atOffset(ZoneOffset.UTC).toLocalDate(), PublishedBasis.CAPTURE);
    }
    String id = record.id() == null ? null : record.id().toString();
    return builder.build(
        position,
        new ArticleBuilder.Fields(
            id,
            e.title(),
            e.text(),
            published,
            url == null || url.isBlank() ? e.url() : url,
            e.source()),
        () -> url);
  }

  private ReadResult notAnArticle(String detail, String excerpt) {
    return builder.reject(position, RejectReason.NOT_AN_ARTICLE, detail, excerpt);
  }

  private static boolean isHtml(MediaType type) {
    if (type == null) {
      return false;
    }
    String sub = type.subtype().toLowerCase(Locale.ROOT);
    return sub.equals("html") || sub.equals("xhtml+xml");
  }

  /** The HTTP header's charset if Java knows it, else null: jsoup then reads the page's meta. */
  private static String charset(MediaType type) {
    String name = type.parameters().get("charset");
    if (name != null) {
      try {
        return Charset.forName(name.strip()).name();
      } catch (IllegalArgumentException e) {
        // unknown or illegal name
      }
    }
    return null;
  }
}
