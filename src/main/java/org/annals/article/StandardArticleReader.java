package org.annals.article;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.annals.text.TextCleaner;

/**
 * annals' article reader: detects gzip by its magic bytes (whatever the file name), then the format
 * by content unless one is forced, and reads the file lazily into articles and rejects.
 *
 * <p>Detection, on the first bytes after decompression, a byte-order mark and whitespace: {@code
 * WARC/} is WARC; <code>{</code> or {@code [} is JSON (JSON Lines when the first line is a whole
 * object or the next line starts another, else one JSON document: a pretty-printed object or an
 * array of objects); {@code <} followed by HTML markup (a doctype, {@code <html>}, {@code <p>},
 * ...) in the first 2 KB is HTML; anything else is a plain-text article. A text or HTML file with
 * NUL bytes or mostly non-text bytes is one {@link RejectReason#BINARY_CONTENT} reject (in JSON
 * Lines each such line is one).
 *
 * <p>Every record becomes exactly one {@link ReadResult}; a file without records gives one {@link
 * RejectReason#EMPTY_FILE} reject; unreadable input (corrupt gzip, I/O error) gives one {@link
 * RejectReason#UNREADABLE} reject after the records read before the failure. Positions are line
 * numbers (1-based) for JSON Lines, byte offsets in the decompressed file for records of a JSON
 * document, WARC record offsets for WARC, and 0 for whole-file text and HTML articles.
 *
 * <p>Encoding: input is UTF-8. Bytes that are not valid UTF-8 are decoded as U+FFFD, and an article
 * whose text or title holds U+FFFD is flagged {@link ArticleFlag#INVALID_UTF8}; the record is not
 * rejected unless it is mostly non-text ({@link RejectReason#BINARY_CONTENT}). One exception: a
 * whole-file text or HTML article without a single UTF-8 multi-byte sequence but with bytes over
 * 0x7F is decoded as Windows-1252, the usual encoding of older exports.
 *
 * <p>Ids follow {@link ArticleIds}: the record's own id (mapped field, see {@link FieldMapping})
 * where it has one, else a hash of its content (never of its path). Within a file, a record that
 * repeats an earlier one's id and text is a {@link RejectReason#DUPLICATE_ID} reject; one that
 * repeats only the id gets the id {@code <id>~<16 hex digits>} and the flag {@link
 * ArticleFlag#DUPLICATE_ID}.
 *
 * <p>Immutable, serializable (its state is the forced format, the mapping and the limits) and
 * thread-safe; the iterators it returns are not thread-safe.
 */
public final class StandardArticleReader implements ArticleReader, Serializable {

  private static final long serialVersionUID = 1L;
  private static final int PEEK_BYTES = 8192;
  private static final int MARK_LIMIT = 1 << 20;

  /** Markup that makes a file starting with '<' a page, not text such as "<Fletcher Ltd> said". */
  private static final java.util.regex.Pattern HTML_START =
      java.util.regex.Pattern.compile(
          "(?i)<(?:!doctype\\s+html|!--|\\?xml|html|head|body|meta|title|link|script|style|div|p"
              + "|article|section|main|header|nav|span|a|br|h[1-6]|table|ul|img)[\\s>/]");

  private final InputFormat forced;
  private final FieldMapping mapping;
  private final ReadLimits limits;

