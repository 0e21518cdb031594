package org.annals.article;

/** Tests on raw bytes: does this look like text at all? Stateless. */
final class TextBytes {

  private TextBytes() {}

  /**
   * Whether the bytes are not text: any NUL byte, more than 10% control bytes (other than tab, line
   * feed, carriage return, form feed, escape), or more than 25% U+FFFD replacement sequences (what
   * {@link Utf8RepairingInputStream} makes of invalid bytes).
   */
  static boolean looksBinary(byte[] b, int off, int len) {
    int controls = 0;
    int replacements = 0;
    int end = off + len;
    for (int i = off; i < end; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        return true;
      }
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B)
          || c == 0x7F) {
        controls++;
      } else if (c == 0xEF
          && i + 2 < end
          && (b[i + 1] & 0xFF) == 0xBF
          && (b[i + 2] & 0xFF) == 0xBD) {
        replacements++;
        i += 2;
      }
    }
    return controls * 10 > len || replacements * 4 > len;
  }

  /**
   * Decodes a whole-file record: UTF-8 when the bytes are valid UTF-8 (a byte-order mark is
   * dropped); Windows-1252 when they hold bytes over 0x7F but not a single well-formed multi-byte
   * UTF-8 sequence (the usual encoding of older text exports, a superset of ISO-8859-1's printable
   * characters); otherwise UTF-8 with invalid bytes as U+FFFD.
   */
  static String decode(byte[] b) {
    int from =
        b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
    int[] counts = utf8Counts(b, from, b.length - from);
    java.nio.charset.Charset cs =
        counts[0] > 0 && counts[1] == 0
            ? java.nio.charset.Charset.forName("windows-1252")
            : java.nio.charset.StandardCharsets.UTF_8;
    return new String(b, from, b.length - from, cs);
  }

  /** Counts bytes that are not part of well-formed UTF-8, in {@code b[off, off+len)}. */
  static int invalidUtf8(byte[] b, int off, int len) {
    return utf8Counts(b, off, len)[0];
  }

  /** {invalid bytes, well-formed multi-byte sequences} in {@code b[off, off+len)}. */
  private static int[] utf8Counts(byte[] b, int off, int len) {
    int invalid = 0;
    int multibyte = 0;
    int end = off + len;
    int i = off;
    while (i < end) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int n =
          c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
      boolean ok = n > 0;
      if (ok && i + n > end) {
        break; // cut by the sample's end, not invalid
      }
      for (int k = 1; ok && k < n; k++) {
        ok = (b[i + k] & 0xC0) == 0x80;
      }
      if (ok) {
        i += n;
        multibyte++;
      } else {
        invalid++;
        i++;
      }
    }
    return new int[] {invalid, multibyte};
  }
}
