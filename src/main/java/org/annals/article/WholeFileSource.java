package org.annals.article;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A file that is one record (a plain-text article, an HTML page), positioned at 0. The file is read
 * up to the record limit; a larger file is one {@link RejectReason#TOO_LARGE} reject and its
 * remaining bytes are not read. NUL bytes or mostly non-text bytes make it one {@link
 * RejectReason#BINARY_CONTENT} reject.
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
    if (TextBytes.looksBinary(bytes, 0, Math.min(bytes.length, 65536))) {
      return builder.reject(
          0, RejectReason.BINARY_CONTENT, "NUL bytes or non-text bytes", excerpt);
    }
    int from = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF ? 3 : 0;
    String text = new String(Arrays.copyOfRange(bytes, from, bytes.length), StandardCharsets.UTF_8);
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
