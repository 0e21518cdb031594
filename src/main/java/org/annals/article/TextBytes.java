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
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) || c == 0x7F) {
        controls++;
      } else if (c == 0xEF && i + 2 < end && (b[i + 1] & 0xFF) == 0xBF && (b[i + 2] & 0xFF) == 0xBD) {
        replacements++;
        i += 2;
      }
    }
    return controls * 10 > len || replacements * 4 > len;
  }

  /** Counts bytes that are not part of well-formed UTF-8, in {@code b[off, off+len)}. */
  static int invalidUtf8(byte[] b, int off, int len) {
    int invalid = 0;
    int end = off + len;
    int i = off;
    while (i < end) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
      boolean ok = n > 0;
      if (ok && i + n > end) {
        break; // cut by the sample's end, not invalid
      }
      for (int k = 1; ok && k < n; k++) {
        ok = (b[i + k] & 0xC0) == 0x80;
      }
      if (ok) {
        i += n;
      } else {
        invalid++;
        i++;
      }
    }
    return invalid;
  }
}
