package org.annals.article;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes valid UTF-8 through unchanged and replaces every byte that does not belong to a
 * well-formed UTF-8 sequence (stray continuation bytes, truncated sequences, overlong forms,
 * surrogates, bytes F5-FF) with the encoding of U+FFFD, so that a byte-based JSON parser never
 * fails on encoding and text decoders never see invalid input. Not thread-safe.
 */
final class Utf8RepairingInputStream extends FilterInputStream {

  private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

  private final byte[] raw = new byte[16384];
  private int rawPos;
  private int rawLen;
  private boolean eof;
  private final byte[] pending = new byte[4];
  private int pendingPos;
  private int pendingLen;
  private long replaced;

  Utf8RepairingInputStream(InputStream in) {
    super(in);
  }

  /** How many invalid bytes were replaced so far. */
  long replaced() {
    return replaced;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    int produced = 0;
    while (produced < len) {
      if (pendingPos < pendingLen) {
        b[off + produced++] = pending[pendingPos++];
        continue;
      }
      if (rawLen - rawPos < 4 && !eof) {
        if (produced > 0) {
          break; // return what is decoded before blocking on (or failing in) the next read
        }
        fill();
      }
      if (rawPos >= rawLen) {
        break;
      }
      int b0 = raw[rawPos] & 0xFF;
      if (b0 < 0x80) {
        int end = Math.min(rawLen, rawPos + (len - produced));
        int i = rawPos;
        while (i < end && raw[i] >= 0) {
          i++;
        }
        System.arraycopy(raw, rawPos, b, off + produced, i - rawPos);
        produced += i - rawPos;
        rawPos = i;
        continue;
      }
      int n = sequenceLength(rawPos);
      if (n > 0) {
        System.arraycopy(raw, rawPos, pending, 0, n);
        rawPos += n;
      } else {
        System.arraycopy(REPLACEMENT, 0, pending, 0, 3);
        n = 3;
        rawPos++;
        replaced++;
      }
      pendingPos = 0;
      pendingLen = n;
    }
    return produced == 0 ? -1 : produced;
  }

  /** The length of the well-formed sequence at {@code p}, or 0 if it is not well formed. */
  private int sequenceLength(int p) {
    int b0 = raw[p] & 0xFF;
    int n;
    int lo = 0x80;
    int hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      n = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      n = 3;
      if (b0 == 0xE0) {
        lo = 0xA0;
      } else if (b0 == 0xED) {
        hi = 0x9F;
      }
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      n = 4;
      if (b0 == 0xF0) {
        lo = 0x90;
      } else if (b0 == 0xF4) {
        hi = 0x8F;
      }
    } else {
      return 0;
    }
    if (p + n > rawLen) {
      return 0;
    }
    int b1 = raw[p + 1] & 0xFF;
    if (b1 < lo || b1 > hi) {
      return 0;
    }
    for (int i = 2; i < n; i++) {
      int bi = raw[p + i] & 0xFF;
      if (bi < 0x80 || bi > 0xBF) {
        return 0;
      }
    }
    return n;
  }

  private void fill() throws IOException {
    if (rawPos > 0) {
      System.arraycopy(raw, rawPos, raw, 0, rawLen - rawPos);
      rawLen -= rawPos;
      rawPos = 0;
    }
    while (rawLen < raw.length) {
      int n = in.read(raw, rawLen, raw.length - rawLen);
      if (n < 0) {
        eof = true;
        return;
      }
      rawLen += n;
      if (rawLen >= 4) {
        return;
      }
    }
  }

  @Override
  public int available() {
    return pendingLen - pendingPos + rawLen - rawPos;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] sink = new byte[(int) Math.min(8192, Math.max(n, 1))];
    long skipped = 0;
    while (skipped < n) {
      int r = read(sink, 0, (int) Math.min(sink.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
