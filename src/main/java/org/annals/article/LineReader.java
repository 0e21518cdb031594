package org.annals.article;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads '\n'-terminated lines of bytes with a size limit enforced while reading: a line longer than
 * the limit is consumed to its end but only its first bytes are kept. A trailing '\r' is dropped.
 * Not thread-safe.
 */
final class LineReader {

  /** Bytes kept of a line over the limit, for the reject's excerpt. */
  static final int KEPT_OF_LONG_LINE = 1024;

  /**
   * One line.
   *
   * @param number 1-based line number
   * @param bytes the line without its terminator (only the first bytes if {@code tooLong})
   * @param length the line's full length in bytes
   * @param tooLong whether the line exceeded the limit
   */
  record Line(long number, byte[] bytes, long length, boolean tooLong) {
    boolean isBlank() {
      if (tooLong) {
        return false;
      }
      for (byte b : bytes) {
        if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
          return false;
        }
      }
      return true;
    }
  }

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buf = new byte[65536];
  private int pos;
  private int len;
  private boolean eof;
  private long lineNumber;
  private byte[] line = new byte[4096];

  LineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or null at the end of the input. */
  Line next() throws IOException {
    int kept = 0;
    long total = 0;
    boolean sawAny = false;
    while (true) {
      if (pos >= len) {
        if (eof || !fill()) {
          if (!sawAny) {
            return null;
          }
          break;
        }
      }
      sawAny = true;
      int start = pos;
      int nl = -1;
      for (int i = pos; i < len; i++) {
        if (buf[i] == '\n') {
          nl = i;
          break;
        }
      }
      int end = nl < 0 ? len : nl;
      int chunk = end - start;
      total += chunk;
      int copy = Math.min(chunk, maxLineBytes - kept);
      if (copy > 0) {
        ensure(kept + copy);
        System.arraycopy(buf, start, line, kept, copy);
        kept += copy;
      }
      pos = nl < 0 ? len : nl + 1;
      if (nl >= 0) {
        break;
      }
    }
    lineNumber++;
    boolean tooLong = total > maxLineBytes;
    if (!tooLong && kept > 0 && line[kept - 1] == '\r') {
      kept--;
      total--;
    }
    int keep = tooLong ? Math.min(kept, KEPT_OF_LONG_LINE) : kept;
    return new Line(lineNumber, Arrays.copyOf(line, keep), total, tooLong);
  }

  /** The bytes not yet returned as lines: what is buffered, then the rest of the input. */
  InputStream remaining() {
    InputStream buffered = new java.io.ByteArrayInputStream(buf, pos, len - pos);
    pos = len;
    return new java.io.SequenceInputStream(buffered, in);
  }

  private void ensure(int capacity) {
    if (capacity > line.length) {
      line = Arrays.copyOf(line, Math.max(capacity, Math.min(line.length * 2, maxLineBytes)));
    }
  }

  private boolean fill() throws IOException {
    int n = in.read(buf, 0, buf.length);
    if (n < 0) {
      eof = true;
      len = 0;
      pos = 0;
      return false;
    }
    len = n;
    pos = 0;
    return true;
  }
}
