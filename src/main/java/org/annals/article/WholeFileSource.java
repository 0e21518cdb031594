package org.annals.article;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * A file that is one record (a plain-text article, an HTML page), positioned at 0. The file is read
 * up to the record limit; a larger file is one {@link RejectReason#TOO_LARGE} reject and its
 * remaining bytes are not read. NUL bytes or mostly non-text bytes make it one {@link
 * RejectReason#BINARY_CONTENT} reject. Text is decoded by {@link TextBytes#decode}: UTF-8, or
 * Windows-1252 for files without any UTF-8 multi-byte sequence, or UTF-8 with U+FFFD.
 */
final class WholeFileSource extends RecordSource {

  /** Makes a record of a whole file's decoded text. */
  interface Parser {
    ReadResult parse(String text, String excerpt);
  }

  private final InputStream in;
  private final int maxRecordBytes;
  private final ArticleBuilder builder;
  private final Parser parser;
  private boolean done;

  WholeFileSource(
      String path,
      Closeable input,
      InputStream in,
      int maxRecordBytes,
      ArticleBuilder builder,
      Parser parser) {
    super(path, input);
    this.in = in;
    this.maxRecordBytes = maxRecordBytes;
    this.builder = builder;
    this.parser = parser;
  }

  @Override
  protected ReadResult readNext() throws IOException {
    if (done) {
      return null;
    }
    done = true;
    byte[] bytes = in.readNBytes(maxRecordBytes + 1);
    if (bytes.length == 0) {
      return null;
    }
    String excerpt = JsonLinesSource.excerpt(bytes);
    if (bytes.length > maxRecordBytes) {
      return builder.reject(
          0,
          RejectReason.TOO_LARGE,
          "file over the record limit of " + maxRecordBytes + " bytes",
          excerpt);
    }
    int sample = Math.min(bytes.length, 65536);
    if (TextBytes.looksBinary(bytes, 0, sample)
        || TextBytes.invalidUtf8(bytes, 0, sample) * 4 > sample) {
      return builder.reject(0, RejectReason.BINARY_CONTENT, "NUL bytes or non-text bytes", excerpt);
    }
    String text = TextBytes.decode(bytes);
    if (text.isBlank()) {
      return null;
    }
    return parser.parse(text, excerpt);
  }

  @Override
  protected long position() {
    return 0;
  }
}