  /**
   * @param forced the format to read, or null to detect it from content
   * @param mapping the JSON field mapping
   * @param limits the size limits
   */
  public StandardArticleReader(InputFormat forced, FieldMapping mapping, ReadLimits limits) {
    this.forced = forced;
    this.mapping = Objects.requireNonNull(mapping, "mapping");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  @Override
  public Iterator<ReadResult> read(String path, InputStream in) {
    Objects.requireNonNull(in, "in");
    String p = path == null ? "" : path;
    ArticleBuilder builder = new ArticleBuilder(p, limits, TextCleaner.standard());
    try {
      return open(p, in, builder);
    } catch (IOException | RuntimeException e) {
      String detail =
          e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      return RecordSource.single(p, in, builder.reject(0, RejectReason.UNREADABLE, detail, ""));
    }
  }

  private RecordSource open(String path, InputStream in, ArticleBuilder builder)
      throws IOException {
    BufferedInputStream raw = new BufferedInputStream(in, 65536);
    raw.mark(MARK_LIMIT);
    byte[] magic = raw.readNBytes(2);
    raw.reset();
    if (magic.length == 0) {
      return RecordSource.single(
          path, in, builder.reject(0, RejectReason.EMPTY_FILE, "the file is empty", ""));
    }
    boolean gzip = magic.length == 2 && magic[0] == (byte) 0x1f && magic[1] == (byte) 0x8b;
    byte[] peek;
    if (gzip) {
      raw.mark(MARK_LIMIT);
      peek = new GZIPInputStream(new Unclosable(raw), 4096).readNBytes(PEEK_BYTES);
      raw.reset();
    } else {
      raw.mark(MARK_LIMIT);
      peek = raw.readNBytes(PEEK_BYTES);
      raw.reset();
    }
    if (peek.length == 0) {
      return RecordSource.single(
          path, in, builder.reject(0, RejectReason.EMPTY_FILE, "the file is empty", ""));
    }
    Sniffed sniffed = sniff(peek);
    InputFormat format = forced != null ? forced : sniffed.format;
    if (format == InputFormat.WARC) {
      return new WarcSource(path, raw, builder, limits); // jwarc reads per-record gzip itself
    }
    if (forced == null && sniffed.binary) {
      return RecordSource.single(
          path,
          in,
          builder.reject(
              0,
              RejectReason.BINARY_CONTENT,
              "NUL bytes or non-text bytes",
              JsonLinesSource.excerpt(peek)));
    }
    InputStream content = gzip ? new GZIPInputStream(raw, 65536) : raw;
    return switch (format) {
      case JSONL -> {
        InputStream text = new Utf8RepairingInputStream(content);
        yield openJson(path, text, peek, sniffed.first, builder);
      }
      case HTML ->
          new WholeFileSource(
              path,
              content,
              content,
              limits.maxRecordBytes(),
              builder,
              new HtmlArticleParser(builder));
      default ->
          new WholeFileSource(
              path,
              content,
              content,
              limits.maxRecordBytes(),
              builder,
              (s, excerpt) -> textArticle(builder, s, excerpt));
    };
  }

  private static ReadResult textArticle(ArticleBuilder builder, String s, String excerpt) {
    TextArticleParser.Parts parts = TextArticleParser.parse(s);
    return builder.build(
        0,
        new ArticleBuilder.Fields(
            null, parts.title(), parts.body(), parts.published(), null, parts.source()),
        () -> excerpt);
  }

  private RecordSource openJson(
      String path, InputStream text, byte[] peek, int first, ArticleBuilder builder)
      throws IOException {
    JsonRecords records = new JsonRecords(mapping, limits);
    if (first == '[') {
      return new JsonDocumentSource(path, text, text, records, builder);
    }
    LineReader lines = new LineReader(text, limits.maxRecordBytes());
    List<LineReader.Line> head = new ArrayList<>();
    LineReader.Line firstLine = null;
    LineReader.Line secondLine = null;
    LineReader.Line l;
    while ((secondLine == null) && (l = lines.next()) != null) {
      head.add(l);
      if (!l.isBlank()) {
        if (firstLine == null) {
          firstLine = l;
        } else {
          secondLine = l;
        }
      }
    }
    boolean jsonLines =
        firstLine == null
            || firstLine.tooLong()
            || isWholeValue(records, firstLine.bytes())
            || (secondLine != null && startsWith(secondLine.bytes(), '{'));
    if (jsonLines) {
      return new JsonLinesSource(
          path, text, lines, head, records, builder, limits.maxRecordBytes());
    }
    ByteArrayOutputStream prefix = new ByteArrayOutputStream();
    for (LineReader.Line h : head) {
      prefix.write(h.bytes());
      prefix.write('\n');
    }
    InputStream whole =
        new SequenceInputStream(new ByteArrayInputStream(prefix.toByteArray()), lines.remaining());
    return new JsonDocumentSource(path, text, whole, records, builder);
  }

  private static boolean isWholeValue(JsonRecords records, byte[] line) {
    try (var p = records.factory().createParser(line)) {
      if (p.nextToken() == null) {
        return false;
      }
      p.skipChildren();
      return p.nextToken() == null;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean startsWith(byte[] line, char c) {
    for (byte b : line) {
      if (b != ' ' && b != '\t') {
        return b == c;
      }
    }
    return false;
  }

  private record Sniffed(InputFormat format, boolean binary, int first) {}

  private static Sniffed sniff(byte[] peek) {
    int i = 0;
    if (peek.length >= 3
        && peek[0] == (byte) 0xEF
        && peek[1] == (byte) 0xBB
        && peek[2] == (byte) 0xBF) {
      i = 3;
    }
    while (i < peek.length
        && (peek[i] == ' '
            || peek[i] == '\t'
            || peek[i] == '\n'
            || peek[i] == '\r'
            || peek[i] == '\f')) {
      i++;
    }
    int first = i < peek.length ? peek[i] : -1;
    boolean binary =
        TextBytes.looksBinary(peek, 0, peek.length)
            || TextBytes.invalidUtf8(peek, 0, peek.length) * 4 > peek.length;
    InputFormat format;
    if (startsWith(peek, i, "WARC/")) {
      format = InputFormat.WARC;
    } else if (first == '{' || first == '[') {
      format = InputFormat.JSONL;
    } else if (first == '<'
        && HTML_START
            .matcher(
                new String(
                    peek,
                    i,
                    Math.min(peek.length - i, 2048),
                    java.nio.charset.StandardCharsets.ISO_8859_1))
            .find()) {
      format = InputFormat.HTML;
    } else {
      format = InputFormat.TEXT;
    }
    boolean wholeFile = format == InputFormat.TEXT || format == InputFormat.HTML;
    return new Sniffed(format, binary && wholeFile, first);
  }

  private static boolean startsWith(byte[] b, int at, String ascii) {
    if (b.length - at < ascii.length()) {
      return false;
    }
    for (int k = 0; k < ascii.length(); k++) {
      if (b[at + k] != ascii.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Keeps a stream open when a wrapper around it is dropped (the gzip peek). */
  private static final class Unclosable extends FilterInputStream {
    Unclosable(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
